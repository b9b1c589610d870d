// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trusttypes.h"

namespace powerfield {

// The points of the trust game (docs/trustgame.md). Each round a pair shares a pot of 12
// points. With equal power a cooperating pair splits it 6/6. With unequal power the high-power
// player has the final say over the split (8 of the 12 unless they set another share from 6 to
// 10) and their partner's choice moves their own points little, while their own choice decides
// most of what the low-power player gets: power lives in the payoffs, not only in the label.
constexpr int kTrustPot = 12;
constexpr int kTrustDefaultHighShare = 8;
constexpr int kTrustMinHighShare = 6;
constexpr int kTrustMaxHighShare = 10;

// One player's points for each pair of choices, as a page shows it: [own][partner] with index 0
// for cooperate and 1 for defect; `partner` is what the partner gets in the same cell.
struct TrustPayoffTable
{
    int own[2][2] = {};
    int partner[2][2] = {};

    int ownPoints(TrustChoice own, TrustChoice partner) const;
    int partnerPoints(TrustChoice own, TrustChoice partner) const;
};

// The role of the other player of the pair: Equal's partner is Equal, High's is Low.
TrustRole partnerRole(TrustRole role);

// The table of `role`: under an outside threat a competing group takes the pot (0 points for
// both) unless both cooperate; "both feel powerful" changes what players are told, not points.
TrustPayoffTable trustPayoffTable(TrustRole role, const TrustManipulations &manipulations,
                                  int highShare = kTrustDefaultHighShare);

// Kelley and Thibaut's degree of dependence of a player on its partner, from its own points:
// (|FC| + |BC|) / (|RC| + |FC| + |BC|), the part of its outcome that the partner's choice
// controls (fate control, and behaviour control through the interaction) against the part its
// own choice controls (reflexive control). 0 when no choice changes its points.
double trustDependence(const TrustPayoffTable &table);

// R (docs/model.md §Relative power) for the role: the partner's dependence on the player minus
// the player's on the partner, in [-1, 1].
double trustRelativePower(TrustRole role, const TrustManipulations &manipulations,
                          int highShare = kTrustDefaultHighShare);

// The model's predicted cooperation of the role for these payoffs (the rule of docs/model.md
// §Predicted cooperation applied to trustRelativePower()): what the computer partner plays.
double trustPredictedCooperation(TrustRole role, const TrustManipulations &manipulations,
                                 int highShare = kTrustDefaultHighShare);

} // namespace powerfield
