// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QMetaType>

namespace powerfield::test {

// Builds small scenarios in a line or two for hand-worked cases.
class ScenarioBuilder
{
public:
    ScenarioBuilder &desire(const QString &id)
    {
        m_s.desires.append({id, id, PowerBase::Other});
        return *this;
    }
    ScenarioBuilder &party(const QString &id, QVector<Need> needs = {}, double cl = 0.5, bool active = true)
    {
        Party p;
        p.id = id;
        p.name = id;
        p.color = paletteColor(int(m_s.parties.size()));
        p.comparisonLevel = cl;
        p.active = active;
        p.needs = std::move(needs);
        m_s.parties.append(p);
        return *this;
    }
    ScenarioBuilder &give(const QString &from, const QString &to, const QString &desire, double quality,
                          std::optional<double> perceived = std::nullopt)
    {
        m_s.provisions.append({from, to, desire, {quality, perceived}});
        return *this;
    }
    ScenarioBuilder &option(const QString &owner, const QString &desire, double quality,
                            std::optional<double> perceived = std::nullopt)
    {
        const QString id = owner + QStringLiteral("-option-") + QString::number(m_s.options.size());
        m_s.options.append({id, owner, id, {{desire, {quality, perceived}}}});
        return *this;
    }
    ScenarioBuilder &invest(const QString &party, const QString &partner, double amount, bool exclusive = false)
    {
        m_s.investments.append({party, partner, amount, exclusive});
        return *this;
    }
    ScenarioBuilder &event(int time, QVector<Change> changes)
    {
        m_s.events.append({time, QString(), QString(), std::move(changes)});
        return *this;
    }
    Scenario build() const { return m_s; }

private:
    Scenario m_s;
};

// Abe and Mary up to the coworkers' arrival at t=4 (docs/model.md §Worked example: Abe and Mary).
inline Scenario modelExample()
{
    Change activate;
    activate.target = Change::Target::Party;
    activate.party = QStringLiteral("coworkers");
    activate.active = true;
    Change company;
    company.target = Change::Target::Provision;
    company.party = QStringLiteral("coworkers");
    company.other = QStringLiteral("mary");
    company.desire = QStringLiteral("company");
    company.quality = 0.6;
    const QString c = QStringLiteral("company");
    Scenario s = ScenarioBuilder()
                     .desire(c)
                     .party(QStringLiteral("abe"), {{c, 0.3}}, 0.5)
                     .party(QStringLiteral("mary"), {{c, 0.9}}, 0.6)
                     .party(QStringLiteral("coworkers"), {}, 0.5, false)
                     .give(QStringLiteral("abe"), QStringLiteral("mary"), c, 0.8)
                     .give(QStringLiteral("mary"), QStringLiteral("abe"), c, 0.5)
                     .option(QStringLiteral("mary"), c, 0.1)
                     .option(QStringLiteral("abe"), c, 0.7)
                     .invest(QStringLiteral("mary"), QStringLiteral("abe"), 0.2)
                     .event(4, {activate, company})
                     .build();
    s.title = QStringLiteral("Abe and Mary");
    return s;
}

} // namespace powerfield::test

Q_DECLARE_METATYPE(powerfield::Scenario)
Q_DECLARE_METATYPE(powerfield::Lens)
Q_DECLARE_METATYPE(powerfield::Change)
