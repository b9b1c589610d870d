// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestep.h"

#include "timeline.h"

#include <algorithm>

namespace powerfield {

namespace {

// The changes of the events in (low, high], in the order they apply.
QVector<const Change *> crossedChanges(const Scenario &s, int low, int high)
{
    QVector<const Change *> out;
    for (int i : eventOrder(s)) {
        const Event &e = s.events[i];
        if (e.time > high)
            break;
        if (e.time > low) {
            for (const Change &c : e.changes)
                out.append(&c);
        }
    }
    return out;
}

// Brings the analysis up to date with `state` for the record the change names.
void updateRecord(Analysis &analysis, const Scenario &state, const Change &c)
{
    switch (c.target) {
    case Change::Target::Party:
        if (c.active || c.comparisonLevel)
            analysis.updateParty(state, c.party);
        break;
    case Change::Target::Need:
        analysis.updateParty(state, c.party);
        break;
    case Change::Target::Provision:
        analysis.updateProvision(state, c.party, c.other, c.desire);
        break;
    case Change::Target::Option:
        analysis.updateOffer(state, c.option, c.desire);
        break;
    case Change::Target::Investment:
        analysis.updateInvestment(state, c.party, c.other);
        break;
    }
}

} // namespace

void moveInTime(const Scenario &written, int from, int to, Scenario &state, Analysis &analysis)
{
    if (from == to)
        return;
    const QVector<const Change *> crossed = crossedChanges(written, qMin(from, to), qMax(from, to));
    // Each update recomputes the dyads of one or two parties; past this many a reset is cheaper.
    const int worthIt = qMax(64, int(written.parties.size()));
    if (crossed.size() > worthIt || !analysis.matches(state)) {
        state = stateAt(written, to);
        analysis.reset(state);
        return;
    }
    if (to > from) {
        for (const Change *c : crossed)
            analysis.apply(state, *c);
        return;
    }
    state = stateAt(written, to);
    for (const Change *c : crossed)
        updateRecord(analysis, state, *c);
}

} // namespace powerfield
