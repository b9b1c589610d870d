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

// Brings the analysis up to date with `state` for the record the change names. The analysis
// reads the record from a scratch state that holds it alone, so that no update searches the
// lists of a large state; false when a name is unknown (the caller then resets).
bool updateRecord(Analysis &analysis, const Scenario &state, const Change &c, RecordFinder &find)
{
    Scenario one;
    one.desires = state.desires; // shared, not copied
    const int p = find.party(c.party);
    switch (c.target) {
    case Change::Target::Party:
    case Change::Target::Need:
        if (p < 0)
            return false;
        if (c.target == Change::Target::Need || c.active || c.comparisonLevel) {
            one.parties.append(state.parties[p]);
            analysis.updateParty(one, c.party);
        }
        return true;
    case Change::Target::Provision: {
        if (p < 0 || find.party(c.other) < 0 || state.desireIndex(c.desire) < 0)
            return false;
        const int i = find.provision(c);
        if (i >= 0)
            one.provisions.append(state.provisions[i]);
        analysis.updateProvision(one, c.party, c.other, c.desire);
        return true;
    }
    case Change::Target::Option: {
        const int o = find.option(c.option);
        if (o < 0 || state.desireIndex(c.desire) < 0)
            return false;
        one.options.append(state.options[o]);
        analysis.updateOffer(one, c.option, c.desire);
        return true;
    }
    case Change::Target::Investment: {
        if (p < 0 || find.party(c.other) < 0)
            return false;
        const int i = find.investment(c);
        if (i >= 0)
            one.investments.append(state.investments[i]);
        analysis.updateInvestment(one, c.party, c.other);
        return true;
    }
    }
    return false;
}

bool sameRecord(const Change &x, const Change &y)
{
    return x.target == y.target && x.party == y.party && x.other == y.other
           && x.desire == y.desire && x.option == y.option;
}

// The record a change names as it is at `time`: the written one (copied into a scratch state that
// holds it alone) with every change of events up to `time` that names it applied.
Scenario recordAt(const Scenario &written, int time, const Change &record)
{
    Scenario one;
    switch (record.target) {
    case Change::Target::Party:
    case Change::Target::Need:
        one.parties.append(*written.party(record.party));
        break;
    case Change::Target::Provision: {
        const int i = written.provisionIndex(record.party, record.other, record.desire);
        if (i >= 0)
            one.provisions.append(written.provisions[i]);
        break;
    }
    case Change::Target::Option:
        one.options.append(written.options[written.optionIndex(record.option)]);
        break;
    case Change::Target::Investment: {
        const int i = written.investmentIndex(record.party, record.other);
        if (i >= 0)
            one.investments.append(written.investments[i]);
        break;
    }
    }
    for (int e : eventOrder(written)) {
        if (written.events[e].time > time)
            break;
        for (const Change &c : written.events[e].changes) {
            if (sameRecord(c, record))
                applyChange(one, c);
        }
    }
    return one;
}

// Sets `list[index]` to the record of `one` (a list of at most one), or removes it when absent
// then: a record that an event created is gone before that event.
template<typename List>
void putBack(List &list, int index, const List &one)
{
    if (index >= 0 && one.isEmpty())
        list.remove(index);
    else if (index >= 0)
        list[index] = one.first();
    else if (!one.isEmpty())
        list.append(one.first());
}

// Puts back in `state` the record a change names as it is at `time` (moving backwards).
void restoreRecord(const Scenario &written, int time, Scenario &state, const Change &c)
{
    const Scenario one = recordAt(written, time, c);
    switch (c.target) {
    case Change::Target::Party: {
        Party &p = state.parties[state.partyIndex(c.party)];
        const Party &was = one.parties.first();
        p.active = was.active;
        p.comparisonLevel = was.comparisonLevel;
        p.x = was.x;
        p.y = was.y;
        break;
    }
    case Change::Target::Need: {
        QVector<Need> &needs = state.parties[state.partyIndex(c.party)].needs;
        const Party &was = one.parties.first();
        const int n = was.needIndex(c.desire);
        putBack(needs, state.parties[state.partyIndex(c.party)].needIndex(c.desire),
                n < 0 ? QVector<Need>() : QVector<Need>{was.needs[n]});
        break;
    }
    case Change::Target::Provision:
        putBack(state.provisions, state.provisionIndex(c.party, c.other, c.desire), one.provisions);
        break;
    case Change::Target::Option: {
        OutsideOption &o = state.options[state.optionIndex(c.option)];
        const OutsideOption &was = one.options.first();
        const int f = was.offerIndex(c.desire);
        putBack(o.offers, o.offerIndex(c.desire), f < 0 ? QVector<Offer>() : QVector<Offer>{was.offers[f]});
        break;
    }
    case Change::Target::Investment:
        putBack(state.investments, state.investmentIndex(c.party, c.other), one.investments);
        break;
    }
}

} // namespace

void moveInTime(const Scenario &written, int from, int to, Scenario &state, Analysis &analysis)
{
    if (from == to)
        return;
    const QVector<const Change *> crossed = crossedChanges(written, qMin(from, to), qMax(from, to));
    // Past this many changes a full analysis is cheaper (measured in bench_timeline: about 25
    // updates cost one analysis of a small field, about 75 of a field of 1,000 parties).
    const int worthIt = 24 + int(written.parties.size()) / 20;
    if (crossed.size() > worthIt || !analysis.matches(state)) {
        state = stateAt(written, to);
        analysis.reset(state);
        return;
    }
    if (crossed.isEmpty())
        return; // most steps of a long timeline hold no event
    if (to < from) { // put back, once each, the records the crossed changes touched
        QVector<const Change *> records;
        for (const Change *c : crossed) {
            if (std::none_of(records.begin(), records.end(), [c](const Change *r) { return sameRecord(*r, *c); }))
                records.append(c);
        }
        for (const Change *c : records)
            restoreRecord(written, to, state, *c);
    }
    // A few lookups search the lists; more, hashes of the records the changes name.
    RecordFinder find = crossed.size() > 16 ? RecordFinder(state, crossed) : RecordFinder(state, false);
    for (const Change *c : crossed) {
        if (to > from)
            applyChange(state, *c, find);
        if (!updateRecord(analysis, state, *c, find))
            return analysis.reset(state);
    }
}

} // namespace powerfield
