// SPDX-License-Identifier: GPL-3.0-or-later
// The power plot at any size: every text it paints is recorded (a paint device whose engine
// keeps the rectangle of each drawn text) and checked as a reader would: no two texts overlap,
// all lie inside the widget, none is smaller than 11 px, the "holds more power" labels cross
// neither the curve nor a horizontal gridline, the lower chart shows only with room for both.
#include "../common/textrecorder.h"
#include "appsettings.h"
#include "document.h"
#include "eventmarkers.h"
#include "examples.h"
#include "nameelide.h"
#include "powerplot.h"
#include "scenario.h"

#include <QAction>
#include <QCheckBox>
#include <QFontMetrics>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QStandardPaths>
#include <QtTest>

#include <qcustomplot.h>

#include <cmath>

using namespace powerfield;
using powerfield::test::DrawnText;
using powerfield::test::TextRecorder;

namespace {

// Every text the plot paints at its present size.
QVector<DrawnText> paintedTexts(QCustomPlot *plot)
{
    TextRecorder device(plot->size());
    QCPPainter painter(&device);
    plot->toPainter(&painter);
    painter.end();
    return device.texts();
}

QString describe(const DrawnText &t)
{
    return QStringLiteral("\"%1\" at %2,%3 %4x%5 (%6 px)").arg(t.text).arg(t.rect.x()).arg(t.rect.y())
        .arg(t.rect.width()).arg(t.rect.height()).arg(t.pixelHeight, 0, 'f', 1);
}

// Two boxes overlap when they share more than a pixel's sliver (font boxes of stacked lines
// may touch).
bool overlap(const QRectF &a, const QRectF &b)
{
    const QRectF common = a.adjusted(1, 1, -1, -1).intersected(b.adjusted(1, 1, -1, -1));
    return common.width() > 0.5 && common.height() > 0.5;
}

void loadExample(Document &doc, const QString &name)
{
    QString error;
    if (!doc.load(examplePath(name), &error))
        qFatal("%s", qPrintable(error));
}

// The plot widget sized so that its chart is `size` exactly.
void sizePlot(PowerPlot &plot, QSize size)
{
    plot.resize(size.width(), size.height() + plot.allDyadsBox()->sizeHint().height() + 2);
    plot.show();
    QCoreApplication::processEvents();
    plot.resize(size.width(), plot.height() + size.height() - plot.customPlot()->height());
    QCoreApplication::processEvents();
}

// Whether the relative-power curve (steps from key to key) runs through `rect`.
bool curveCrosses(const PowerChart &chart, const QRectF &rect)
{
    const QCPGraph *graph = chart.graph(PowerChart::RelativePowerA);
    const QCPAxis *x = graph->keyAxis();
    const QCPAxis *y = graph->valueAxis();
    const double half = graph->pen().widthF() / 2;
    const QRectF box = rect.adjusted(-half, -half, half, half);
    const auto &data = *graph->data();
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (std::isnan(it->value))
            continue;
        const double px = x->coordToPixel(it->key);
        const double py = y->coordToPixel(it->value);
        const auto next = it + 1;
        const double endX = next == data.constEnd() ? px : x->coordToPixel(next->key);
        // The step's flat part, then its rise to the next value.
        if (py >= box.top() && py <= box.bottom() && endX >= box.left() && px <= box.right())
            return true;
        if (next != data.constEnd() && !std::isnan(next->value)) {
            const double ny = y->coordToPixel(next->value);
            if (endX >= box.left() && endX <= box.right() && std::max(py, ny) >= box.top()
                && std::min(py, ny) <= box.bottom())
                return true;
        }
    }
    return false;
}

int legendEntries(const QCPLegend *legend)
{
    int n = 0;
    for (int i = 0; i < legend->itemCount(); ++i)
        n += legend->item(i) != nullptr;
    return n;
}

