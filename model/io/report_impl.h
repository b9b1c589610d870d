// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis.h"
#include "timeline.h"

#include <type_traits>
#include <utility>

namespace powerfield {

template<typename Visit>
void forEachStep(const Scenario &scenario, Lens lens, Visit visit)
{
    Scenario state = scenario;
    Analysis analysis(lens);
    analysis.reset(state);
    const QVector<int> order = eventOrder(scenario);
    int next = 0;
    for (int t = 0; t <= scenario.duration; ++t) {
        for (; next < order.size() && scenario.events[order[next]].time <= t; ++next) {
            for (const Change &change : scenario.events[order[next]].changes)
                analysis.apply(state, change);
        }
        if constexpr (std::is_same_v<decltype(visit(t, std::as_const(state), std::as_const(analysis))), bool>) {
            if (!visit(t, std::as_const(state), std::as_const(analysis)))
                return;
        } else {
            visit(t, std::as_const(state), std::as_const(analysis));
        }
    }
}

} // namespace powerfield
