// SPDX-License-Identifier: GPL-3.0-or-later
#include "starterscenario.h"

#include "scenario.h"

#include <QCoreApplication>

namespace powerfield {

namespace {

Party person(const QString &id, const QString &name, int colour, double x, double importance)
{
    Party p;
    p.id = id;
    p.name = name;
    p.kind = PartyKind::Person;
    p.color = paletteColor(colour);
    p.x = x;
    p.needs = {Need{QStringLiteral("quiet-evenings"), importance}};
    return p;
}

Provision provision(const QString &from, const QString &to, double quality)
{
    Provision p;
    p.from = from;
    p.to = to;
    p.desire = QStringLiteral("quiet-evenings");
    p.rating.quality = quality;
    return p;
}

} // namespace

Scenario twoPeopleScenario()
{
    Scenario s;
    s.title = QCoreApplication::translate("StarterScenario", "Two roommates");
    s.description = QCoreApplication::translate("StarterScenario", "Two roommates who both want quiet evenings at home and give each other "
                       "some. Give one of them an alternative and watch the power shift.");
    s.desires = {Desire{QStringLiteral("quiet-evenings"), QCoreApplication::translate("StarterScenario", "Quiet evenings"), PowerBase::Reward}};
    // Unequal from the start, so the meter and the arrow have something to show.
    s.parties = {person(QStringLiteral("me"), QCoreApplication::translate("StarterScenario", "Me"), 0, -150.0, 0.8),
                 person(QStringLiteral("roommate"), QCoreApplication::translate("StarterScenario", "My roommate"), 1, 150.0, 0.5)};
    s.provisions = {provision(QStringLiteral("me"), QStringLiteral("roommate"), 0.6),
                    provision(QStringLiteral("roommate"), QStringLiteral("me"), 0.7)};
    return s;
}

} // namespace powerfield
