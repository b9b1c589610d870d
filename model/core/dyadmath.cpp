// SPDX-License-Identifier: GPL-3.0-or-later
#include "dyadmath.h"

#include <algorithm>

namespace powerfield::core {

namespace {

constexpr double kCooperationEqual = 0.8397;
constexpr double kCooperationLow = 0.6947;
constexpr double kCooperationHigh = 0.5814;
constexpr double kPowerScale = 0.5;

Quadrant quadrantOf(const SideResult &s, double comparisonLevel)
{
    const bool aboveCl = atLeast(s.outcome, comparisonLevel);
    const bool aboveAlt = atLeast(s.outcome, s.alternative);
    if (aboveCl)
        return aboveAlt ? Quadrant::SatisfiedStable : Quadrant::SatisfiedUnstable;
    return aboveAlt ? Quadrant::Trapped : Quadrant::UnsatisfiedUnstable;
}

void completeSide(SideResult &side, bool wantsNothing, double relativePower)
{
    side.cooperation = predictedCooperation(relativePower);
    if (wantsNothing || greaterThan(side.alternative, side.outcome))
        side.response = Response::WalkAway;
    else
        side.response = atLeast(relativePower, 0.0) ? Response::Fight : Response::Accept;
}

} // namespace

const char *lensName(Lens lens)
{
    return lens == Lens::Actual ? "actual" : "perceived";
}

const char *quadrantName(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::SatisfiedStable: return "satisfied-stable";
    case Quadrant::Trapped: return "trapped";
    case Quadrant::SatisfiedUnstable: return "satisfied-unstable";
    case Quadrant::UnsatisfiedUnstable: return "unsatisfied-unstable";
    case Quadrant::Indifferent: return "indifferent";
    }
    return "indifferent";
}

const char *responseName(Response response)
{
    switch (response) {
    case Response::Accept: return "accept";
    case Response::Fight: return "fight";
    case Response::WalkAway: return "walk-away";
    }
    return "walk-away";
}

double predictedCooperation(double relativePower)
{
    if (atLeast(relativePower, 0.0))
        return kCooperationEqual
               + (kCooperationHigh - kCooperationEqual) * std::min(1.0, relativePower / kPowerScale);
    return kCooperationEqual
           + (kCooperationLow - kCooperationEqual) * std::min(1.0, -relativePower / kPowerScale);
}

SideResult sideFromInputs(const SideInputs &in)
{
    SideResult side;
    const double w = in.totalImportance;
    if (w != 0.0) { // exact, as docs/model.md §Tolerance says
        side.dependence = in.weightedGain / w;
        side.outcome = in.weightedOutcome / w;
        side.alternative = in.weightedAlternative / w;
        side.quadrant = quadrantOf(side, in.comparisonLevel);
    }
    side.satisfaction = side.outcome - in.comparisonLevel;
    side.commitment = std::clamp((side.outcome - side.alternative + in.investment + 1.0) / 3.0, 0.0, 1.0);
    return side;
}

DyadResult combineSides(int a, int b, SideResult sideA, SideResult sideB)
{
    DyadResult d;
    d.a = a;
    d.b = b;
    d.relativePowerA = sideB.dependence - sideA.dependence;
    d.mutualDependence = (sideA.dependence + sideB.dependence) / 2.0;
    completeSide(sideA, sideA.quadrant == Quadrant::Indifferent, d.relativePowerA);
    completeSide(sideB, sideB.quadrant == Quadrant::Indifferent, -d.relativePowerA);
    d.sideA = sideA;
    d.sideB = sideB;
    return d;
}

} // namespace powerfield::core
