// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

namespace powerfield {

// A dyad named in the order its parties have in the file, so that the plot, the panel and the
// seesaw keep one orientation (the first party's power up, on the left) however it was selected;
// a single party or no selection comes back unchanged.
Selection inFileOrder(const Scenario &scenario, const Selection &selection);

} // namespace powerfield
