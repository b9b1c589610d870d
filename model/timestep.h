// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"

namespace powerfield {

// Moves `state` and `analysis` from stateAt(written, from) to stateAt(written, to) through the
// incremental engine: forward it applies the changes of the events crossed, backward it rebuilds
// the state and updates the analysis for the records those changes name. So a cursor move costs
// about one edit per changed value instead of a full analysis; a move across more changes than
// a full analysis is worth falls back to one.
void moveInTime(const Scenario &written, int from, int to, Scenario &state, Analysis &analysis);

} // namespace powerfield
