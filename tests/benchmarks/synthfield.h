// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

namespace powerfield::bench {

// A seeded synthetic social field: `parties` parties on a circle, `desires` desires, each party
// needing about half of them and receiving from `providers` random other parties; one outside
// option per party. The same arguments always give the same scenario.
Scenario syntheticField(int parties, int providers, int desires, unsigned seed = 1);

// syntheticField(parties, 4, 5) with `steps` steps and 100 events, each changing one provision.
Scenario syntheticTimeline(int parties, int steps);

} // namespace powerfield::bench
