// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "scenario.h"

#include <QtTest>

#include <cmath>

namespace powerfield::test {

inline Change partyChange(const QString &party, bool active)
{
    Change c;
    c.target = Change::Target::Party;
    c.party = party;
    c.active = active;
    return c;
}

inline Change provisionChange(const QString &from, const QString &to, const QString &desire, double q)
{
    Change c;
    c.target = Change::Target::Provision;
    c.party = from;
    c.other = to;
    c.desire = desire;
    c.quality = q;
    return c;
}

inline Change needChange(const QString &party, const QString &desire, double w)
{
    Change c;
    c.target = Change::Target::Need;
    c.party = party;
    c.desire = desire;
    c.importance = w;
    return c;
}

inline Change optionChange(const QString &option, const QString &desire, double q)
{
    Change c;
    c.target = Change::Target::Option;
    c.option = option;
    c.desire = desire;
    c.quality = q;
    return c;
}

inline Change investmentChange(const QString &party, const QString &partner, double amount)
{
    Change c;
    c.target = Change::Target::Investment;
    c.party = party;
    c.other = partner;
    c.amount = amount;
    return c;
}

// Abe and Mary (docs/model.md §Worked example: Abe and Mary) with a second desire and records of
// every kind that name each party.
inline Scenario abeAndMary()
{
    Scenario s;
    s.title = QStringLiteral("Abe and Mary");
    s.desires = {{QStringLiteral("company"), QStringLiteral("Company"), PowerBase::Referent},
                 {QStringLiteral("money"), QStringLiteral("Money"), PowerBase::Reward}};
    const QString abe = QStringLiteral("abe"), mary = QStringLiteral("mary"),
                  co = QStringLiteral("coworkers"), company = QStringLiteral("company"),
                  money = QStringLiteral("money");
    s.parties = {{abe, QStringLiteral("Abe"), PartyKind::Person, QStringLiteral("#0072B2"), -120, 0, 0.5, true, {{company, 0.3}}},
                 {mary, QStringLiteral("Mary"), PartyKind::Person, QStringLiteral("#D55E00"), 120, 0, 0.6, true, {{company, 0.9}, {money, 0.4}}},
                 {co, QStringLiteral("Mary's coworkers"), PartyKind::Group, QStringLiteral("#009E73"), 240, 120, 0.5, false, {}}};
    s.provisions = {{abe, mary, company, {0.8, std::nullopt}},
                    {mary, abe, company, {0.5, std::nullopt}},
                    {co, mary, money, {0.3, 0.4}},
                    {abe, mary, money, {0.2, std::nullopt}}};
    s.options = {{QStringLiteral("mary-home"), mary, QStringLiteral("Evenings at home"), {{company, {0.1, std::nullopt}}}},
                 {QStringLiteral("abe-friends"), abe, QStringLiteral("Abe's old friends"), {{company, {0.7, 0.9}}}}};
    s.investments = {{mary, abe, 0.2, false}, {abe, mary, 0.1, true}};
    s.events = {{4, QStringLiteral("Mary makes friends at work"), QString(),
                 {partyChange(co, true), provisionChange(co, mary, company, 0.6), needChange(mary, money, 0.2)}},
                {6, QStringLiteral("Abe's friends move away"), QStringLiteral("They leave."),
                 {optionChange(QStringLiteral("abe-friends"), company, 0.2), investmentChange(abe, mary, 0.5)}}};
    return s;
}

inline bool sameSide(const core::SideResult &x, const core::SideResult &y)
{
    auto near = [](double a, double b) { return std::abs(a - b) < 1e-9; };
    return near(x.dependence, y.dependence) && near(x.outcome, y.outcome)
           && near(x.alternative, y.alternative) && near(x.satisfaction, y.satisfaction)
           && near(x.commitment, y.commitment) && near(x.cooperation, y.cooperation)
           && x.quadrant == y.quadrant && x.response == y.response;
}

// Whether an incrementally updated analysis agrees with a fresh one of the same state.
inline bool sameAsFresh(const Analysis &analysis, const Scenario &state)
{
    Analysis fresh(analysis.lens());
    fresh.reset(state);
    const QVector<DyadReport> a = analysis.dyads(), b = fresh.dyads();
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].a != b[i].a || a[i].b != b[i].b || !sameSide(a[i].result.sideA, b[i].result.sideA)
            || !sameSide(a[i].result.sideB, b[i].result.sideB)
            || std::abs(a[i].result.relativePowerA - b[i].result.relativePowerA) > 1e-9)
            return false;
    }
    return true;
}

} // namespace powerfield::test
