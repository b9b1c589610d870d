// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

namespace powerfield {

// The part of a scenario that one dyad's quantities can depend on (docs/model.md §Dyad
// quantities), at every step of its timeline: all desires; the two parties and every party that
// provides to either of them, in the written state or through an event; the provisions to the two;
// their outside options; their investments in each other; and the events with only the changes to
// those records. Events cannot create parties or options, so nothing outside the scope can enter
// later. Records keep their file order, so ties and sums come out exactly as on the whole scenario:
// a view of one dyad walks this instead of a field of thousands.
Scenario dyadScope(const Scenario &scenario, const QString &a, const QString &b);

} // namespace powerfield
