// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace powerfield {

struct Scenario;

// Which event set each party and need value of the state at one time (the last to set it), so
// that views can mark a value that comes from the story rather than from the written scenario.
class ValueSources
{
public:
    enum class Field { ComparisonLevel, Active, Importance };

    void rebuild(const Scenario &written, int time);
    void clear()
    {
        m_events.clear();
        m_touched.clear();
    }
    // Every party whose comparison level, activity or needs some event sets, at any time.
    const QSet<QString> &touchedParties() const { return m_touched; }
    // The index of the event in written.events, or -1 when the written value holds.
    int party(const QString &party, Field field) const;
    int need(const QString &party, const QString &desire) const;

private:
    QHash<QString, int> m_events;
    QSet<QString> m_touched;
};

} // namespace powerfield
