// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trustgame.h"

namespace powerfield {

// A class of simulated students (`--simulate-trust-game`, the tests): `students` join, each
// round the pairs are reshuffled, and every student cooperates with the published rate of the
// role they play (kPublishedCooperation), drawn from a generator seeded with `seed`; an odd
// class has the computer partner, who plays the model's prediction. Same seed, same game.
constexpr int kTrustMaxStudents = 10000;
constexpr int kTrustMaxRounds = 1000;
TrustGame simulateTrustGame(int students, int rounds, quint32 seed);

} // namespace powerfield