Scenario withLongNames(Scenario s)
{
    static const QString pad = QStringLiteral(" of the long-named organisation");
    for (Party &p : s.parties)
        p.name = (p.name + pad).left(40);
    return s;
}

} // namespace

class TestPlotFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { appSettings().clear(); }
    void textsFit_data();
    void textsFit();
    void lowerChartNeedsRoom();
    void lowerChartToggles();
    void presentationShowsOneChart();
    void longNamesAreShortenedWithTooltip();
    void manyEventsBecomeTicks();
    void elideNameKeepsWholeNames();

private:
    void checkTexts(PowerPlot &plot, const QString &where);
};

void TestPlotFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    appSettings().clear();
}

void TestPlotFit::textsFit_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<bool>("longNames");
    QTest::addColumn<bool>("allDyads");
    for (const QString &name : exampleNames())
        QTest::newRow(qPrintable(name)) << name << false << false;
    QTest::newRow("abe-and-mary, 40-character names") << QStringLiteral("abe-and-mary") << true << false;
    QTest::newRow("boss-and-employee, 40-character names") << QStringLiteral("boss-and-employee") << true << false;
    QTest::newRow("abe-and-mary, every dyad") << QStringLiteral("abe-and-mary") << false << true;
    QTest::newRow("abe-and-mary, every dyad, 40-character names") << QStringLiteral("abe-and-mary") << true << true;
}

void TestPlotFit::checkTexts(PowerPlot &plot, const QString &where)
{
    QCustomPlot *cp = plot.customPlot();
    const QVector<DrawnText> texts = paintedTexts(cp);
    QVERIFY2(!texts.isEmpty(), qPrintable(where));
    const QRectF widget(0, 0, cp->width(), cp->height());
    const PowerChart &chart = *plot.chart();
    for (int i = 0; i < texts.size(); ++i) {
        const DrawnText &t = texts[i];
        QVERIFY2(widget.adjusted(-0.5, -0.5, 0.5, 0.5).contains(t.rect),
                 qPrintable(where + QStringLiteral(": outside the widget: ") + describe(t)));
        QVERIFY2(t.pixelHeight >= 11.0, qPrintable(where + QStringLiteral(": too small: ") + describe(t)));
        for (int j = i + 1; j < texts.size(); ++j)
            QVERIFY2(!overlap(t.rect, texts[j].rect),
                     qPrintable(where + QStringLiteral(": overlap: ") + describe(t) + QStringLiteral(" and ") + describe(texts[j])));
        if (t.text.contains(QStringLiteral("holds more power"))) {
            QVERIFY2(!curveCrosses(chart, t.rect), qPrintable(where + QStringLiteral(": on the curve: ") + describe(t)));
            const QCPAxis *y = chart.powerRect()->axis(QCPAxis::atLeft);
            for (double tick : y->tickVector()) {
                const double py = y->coordToPixel(tick);
                QVERIFY2(py < t.rect.top() || py > t.rect.bottom(),
                         qPrintable(where + QStringLiteral(": on a gridline: ") + describe(t)));
            }
            QVERIFY2(chart.powerRect()->rect().contains(t.rect.toAlignedRect().adjusted(1, 1, -1, -1)),
                     qPrintable(where + QStringLiteral(": outside its chart: ") + describe(t)));
        }
    }
    if (chart.detailShown()) {
        QVERIFY2(chart.powerRect()->rect().height() >= PowerChart::kMinChartHeight, qPrintable(where));
        QVERIFY2(chart.detailRect()->rect().height() >= PowerChart::kMinChartHeight, qPrintable(where));
    }
    QVERIFY2(chart.powerRect()->rect().height() >= 40, qPrintable(where));
}

