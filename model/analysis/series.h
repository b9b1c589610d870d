// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QVector>

namespace powerfield {

// One dyad's quantities at every integer step 0..duration, side A belonging to `a` as asked;
// a step where the dyad does not exist (a party inactive, no provision yet) holds NaN.
struct DyadSeries
{
    QString a;
    QString b;
    QVector<double> relativePowerA;
    QVector<double> dependenceAOnB;
    QVector<double> dependenceBOnA;
    QVector<double> commitmentA;
    QVector<double> commitmentB;
    QVector<double> cooperationA;
    QVector<double> cooperationB;

    int size() const { return int(relativePowerA.size()); }
};

// The relative power of `a` in one dyad at every step (NaN where the dyad does not exist).
struct PowerSeries
{
    QString a;
    QString b;
    QVector<double> relativePowerA;
};

// The keys of every series of `scenario`: 0, 1, ..., duration.
QVector<double> seriesSteps(const Scenario &scenario);

// The series of one dyad, walking the timeline once with the incremental engine
// (docs/model.md §Timeline), the same evaluation as `--series`.
DyadSeries evaluateDyadSeries(const Scenario &scenario, Lens lens, const QString &a,
                              const QString &b);

// evaluateDyadSeries() over the dyad's scope (dyadscope.h), kept until the scope changes: an edit
// elsewhere in a large field leaves the plotted dyad's series as it was and costs one filter pass.
class DyadSeriesCache
{
public:
    const DyadSeries &evaluate(const Scenario &scenario, Lens lens, const QString &a, const QString &b);

private:
    Scenario m_scope;
    Lens m_lens = Lens::Perceived;
    DyadSeries m_series;
    bool m_valid = false;
};

// The relative power of every dyad that exists at some step, `a` < `b` by id, sorted by (a, b).
QVector<PowerSeries> evaluatePowerSeries(const Scenario &scenario, Lens lens);

} // namespace powerfield
