// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

namespace powerfield::core {

// One party's side of a dyad, from the sums an engine gathers (docs/model.md §Dyad quantities).
struct SideInputs
{
    double totalImportance = 0.0;   // W_A
    double weightedGain = 0.0;      // sum_d w(d) * max(0, q(d) - alt(d))
    double weightedOutcome = 0.0;   // sum_d w(d) * q(d)
    double weightedAlternative = 0.0; // sum_d w(d) * alt(d)
    double comparisonLevel = 0.5;
    double investment = 0.0;
};

struct SideResult
{
    double dependence = 0.0; // on the partner
    double outcome = 0.0;
    double alternative = 0.0; // CLalt
    double satisfaction = 0.0;
    double commitment = 0.0;
    double cooperation = 0.0;
    Quadrant quadrant = Quadrant::Indifferent;
    Response response = Response::WalkAway;
};

struct DyadResult
{
    int a = -1; // party indices, as the engine numbers them
    int b = -1;
    SideResult sideA;
    SideResult sideB;
    double relativePowerA = 0.0;
    double mutualDependence = 0.0;
};

// Dependence, outcome and CLalt of one side; the parts that need the partner come later.
SideResult sideFromInputs(const SideInputs &in);
// Completes both sides (power, cooperation, response) once both dependences are known.
DyadResult combineSides(int a, int b, SideResult sideA, SideResult sideB);

double predictedCooperation(double relativePower);

} // namespace powerfield::core
