// SPDX-License-Identifier: GPL-3.0-or-later
#include "series.h"

#include "dyadscope.h"
#include "report.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace powerfield {

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

void resize(DyadSeries &s, int steps)
{
    for (QVector<double> *v : {&s.relativePowerA, &s.dependenceAOnB, &s.dependenceBOnA,
                               &s.commitmentA, &s.commitmentB, &s.cooperationA, &s.cooperationB})
        v->fill(kNone, steps);
}

void store(DyadSeries &s, int t, const core::DyadResult &r)
{
    s.relativePowerA[t] = r.relativePowerA;
    s.dependenceAOnB[t] = r.sideA.dependence;
    s.dependenceBOnA[t] = r.sideB.dependence;
    s.commitmentA[t] = r.sideA.commitment;
    s.commitmentB[t] = r.sideB.commitment;
    s.cooperationA[t] = r.sideA.cooperation;
    s.cooperationB[t] = r.sideB.cooperation;
}

std::uint64_t pairKey(int low, int high)
{
    return (std::uint64_t(std::uint32_t(low)) << 32) | std::uint32_t(high);
}

} // namespace

QVector<double> seriesSteps(const Scenario &scenario)
{
    QVector<double> steps(qMax(0, scenario.duration + 1));
    for (int t = 0; t < steps.size(); ++t)
        steps[t] = t;
    return steps;
}

DyadSeries evaluateDyadSeries(const Scenario &scenario, Lens lens, const QString &a,
                              const QString &b)
{
    DyadSeries series{a, b, {}, {}, {}, {}, {}, {}, {}};
    resize(series, qMax(0, scenario.duration + 1));
    forEachStep(scenario, lens, [&](int t, const Scenario &, const Analysis &analysis) {
        if (const auto r = analysis.dyad(a, b))
            store(series, t, *r);
    });
    return series;
}

const DyadSeries &DyadSeriesCache::evaluate(const Scenario &scenario, Lens lens, const QString &a,
                                            const QString &b)
{
    Scenario scope = dyadScope(scenario, a, b);
    if (!m_valid || lens != m_lens || m_series.a != a || m_series.b != b || scope != m_scope) {
        m_series = evaluateDyadSeries(scope, lens, a, b);
        m_scope = std::move(scope);
        m_lens = lens;
        m_valid = true;
    }
    return m_series;
}

QVector<PowerSeries> evaluatePowerSeries(const Scenario &scenario, Lens lens)
{
    const int steps = qMax(0, scenario.duration + 1);
    QVector<PowerSeries> out;
    QHash<std::uint64_t, int> row; // (engine index low, high) -> row of `out`
    QVector<double> sign;          // per row: -1 when the engine's first party is `b`
    forEachStep(scenario, lens, [&](int t, const Scenario &, const Analysis &analysis) {
        analysis.engine().forEachDyad([&](const core::DyadResult &d) {
            const int low = qMin(d.a, d.b);
            const int high = qMax(d.a, d.b);
            auto it = row.find(pairKey(low, high));
            if (it == row.end()) {
                QString a = analysis.partyId(d.a);
                QString b = analysis.partyId(d.b);
                const bool swap = b < a; // ids are ASCII: QString order is byte order
                if (swap)
                    std::swap(a, b);
                out.append({a, b, QVector<double>(steps, kNone)});
                sign.append(swap ? -1.0 : 1.0);
                it = row.insert(pairKey(low, high), int(out.size()) - 1);
            }
            out[*it].relativePowerA[t] = sign[*it] * d.relativePowerA;
        });
    });
    std::sort(out.begin(), out.end(), [](const PowerSeries &x, const PowerSeries &y) {
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return out;
}

} // namespace powerfield
