// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include <algorithm>
#include <numeric>

namespace powerfield {

namespace {

void applyRating(Rating &rating, const Change &change)
{
    if (change.quality)
        rating.quality = *change.quality;
    if (change.perceived)
        rating.perceived = change.perceived;
}

void applyToParty(Scenario &state, const Change &c)
{
    const int i = state.partyIndex(c.party);
    if (i < 0)
        return;
    Party &p = state.parties[i];
    if (c.target == Change::Target::Need) {
        const int n = p.needIndex(c.desire);
        if (n < 0)
            p.needs.append({c.desire, c.importance.value_or(0.0)});
        else if (c.importance)
            p.needs[n].importance = *c.importance;
        return;
    }
    if (c.active)
        p.active = *c.active;
    if (c.comparisonLevel)
        p.comparisonLevel = *c.comparisonLevel;
    if (c.x)
        p.x = *c.x;
    if (c.y)
        p.y = *c.y;
}

} // namespace

void applyChange(Scenario &state, const Change &c)
{
    switch (c.target) {
    case Change::Target::Party:
    case Change::Target::Need:
        applyToParty(state, c);
        break;
    case Change::Target::Provision: {
        int i = state.provisionIndex(c.party, c.other, c.desire);
        if (i < 0) {
            state.provisions.append({c.party, c.other, c.desire, Rating()});
            i = int(state.provisions.size()) - 1;
        }
        applyRating(state.provisions[i].rating, c);
        break;
    }
    case Change::Target::Option: {
        const int o = state.optionIndex(c.option);
        if (o < 0)
            return;
        OutsideOption &option = state.options[o];
        int i = option.offerIndex(c.desire);
        if (i < 0) {
            option.offers.append({c.desire, Rating()});
            i = int(option.offers.size()) - 1;
        }
        applyRating(option.offers[i].rating, c);
        break;
    }
    case Change::Target::Investment: {
        int i = state.investmentIndex(c.party, c.other);
        if (i < 0) {
            state.investments.append({c.party, c.other, 0.0, false});
            i = int(state.investments.size()) - 1;
        }
        if (c.amount)
            state.investments[i].amount = *c.amount;
        if (c.exclusive)
            state.investments[i].exclusive = *c.exclusive;
        break;
    }
    }
}

QVector<int> eventOrder(const Scenario &scenario)
{
    QVector<int> order(scenario.events.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return scenario.events[x].time < scenario.events[y].time;
    });
    return order;
}

Scenario stateAt(const Scenario &scenario, int time)
{
    Scenario state = scenario;
    for (int i : eventOrder(scenario)) {
        const Event &event = scenario.events[i];
        if (event.time > time)
            break;
        for (const Change &change : event.changes)
            applyChange(state, change);
    }
    return state;
}

} // namespace powerfield
