// SPDX-License-Identifier: GPL-3.0-or-later
#include "newrecords.h"

#include "document.h"

namespace powerfield::newrecords {

QString freshId(const QString &stem, const std::function<bool(const QString &)> &taken)
{
    for (int n = 1;; ++n) {
        const QString id = stem + QLatin1Char('-') + QString::number(n);
        if (!taken(id))
            return id;
    }
}

Party party(const Scenario &s, QPointF position)
{
    Party p;
    p.id = freshId(QStringLiteral("party"), [&](const QString &id) { return s.partyIndex(id) >= 0; });
    p.name = Document::tr("Party %1").arg(s.parties.size() + 1);
    p.color = paletteColor(int(s.parties.size()));
    p.x = position.x();
    p.y = position.y();
    return p;
}

Desire desire(const Scenario &s, const QString &name)
{
    Desire d;
    d.id = freshId(QStringLiteral("desire"), [&](const QString &id) { return s.desireIndex(id) >= 0; });
    d.name = name.isEmpty() ? Document::tr("Desire %1").arg(s.desires.size() + 1) : name;
    return d;
}

OutsideOption option(const Scenario &s, const QString &owner, const QString &desire)
{
    OutsideOption o;
    o.id = freshId(owner + QStringLiteral("-option"), [&](const QString &id) { return s.optionIndex(id) >= 0; });
    o.owner = owner;
    const Party *p = s.party(owner);
    o.name = Document::tr("%1's alternative").arg(p ? p->name : owner);
    if (!desire.isEmpty())
        o.offers.append({desire, Rating{kNewOfferQuality, std::nullopt}});
    return o;
}

} // namespace powerfield::newrecords
