// SPDX-License-Identifier: GPL-3.0-or-later
#include "paneledits.h"

#include "changebuilders.h"
#include "document.h"

namespace powerfield::paneledits {

namespace {

const Provision *findProvision(const Scenario &s, const QString &from, const QString &to,
                               const QString &desire)
{
    const int i = s.provisionIndex(from, to, desire);
    return i < 0 ? nullptr : &s.provisions[i];
}

const Rating *findOffer(const Scenario &s, const QString &option, const QString &desire)
{
    const int o = s.optionIndex(option);
    const int i = o < 0 ? -1 : s.options[o].offerIndex(desire);
    return i < 0 ? nullptr : &s.options[o].offers[i].rating;
}

// Add-or-set from the state at the current time, through the one route for edits in time.
void writeProvision(Document *document, const QString &from, const QString &to,
                    const QString &desire, bool perceived, double v)
{
    Change c = changes::provision(from, to, desire);
    if (perceived && findProvision(document->state(), from, to, desire))
        c.perceived = v;
    else
        c.quality = v;
    document->editAtCurrentTime(c);
}

SweepTarget target(Change::Target kind, const QString &party, const QString &other,
                   const QString &desire, std::optional<double> Change::*field)
{
    SweepTarget t;
    t.target = kind;
    t.party = party;
    t.other = other;
    t.desire = desire;
    t.*field = 0.0; // names the field; its value is ignored
    return t;
}

} // namespace

ValueAccess importance(Document *document, const QString &party, const QString &desire)
{
    return {[=] {
                const Party *p = document->state().party(party);
                return p ? p->importance(desire) : 0.0;
            },
            [=](double v) { document->setImportance(party, desire, v); },
            target(Change::Target::Need, party, QString(), desire, &Change::importance)};
}

ValueAccess provision(Document *document, const QString &from, const QString &to,
                      const QString &desire, bool perceived)
{
    return {[=] {
                const Provision *p = findProvision(document->state(), from, to, desire);
                return !p ? 0.0 : perceived ? p->rating.perceivedValue() : p->rating.quality;
            },
            [=](double v) { writeProvision(document, from, to, desire, perceived, v); },
            target(Change::Target::Provision, from, to, desire,
                   perceived ? &Change::perceived : &Change::quality)};
}

ValueAccess alternative(Document *document, const AlternativeSource &source, const QString &party,
                        const QString &desire)
{
    if (source.kind == AlternativeSource::Kind::Party) {
        const QString from = source.partyId;
        const Provision *given = findProvision(document->state(), from, party, desire);
        const bool swept = document->lens() == Lens::Perceived && given && given->rating.perceived;
        return {[=] {
                    const Provision *p = findProvision(document->state(), from, party, desire);
                    return p ? p->rating.value(document->lens()) : 0.0;
                },
                [=](double v) {
                    const Provision *p = findProvision(document->state(), from, party, desire);
                    const bool belief = document->lens() == Lens::Perceived && p && p->rating.perceived;
                    writeProvision(document, from, party, desire, belief, v);
                },
                target(Change::Target::Provision, from, party, desire,
                       swept ? &Change::perceived : &Change::quality)};
    }
    const QString option = source.isNone() ? firstOption(document->state(), party) : source.optionId;
    std::optional<SweepTarget> swept;
    if (const Rating *r = findOffer(document->state(), option, desire)) {
        const bool belief = document->lens() == Lens::Perceived && r->perceived;
        swept = target(Change::Target::Option, QString(), QString(), desire,
                       belief ? &Change::perceived : &Change::quality);
        swept->option = option;
    }
    return {[=] {
                const Rating *r = findOffer(document->state(), option, desire);
                return r ? r->value(document->lens()) : 0.0;
            },
            [=](double v) {
                const Rating *r = findOffer(document->state(), option, desire);
                Change c = changes::offer(option, desire);
                if (document->lens() == Lens::Perceived && r && r->perceived)
                    c.perceived = v;
                else
                    c.quality = v;
                document->editAtCurrentTime(c);
            },
            swept};
}

ValueAccess investment(Document *document, const QString &party, const QString &partner)
{
    return {[=] {
                const Scenario &s = document->state();
                const int i = s.investmentIndex(party, partner);
                return i < 0 ? 0.0 : s.investments[i].amount;
            },
            [=](double v) { document->setInvestment(party, partner, v); },
            target(Change::Target::Investment, party, partner, QString(), &Change::amount)};
}

ValueAccess comparisonLevel(Document *document, const QString &party)
{
    return {[=] {
                const Party *p = document->state().party(party);
                return p ? p->comparisonLevel : 0.0;
            },
            [=](double v) { document->setComparisonLevel(party, v); },
            target(Change::Target::Party, party, QString(), QString(), &Change::comparisonLevel)};
}

bool beliefDiffers(const Scenario &state, const QString &from, const QString &to, const QString &desire)
{
    const Provision *p = findProvision(state, from, to, desire);
    return p && p->rating.perceived && *p->rating.perceived != p->rating.quality;
}

QString firstOption(const Scenario &state, const QString &party)
{
    for (const OutsideOption &o : state.options) {
        if (o.owner == party)
            return o.id;
    }
    return QString();
}

bool hasOwnOffer(const Scenario &state, const QString &party, const QString &desire)
{
    for (const OutsideOption &o : state.options) {
        if (o.owner == party && o.offerIndex(desire) >= 0)
            return true;
    }
    return false;
}

bool addOption(Document *document, const QString &party, const QString &desire)
{
    return document->addOutsideOption(party, desire);
}

} // namespace powerfield::paneledits
