// SPDX-License-Identifier: GPL-3.0-or-later
#include "beliefs.h"

#include "scenario.h"

namespace powerfield {

bool anyBeliefDiffers(const Scenario &state)
{
    const auto differs = [](const Rating &r) { return r.perceived && *r.perceived != r.quality; };
    for (const Provision &p : state.provisions) {
        if (differs(p.rating))
            return true;
    }
    for (const OutsideOption &o : state.options) {
        for (const Offer &offer : o.offers) {
            if (differs(offer.rating))
                return true;
        }
    }
    return false;
}

} // namespace powerfield
