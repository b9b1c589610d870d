// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QString>
#include <QVector>

namespace powerfield {

// Where a party's best alternative to one partner for one desire comes from
// (docs/model.md §Best alternative).
struct AlternativeSource
{
    enum class Kind { None, Party, Option };
    Kind kind = Kind::None;
    QString partyId;  // the provider, for Kind::Party
    QString optionId; // the outside option, for Kind::Option
    double value = 0.0;

    bool isNone() const { return kind == Kind::None; }
};

// The best alternative of `party` to `excludedPartner` for `desire` under the lens: the highest
// value among active third parties (left out when the party's investment in the partner is
// exclusive) and the party's own outside options; the first in file order on ties, parties
// before options. Kind::None with value 0 when nothing offers the desire at all.
AlternativeSource bestAlternative(const Scenario &state, Lens lens, const QString &party,
                                  const QString &desire, const QString &excludedPartner);

// One desire's part in a party's dependence on a partner: what the party wants, what the partner
// provides and the best alternative, all under one lens.
struct DesireTerm
{
    QString desire;
    double importance = 0.0;
    double provided = 0.0;
    AlternativeSource alternative;

    // w * max(0, q - a): this desire's share of the dependence, before dividing by W.
    double weightedGain() const;
};

// The terms of every desire that `party` has a need for, in the party's order of needs.
QVector<DesireTerm> desireTerms(const Scenario &state, Lens lens, const QString &party,
                                const QString &partner);

// The display name of an alternative's source: the provider's or the option's name.
QString alternativeName(const Scenario &state, const AlternativeSource &source);

} // namespace powerfield
