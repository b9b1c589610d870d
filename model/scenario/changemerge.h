// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

namespace powerfield {

// How an edit in time meets the events already written (docs/model.md §Timeline): whether two
// changes name the same record, one merged into another, whether a state already holds every
// value a change sets, and the last event at a time.

bool sameRecord(const Change &x, const Change &y);
// `base` with every field that `edit` sets overwritten.
Change merged(Change base, const Change &edit);
// Whether `state` already has every value the change sets (so the edit would change nothing).
bool holds(const Scenario &state, const Change &change);
// The index of the last event at `time`, or -1.
int lastEventAt(const Scenario &scenario, int time);

} // namespace powerfield
