// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustsimulation.h"

#include "trusttally.h"

#include <QRandomGenerator>

namespace powerfield {

TrustGame simulateTrustGame(int students, int rounds, quint32 seed)
{
    TrustGame game(seed);
    // The students' own draws come from a generator apart from the game's pairing.
    QRandomGenerator choices(seed ^ 0x9e3779b9u);
    for (int i = 0; i < students; ++i)
        game.addPlayer();
    constexpr double roundSeconds = 60.0;
    for (int r = 0; r < rounds; ++r) {
        game.reshufflePairs();
        const double start = r * roundSeconds;
        if (!game.startRound(start))
            break;
        for (const TrustPair &pair : game.pairs()) {
            for (int seat = 0; seat < 2; ++seat) {
                const TrustPlayer *p = game.player(pair.players[seat]);
                if (!p || p->computer || p->left)
                    continue;
                const double rate = kPublishedCooperation[size_t(pair.roles[seat])];
                const TrustChoice choice = choices.generateDouble() < rate ? TrustChoice::Cooperate
                                                                           : TrustChoice::Defect;
                game.choose(p->id, choice, start + 5.0 + choices.bounded(50.0));
            }
        }
    }
    return game;
}

} // namespace powerfield
