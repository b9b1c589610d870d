// SPDX-License-Identifier: GPL-3.0-or-later
// Document's user actions: each thing a user does as one undo entry, from fresh ids and default
// names made in one place (newrecords.h).
#include "document.h"

#include "changebuilders.h"
#include "editchecks.h"
#include "newrecords.h"

namespace powerfield {

namespace {

QString partyName(const Scenario &s, const QString &id)
{
    const Party *p = s.party(id);
    return p ? p->name : id;
}

bool between(const Provision &p, const QString &a, const QString &b)
{
    return (p.from == a && p.to == b) || (p.from == b && p.to == a);
}

} // namespace

bool Document::addPartyAt(QPointF position, QString *id, QString *error)
{
    const Party party = newrecords::party(scenario(), position);
    if (!checks::partyRecord(scenario(), party, error)
        || !act(QString(), [&] { return addParty(party, error); }))
        return false;
    if (id)
        *id = party.id;
    return true;
}

bool Document::addNewDesire(QString *id, QString *error)
{
    const Desire desire = newrecords::desire(scenario());
    if (!act(QString(), [&] { return addDesire(desire, error); }))
        return false;
    if (id)
        *id = desire.id;
    return true;
}

bool Document::addDesireFor(const QString &party, const QString &name, double importance,
                            QString *error)
{
    if (!checks::name(name, error)) // a desire the user names: never a default name
        return false;
    const Desire desire = newrecords::desire(scenario(), name.trimmed());
    return act(QString(), [&] { return addWantedDesire(desire, party, importance, error); });
}

bool Document::addOutsideOption(const QString &owner, const QString &desire, QString *error)
{
    if (!checks::party(scenario(), owner, error))
        return false;
    QString offered = desire;
    if (offered.isEmpty()) { // the first desire the owner wants now, if any
        const Party *p = state().party(owner);
        if (p && !p->needs.isEmpty())
            offered = p->needs.first().desire;
    }
    if (!offered.isEmpty() && !checks::desire(scenario(), offered, error))
        return false;
    const OutsideOption option = newrecords::option(scenario(), owner, offered);
    return act(QString(), [&] { return addOption(option, error); });
}

bool Document::removeLink(const QString &a, const QString &b, QString *error)
{
    if (!checks::pair(scenario(), a, b, error))
        return false;
    QVector<Provision> links;
    for (const Provision &p : scenario().provisions)
        if (between(p, a, b))
            links.append(p);
    if (links.isEmpty())
        return checks::fail(error, tr("There is no link between %1 and %2").arg(a, b));
    const QString text = tr("Remove the link between %1 and %2")
                             .arg(partyName(scenario(), a), partyName(scenario(), b));
    return act(text, [&] {
        for (const Provision &p : std::as_const(links))
            if (!removeProvision(p.from, p.to, p.desire, error))
                return false;
        return true;
    });
}

bool Document::setLinkQualities(const QString &a, const QString &b,
                                const QVector<Provision> &provisions, QString *error)
{
    if (!checks::pair(scenario(), a, b, error))
        return false;
    for (const Provision &p : provisions) {
        if (!between(p, a, b))
            return checks::fail(error, tr("%1 to %2 is not between %3 and %4").arg(p.from, p.to, a, b));
        if (state().provisionIndex(p.from, p.to, p.desire) < 0)
            return checks::fail(error, tr("There is no provision of %1 from %2 to %3")
                                           .arg(p.desire, p.from, p.to));
        if (!checks::unit(p.rating.quality, tr("The quality"), error))
            return false;
    }
    const QString text = tr("Edit the link between %1 and %2")
                             .arg(partyName(scenario(), a), partyName(scenario(), b));
    return act(text, [&] {
        for (const Provision &p : provisions)
            if (!setProvisionQuality(p.from, p.to, p.desire, p.rating.quality, error))
                return false;
        return true;
    });
}

} // namespace powerfield
