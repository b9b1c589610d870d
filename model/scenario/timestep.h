// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"

namespace powerfield {

// Moves `state` and `analysis` from stateAt(written, from) to stateAt(written, to) through the
// incremental engine: forward it applies the changes of the events crossed, backward it puts
// back the records those changes touched as they were at `to`; either way the analysis is
// updated for those records only. So a cursor move costs about one edit per changed value, and
// a step that crosses no event nothing; a move across more changes than a full analysis is
// worth falls back to one.
void moveInTime(const Scenario &written, int from, int to, Scenario &state, Analysis &analysis);

} // namespace powerfield
