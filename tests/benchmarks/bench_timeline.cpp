// SPDX-License-Identifier: GPL-3.0-or-later
// Moving in time: a cursor move through the incremental engine against the full rebuild it
// replaced (stateAt and a fresh analysis), a scrub across consecutive steps, and a cursor move
// with every view of the window listening.
#include "analysis.h"
#include "dependencepanel.h"
#include "document.h"
#include "fieldview.h"
#include "synthfield.h"
#include "timeline.h"
#include "timepanel.h"

#include <QTest>

using namespace powerfield;

namespace {

// The next time of a walk that jumps across a few events at a time, both ways.
int nextTime(int t, int steps)
{
    return (t + steps / 7 + 13) % (steps + 1);
}

} // namespace

class BenchTimeline : public QObject
{
    Q_OBJECT

private slots:
    void fullRebuild_data() { sizes(); }
    void fullRebuild();
    void cursorJump_data() { sizes(); }
    void cursorJump();
    void scrub_data() { sizes(); }
    void scrub();
    void cursorMoveAllViews_data() { sizes(); }
    void cursorMoveAllViews();

private:
    static void sizes()
    {
        QTest::addColumn<int>("parties");
        QTest::addColumn<int>("steps");
        QTest::newRow("20 parties, 100 steps") << 20 << 100;
        QTest::newRow("20 parties, 10000 steps") << 20 << 10000;
        QTest::newRow("1000 parties, 100 steps") << 1000 << 100;
        QTest::newRow("1000 parties, 10000 steps") << 1000 << 10000;
    }
};

// What a cursor move cost before moveInTime(): the state rebuilt and analysed from scratch.
void BenchTimeline::fullRebuild()
{
    QFETCH(int, parties);
    QFETCH(int, steps);
    const Scenario s = bench::syntheticTimeline(parties, steps);
    Analysis analysis;
    int t = 0;
    QBENCHMARK {
        t = nextTime(t, steps);
        analysis.reset(stateAt(s, t));
    }
    QVERIFY(analysis.engine().dyadCount() > 0);
}

void BenchTimeline::cursorJump()
{
    QFETCH(int, parties);
    QFETCH(int, steps);
    Document doc;
    doc.setScenario(bench::syntheticTimeline(parties, steps));
    int t = 0;
    QBENCHMARK {
        t = nextTime(t, steps);
        doc.setCurrentTime(t);
    }
    QCOMPARE(doc.currentTime(), t);
}

// A drag of the cursor: one step at a time, forward then back.
void BenchTimeline::scrub()
{
    QFETCH(int, parties);
    QFETCH(int, steps);
    Document doc;
    doc.setScenario(bench::syntheticTimeline(parties, steps));
    int t = 0;
    int direction = 1;
    QBENCHMARK {
        if (t + direction < 0 || t + direction > steps)
            direction = -direction;
        t += direction;
        doc.setCurrentTime(t);
    }
    QCOMPARE(doc.currentTime(), t);
}

void BenchTimeline::cursorMoveAllViews()
{
    QFETCH(int, parties);
    QFETCH(int, steps);
    Document doc;
    doc.setScenario(bench::syntheticTimeline(parties, steps));
    QWidget window;
    auto *field = new FieldView(&doc, &window);
    auto *panel = new DependencePanel(&doc, &window);
    auto *time = new TimePanel(&doc, &window);
    field->setGeometry(0, 0, 900, 600);
    panel->setGeometry(900, 0, 400, 600);
    time->setGeometry(0, 600, 1300, 340);
    window.resize(1300, 940);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    int t = 0;
    QBENCHMARK {
        t = nextTime(t, steps);
        doc.setCurrentTime(t);
        QCoreApplication::processEvents(); // queued repaints and replots
    }
    QCOMPARE(doc.currentTime(), t);
}

QTEST_MAIN(BenchTimeline)
#include "bench_timeline.moc"
