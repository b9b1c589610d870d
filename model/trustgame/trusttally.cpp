// SPDX-License-Identifier: GPL-3.0-or-later
#include "trusttally.h"

#include "trustpayoffs.h"

#include <QLocale>
#include <QMap>
#include <QPair>

#include <cmath>
#include <limits>

namespace powerfield {

namespace {

int roleIndex(TrustRole role)
{
    return int(role);
}

} // namespace

QString publishedCooperationSource()
{
    return QStringLiteral("du Plessis, Nguyen, Foulk & Schaerer (2023), Relative power and interpersonal "
                          "trust, Journal of Personality and Social Psychology 124(3), 567-592");
}

TrustInterval wilsonInterval(int successes, int trials, double z)
{
    if (trials <= 0)
        return {};
    const double n = trials;
    const double p = successes / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double TrustProportion::rate() const
{
    return choices > 0 ? double(cooperations) / choices : std::numeric_limits<double>::quiet_NaN();
}

bool TrustResults::everyRoleHasChoices() const
{
    for (const TrustProportion &p : byRole) {
        if (p.choices == 0)
            return false;
    }
    return true;
}

bool TrustResults::reproducesOrdering() const
{
    return everyRoleHasChoices() && byRole[0].rate() > byRole[1].rate() && byRole[1].rate() > byRole[2].rate();
}

QString TrustResults::reading() const
{
    if (!everyRoleHasChoices())
        return QCoreApplication::translate("TrustResults", "Waiting for choices in every role (equal %1, low %2, high %3 so far).")
            .arg(byRole[0].choices).arg(byRole[1].choices).arg(byRole[2].choices);
    const QString equal = percentText(byRole[0].rate());
    const QString low = percentText(byRole[1].rate());
    const QString high = percentText(byRole[2].rate());
    if (reproducesOrdering())
        return QCoreApplication::translate("TrustResults", "The class reproduced the published ordering: equal power %1 > low power %2 > "
                                    "high power %3.").arg(equal, low, high);
    return QCoreApplication::translate("TrustResults", "The class did not reproduce the published ordering (equal > low > high): equal "
                                "power %1, low power %2, high power %3.").arg(equal, low, high);
}

TrustResults trustResults(const QVector<TrustLogRow> &log)
{
    TrustResults results;
    // How often each role met each set of payoffs: the mean of the predictions weighs them so,
    // and one set alone gives its prediction exactly.
    std::array<QMap<QPair<QString, int>, int>, kTrustRoleCount> payoffsSeen;
    for (const TrustLogRow &row : log) {
        if (row.seat != TrustSeatKind::Student || row.round < 1)
            continue;
        const int r = roleIndex(row.role);
        const int cooperated = row.choice == TrustChoice::Cooperate ? 1 : 0;
        if (results.byRound.size() < row.round)
            results.byRound.resize(row.round);
        for (TrustProportion *p : {&results.byRole[r], &results.byRound[row.round - 1][r]}) {
            ++p->choices;
            p->cooperations += cooperated;
        }
        ++payoffsSeen[r][qMakePair(manipulationsId(row.manipulations), row.highShare)];
    }
    for (int r = 0; r < kTrustRoleCount; ++r) {
        const int n = results.byRole[r].choices;
        double sum = 0.0;
        double single = trustPredictedCooperation(TrustRole(r), {});
        for (auto it = payoffsSeen[r].cbegin(); it != payoffsSeen[r].cend(); ++it) {
            single = trustPredictedCooperation(TrustRole(r), *manipulationsFromId(it.key().first), it.key().second);
            sum += single * it.value();
        }
        results.predicted[r] = payoffsSeen[r].size() > 1 ? sum / n : single;
    }
    return results;
}

QString roleName(TrustRole role)
{
    switch (role) {
    case TrustRole::Equal:
        return QCoreApplication::translate("TrustResults", "Equal power");
    case TrustRole::Low:
        return QCoreApplication::translate("TrustResults", "Low power");
    case TrustRole::High:
        return QCoreApplication::translate("TrustResults", "High power");
    }
    return QString();
}

QString percentText(double rate)
{
    if (std::isnan(rate))
        return QCoreApplication::translate("TrustResults", "no choices");
    return QCoreApplication::translate("TrustResults", "%1 %").arg(QLocale().toString(100.0 * rate, 'f', 0));
}

} // namespace powerfield
