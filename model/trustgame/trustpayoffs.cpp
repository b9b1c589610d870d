// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustpayoffs.h"

#include "core/dyadmath.h"

#include <QtGlobal>

#include <cmath>

namespace powerfield {

namespace {

int index(TrustChoice choice)
{
    return choice == TrustChoice::Defect ? 1 : 0;
}

// Own points by [own][partner] before any manipulation.
void basePoints(TrustRole role, int highShare, int points[2][2])
{
    const int share = qBound(kTrustMinHighShare, highShare, kTrustMaxHighShare);
    switch (role) {
    case TrustRole::Equal: // the classic dilemma: 6/6 together, 8 against 1 alone, 3/3 apart
        points[0][0] = 6; points[0][1] = 1; points[1][0] = 8; points[1][1] = 3;
        return;
    case TrustRole::High: // the low player's choice moves these points by 1 or 2 at most
        points[0][0] = share; points[0][1] = 7; points[1][0] = 10; points[1][1] = 9;
        return;
    case TrustRole::Low: // the high player's choice moves these by 4
        points[0][0] = kTrustPot - share; points[0][1] = 0; points[1][0] = 5; points[1][1] = 1;
        return;
    }
}

void pointsOf(TrustRole role, const TrustManipulations &m, int highShare, int points[2][2])
{
    basePoints(role, highShare, points);
    if (!m.outsideThreat)
        return;
    points[0][1] = points[1][0] = points[1][1] = 0; // the competing group takes the pot
}

} // namespace

int TrustPayoffTable::ownPoints(TrustChoice ownChoice, TrustChoice partnerChoice) const
{
    return own[index(ownChoice)][index(partnerChoice)];
}

int TrustPayoffTable::partnerPoints(TrustChoice ownChoice, TrustChoice partnerChoice) const
{
    return partner[index(ownChoice)][index(partnerChoice)];
}

TrustRole partnerRole(TrustRole role)
{
    switch (role) {
    case TrustRole::High:
        return TrustRole::Low;
    case TrustRole::Low:
        return TrustRole::High;
    case TrustRole::Equal:
        break;
    }
    return TrustRole::Equal;
}

TrustPayoffTable trustPayoffTable(TrustRole role, const TrustManipulations &manipulations, int highShare)
{
    TrustPayoffTable table;
    int theirs[2][2];
    pointsOf(role, manipulations, highShare, table.own);
    pointsOf(partnerRole(role), manipulations, highShare, theirs);
    for (int mine = 0; mine < 2; ++mine) {
        for (int other = 0; other < 2; ++other)
            table.partner[mine][other] = theirs[other][mine]; // the partner's own choice comes first
    }
    return table;
}

double trustDependence(const TrustPayoffTable &table)
{
    const auto &p = table.own;
    const double reflexive = std::abs((p[0][0] + p[0][1]) - (p[1][0] + p[1][1])) / 2.0;
    const double fate = std::abs((p[0][0] + p[1][0]) - (p[0][1] + p[1][1])) / 2.0;
    const double behaviour = std::abs((p[0][0] + p[1][1]) - (p[0][1] + p[1][0])) / 2.0;
    const double total = reflexive + fate + behaviour;
    return total > 0.0 ? (fate + behaviour) / total : 0.0;
}

double trustRelativePower(TrustRole role, const TrustManipulations &manipulations, int highShare)
{
    const double mine = trustDependence(trustPayoffTable(role, manipulations, highShare));
    const double theirs = trustDependence(trustPayoffTable(partnerRole(role), manipulations, highShare));
    return theirs - mine;
}

double trustPredictedCooperation(TrustRole role, const TrustManipulations &manipulations, int highShare)
{
    return core::predictedCooperation(trustRelativePower(role, manipulations, highShare));
}

} // namespace powerfield
