// SPDX-License-Identifier: GPL-3.0-or-later
#include "dyadorder.h"

namespace powerfield {

Selection inFileOrder(const Scenario &scenario, const Selection &selection)
{
    if (!selection.isDyad())
        return selection;
    const int a = scenario.partyIndex(selection.a);
    const int b = scenario.partyIndex(selection.b);
    if (a < 0 || b < 0 || a <= b)
        return selection;
    return Selection{selection.b, selection.a};
}

} // namespace powerfield
