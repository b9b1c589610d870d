// SPDX-License-Identifier: GPL-3.0-or-later
// The power plot of a story with very many events, drawn as `--view plot` draws it (the series,
// the event markers, the layout and the picture), and the event markers alone being placed.
#include "document.h"
#include "eventmarkers.h"
#include "imageexport.h"
#include "plotexport.h"
#include "powerplot.h"
#include "synthfield.h"

#include <QTest>

#include <qcustomplot.h>

using namespace powerfield;

namespace {

// syntheticTimeline(10, 1000) with `count` events instead of its hundred, each changing one
// provision, spread over the steps.
Scenario manyEvents(int count)
{
    Scenario s = bench::syntheticTimeline(10, 1000);
    const QVector<Event> some = s.events;
    s.events.clear();
    s.events.reserve(count);
    for (int i = 0; i < count; ++i) {
        Event e = some[i % some.size()];
        e.time = int((qint64(i) * 7919) % s.duration);
        e.label = QStringLiteral("Event %1").arg(i);
        s.events.append(e);
    }
    return s;
}

} // namespace

class BenchPlot : public QObject
{
    Q_OBJECT

private slots:
    void exportPlot_data() { counts(); }
    void exportPlot();
    void refreshWidget_data() { counts(); }
    void refreshWidget();

private:
    static void counts()
    {
        QTest::addColumn<int>("events");
        QTest::newRow("1000 events") << 1000;
        QTest::newRow("16000 events") << 16000;
        QTest::newRow("100000 events") << 100000;
    }
};

// `--view plot --size 1200x500`: a fresh chart each time.
void BenchPlot::exportPlot()
{
    QFETCH(int, events);
    Document doc;
    doc.setScenario(manyEvents(events));
    const PaintFunction paint = plotPainter(&doc);
    QImage image;
    QBENCHMARK {
        image = renderImage(QSize(1200, 500), 1, Theme(), paint);
    }
    QVERIFY(!image.isNull());
}

// The dock's plot after a change of the events (all markers anew) and a replot.
void BenchPlot::refreshWidget()
{
    QFETCH(int, events);
    Document doc;
    doc.setScenario(manyEvents(events));
    PowerPlot plot(&doc);
    plot.resize(1200, 500);
    Scenario other = doc.scenario();
    int round = 0;
    QBENCHMARK {
        other.events.first().label = QStringLiteral("Changed %1").arg(++round);
        doc.setScenario(other);
        plot.refresh();
        plot.customPlot()->replot(QCustomPlot::rpImmediateRefresh);
    }
    QCOMPARE(plot.chart()->events()->count(), events);
}

QTEST_MAIN(BenchPlot)
#include "bench_plot.moc"
