// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

namespace powerfield {

// One event change in plain words, every value it sets, for the events editor:
// "Abe to Mary: Company (quality) becomes 0.30; Abe: active".
QString describeChange(const Scenario &scenario, const Change &change);

} // namespace powerfield
