// SPDX-License-Identifier: GPL-3.0-or-later
// Full analysis from scratch against one incremental edit, at 20, 1,000 and 10,000 parties.
// fullAnalysis re-analyses a scenario with one Analysis (as a document does after a structural
// edit); freshAnalysis also builds and frees the Analysis; engineReset starts from a built Field.
#include "analysis.h"
#include "report.h"
#include "synthfield.h"

#include <QTest>

using namespace powerfield;

class BenchAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void fullAnalysis_data() { sizes(); }
    void fullAnalysis();
    void freshAnalysis_data() { sizes(); }
    void freshAnalysis();
    void engineReset_data() { sizes(); }
    void engineReset();
    void oneEdit_data() { sizes(); }
    void oneEdit();
    void series_data();
    void series();

private:
    static void sizes()
    {
        QTest::addColumn<int>("parties");
        QTest::newRow("20 parties") << 20;
        QTest::newRow("1000 parties") << 1000;
        QTest::newRow("10000 parties") << 10000;
    }
};

void BenchAnalysis::fullAnalysis()
{
    QFETCH(int, parties);
    const Scenario s = bench::syntheticField(parties, 4, 5);
    Analysis analysis;
    QBENCHMARK {
        analysis.reset(s);
    }
    QVERIFY(analysis.engine().dyadCount() > parties);
}

void BenchAnalysis::freshAnalysis()
{
    QFETCH(int, parties);
    const Scenario s = bench::syntheticField(parties, 4, 5);
    int dyads = 0;
    QBENCHMARK {
        Analysis analysis;
        analysis.reset(s);
        dyads = analysis.engine().dyadCount();
    }
    QVERIFY(dyads > parties);
}

void BenchAnalysis::engineReset()
{
    QFETCH(int, parties);
    const Scenario s = bench::syntheticField(parties, 4, 5);
    Analysis analysis;
    analysis.reset(s);
    const core::Field field = analysis.engine().field();
    core::Engine engine;
    QBENCHMARK {
        engine.reset(field);
    }
    QCOMPARE(engine.dyadCount(), analysis.engine().dyadCount());
}

void BenchAnalysis::oneEdit()
{
    QFETCH(int, parties);
    Scenario s = bench::syntheticField(parties, 4, 5);
    Analysis analysis;
    analysis.reset(s);
    Provision &p = s.provisions[s.provisions.size() / 2];
    int step = 0;
    QBENCHMARK {
        p.rating.quality = (++step % 10) / 10.0;
        analysis.updateProvision(s, p.from, p.to, p.desire);
    }
    QVERIFY(!analysis.engine().lastTouched().empty());
}

void BenchAnalysis::series_data()
{
    QTest::addColumn<int>("parties");
    QTest::addColumn<int>("steps");
    QTest::newRow("20 parties, 100 steps") << 20 << 100;
    QTest::newRow("20 parties, 10000 steps") << 20 << 10000;
    QTest::newRow("1000 parties, 100 steps") << 1000 << 100;
}

void BenchAnalysis::series()
{
    QFETCH(int, parties);
    QFETCH(int, steps);
    Scenario s = bench::syntheticField(parties, 4, 5);
    s.duration = steps;
    for (int e = 0; e < 100; ++e) {
        const Provision &p = s.provisions[(e * 7919) % s.provisions.size()];
        Change c;
        c.target = Change::Target::Provision;
        c.party = p.from;
        c.other = p.to;
        c.desire = p.desire;
        c.quality = (e % 10) / 10.0;
        s.events.append({e * steps / 100, QStringLiteral("Event %1").arg(e), QString(), {c}});
    }
    int dyads = 0;
    QBENCHMARK {
        dyads = 0;
        forEachStep(s, Lens::Perceived, [&](int, const Scenario &, const Analysis &a) {
            dyads += a.engine().dyadCount();
        });
    }
    QVERIFY(dyads > 0);
}

QTEST_GUILESS_MAIN(BenchAnalysis)
#include "bench_analysis.moc"
