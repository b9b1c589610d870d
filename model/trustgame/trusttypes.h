// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace powerfield {

// The trust game of a class session (issue 14): its conditions, roles and choices.
enum class TrustCondition { Equal, Unequal };
enum class TrustRole { Equal, Low, High };
enum class TrustChoice { None, Cooperate, Defect };

constexpr int kTrustRoleCount = 3; // Equal, Low, High: the order of every per-role array

// Plain ASCII names for files and messages: equal|unequal, equal|low|high, cooperate|defect.
QString conditionId(TrustCondition condition);
QString roleId(TrustRole role);
QString choiceId(TrustChoice choice); // "" for None
std::optional<TrustCondition> conditionFromId(const QString &id);
std::optional<TrustRole> roleFromId(const QString &id);
std::optional<TrustChoice> choiceFromId(const QString &id); // cooperate|defect only

// The condition a role is played in.
TrustCondition conditionOf(TrustRole role);

// What the instructor has switched on for the coming rounds (reshuffling and swapping roles are
// one-off acts, not states).
struct TrustManipulations
{
    bool bothFeelPowerful = false; // each is told they control the outcome; payoffs stay unequal
    bool outsideThreat = false;    // a competing group takes the pot unless both cooperate

    bool operator==(const TrustManipulations &o) const
    {
        return bothFeelPowerful == o.bothFeelPowerful && outsideThreat == o.outsideThreat;
    }
    bool operator!=(const TrustManipulations &o) const { return !(*this == o); }
};

// "", "both-feel-powerful", "outside-threat" or both joined by '+': the log's manipulation column.
QString manipulationsId(const TrustManipulations &m);
std::optional<TrustManipulations> manipulationsFromId(const QString &id);

} // namespace powerfield
