// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the scenario reader: typed, path-aware access to parsed JSON that records the
// first error. Not part of the model's interface.

#include "filelimits.h"
#include "scenario.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace powerfield::scenariofile {


enum class Presence { Optional, Required };
enum class RefKind { Desire, Party, Option };

// "$.parties" + "needs" -> "$.parties.needs"; keys that are not plain ids are quoted:
// "$.parties[0].needs[\"my desire\"]".
QString keyPath(const QString &path, const QString &key);
QString indexPath(const QString &path, int index);
QString numberText(double v);
QString quoted(const QString &text); // as a JSON string, for messages

// Where a value sits in the file ("$.parties[3].needs.food"), put into words only when a message
// needs it: reading a 10,000-party file built such a string for every value it read, a fifth
// of the read. A place refers to its parent place (or text), which must outlive it: places
// live on the stack while their value is read.
class Place
{
public:
    Place(const QString &text) : m_text(&text) {} // implicit: a path already in words
    Place(const Place &parent, const char *key) : m_parent(&parent), m_key(key) {}
    Place(const Place &parent, const QString &key) : m_parent(&parent), m_keyText(key) {}
    Place(const Place &parent, int index) : m_parent(&parent), m_index(index) {}

    QString text() const;

private:
    const QString *m_text = nullptr;
    const Place *m_parent = nullptr;
    const char *m_key = nullptr;
    QString m_keyText;
    int m_index = -1;
};

// Converts JSON values to model values, checking types, ranges and references against the
// scenario read so far. Every check that fails records the place and reason and returns false;
// only the first failure is kept.
class Reader
{
public:
    explicit Reader(const Scenario &scenario)
        : m_scenario(scenario)
    {
    }

    bool fail(const Place &place, const QString &reason);
    bool failed() const { return m_failed; }
    QString place() const { return m_place; }
    QString reason() const { return m_reason; }

    // A string of at most `maxLength` UTF-16 units (filelimits.h).
    bool toString(const QJsonValue &v, const Place &place, QString *out,
                  int maxLength = limits::kMaxNameLength);
    bool toNumber(const QJsonValue &v, const Place &place, double *out); // any finite number
    bool toCoordinate(const QJsonValue &v, const Place &place, double *out); // within kMaxCoordinate
    bool toUnit(const QJsonValue &v, const Place &place, double *out);   // in [0, 1]
    bool toInteger(const QJsonValue &v, const Place &place, int lo, int hi, int *out);
    bool toBool(const QJsonValue &v, const Place &place, bool *out);
    bool toObject(const QJsonValue &v, const Place &place, QJsonObject *out);
    bool toArray(const QJsonValue &v, const Place &place, QJsonArray *out);
    bool toId(const QJsonValue &v, const Place &place, QString *out);
    // A string naming an existing record of the given kind.
    bool toReference(const QJsonValue &v, const Place &place, RefKind kind, QString *out);
    // An array of references such as [FROM, TO, DESIRE]; `shape` names it in the error.
    bool toReferences(const QJsonValue &v, const Place &place,
                      std::initializer_list<RefKind> kinds, const char *shape, QStringList *out);
    bool checkReference(const QString &id, const Place &place, RefKind kind);

    // Lookups among the records read so far, in constant time however long the lists are (the
    // Scenario's own index functions search linearly); each catches up with the records
    // appended since it was last asked.
    int index(RefKind kind, const QString &id); // -1 when there is none
    bool hasProvision(const Provision &p);
    bool hasInvestment(const Investment &i);

private:
    struct Ids
    {
        QHash<QString, int> index;
        int seen = 0;
    };
    struct Keys
    {
        QSet<QString> keys;
        int seen = 0;
    };

    const Scenario &m_scenario;
    Ids m_desires;
    Ids m_parties;
    Ids m_options;
    Keys m_provisions;
    Keys m_investments;
    bool m_failed = false;
    QString m_place;
    QString m_reason;
};

} // namespace powerfield::scenariofile
