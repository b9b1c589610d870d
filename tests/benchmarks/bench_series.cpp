// SPDX-License-Identifier: GPL-3.0-or-later
// The power plot's series and its updates: one dyad and every dyad over 100 and 10,000 steps with
// 100 events, one edit to the plot replotted, one cursor move to the plot updated.
#include "analysis.h"
#include "document.h"
#include "powerplot.h"
#include "series.h"
#include "synthfield.h"

#include <QTest>

#include <qcustomplot.h>

using namespace powerfield;

namespace {

Selection firstDyad(const Scenario &s)
{
    Analysis analysis;
    analysis.reset(s);
    const auto d = analysis.dyads().first();
    return {d.a, d.b};
}

} // namespace

class BenchSeries : public QObject
{
    Q_OBJECT

private slots:
    void dyadSeries_data() { sizes(true); }
    void dyadSeries();
    void allDyads_data() { sizes(false); }
    void allDyads();
    void editToReplotted_data() { sizes(false); }
    void editToReplotted();
    void cursorMove_data() { sizes(false); }
    void cursorMove();

private:
    static void sizes(bool large)
    {
        QTest::addColumn<int>("parties");
        QTest::addColumn<int>("steps");
        QTest::newRow("20 parties, 100 steps") << 20 << 100;
        QTest::newRow("20 parties, 10000 steps") << 20 << 10000;
        QTest::newRow("1000 parties, 100 steps") << 1000 << 100;
        if (large)
            QTest::newRow("1000 parties, 10000 steps") << 1000 << 10000;
    }
};

void BenchSeries::dyadSeries()
{
    QFETCH(int, parties);
    QFETCH(int, steps);
    const Scenario s = bench::syntheticTimeline(parties, steps);
    const Selection d = firstDyad(s);
    DyadSeries series;
    QBENCHMARK {
        series = evaluateDyadSeries(s, Lens::Perceived, d.a, d.b);
    }
    QCOMPARE(series.size(), steps + 1);
}

void BenchSeries::allDyads()
{
    QFETCH(int, parties);
    QFETCH(int, steps);
    const Scenario s = bench::syntheticTimeline(parties, steps);
    QVector<PowerSeries> all;
    QBENCHMARK {
        all = evaluatePowerSeries(s, Lens::Perceived);
    }
    QVERIFY(!all.isEmpty());
}

void BenchSeries::editToReplotted()
{
    QFETCH(int, parties);
    QFETCH(int, steps);
    Document doc;
    doc.setScenario(bench::syntheticTimeline(parties, steps));
    const Scenario &s = doc.scenario();
    doc.setSelection({s.provisions.first().from, s.provisions.first().to});
    PowerPlot plot(&doc);
    plot.resize(1600, 500);
    plot.customPlot()->replot();
    const Provision p = s.provisions.first();
    int step = 0;
    QBENCHMARK {
        doc.setProvisionQuality(p.from, p.to, p.desire, (++step % 10) / 10.0);
        plot.refresh();
        plot.customPlot()->replot(QCustomPlot::rpImmediateRefresh);
    }
}

void BenchSeries::cursorMove()
{
    QFETCH(int, parties);
    QFETCH(int, steps);
    Document doc;
    doc.setScenario(bench::syntheticTimeline(parties, steps));
    PowerPlot plot(&doc);
    plot.resize(1600, 500);
    plot.customPlot()->replot();
    int t = 0;
    QBENCHMARK {
        t = (t + 37) % steps;
        doc.setCurrentTime(t); // the plot moves its cursor layer only
    }
    QCOMPARE(plot.chart()->cursorTime(), t);
}

QTEST_MAIN(BenchSeries)
#include "bench_series.moc"
