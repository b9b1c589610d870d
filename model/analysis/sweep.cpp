// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include "analysis.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace powerfield {

namespace {

using Field = std::optional<double> Change::*;

// The one numeric field the target sets, or nullptr.
Field sweptField(const SweepTarget &t)
{
    Field found = nullptr;
    int count = 0;
    for (auto field : {&Change::comparisonLevel, &Change::importance, &Change::quality,
                       &Change::perceived, &Change::amount}) {
        if (t.*field) {
            found = field;
            ++count;
        }
    }
    return count == 1 && !t.active && !t.exclusive && !t.x && !t.y ? found : nullptr;
}

const Rating *ratingOf(const Scenario &s, const SweepTarget &t)
{
    if (t.target == Change::Target::Provision) {
        const int i = s.provisionIndex(t.party, t.other, t.desire);
        return i < 0 ? nullptr : &s.provisions[i].rating;
    }
    const int o = s.optionIndex(t.option);
    const int i = o < 0 ? -1 : s.options[o].offerIndex(t.desire);
    return i < 0 ? nullptr : &s.options[o].offers[i].rating;
}

QString desireName(const Scenario &s, const QString &id)
{
    const int i = s.desireIndex(id);
    return i < 0 ? id : s.desires[i].name;
}

QString partyName(const Scenario &s, const QString &id)
{
    const Party *p = s.party(id);
    return p ? p->name : id;
}

} // namespace

std::optional<double> sweepValue(const Scenario &state, const SweepTarget &t)
{
    const auto field = sweptField(t);
    if (!field)
        return std::nullopt;
    const Party *party = state.party(t.party);
    switch (t.target) {
    case Change::Target::Party:
        return party && field == &Change::comparisonLevel ? std::optional(party->comparisonLevel) : std::nullopt;
    case Change::Target::Need:
        return party && field == &Change::importance ? std::optional(party->importance(t.desire)) : std::nullopt;
    case Change::Target::Provision:
    case Change::Target::Option: {
        const Rating *r = ratingOf(state, t);
        if (!r || (field != &Change::quality && field != &Change::perceived))
            return std::nullopt;
        return field == &Change::quality ? r->quality : r->perceivedValue();
    }
    case Change::Target::Investment: {
        const int i = state.investmentIndex(t.party, t.other);
        if (field != &Change::amount || !party)
            return std::nullopt;
        return i < 0 ? 0.0 : state.investments[i].amount;
    }
    }
    return std::nullopt;
}

Sweep evaluateSweep(const Scenario &state, Lens lens, const SweepTarget &target,
                    const QString &a, const QString &b, int samples)
{
    Sweep sweep;
    sweep.a = a;
    sweep.b = b;
    const auto current = sweepValue(state, target);
    if (!current)
        return sweep;
    sweep.current = *current;
    for (int i = 0; i < samples; ++i)
        sweep.values.append(samples > 1 ? double(i) / (samples - 1) : 0.0);
    if (!sweep.values.contains(*current))
        sweep.values.insert(std::lower_bound(sweep.values.begin(), sweep.values.end(), *current) - sweep.values.begin(), *current);
    Scenario scratch = state; // one copy for the whole sweep; each sample is one engine update
    Analysis analysis(lens);
    analysis.reset(scratch);
    const auto field = sweptField(target);
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    for (double v : std::as_const(sweep.values)) {
        Change change = target;
        change.*field = v;
        analysis.apply(scratch, change);
        const auto r = analysis.dyad(a, b);
        sweep.relativePowerA.append(r ? r->relativePowerA : none);
        sweep.dependenceAOnB.append(r ? r->sideA.dependence : none);
        sweep.dependenceBOnA.append(r ? r->sideB.dependence : none);
    }
    return sweep;
}

QVector<SweepTarget> sweepTargetsOf(const Scenario &s, const QString &a, const QString &b)
{
    QVector<SweepTarget> out;
    const auto add = [&](Change::Target target, const QString &party, const QString &other,
                         const QString &desire, const QString &option,
                         std::optional<double> Change::*field) {
        SweepTarget t;
        t.target = target;
        t.party = party;
        t.other = other;
        t.desire = desire;
        t.option = option;
        t.*field = 0.0;
        out.append(t);
    };
    const QString none;
    for (const QString &id : {a, b}) {
        const Party *p = s.party(id);
        if (!p)
            continue;
        add(Change::Target::Party, id, none, none, none, &Change::comparisonLevel);
        for (const Need &n : p->needs)
            add(Change::Target::Need, id, none, n.desire, none, &Change::importance);
    }
    for (const Provision &p : s.provisions) {
        if ((p.from == a && p.to == b) || (p.from == b && p.to == a)) {
            add(Change::Target::Provision, p.from, p.to, p.desire, none, &Change::quality);
            add(Change::Target::Provision, p.from, p.to, p.desire, none, &Change::perceived);
        }
    }
    for (const OutsideOption &o : s.options) {
        if (o.owner != a && o.owner != b)
            continue;
        for (const Offer &f : o.offers) {
            add(Change::Target::Option, none, none, f.desire, o.id, &Change::quality);
            add(Change::Target::Option, none, none, f.desire, o.id, &Change::perceived);
        }
    }
    for (const Investment &i : s.investments) {
        if ((i.party == a && i.partner == b) || (i.party == b && i.partner == a))
            add(Change::Target::Investment, i.party, i.partner, none, none, &Change::amount);
    }
    return out;
}

namespace {
// The translation context of the sweep's names, spelt so that lupdate finds it.
struct SweepText
{
    Q_DECLARE_TR_FUNCTIONS(Sweep)
};
} // namespace

QString sweepTargetName(const Scenario &s, const SweepTarget &t)
{
    const QString desire = desireName(s, t.desire);
    switch (t.target) {
    case Change::Target::Party:
        return SweepText::tr("%1: comparison level").arg(partyName(s, t.party));
    case Change::Target::Need:
        return SweepText::tr("%1: importance of %2").arg(partyName(s, t.party), desire);
    case Change::Target::Provision:
        return (t.perceived ? SweepText::tr("%1 to %2: %3 (as %2 sees it)") : SweepText::tr("%1 to %2: %3 (quality)"))
            .arg(partyName(s, t.party), partyName(s, t.other), desire);
    case Change::Target::Option: {
        const int o = s.optionIndex(t.option);
        const QString name = o < 0 ? t.option : s.options[o].name;
        const QString owner = o < 0 ? QString() : partyName(s, s.options[o].owner);
        return (t.perceived ? SweepText::tr("Alternative of %1, %2: %3 (as %1 sees it)") : SweepText::tr("Alternative of %1, %2: %3"))
            .arg(owner, name, desire);
    }
    case Change::Target::Investment:
        return SweepText::tr("%1: investment in %2").arg(partyName(s, t.party), partyName(s, t.other));
    }
    return QString();
}

} // namespace powerfield
