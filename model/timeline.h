// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

namespace powerfield {

// Applies one event change to a state (MODEL.md 5). The change must name records that exist,
// as the reader and the Document guarantee; provisions, offers, needs and investments it names
// are created when absent.
void applyChange(Scenario &state, const Change &change);

// Event indices in the order they apply: by time, and by file order for equal times.
QVector<int> eventOrder(const Scenario &scenario);

// The state at integer time `time`: the written state with every event of time <= `time` applied.
Scenario stateAt(const Scenario &scenario, int time);

} // namespace powerfield
