// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace powerfield {

struct Scenario;

// Whether anyone's belief about a provision or an offer differs from its actual quality in
// `state`: when none does, the perceived and the actual lens show the same numbers.
bool anyBeliefDiffers(const Scenario &state);

} // namespace powerfield
