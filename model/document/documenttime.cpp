// SPDX-License-Identifier: GPL-3.0-or-later
// Document's editing in time: an edit at t > 0 becomes a change of the event at t.
#include "document.h"

#include "commands/edittimecommand.h"
#include "editchecks.h"

namespace powerfield {

namespace {

bool sameRecord(const Change &x, const Change &y)
{
    return x.target == y.target && x.party == y.party && x.other == y.other
           && x.desire == y.desire && x.option == y.option;
}

// `base` with every field that `edit` sets overwritten.
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

template<typename T>
bool holdsField(const std::optional<T> &wanted, const T &value)
{
    return !wanted || *wanted == value;
}

bool holdsRating(const Rating *r, const Change &c)
{
    return r && holdsField(c.quality, r->quality) && (!c.perceived || r->perceived == c.perceived);
}

// Whether `state` already has every value the change sets (so the edit would change nothing).
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

} // namespace

bool Document::editAtCurrentTime(const Change &change, QString *error)
{
    if (!checks::change(scenario(), change, error))
        return false;
    if (holds(state(), change))
        return true; // never push a no-op
    const int t = currentTime();
    if (t == 0)
        return editWritten(change, error);
    const int e = lastEventAt(scenario(), t);
    if (e < 0)
        return push(new EditAtTime(this, {t, tr("Changes at step %1").arg(t), QString(), {change}}));
    QVector<Change> changes = scenario().events[e].changes;
    int i = int(changes.size()) - 1;
    while (i >= 0 && !sameRecord(changes[i], change))
        --i;
    if (i >= 0)
        changes[i] = merged(changes[i], change);
    else
        changes.append(change);
    return push(new EditAtTime(this, e, changes));
}

// At time 0: the written scenario, through the write function of the change's record.
bool Document::editWritten(const Change &c, QString *error)
{
    switch (c.target) {
    case Change::Target::Party:
        return writeParty(c, error);
    case Change::Target::Need:
        return writeImportance(c.party, c.desire, c.importance.value_or(0.0), error);
    case Change::Target::Provision:
        return writeProvision(c, error);
    case Change::Target::Option: {
        const OutsideOption &o = scenario().options[scenario().optionIndex(c.option)];
        const int i = o.offerIndex(c.desire);
        Rating r = i < 0 ? Rating() : o.offers[i].rating;
        r.quality = c.quality.value_or(r.quality);
        r.perceived = c.perceived ? c.perceived : r.perceived;
        return writeOffer(c.option, c.desire, r, error);
    }
    case Change::Target::Investment:
        return writeInvestment(c, error);
    }
    return false;
}

} // namespace powerfield
