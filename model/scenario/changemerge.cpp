// SPDX-License-Identifier: GPL-3.0-or-later
#include "changemerge.h"

namespace powerfield {

namespace {

template<typename T>
bool holdsField(const std::optional<T> &wanted, const T &value)
{
    return !wanted || *wanted == value;
}

bool holdsRating(const Rating *r, const Change &c)
{
    return r && holdsField(c.quality, r->quality) && (!c.perceived || r->perceived == c.perceived);
}

} // namespace

bool sameRecord(const Change &x, const Change &y)
{
    return x.target == y.target && x.party == y.party && x.other == y.other
           && x.desire == y.desire && x.option == y.option;
}

Change merged(Change base, const Change &edit)
{
    for (auto field : {&Change::comparisonLevel, &Change::x, &Change::y, &Change::importance,
                       &Change::quality, &Change::perceived, &Change::amount}) {
        if (edit.*field)
            base.*field = edit.*field;
    }
    for (auto field : {&Change::active, &Change::exclusive}) {
        if (edit.*field)
            base.*field = edit.*field;
    }
    return base;
}

bool holds(const Scenario &state, const Change &c)
{
    const Party *p = state.party(c.party);
    switch (c.target) {
    case Change::Target::Party:
        return p && holdsField(c.active, p->active) && holdsField(c.comparisonLevel, p->comparisonLevel)
               && holdsField(c.x, p->x) && holdsField(c.y, p->y);
    case Change::Target::Need:
        return p && p->needIndex(c.desire) >= 0 && holdsField(c.importance, p->importance(c.desire));
    case Change::Target::Provision: {
        const int i = state.provisionIndex(c.party, c.other, c.desire);
        return holdsRating(i < 0 ? nullptr : &state.provisions[i].rating, c);
    }
    case Change::Target::Option: {
        const int o = state.optionIndex(c.option);
        const int i = o < 0 ? -1 : state.options[o].offerIndex(c.desire);
        return holdsRating(i < 0 ? nullptr : &state.options[o].offers[i].rating, c);
    }
    case Change::Target::Investment: {
        const int i = state.investmentIndex(c.party, c.other);
        return i >= 0 && holdsField(c.amount, state.investments[i].amount)
               && holdsField(c.exclusive, state.investments[i].exclusive);
    }
    }
    return false;
}

int lastEventAt(const Scenario &s, int time)
{
    for (int i = int(s.events.size()) - 1; i >= 0; --i) {
        if (s.events[i].time == time)
            return i;
    }
    return -1;
}

} // namespace powerfield
