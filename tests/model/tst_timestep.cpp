// SPDX-License-Identifier: GPL-3.0-or-later
// Moving the time cursor (moveInTime) brings the state and its analysis to exactly what a fresh
// walk to the new time gives, forward and back, over a few changes (found by search), a score of
// them (found through hashes of the records they name) and more (a fresh analysis).
#include "analysis.h"
#include "randomscenario.h"
#include "timeline.h"
#include "timestep.h"

#include <QtTest>

using namespace powerfield;
using namespace powerfield::test;

class TestTimeStep : public QObject
{
    Q_OBJECT

private slots:
    void movesMatchAFreshWalk_data();
    void movesMatchAFreshWalk();
};

void TestTimeStep::movesMatchAFreshWalk_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 8; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestTimeStep::movesMatchAFreshWalk()
{
    QFETCH(quint32, seed);
    const Scenario written = randomScenario(seed, 40, 60);
    QRandomGenerator random(seed + 100);
    int now = 0;
    Scenario state = stateAt(written, now);
    Analysis analysis(seed % 2 ? Lens::Actual : Lens::Perceived);
    analysis.reset(state);
    int manyChanges = 0;
    for (int move = 0; move < 60; ++move) {
        const int to = int(random.bounded(written.duration + 1));
        int crossed = 0;
        for (const Event &e : written.events) {
            if (e.time > std::min(now, to) && e.time <= std::max(now, to))
                crossed += int(e.changes.size());
        }
        manyChanges += crossed > 16 && crossed <= 24;
        moveInTime(written, now, to, state, analysis);
        now = to;
        const Scenario expected = stateAt(written, now);
        QVERIFY2(state == expected, qPrintable(QStringLiteral("move %1 to %2: the state differs").arg(move).arg(to)));
        Analysis fresh(analysis.lens());
        fresh.reset(expected);
        const QVector<DyadReport> got = analysis.dyads(), want = fresh.dyads();
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].a, want[i].a);
            QCOMPARE(got[i].b, want[i].b);
            QVERIFY(std::abs(got[i].result.relativePowerA - want[i].result.relativePowerA) < 1e-12);
            QVERIFY(std::abs(got[i].result.sideA.commitment - want[i].result.sideA.commitment) < 1e-12);
        }
    }
    QVERIFY2(manyChanges > 0, "some moves should cross a score of changes");
}

QTEST_GUILESS_MAIN(TestTimeStep)
#include "tst_timestep.moc"
