// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace powerfield {

namespace {

const std::array<const char *, 7> kBaseNames = {"reward", "coercive", "legitimate", "referent",
                                                "expert", "informational", "other"};
const std::array<const char *, 4> kKindNames = {"person", "group", "organization", "country"};
const std::array<const char *, 8> kPalette = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                              "#E69F00", "#56B4E9", "#F0E442", "#000000"};

template<typename T, size_t N>
std::optional<T> fromName(const std::array<const char *, N> &names, const QString &name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return T(i);
    }
    return std::nullopt;
}

template<typename List, typename Pred>
int indexWhere(const List &list, Pred pred)
{
    auto it = std::find_if(list.cbegin(), list.cend(), pred);
    return it == list.cend() ? -1 : int(it - list.cbegin());
}

} // namespace

QString powerBaseName(PowerBase base)
{
    return QLatin1String(kBaseNames[size_t(base)]);
}

std::optional<PowerBase> powerBaseFromName(const QString &name)
{
    return fromName<PowerBase>(kBaseNames, name);
}

QString partyKindName(PartyKind kind)
{
    return QLatin1String(kKindNames[size_t(kind)]);
}

std::optional<PartyKind> partyKindFromName(const QString &name)
{
    return fromName<PartyKind>(kKindNames, name);
}

double Party::importance(const QString &desire) const
{
    const int i = needIndex(desire);
    return i < 0 ? 0.0 : needs[i].importance;
}

int Party::needIndex(const QString &desire) const
{
    return indexWhere(needs, [&](const Need &n) { return sameId(n.desire, desire); });
}

bool Party::operator==(const Party &o) const
{
    return id == o.id && name == o.name && kind == o.kind && color == o.color && x == o.x
           && y == o.y && comparisonLevel == o.comparisonLevel && active == o.active
           && needs == o.needs;
}

int OutsideOption::offerIndex(const QString &desire) const
{
    return indexWhere(offers, [&](const Offer &o) { return sameId(o.desire, desire); });
}

bool Change::setsAnything() const
{
    return active || comparisonLevel || x || y || importance || quality || perceived || amount
           || exclusive;
}

bool Change::operator==(const Change &o) const
{
    return target == o.target && party == o.party && other == o.other && desire == o.desire
           && option == o.option && active == o.active && comparisonLevel == o.comparisonLevel
           && x == o.x && y == o.y && importance == o.importance && quality == o.quality
           && perceived == o.perceived && amount == o.amount && exclusive == o.exclusive;
}

int Scenario::desireIndex(const QString &id) const
{
    return indexWhere(desires, [&](const Desire &d) { return sameId(d.id, id); });
}

int Scenario::partyIndex(const QString &id) const
{
    return indexWhere(parties, [&](const Party &p) { return sameId(p.id, id); });
}

int Scenario::optionIndex(const QString &id) const
{
    return indexWhere(options, [&](const OutsideOption &o) { return sameId(o.id, id); });
}

int Scenario::provisionIndex(const QString &from, const QString &to, const QString &desire) const
{
    return indexWhere(provisions, [&](const Provision &p) {
        return sameId(p.to, to) && sameId(p.from, from) && sameId(p.desire, desire);
    });
}

int Scenario::investmentIndex(const QString &party, const QString &partner) const
{
    return indexWhere(investments, [&](const Investment &i) {
        return sameId(i.party, party) && sameId(i.partner, partner);
    });
}

const Party *Scenario::party(const QString &id) const
{
    const int i = partyIndex(id);
    return i < 0 ? nullptr : &parties[i];
}

bool Scenario::operator==(const Scenario &o) const
{
    return title == o.title && description == o.description && notes == o.notes
           && duration == o.duration && desires == o.desires && parties == o.parties
           && provisions == o.provisions && options == o.options && investments == o.investments
           && events == o.events && ui == o.ui && hasUi == o.hasUi;
}

bool isValidId(const QString &id)
{
    if (id.isEmpty())
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-' || c == u'_');
    });
}

bool isValidColor(const QString &color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern.match(color).hasMatch();
}

QString paletteColor(int index)
{
    return QLatin1String(kPalette[size_t(index) % kPalette.size()]);
}

} // namespace powerfield
