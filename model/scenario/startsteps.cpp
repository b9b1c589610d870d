// SPDX-License-Identifier: GPL-3.0-or-later
#include "startsteps.h"

#include "scenario.h"

#include <QSet>

namespace powerfield {

namespace {

// "party/desire" for every need with some importance, written or brought in by an event.
QSet<QString> wanted(const Scenario &s)
{
    QSet<QString> out;
    const QChar slash(QLatin1Char('/'));
    for (const Party &p : s.parties) {
        for (const Need &n : p.needs) {
            if (n.importance > 0.0)
                out.insert(p.id + slash + n.desire);
        }
    }
    for (const Event &e : s.events) {
        for (const Change &c : e.changes) {
            if (c.target == Change::Target::Need && c.importance.value_or(0.0) > 0.0)
                out.insert(c.party + slash + c.desire);
        }
    }
    return out;
}

bool providesWanted(const Scenario &s, const QSet<QString> &wants)
{
    const QChar slash(QLatin1Char('/'));
    for (const Provision &p : s.provisions) {
        if (wants.contains(p.to + slash + p.desire))
            return true;
    }
    for (const Event &e : s.events) {
        for (const Change &c : e.changes) {
            if (c.target == Change::Target::Provision && wants.contains(c.other + slash + c.desire))
                return true;
        }
    }
    return false;
}

} // namespace

StartSteps startSteps(const Scenario &scenario)
{
    StartSteps steps;
    steps.parties = scenario.parties.size() >= 2;
    const QSet<QString> wants = wanted(scenario);
    QSet<QString> wanting;
    for (const QString &key : wants)
        wanting.insert(key.section(QLatin1Char('/'), 0, 0));
    steps.wants = wanting.size() >= 2;
    steps.provides = providesWanted(scenario, wants);
    steps.alternative = !scenario.options.isEmpty();
    return steps;
}

} // namespace powerfield
