// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <algorithm>
#include <optional>

namespace powerfield {

// Whether two ids are the same: inline, and shared copies of one id compare by address. Qt 6.4's
// QString operator== goes through its general comparison, which searches over tens of thousands of
// records (a dyad's scope, a record's row) felt in every frame.
inline bool sameId(QStringView x, QStringView y)
{
    return x.size() == y.size() && (x.data() == y.data() || std::equal(x.begin(), x.end(), y.begin()));
}

using core::Lens;

// French and Raven's bases of power, with Raven's informational base (docs/model.md §Sources).
enum class PowerBase { Reward, Coercive, Legitimate, Referent, Expert, Informational, Other };
enum class PartyKind { Person, Group, Organization, Country };

QString powerBaseName(PowerBase base);
std::optional<PowerBase> powerBaseFromName(const QString &name);
QString partyKindName(PartyKind kind);
std::optional<PartyKind> partyKindFromName(const QString &name);

// A quality with the receiver's belief about it. `perceived` stays empty until someone gives it,
// and then the belief follows the quality (docs/model.md §Entities).
struct Rating
{
    double quality = 0.0;
    std::optional<double> perceived;

    double perceivedValue() const { return perceived.value_or(quality); }
    double value(Lens lens) const { return lens == Lens::Actual ? quality : perceivedValue(); }
    bool operator==(const Rating &o) const { return quality == o.quality && perceived == o.perceived; }
    bool operator!=(const Rating &o) const { return !(*this == o); }
};

struct Desire
{
    QString id;
    QString name;
    PowerBase base = PowerBase::Other;
    bool operator==(const Desire &o) const { return id == o.id && name == o.name && base == o.base; }
};

struct Need
{
    QString desire;
    double importance = 0.0;
    bool operator==(const Need &o) const { return desire == o.desire && importance == o.importance; }
};

struct Party
{
    QString id;
    QString name;
    PartyKind kind = PartyKind::Person;
    QString color; // #RRGGBB
    double x = 0.0;
    double y = 0.0;
    double comparisonLevel = 0.5;
    bool active = true;
    QVector<Need> needs; // in file order, one per desire at most

    double importance(const QString &desire) const;
    int needIndex(const QString &desire) const;
    bool operator==(const Party &o) const;
};

struct Provision
{
    QString from;
    QString to;
    QString desire;
    Rating rating;
    bool operator==(const Provision &o) const
    {
        return from == o.from && to == o.to && desire == o.desire && rating == o.rating;
    }
};

struct Offer
{
    QString desire;
    Rating rating;
    bool operator==(const Offer &o) const { return desire == o.desire && rating == o.rating; }
};

struct OutsideOption
{
    QString id;
    QString owner;
    QString name;
    QVector<Offer> offers;
    int offerIndex(const QString &desire) const;
    bool operator==(const OutsideOption &o) const
    {
        return id == o.id && owner == o.owner && name == o.name && offers == o.offers;
    }
};

struct Investment
{
    QString party;
    QString partner;
    double amount = 0.0;
    bool exclusive = false;
    bool operator==(const Investment &o) const
    {
        return party == o.party && partner == o.partner && amount == o.amount && exclusive == o.exclusive;
    }
};

// One change of an event (docs/file-format.md §Events): names one record and the fields it sets.
struct Change
{
    enum class Target { Party, Need, Provision, Option, Investment };
    Target target = Target::Party;
    QString party;   // Party, Need: the party; Provision: from; Investment: party
    QString other;   // Provision: to; Investment: partner
    QString desire;  // Need, Provision, Option
    QString option;  // Option
    std::optional<bool> active;
    std::optional<double> comparisonLevel;
    std::optional<double> x;
    std::optional<double> y;
    std::optional<double> importance;
    std::optional<double> quality;
    std::optional<double> perceived;
    std::optional<double> amount;
    std::optional<bool> exclusive;

    bool setsAnything() const;
    bool operator==(const Change &o) const;
};

struct Event
{
    int time = 0;
    QString label;
    QString caption;
    QVector<Change> changes;
    bool operator==(const Event &o) const
    {
        return time == o.time && label == o.label && caption == o.caption && changes == o.changes;
    }
};

// The texts that describe a scenario as a whole (File > Properties).
struct ScenarioTexts
{
    QString title;
    QString description;
    QString notes; // for the teacher: learning goal, what to try, what the model does not claim
    bool operator==(const ScenarioTexts &o) const
    {
        return title == o.title && description == o.description && notes == o.notes;
    }
};

// A whole scenario as written in a file: the state before any event, plus the events.
struct Scenario
{
    QString title;
    QString description;
    QString notes;
    int duration = 12;
    QVector<Desire> desires;
    QVector<Party> parties;
    QVector<Provision> provisions;
    QVector<OutsideOption> options;
    QVector<Investment> investments;
    QVector<Event> events;
    QJsonObject ui;
    bool hasUi = false;

    int desireIndex(const QString &id) const;
    int partyIndex(const QString &id) const;
    int optionIndex(const QString &id) const;
    int provisionIndex(const QString &from, const QString &to, const QString &desire) const;
    int investmentIndex(const QString &party, const QString &partner) const;
    const Party *party(const QString &id) const;
    bool operator==(const Scenario &o) const;
    bool operator!=(const Scenario &o) const { return !(*this == o); }
};

// Ids are non-empty ASCII letters, digits, '-' and '_' (docs/file-format.md §Ids).
bool isValidId(const QString &id);
bool isValidColor(const QString &color);
inline bool isUnitValue(double v) { return v >= 0.0 && v <= 1.0; } // false for NaN too
// The longest timeline, in steps (docs/file-format.md §Limits): keeps series of a sane length; the
// reader and the Document both hold to it, so every scenario that can be saved can be read back.
constexpr int kMaxDuration = 1000000;
// The Okabe-Ito palette, colour-blind safe; parties without a colour take one in turn.
QString paletteColor(int index);

} // namespace powerfield
