// SPDX-License-Identifier: GPL-3.0-or-later
// The automatic layout: one step, and a whole run to rest from the generator's circle.
#include "layoutscenario.h"
#include "synthfield.h"

#include <QTest>

using namespace powerfield;

class BenchLayout : public QObject
{
    Q_OBJECT

private slots:
    void oneStep_data() { sizes(); }
    void oneStep();
    void toRest_data() { sizes(); }
    void toRest();

private:
    static void sizes()
    {
        QTest::addColumn<int>("parties");
        QTest::newRow("1000 parties") << 1000;
        QTest::newRow("10000 parties") << 10000;
    }
};

void BenchLayout::oneStep()
{
    QFETCH(int, parties);
    core::LayoutOptions endless;
    endless.tolerance = 0.0;
    endless.maxSteps = 1 << 30;
    ScenarioLayout layout(bench::syntheticField(parties, 4, 5), {}, endless);
    for (int i = 0; i < 30; ++i) // past the first steps, when the circle is still crowded
        layout.step();
    QBENCHMARK {
        layout.step();
    }
}

void BenchLayout::toRest()
{
    QFETCH(int, parties);
    const Scenario field = bench::syntheticField(parties, 4, 5);
    int steps = 0;
    QBENCHMARK {
        ScenarioLayout layout(field);
        steps = layout.runToRest();
    }
    qInfo("%d steps to rest", steps);
}

QTEST_GUILESS_MAIN(BenchLayout)
#include "bench_layout.moc"
