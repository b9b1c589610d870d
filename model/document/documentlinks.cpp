// SPDX-License-Identifier: GPL-3.0-or-later
// Document's edit functions for provisions, outside options and investments.
#include "document.h"

#include "changebuilders.h"

#include "commands/investmentcommands.h"
#include "commands/optioncommands.h"
#include "commands/provisioncommands.h"
#include "editchecks.h"

namespace powerfield {

namespace {

bool findProvision(const Scenario &s, const QString &from, const QString &to,
                   const QString &desire, QString *error)
{
    if (s.provisionIndex(from, to, desire) >= 0)
        return true;
    return checks::fail(error, Document::tr("There is no provision of %1 from %2 to %3")
                                   .arg(desire, from, to));
}

} // namespace

bool Document::addProvision(const Provision &p, QString *error)
{
    const Scenario &s = scenario();
    if (!checks::pair(s, p.from, p.to, error) || !checks::desire(s, p.desire, error)
        || !checks::rating(p.rating, error))
        return false;
    if (s.provisionIndex(p.from, p.to, p.desire) >= 0)
        return checks::fail(error, tr("%1 already provides %2 to %3").arg(p.from, p.desire, p.to));
    return push(addProvisionCommand(this, p));
}

bool Document::addWantedProvision(const Provision &p, double importance, QString *error)
{
    const Scenario &s = scenario();
    if (!checks::pair(s, p.from, p.to, error) || !checks::desire(s, p.desire, error)
        || !checks::rating(p.rating, error) || !checks::unit(importance, tr("The importance"), error))
        return false;
    if (s.provisionIndex(p.from, p.to, p.desire) >= 0)
        return checks::fail(error, tr("%1 already provides %2 to %3").arg(p.from, p.desire, p.to));
    if (s.party(p.to)->needIndex(p.desire) >= 0)
        return checks::fail(error, tr("%1 wants %2 already").arg(p.to, p.desire));
    return push(addWantedProvisionCommand(this, p, importance));
}

bool Document::removeProvision(const QString &from, const QString &to, const QString &desire,
                               QString *error)
{
    return findProvision(scenario(), from, to, desire, error)
           && push(removeProvisionCommand(this, {from, to, desire}));
}

bool Document::setProvisionQuality(const QString &from, const QString &to, const QString &desire,
                                   double quality, QString *error)
{
    if (!findProvision(state(), from, to, desire, error))
        return false;
    Change c = changes::provision(from, to, desire);
    c.quality = quality;
    return editAtCurrentTime(c, error);
}

bool Document::setProvisionPerceived(const QString &from, const QString &to, const QString &desire,
                                     std::optional<double> perceived, QString *error)
{
    if (!findProvision(state(), from, to, desire, error))
        return false;
    if (perceived) {
        Change c = changes::provision(from, to, desire);
        c.perceived = perceived;
        return editAtCurrentTime(c, error);
    }
    // A belief that follows the quality again is no change in time: the written record.
    const Scenario &s = scenario();
    if (!findProvision(s, from, to, desire, error))
        return false;
    return !s.provisions[s.provisionIndex(from, to, desire)].rating.perceived
           || push(new SetProvisionPerceived(this, {from, to, desire}, std::nullopt));
}

// At time 0 (editAtCurrentTime): the provision in the written scenario, added when absent.
bool Document::writeProvision(const Change &c, QString *error)
{
    const Scenario &s = scenario();
    const int i = s.provisionIndex(c.party, c.other, c.desire);
    if (i < 0)
        return addProvision({c.party, c.other, c.desire, Rating{c.quality.value_or(0.0), c.perceived}}, error);
    const Rating &r = s.provisions[i].rating;
    if (c.quality && *c.quality != r.quality)
        push(new SetProvisionQuality(this, {c.party, c.other, c.desire}, *c.quality));
    if (c.perceived && c.perceived != r.perceived)
        push(new SetProvisionPerceived(this, {c.party, c.other, c.desire}, c.perceived));
    return true;
}

bool Document::addOption(const OutsideOption &option, QString *error)
{
    return checks::optionRecord(scenario(), option, error) && push(addOptionCommand(this, option));
}

bool Document::removeOption(const QString &id, QString *error)
{
    return checks::option(scenario(), id, error) && push(removeOptionCommand(this, id));
}

bool Document::renameOption(const QString &id, const QString &name, QString *error)
{
    if (!checks::option(scenario(), id, error) || !checks::name(name, error))
        return false;
    return name == scenario().options[scenario().optionIndex(id)].name
           || push(new RenameOption(this, id, name));
}

bool Document::setOffer(const QString &option, const QString &desire, const Rating &rating,
                        QString *error)
{
    Change c = changes::offer(option, desire);
    c.quality = rating.quality;
    c.perceived = rating.perceived;
    return editAtCurrentTime(c, error);
}

// At time 0 (editAtCurrentTime): the offer in the written scenario, added when absent.
bool Document::writeOffer(const QString &option, const QString &desire, const Rating &rating, QString *)
{
    const Scenario &s = scenario();
    const OutsideOption &o = s.options[s.optionIndex(option)];
    const int i = o.offerIndex(desire);
    return (i >= 0 && o.offers[i].rating == rating) || push(new SetOffer(this, {option, desire}, rating));
}

bool Document::removeOffer(const QString &option, const QString &desire, QString *error)
{
    const Scenario &s = scenario();
    if (!checks::option(s, option, error) || !checks::desire(s, desire, error))
        return false;
    if (s.options[s.optionIndex(option)].offerIndex(desire) < 0)
        return checks::fail(error, tr("%1 offers nothing for %2").arg(option, desire));
    return push(removeOfferCommand(this, {option, desire}));
}

bool Document::setInvestment(const QString &party, const QString &partner, double amount,
                             QString *error)
{
    Change c = changes::investment(party, partner);
    c.amount = amount;
    return editAtCurrentTime(c, error);
}

bool Document::setInvestmentExclusive(const QString &party, const QString &partner, bool exclusive,
                                      QString *error)
{
    Change c = changes::investment(party, partner);
    c.exclusive = exclusive;
    return editAtCurrentTime(c, error);
}

// At time 0 (editAtCurrentTime): the investment in the written scenario, added when absent.
bool Document::writeInvestment(const Change &c, QString *)
{
    const Scenario &s = scenario();
    const int i = s.investmentIndex(c.party, c.other);
    const Investment old = i >= 0 ? s.investments[i] : Investment{c.party, c.other, 0.0, false};
    if (c.amount && (i < 0 || *c.amount != old.amount)) {
        Investment next = old;
        next.amount = *c.amount;
        push(new SetInvestment(this, CmdSetInvestment, next));
    }
    const int j = scenario().investmentIndex(c.party, c.other);
    if (c.exclusive && (j < 0 || *c.exclusive != scenario().investments[j].exclusive)) {
        Investment next = j >= 0 ? scenario().investments[j] : old;
        next.exclusive = *c.exclusive;
        push(new SetInvestment(this, CmdSetInvestmentExclusive, next));
    }
    return true;
}

} // namespace powerfield
