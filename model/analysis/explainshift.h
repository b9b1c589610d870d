// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alternatives.h"

#include <QString>
#include <QVector>

namespace powerfield::explain {

// One party's side of a dyad with the terms it is made of, named, for explaining a shift.
struct SideSnapshot
{
    QString name;
    QString partnerName;
    double dependence = 0.0;
    QVector<DesireTerm> terms;
    QVector<QString> desireNames;      // parallel to terms
    QVector<QString> alternativeNames; // parallel to terms: where each alternative comes from
};

SideSnapshot snapshot(const Scenario &state, Lens lens, const QString &party,
                      const QString &partner, double dependence);

// Why a party's dependence moved between two snapshots of the same side, naming the desire and
// the input (importance, provision or alternative) that moved it most; empty when it did not move.
QString shiftSentence(const SideSnapshot &before, const SideSnapshot &after);

} // namespace powerfield::explain
