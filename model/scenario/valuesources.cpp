// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuesources.h"

#include "scenario.h"
#include "timeline.h"

namespace powerfield {

namespace {

QString partyKey(const QString &party, ValueSources::Field field)
{
    return QString::number(int(field)) + QLatin1Char('/') + party;
}

QString needKey(const QString &party, const QString &desire)
{
    return partyKey(party, ValueSources::Field::Importance) + QLatin1Char('/') + desire;
}

} // namespace

void ValueSources::rebuild(const Scenario &written, int time)
{
    clear();
    for (int e : eventOrder(written)) { // in the order they apply: the last one wins
        const Event &event = written.events[e];
        for (const Change &c : event.changes) {
            if (c.target == Change::Target::Party || c.target == Change::Target::Need)
                m_touched.insert(c.party);
            if (event.time > time)
                continue;
            if (c.target == Change::Target::Party && c.comparisonLevel)
                m_events.insert(partyKey(c.party, Field::ComparisonLevel), e);
            if (c.target == Change::Target::Party && c.active)
                m_events.insert(partyKey(c.party, Field::Active), e);
            if (c.target == Change::Target::Need && c.importance)
                m_events.insert(needKey(c.party, c.desire), e);
        }
    }
}

int ValueSources::party(const QString &party, Field field) const
{
    return m_events.value(partyKey(party, field), -1);
}

int ValueSources::need(const QString &party, const QString &desire) const
{
    return m_events.value(needKey(party, desire), -1);
}

} // namespace powerfield
