// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the records of a scenario file (docs/file-format.md §Desires to §Investments): desires,
// parties, provisions, outside options and investments, with their ranges, defaults and references.
#include "readrecords.h"
#include "recordfields.h"

#include <algorithm>

namespace powerfield::scenariofile {

namespace {

// JSON objects are unordered and QJsonObject iterates its keys sorted, so the order of the
// file is lost anyway; keeping needs and offers in the order of the desires list gives a
// stable order that follows the author's list rather than the alphabet.
template<typename List>
void sortByDesire(Reader &r, List *list)
{
    std::sort(list->begin(), list->end(), [&](const auto &a, const auto &b) {
        return r.index(RefKind::Desire, a.desire) < r.index(RefKind::Desire, b.desire);
    });
}

bool readDesire(Fields &f, Scenario *s)
{
    Desire d;
    QString base;
    if (!f.allowOnly({"id", "name", "base"}) || !f.id("id", &d.id))
        return false;
    Reader &r = *f.reader();
    if (r.index(RefKind::Desire, d.id) >= 0)
        return r.fail(f.path("id"), QStringLiteral("duplicate desire id %1").arg(quoted(d.id)));
    if (!f.string("name", &d.name, Presence::Required) || !f.string("base", &base))
        return false;
    if (f.has("base")) {
        const auto parsed = powerBaseFromName(base);
        if (!parsed) {
            return r.fail(f.path("base"),
                          QStringLiteral("unknown base %1 (expected reward, coercive, legitimate, "
                                         "referent, expert, informational or other)")
                              .arg(quoted(base)));
        }
        d.base = *parsed;
    }
    s->desires.append(d);
    return true;
}

bool readNeeds(Reader &r, const QJsonObject &object, const Place &path, QVector<Need> *out)
{
    QVector<Need> needs;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        Need need{it.key(), 0.0};
        const Place place(path, need.desire);
        if (!r.checkReference(need.desire, place, RefKind::Desire)
            || !r.toUnit(it.value(), place, &need.importance))
            return false;
        needs.append(need);
    }
    sortByDesire(r, &needs);
    *out = needs;
    return true;
}

bool readKind(Fields &f, PartyKind *out)
{
    QString name;
    if (!f.has("kind"))
        return true;
    if (!f.string("kind", &name))
        return false;
    const auto kind = partyKindFromName(name);
    if (!kind) {
        return f.reader()->fail(f.path("kind"),
                                QStringLiteral("unknown kind %1 (expected person, group, "
                                               "organization or country)")
                                    .arg(quoted(name)));
    }
    *out = *kind;
    return true;
}

bool readParty(Fields &f, int index, Scenario *s)
{
    Party p;
    p.color = paletteColor(index);
    QJsonObject needs;
    if (!f.allowOnly({"id", "name", "kind", "color", "x", "y", "comparisonLevel", "active",
                      "needs"})
        || !f.id("id", &p.id))
        return false;
    Reader &r = *f.reader();
    if (r.index(RefKind::Party, p.id) >= 0)
        return r.fail(f.path("id"), QStringLiteral("duplicate party id %1").arg(quoted(p.id)));
    if (!f.string("name", &p.name, Presence::Required) || !readKind(f, &p.kind)
        || !f.string("color", &p.color))
        return false;
    if (!isValidColor(p.color)) {
        return r.fail(f.path("color"),
                      QStringLiteral("invalid color %1 (expected #RRGGBB)").arg(quoted(p.color)));
    }
    if (!f.coordinate("x", &p.x) || !f.coordinate("y", &p.y)
        || !f.unit("comparisonLevel", &p.comparisonLevel) || !f.boolean("active", &p.active)
        || !f.object("needs", &needs) || !readNeeds(r, needs, f.place("needs"), &p.needs))
        return false;
    s->parties.append(p);
    return true;
}

bool readProvision(Fields &f, Scenario *s)
{
    Provision p;
    if (!f.allowOnly({"from", "to", "desire", "quality", "perceived"})
        || !f.reference("from", RefKind::Party, &p.from)
        || !f.reference("to", RefKind::Party, &p.to))
        return false;
    Reader &r = *f.reader();
    if (p.from == p.to)
        return r.fail(f.path("to"), QStringLiteral("a provision cannot go from a party to itself"));
    if (!f.reference("desire", RefKind::Desire, &p.desire)
        || !f.unit("quality", &p.rating.quality, Presence::Required)
        || !f.unit("perceived", &p.rating.perceived))
        return false;
    if (r.hasProvision(p)) {
        return r.fail(f.path(), QStringLiteral("duplicate provision %1 -> %2 for %3")
                                    .arg(p.from, p.to, quoted(p.desire)));
    }
    s->provisions.append(p);
    return true;
}

bool readOffer(Reader &r, const QString &desire, const QJsonValue &v, const Place &place,
               Offer *out)
{
    QJsonObject object;
    if (!r.checkReference(desire, place, RefKind::Desire) || !r.toObject(v, place, &object))
        return false;
    // docs/file-format.md §Outside options gives an offer no default quality; like a provision's,
    // it is required.
    Fields f(r, object, place);
    Offer offer{desire, {}};
    if (!f.allowOnly({"quality", "perceived"})
        || !f.unit("quality", &offer.rating.quality, Presence::Required)
        || !f.unit("perceived", &offer.rating.perceived))
        return false;
    *out = offer;
    return true;
}

bool readOption(Fields &f, Scenario *s)
{
    OutsideOption o;
    QJsonObject offers;
    if (!f.allowOnly({"id", "owner", "name", "offers"}) || !f.id("id", &o.id))
        return false;
    Reader &r = *f.reader();
    if (r.index(RefKind::Option, o.id) >= 0) {
        return r.fail(f.path("id"),
                      QStringLiteral("duplicate outside option id %1").arg(quoted(o.id)));
    }
    if (!f.reference("owner", RefKind::Party, &o.owner)
        || !f.string("name", &o.name, Presence::Required) || !f.object("offers", &offers))
        return false;
    for (auto it = offers.constBegin(); it != offers.constEnd(); ++it) {
        Offer offer;
        const Place offers(f.place(), "offers");
        const QString desire = it.key();
        if (!readOffer(r, desire, it.value(), Place(offers, desire), &offer))
            return false;
        o.offers.append(offer);
    }
    sortByDesire(r, &o.offers);
    s->options.append(o);
    return true;
}

bool readInvestment(Fields &f, Scenario *s)
{
    Investment inv;
    if (!f.allowOnly({"party", "partner", "amount", "exclusive"})
        || !f.reference("party", RefKind::Party, &inv.party)
        || !f.reference("partner", RefKind::Party, &inv.partner))
        return false;
    Reader &r = *f.reader();
    if (inv.party == inv.partner) {
        return r.fail(f.path("partner"),
                      QStringLiteral("a party cannot invest in a relationship with itself"));
    }
    if (!f.unit("amount", &inv.amount) || !f.boolean("exclusive", &inv.exclusive))
        return false;
    if (r.hasInvestment(inv)) {
        return r.fail(f.path(), QStringLiteral("duplicate investment %1 -> %2")
                                    .arg(inv.party, inv.partner));
    }
    s->investments.append(inv);
    return true;
}

} // namespace

bool readDesires(Reader &r, const QJsonArray &list, Scenario *s)
{
    return readObjects(r, list, QStringLiteral("$.desires"),
                       [&](Fields &f, int) { return readDesire(f, s); });
}

bool readParties(Reader &r, const QJsonArray &list, Scenario *s)
{
    return readObjects(r, list, QStringLiteral("$.parties"),
                       [&](Fields &f, int i) { return readParty(f, i, s); });
}

bool readProvisions(Reader &r, const QJsonArray &list, Scenario *s)
{
    return readObjects(r, list, QStringLiteral("$.provisions"),
                       [&](Fields &f, int) { return readProvision(f, s); });
}

bool readOptions(Reader &r, const QJsonArray &list, Scenario *s)
{
    return readObjects(r, list, QStringLiteral("$.outsideOptions"),
                       [&](Fields &f, int) { return readOption(f, s); });
}

bool readInvestments(Reader &r, const QJsonArray &list, Scenario *s)
{
    return readObjects(r, list, QStringLiteral("$.investments"),
                       [&](Fields &f, int) { return readInvestment(f, s); });
}

} // namespace powerfield::scenariofile
