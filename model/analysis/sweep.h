// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QVector>

#include <optional>

namespace powerfield {

// Which one value a sweep varies: a Change that names the record and sets exactly one of the
// numeric fields comparisonLevel, importance, quality, perceived or amount (its value is ignored).
using SweepTarget = Change;

// One dyad's relative power and dependences across the whole 0..1 range of one value, all else
// held at the given state (docs/model.md §Sweep). `values` are sorted and include
// the current value, so that the curve passes exactly through the present analysis.
struct Sweep
{
    QString a;
    QString b;
    double current = 0.0;
    QVector<double> values;
    QVector<double> relativePowerA;  // NaN where the two are no dyad
    QVector<double> dependenceAOnB;
    QVector<double> dependenceBOnA;
    int currentIndex() const { return int(values.indexOf(current)); }
};

// The value the target names in `state`, under `lens` for a perceived value; nullopt when the
// target names nothing or no single numeric field.
std::optional<double> sweepValue(const Scenario &state, const SweepTarget &target);

// Evaluates `samples` evenly spaced values from 0 to 1 plus the current one, each by one
// incremental engine update from the state's analysis. Empty when sweepValue() has no value.
Sweep evaluateSweep(const Scenario &state, Lens lens, const SweepTarget &target,
                    const QString &a, const QString &b, int samples = 101);

// Every value of `state` that moves the dyad of `a` and `b`: both comparison levels and
// importances, the provisions between them (quality and belief), the offers of their outside
// options and their investments in each other, in that order.
QVector<SweepTarget> sweepTargetsOf(const Scenario &state, const QString &a, const QString &b);

// The value in plain words: "Mary: importance of Company", "Abe to Mary: Company (quality)".
QString sweepTargetName(const Scenario &state, const SweepTarget &target);

} // namespace powerfield