void TestPlotFit::textsFit()
{
    QFETCH(QString, example);
    QFETCH(bool, longNames);
    QFETCH(bool, allDyads);
    Document doc;
    loadExample(doc, example);
    if (longNames)
        doc.setScenario(withLongNames(doc.scenario()));
    doc.setCurrentTime(doc.scenario().duration / 2);
    PowerPlot plot(&doc);
    if (allDyads)
        plot.setMode(PowerChart::Mode::AllDyads);
    for (int height : {150, 200, 300, 600}) {
        for (int width : {400, 700, 1000, 1600}) {
            sizePlot(plot, QSize(width, height));
            QCOMPARE(plot.customPlot()->size(), QSize(width, height));
            // The cursor's label and the lower side label share a band: both ends of the story.
            for (int time : {0, doc.scenario().duration}) {
                doc.setCurrentTime(time);
                plot.chart()->placeCursor(time);
                checkTexts(plot, QStringLiteral("%1x%2 at t=%3").arg(width).arg(height).arg(time));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
}

// Both charts need kMinChartHeight pixels: the short plot shows only the relative power.
void TestPlotFit::lowerChartNeedsRoom()
{
    Document doc;
    loadExample(doc, QStringLiteral("abe-and-mary"));
    PowerPlot plot(&doc);
    QVERIFY(plot.detailAction()->isChecked());
    sizePlot(plot, QSize(1000, 200));
    plot.customPlot()->replot();
    QVERIFY(!plot.chart()->detailShown());
    QCOMPARE(legendEntries(plot.chart()->legend()), 1); // the relative power only
    sizePlot(plot, QSize(1000, 700));
    plot.customPlot()->replot();
    QVERIFY(plot.chart()->detailShown());
    QCOMPARE(legendEntries(plot.chart()->legend()), int(PowerChart::QuantityCount));
    QVERIFY(plot.chart()->detailRect()->rect().height() >= PowerChart::kMinChartHeight);
    QVERIFY(plot.minimumSizeHint().height() <= 200);
}

void TestPlotFit::lowerChartToggles()
{
    Document doc;
    loadExample(doc, QStringLiteral("abe-and-mary"));
    {
        PowerPlot plot(&doc);
        sizePlot(plot, QSize(1000, 700));
        plot.customPlot()->replot();
        QVERIFY(plot.chart()->detailShown());
        plot.detailAction()->trigger();
        plot.customPlot()->replot();
        QVERIFY(!plot.chart()->detailShown());
        QCOMPARE(legendEntries(plot.chart()->legend()), 1);
    }
    PowerPlot again(&doc); // the choice is remembered
    QVERIFY(!again.detailAction()->isChecked());
    sizePlot(again, QSize(1000, 700));
    again.customPlot()->replot();
    QVERIFY(!again.chart()->detailShown());
    again.detailAction()->trigger();
    again.customPlot()->replot();
    QVERIFY(again.chart()->detailShown());
}

void TestPlotFit::presentationShowsOneChart()
{
    Document doc;
    loadExample(doc, QStringLiteral("boss-and-employee"));
    PowerPlot plot(&doc);
    Theme theme;
    theme.kind = ThemeKind::Projector;
    theme.presentation = true;
    plot.setTheme(theme);
    sizePlot(plot, QSize(1280, 700));
    plot.customPlot()->replot();
    QVERIFY(!plot.chart()->detailShown()); // on demand only
    QVERIFY(!plot.detailAction()->isChecked());
    checkTexts(plot, QStringLiteral("presentation 1280x700"));
    plot.detailAction()->trigger();
    plot.customPlot()->replot();
    QVERIFY(plot.chart()->detailShown());
    checkTexts(plot, QStringLiteral("presentation 1280x700, both charts"));
    plot.setTheme(Theme()); // the window keeps its own choice
    QVERIFY(plot.detailAction()->isChecked());
    for (int height : {150, 200, 300}) {
        plot.setTheme(theme);
        sizePlot(plot, QSize(1280, height));
        checkTexts(plot, QStringLiteral("presentation 1280x%1").arg(height));
    }
}

// A name too long for its place is shortened with an ellipsis, never cut, and the tooltip
// gives it whole.
void TestPlotFit::longNamesAreShortenedWithTooltip()
{
    Document doc;
    loadExample(doc, QStringLiteral("boss-and-employee"));
    doc.setScenario(withLongNames(doc.scenario()));
    PowerPlot plot(&doc);
    sizePlot(plot, QSize(400, 600));
    plot.customPlot()->replot();
    QCPLegend *legend = plot.chart()->legend();
    bool shortened = false;
    for (int i = 0; i < legend->itemCount(); ++i) {
        auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
        if (!item)
            continue; // an empty cell of the last row
        const QString full = plot.chart()->fullName(item->plottable());
        const QString shown = item->plottable()->name();
        QVERIFY(item->outerRect().right() <= plot.customPlot()->width());
        if (shown != full) {
            shortened = true;
            QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
            QVERIFY(full.startsWith(shown.chopped(1).trimmed()));
            QTest::mouseMove(plot.customPlot(), item->outerRect().center());
            QCOMPARE(plot.customPlot()->toolTip(), full);
        }
    }
    QVERIFY(shortened);
}

// A hundred thousand events: a few labels, the rest ticks, no label on another.
void TestPlotFit::manyEventsBecomeTicks()
{
    Document doc;
    loadExample(doc, QStringLiteral("abe-and-mary"));
    Scenario s = doc.scenario();
    s.duration = 1000;
    const Event model = s.events.first();
    s.events.clear();
    for (int i = 0; i < 5000; ++i) {
        Event e = model;
        e.time = 1 + i % 999;
        e.label = QStringLiteral("Event %1").arg(i);
        s.events.append(e);
    }
    doc.setScenario(s);
    PowerPlot plot(&doc);
    sizePlot(plot, QSize(1000, 300));
    plot.customPlot()->replot();
    const EventMarkers &events = *plot.chart()->events();
    QCOMPARE(events.count(), 5000);
    QVERIFY(events.labelledCount() > 3);
    QVERIFY(events.labelledCount() < 100);
    checkTexts(plot, QStringLiteral("5000 events"));
    for (int i = 0; i < events.count(); ++i) {
        if (events.isLabelled(i))
            continue;
        // A tick answers with its event's label.
        const QPoint tick(int(std::lround(plot.chart()->pixelOfTime(events.time(i)))),
                          plot.chart()->powerRect()->rect().top() - 3);
        QVERIFY(events.markerAt(tick) >= 0);
        QTest::mouseMove(plot.customPlot(), tick);
        QVERIFY(plot.customPlot()->toolTip().startsWith(QStringLiteral("Event ")));
        break;
    }
}

void TestPlotFit::elideNameKeepsWholeNames()
{
    QCOMPARE(elideName(QStringLiteral("Abe"), 10), QStringLiteral("Abe"));
    QCOMPARE(elideName(QStringLiteral("Kim (supervisor)"), 6), QStringLiteral("Kim (") + QChar(0x2026));
    QCOMPARE(elideName(QStringLiteral("Kim and Lee"), 5), QStringLiteral("Kim") + QChar(0x2026)); // no space before the ellipsis
    const QFontMetrics metrics(QFont(QStringLiteral("DejaVu Sans"), 11));
    const QString name = QStringLiteral("Kim (supervisor): dependence on Lee (subordinate)");
    QCOMPARE(elideName(name, metrics, metrics.horizontalAdvance(name)), name);
    const QString shortened = elideName(name, metrics, 120);
    QVERIFY(metrics.horizontalAdvance(shortened) <= 120);
    QVERIFY(shortened.endsWith(QChar(0x2026)));
    QVERIFY(shortened.size() > 5);
    // The same form as the character count gives.
    QCOMPARE(shortened, elideName(name, int(shortened.size())));
}

QTEST_MAIN(TestPlotFit)
#include "tst_plotfit.moc"
