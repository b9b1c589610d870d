// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trustgame.h"

#include <QCoreApplication>

#include <array>

namespace powerfield {

// The published cooperation rates the class is compared with: du Plessis, C., Nguyen, M.-H. T.,
// Foulk, T. A., & Schaerer, M. (2023). Relative power and interpersonal trust. Journal of
// Personality and Social Psychology, 124(3), 567-592. In the order Equal, Low, High.
constexpr std::array<double, kTrustRoleCount> kPublishedCooperation = {0.8397, 0.6947, 0.5814};
QString publishedCooperationSource();

// A Wilson score interval (95 % with z = 1.959964): for k successes in n trials with p = k/n,
//   centre = (p + z^2/(2n)) / (1 + z^2/n),
//   half   = z * sqrt(p(1-p)/n + z^2/(4n^2)) / (1 + z^2/n);
// [0, 1] when n = 0.
struct TrustInterval
{
    double low = 0.0;
    double high = 1.0;
};
TrustInterval wilsonInterval(int successes, int trials, double z = 1.959963984540054);

// Cooperations out of choices.
struct TrustProportion
{
    int choices = 0;
    int cooperations = 0;

    double rate() const; // NaN without choices
    TrustInterval interval() const { return wilsonInterval(cooperations, choices); }
};

using TrustRoleTally = std::array<TrustProportion, kTrustRoleCount>;

// What the results chart and the summary show: the class's cooperation by role (students only;
// computer seats are left out), overall and round by round, beside the published rates and the
// model's predicted cooperation for the payoffs the class played.
struct TrustResults
{
    TrustRoleTally byRole;
    QVector<TrustRoleTally> byRound; // [round - 1]
    std::array<double, kTrustRoleCount> published = kPublishedCooperation;
    std::array<double, kTrustRoleCount> predicted = {};

    // The class's rates order as the published ones: equal > low > high, every role with choices.
    bool reproducesOrdering() const;
    bool everyRoleHasChoices() const;
    // One line for the projector: whether the ordering was reproduced, with the three rates.
    QString reading() const;
};

// The tallies of a log. `predicted` per role is the mean of the model's prediction over the
// role's rows (their payoffs and manipulations), or for the plain payoffs when it has none.
TrustResults trustResults(const QVector<TrustLogRow> &log);

// "Equal power", "Low power", "High power", translated (context TrustResults).
QString roleName(TrustRole role);
// A rate as the chart and the reading print it: "84 %".
QString percentText(double rate);

} // namespace powerfield
