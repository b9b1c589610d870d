// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace powerfield {

class Document;

namespace classroom {

// What the students of a class session changed, for lab reports: one entry per edit (a drag is
// one entry, from where it started to where it was let go), and after each entry every party's
// dependence on each partner and power over it, as the Document's analysis gives them.
class ClassLog
{
public:
    struct Entry
    {
        QDateTime time;
        QString student;
        QString party;
        QString what;
        double oldValue = 0.0;
        double newValue = 0.0;
    };
    struct PowerRow
    {
        int change = 0; // the entry it follows, from 1
        QDateTime time;
        QString party;
        QString partner;
        double dependence = 0.0; // of party on partner
        double power = 0.0;      // of party over partner: the partner's dependence minus its own
    };

    // Records the entry and the analysis of `document` as it is now.
    void append(const Entry &entry, const Document &document);
    void clear();
    const QList<Entry> &entries() const { return m_entries; }
    const QList<PowerRow> &power() const { return m_power; }

    // time,student,party,what,old,new (times in ISO 8601 UTC, values with 3 decimals)
    bool writeEntries(QIODevice *device) const;
    // change,time,party,partner,dependence,power
    bool writePower(QIODevice *device) const;

    // One CSV field: quoted when needed, and a leading = + - @ made harmless for spreadsheets.
    static QString csvField(const QString &text);

private:
    QList<Entry> m_entries;
    QList<PowerRow> m_power;
};

// The median of `values` (the mean of the middle two for an even count); 0 for none.
double median(QList<double> values);

} // namespace classroom
} // namespace powerfield
