// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace powerfield {

struct Scenario;

// The four steps of building a first scenario, as the field's checklist shows them: which a
// scenario has done, counting what its events bring in as done too.
struct StartSteps
{
    bool parties = false;     // two parties or more
    bool wants = false;       // at least two parties want something
    bool provides = false;    // someone provides a party something it wants
    bool alternative = false; // some party has an outside option

    bool complete() const { return parties && wants && provides && alternative; }
    int doneCount() const { return int(parties) + int(wants) + int(provides) + int(alternative); }
};

StartSteps startSteps(const Scenario &scenario);

} // namespace powerfield
