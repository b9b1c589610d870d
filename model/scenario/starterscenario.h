// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace powerfield {

struct Scenario;

// File > New > Start from Two People: a student's first field, ready to explore. Two people who
// want the same thing from each other (quiet evenings), each providing it to the other: a dyad
// with both dependences shown, to which the student adds alternatives. Names in the UI language.
Scenario twoPeopleScenario();

} // namespace powerfield
