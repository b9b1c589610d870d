// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "eventmarkers.h"
#include "examples.h"
#include "plotexport.h"
#include "powerplot.h"
#include "report.h"
#include "series.h"
#include "timecontrols.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QVariantAnimation>
#include <QtTest>

#include <qcustomplot.h>

#include <cmath>

using namespace powerfield;

namespace {

void load(Document &doc, const QString &example)
{
    QString error;
    if (!doc.load(examplePath(example), &error))
        qFatal("%s", qPrintable(error));
}

// `--series` for one dyad and key, NaN at the steps where the dyad does not exist.
QVector<double> seriesOf(const Document &doc, const Selection &dyad, const char *key)
{
    const QJsonArray steps = QJsonDocument::fromJson(seriesJson(doc.scenario(), doc.lens()))
                                 .object().value(QLatin1String("steps")).toArray();
    const bool swapped = dyad.b < dyad.a;
    const QString a = swapped ? dyad.b : dyad.a;
    const QString b = swapped ? dyad.a : dyad.b;
    QByteArray k(key);
    if (swapped && k != "relativePowerA") { // the JSON's side A is the other party
        if (k == "dependenceAOnB") k = "dependenceBOnA";
        else if (k == "dependenceBOnA") k = "dependenceAOnB";
        else k.back() = k.back() == 'A' ? 'B' : 'A';
    }
    QVector<double> out(steps.size(), std::nan(""));
    for (int t = 0; t < steps.size(); ++t) {
        for (const QJsonValue &v : steps[t].toObject().value(QLatin1String("dyads")).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value(QLatin1String("a")).toString() == a && d.value(QLatin1String("b")).toString() == b) {
                const double x = d.value(QLatin1String(k)).toDouble();
                out[t] = swapped && k == "relativePowerA" ? -x : x;
            }
        }
    }
    return out;
}

bool sameData(const QCPGraph *graph, const QVector<double> &expected)
{
    if (graph->data()->size() != expected.size())
        return false;
    for (int t = 0; t < expected.size(); ++t) {
        const QCPGraphData &d = *(graph->data()->constBegin() + t);
        if (d.key != t)
            return false;
        if (std::isnan(expected[t]) ? !std::isnan(d.value) : std::abs(d.value - expected[t]) > 1e-12)
            return false;
    }
    return true;
}

QPoint pixelAt(const PowerPlot &plot, double time)
{
    const QRect r = plot.chart()->powerRect()->rect();
    return QPoint(int(std::lround(plot.chart()->pixelOfTime(time))), r.center().y());
}

} // namespace

// The power plot against `--series`, its cursor, event markers and tooltip, the time controls
// and the picture export.
class TestPowerPlot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the plot's settings
    void plottedDataEqualsSeries_data();
    void plottedDataEqualsSeries();
    void allDyadsEqualSeries();
    void editRefillsPlot();
    void editInTimeShowsFromThatStep();
    void dragCursorSetsTime();
    void cursorMoveKeepsDataLayers();
    void dragFramesRedrawCurvesOnly();
    void clickEventMarker();
    void tooltipShowsValues();
    void playAdvancesThroughEvents();
    void stepBackAndForward();
    void keysStepThroughStory();
    void captionFollowsTime();
    void exportDrawsPlot();
    void ghostShowsCurveBeforeEdit();
    void ghostKeepsCurveBeforeDrag();
    void stepGlidesCursorAndShowsCaption();
    void dragDoesNotGlide();
    void shortPlotStaysReadable();
};

void TestPowerPlot::plottedDataEqualsSeries_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("abe-and-mary") << QStringLiteral("abe-and-mary") << QStringLiteral("abe") << QStringLiteral("mary");
    QTest::newRow("mary-and-abe") << QStringLiteral("abe-and-mary") << QStringLiteral("mary") << QStringLiteral("abe");
    QTest::newRow("coworkers (absent at first)") << QStringLiteral("abe-and-mary") << QStringLiteral("coworkers") << QStringLiteral("mary");
    QTest::newRow("1970s-marriage (default dyad)") << QStringLiteral("1970s-marriage") << QString() << QString();
    QTest::newRow("trust-study (default dyad)") << QStringLiteral("trust-study") << QString() << QString();
}

void TestPowerPlot::plottedDataEqualsSeries()
{
    QFETCH(QString, example);
    QFETCH(QString, a);
    QFETCH(QString, b);
    Document doc;
    load(doc, example);
    if (!a.isEmpty())
        doc.setSelection({a, b});
    PowerPlot plot(&doc);
    plot.refresh();
    const Selection dyad = plot.chart()->dyad();
    QVERIFY(dyad.isDyad());
    const PowerChart &c = *plot.chart();
    const std::pair<PowerChart::Quantity, const char *> quantities[] = {
        {PowerChart::RelativePowerA, "relativePowerA"}, {PowerChart::DependenceAOnB, "dependenceAOnB"},
        {PowerChart::DependenceBOnA, "dependenceBOnA"}, {PowerChart::CommitmentA, "commitmentA"},
        {PowerChart::CommitmentB, "commitmentB"}, {PowerChart::CooperationA, "cooperationA"},
        {PowerChart::CooperationB, "cooperationB"}};
    for (const auto &[quantity, key] : quantities)
        QVERIFY2(sameData(c.graph(quantity), seriesOf(doc, dyad, key)), key);
    QCOMPARE(plot.customPlot()->graphCount(), int(PowerChart::QuantityCount));
    QCOMPARE(c.graph(PowerChart::RelativePowerA)->valueAxis()->range().lower, -1.1);
    QCOMPARE(c.events()->count(), doc.scenario().events.size());
}

void TestPowerPlot::allDyadsEqualSeries()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    PowerPlot plot(&doc);
    QSignalSpy modeSpy(&plot, &PowerPlot::modeChanged);
    plot.setMode(PowerChart::Mode::AllDyads);
    QCOMPARE(modeSpy.count(), 1);
    const QVector<PowerSeries> &all = plot.chart()->allSeries();
    QVERIFY(all.size() >= 2);
    QCOMPARE(plot.chart()->dyadGraphs().size(), all.size());
    for (int i = 0; i < all.size(); ++i)
        QVERIFY(sameData(plot.chart()->dyadGraphs()[i], seriesOf(doc, {all[i].a, all[i].b}, "relativePowerA")));
    QVERIFY(!plot.chart()->detailRect()->visible());
    plot.setMode(PowerChart::Mode::Dyad);
    QCOMPARE(plot.customPlot()->graphCount(), int(PowerChart::QuantityCount));
    QVERIFY(plot.chart()->detailRect()->visible());
}

void TestPowerPlot::editRefillsPlot()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    doc.setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    PowerPlot plot(&doc);
    plot.refresh();
    const QCPGraph *power = plot.chart()->graph(PowerChart::RelativePowerA);
    const double before = power->data()->at(0)->value;
    QVERIFY(doc.setProvisionQuality(QStringLiteral("abe"), QStringLiteral("mary"), QStringLiteral("company"), 0.3));
    QTRY_VERIFY(power->data()->at(0)->value != before); // the same graph, refilled
    QVERIFY(sameData(power, seriesOf(doc, plot.chart()->dyad(), "relativePowerA")));
    doc.undoStack()->undo();
    QTRY_COMPARE(power->data()->at(0)->value, before);
}

void TestPowerPlot::editInTimeShowsFromThatStep()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    doc.setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    PowerPlot plot(&doc);
    const QCPGraph *power = plot.chart()->graph(PowerChart::RelativePowerA);
    const double at4 = power->data()->at(4)->value;
    const double at5 = power->data()->at(5)->value;
    doc.setCurrentTime(5);
    Change c;
    c.target = Change::Target::Provision;
    c.party = QStringLiteral("abe");
    c.other = QStringLiteral("mary");
    c.desire = QStringLiteral("company");
    c.quality = 0.3;
    QVERIFY(doc.editAtCurrentTime(c));
    QTRY_VERIFY(power->data()->at(5)->value != at5);
    QCOMPARE(power->data()->at(4)->value, at4);
    QCOMPARE(plot.chart()->events()->count(), doc.scenario().events.size()); // the new marker
    QVERIFY(sameData(power, seriesOf(doc, plot.chart()->dyad(), "relativePowerA")));
}

void TestPowerPlot::dragCursorSetsTime()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    doc.setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    PowerPlot plot(&doc);
    plot.resize(1000, 500);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.customPlot()->replot();
    const double powerAt0 = doc.analysis().dyad(QStringLiteral("abe"), QStringLiteral("mary"))->relativePowerA;
    QSignalSpy spy(&doc, &Document::currentTimeChanged);
    QWidget *w = plot.customPlot();
    QTest::mousePress(w, Qt::LeftButton, {}, pixelAt(plot, 1));
    QCOMPARE(doc.currentTime(), 1);
    for (int t : {2, 3, 5, 6})
        QTest::mouseMove(w, pixelAt(plot, t + 0.2));
    QTest::mouseRelease(w, Qt::LeftButton, {}, pixelAt(plot, 6));
    QCOMPARE(doc.currentTime(), 6);
    QCOMPARE(spy.last().at(0).toInt(), 6);
    QCOMPARE(plot.chart()->cursorTime(), 6);
    const double powerAt6 = doc.analysis().dyad(QStringLiteral("abe"), QStringLiteral("mary"))->relativePowerA;
    QVERIFY(powerAt6 != powerAt0); // Abe grows fond of Mary at 6: the beam tips
    QCOMPARE(powerAt6, plot.chart()->series().relativePowerA[6]);
    // Moving after the release no longer drags.
    QTest::mouseMove(w, pixelAt(plot, 9));
    QCOMPARE(doc.currentTime(), 6);
}

void TestPowerPlot::cursorMoveKeepsDataLayers()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    PowerPlot plot(&doc);
    plot.resize(800, 400);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.customPlot()->replot();
    QCoreApplication::processEvents();
    QSignalSpy replots(plot.customPlot(), &QCustomPlot::beforeReplot);
    doc.setCurrentTime(8);
    QCoreApplication::processEvents();
    QCOMPARE(replots.count(), 0);
    QCOMPARE(plot.chart()->cursorTime(), 8);
    QCOMPARE(plot.chart()->cursorLayer()->mode(), QCPLayer::lmBuffered);
}

// A slider's frames redraw the curves' own picture only, and the plot shows what a full replot
// would: the new curve, the axes, events and legend as they were.
void TestPowerPlot::dragFramesRedrawCurvesOnly()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    doc.setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    PowerPlot plot(&doc);
    plot.resize(900, 420);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.customPlot()->replot();
    QCoreApplication::processEvents();
    const QImage start = plot.customPlot()->grab().toImage();
    doc.beginGesture();
    QVERIFY(doc.setProvisionQuality(QStringLiteral("abe"), QStringLiteral("mary"), QStringLiteral("company"), 0.7));
    plot.refresh(); // the first frame draws the ghost too: everything
    QCoreApplication::processEvents();
    QSignalSpy replots(plot.customPlot(), &QCustomPlot::beforeReplot);
    for (double q : {0.5, 0.3, 0.1}) {
        QVERIFY(doc.setProvisionQuality(QStringLiteral("abe"), QStringLiteral("mary"), QStringLiteral("company"), q));
        plot.refresh();
        QCoreApplication::processEvents();
        QVERIFY(plot.chart()->onlyCurvesChanged());
        const QImage frame = plot.customPlot()->grab().toImage();
        plot.customPlot()->replot(); // what the whole plot drawn again shows
        QCoreApplication::processEvents();
        const QImage whole = plot.customPlot()->grab().toImage();
        QVERIFY2(frame == whole, qPrintable(QStringLiteral("quality %1: the frame differs from a full replot").arg(q)));
        QVERIFY(frame != start);
    }
    QCOMPARE(replots.count(), 3); // only the ones this test asked for
    doc.endGesture();
    // A rename changes the legend: the whole plot again.
    QVERIFY(doc.renameParty(QStringLiteral("mary"), QStringLiteral("Marie")));
    plot.refresh();
    QVERIFY(!plot.chart()->onlyCurvesChanged());
}

void TestPowerPlot::clickEventMarker()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    PowerPlot plot(&doc);
    plot.resize(1200, 500);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.customPlot()->replot();
    const EventMarkers &events = *plot.chart()->events();
    QVERIFY(events.rowCount() >= 1);
    int friends = -1;
    for (int i = 0; i < events.count(); ++i)
        if (events.time(i) == 4)
            friends = i;
    QVERIFY(friends >= 0);
    QCOMPARE(events.text(friends), QStringLiteral("Mary makes friends at work"));
    // The label sits above the plot rect, just right of its stem.
    const QPoint label(int(plot.chart()->pixelOfTime(4)) + 12,
                       plot.chart()->powerRect()->rect().top() - 8);
    QCOMPARE(events.markerAt(label), friends);
    QTest::mouseClick(plot.customPlot(), Qt::LeftButton, {}, label);
    QCOMPARE(doc.currentTime(), 4);
}

void TestPowerPlot::tooltipShowsValues()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    doc.setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    PowerPlot plot(&doc);
    plot.resize(1000, 500);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.customPlot()->replot();
    QTest::mouseMove(plot.customPlot(), pixelAt(plot, 4));
    const QString tip = plot.customPlot()->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("Step 4")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Relative power of Abe: +0.20")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Dependence of Mary on Abe: 0.20")), qPrintable(tip));
    QCOMPARE(doc.currentTime(), 0); // hovering does not move the cursor
}

void TestPowerPlot::playAdvancesThroughEvents()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    TimeControls controls(&doc);
    controls.findChild<QComboBox *>()->setCurrentIndex(3); // 4x
    QCOMPARE(controls.interval(), 500);
    QSignalSpy spy(&doc, &Document::currentTimeChanged);
    controls.playAction()->trigger();
    QVERIFY(controls.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!controls.isPlaying(), 10000);
    QVector<int> times;
    for (const auto &args : spy)
        times.append(args.at(0).toInt());
    QCOMPARE(times, (QVector<int>{4, 6, 8, 10, 12}));
    QVERIFY(!controls.playAction()->isChecked());
}

void TestPowerPlot::stepBackAndForward()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    TimeControls controls(&doc);
    QCOMPARE(TimeControls::stops(doc), (QVector<int>{0, 4, 6, 8, 10, 12}));
    doc.setCurrentTime(7);
    controls.stepBack();
    QCOMPARE(doc.currentTime(), 6);
    controls.previousAction()->trigger();
    QCOMPARE(doc.currentTime(), 4);
    controls.nextAction()->trigger();
    QCOMPARE(doc.currentTime(), 6);
    controls.resetAction()->trigger();
    QCOMPARE(doc.currentTime(), 0);
    QVERIFY(!controls.previousAction()->isEnabled());
    doc.setCurrentTime(12);
    QVERIFY(!controls.nextAction()->isEnabled());
}

void TestPowerPlot::keysStepThroughStory()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    TimeControls controls(&doc);
    controls.show();
    controls.activateWindow();
    controls.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&controls));
    for (int t : {4, 6, 8, 10}) {
        QTest::keyClick(&controls, Qt::Key_Space);
        QCOMPARE(doc.currentTime(), t);
    }
    QTest::keyClick(&controls, Qt::Key_Left);
    QCOMPARE(doc.currentTime(), 8);
    QTest::keyClick(&controls, Qt::Key_Right);
    QCOMPARE(doc.currentTime(), 10);
}

void TestPowerPlot::captionFollowsTime()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    TimeControls controls(&doc);
    QVERIFY(controls.captionText().contains(QStringLiteral("Mary is new in town")));
    doc.setCurrentTime(4);
    QVERIFY(controls.captionText().contains(QStringLiteral("Mary makes friends at work")));
    doc.setCurrentTime(5);
    QVERIFY(controls.captionText().contains(QStringLiteral("since step 4")));
}

void TestPowerPlot::exportDrawsPlot()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    doc.setCurrentTime(6);
    const PaintFunction paint = plotPainter(&doc);
    const QImage image = renderImage(QSize(800, 300), 1, Theme(), paint);
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128;
    QVERIFY(dark > 500); // axes, lines and text were drawn
    QTemporaryDir dir;
    ExportRequest request;
    request.path = dir.filePath(QStringLiteral("plot.svg"));
    QString error;
    QVERIFY2(exportPicture(request, paint, &error), qPrintable(error));
    QFile svg(request.path);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("Mary makes friends at work")); // text stays text
    QVERIFY(text.contains("Power over time"));
}

void TestPowerPlot::ghostShowsCurveBeforeEdit()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    doc.setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    PowerPlot plot(&doc);
    const QVector<double> before = plot.chart()->series().relativePowerA;
    QVERIFY(!plot.chart()->ghost());
    QVERIFY(doc.setProvisionQuality(QStringLiteral("abe"), QStringLiteral("mary"), QStringLiteral("company"), 0.3));
    QTRY_VERIFY(plot.chart()->ghost());
    const QCPGraph *ghost = plot.chart()->ghost();
    QVERIFY(sameData(ghost, before));
    QCOMPARE(ghost->pen().style(), Qt::DashLine);
    QVERIFY(ghost->pen().color().alphaF() < 0.5);
    QVERIFY(!plot.chart()->series().relativePowerA.isEmpty());
    QVERIFY(plot.chart()->series().relativePowerA != before);
    QCOMPARE(plot.customPlot()->legend->itemWithPlottable(ghost), nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!plot.chart()->ghost(), PowerPlot::kGhostMilliseconds + 2000);
    QCOMPARE(plot.customPlot()->graphCount(), int(PowerChart::QuantityCount));
}

void TestPowerPlot::ghostKeepsCurveBeforeDrag()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    doc.setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    PowerPlot plot(&doc);
    const QVector<double> before = plot.chart()->series().relativePowerA;
    doc.beginGesture();
    for (double q : {0.7, 0.5, 0.3}) {
        QVERIFY(doc.setProvisionQuality(QStringLiteral("abe"), QStringLiteral("mary"), QStringLiteral("company"), q));
        QTRY_COMPARE(plot.chart()->series().relativePowerA, evaluateDyadSeries(doc.scenario(), doc.lens(), QStringLiteral("abe"), QStringLiteral("mary")).relativePowerA);
    }
    doc.endGesture();
    QVERIFY(plot.chart()->ghost());
    QVERIFY(sameData(plot.chart()->ghost(), before)); // the curve before the drag, not its last step
    doc.setSelection({QStringLiteral("mary"), QStringLiteral("coworkers")});
    QTRY_VERIFY(!plot.chart()->ghost()); // another dyad: the old curve means nothing there
}

void TestPowerPlot::stepGlidesCursorAndShowsCaption()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    QWidget window;
    auto *plot = new PowerPlot(&doc, &window);
    auto *controls = new TimeControls(&doc, &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(plot);
    layout->addWidget(controls);
    window.resize(1000, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    plot->customPlot()->replot();
    controls->stepForward();
    QCOMPARE(doc.currentTime(), 4);
    QCOMPARE(plot->chart()->cursorTime(), 4); // the time is there at once
    QVERIFY(plot->chart()->cursorPosition() < 4.0); // the drawn cursor still on its way
    QCOMPARE(plot->cursorGlide()->state(), QAbstractAnimation::Running);
    QVERIFY(controls->captionText().contains(QStringLiteral("Mary makes friends at work")));
    QTRY_COMPARE(plot->chart()->cursorPosition(), 4.0);
    const double cursorX = plot->chart()->pixelOfTime(4);
    QVERIFY(std::abs(cursorX - plot->chart()->pixelOfTime(plot->chart()->cursorPosition())) < 0.5);
    controls->stepBack();
    QCOMPARE(doc.currentTime(), 0);
    QTRY_COMPARE(plot->chart()->cursorPosition(), 0.0);
}

void TestPowerPlot::dragDoesNotGlide()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    PowerPlot plot(&doc);
    plot.resize(1000, 500);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.customPlot()->replot();
    QWidget *w = plot.customPlot();
    QTest::mousePress(w, Qt::LeftButton, {}, pixelAt(plot, 1));
    QTest::mouseMove(w, pixelAt(plot, 7));
    QCOMPARE(doc.currentTime(), 7);
    QCOMPARE(plot.chart()->cursorPosition(), 7.0); // under the mouse, not gliding after it
    QCOMPARE(plot.cursorGlide()->state(), QAbstractAnimation::Stopped);
    QTest::mouseRelease(w, Qt::LeftButton, {}, pixelAt(plot, 7));
}

// On a short screen (the dock at its smallest) the plot keeps the relative power readable: the
// title (which the dock and tab already give) and the lower chart go first, the legend stays
// clear of the rect; with room again both charts come back.
void TestPowerPlot::shortPlotStaysReadable()
{
    Document doc;
    load(doc, QStringLiteral("abe-and-mary"));
    PowerPlot plot(&doc);
    plot.resize(1000, 250);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.customPlot()->replot();
    QVERIFY(plot.customPlot()->height() <= 250); // no minimum that makes the window taller
    QVERIFY(plot.minimumSizeHint().height() <= 200);
    QVERIFY(plot.chart()->isCompact());
    QVERIFY(!plot.chart()->detailShown()); // no room for two charts of 120 px
    const QRect power = plot.chart()->powerRect()->rect();
    QVERIFY2(power.height() >= 100, qPrintable(QString::number(power.height())));
    QCPLegend *legend = plot.chart()->legend();
    QVERIFY(legend->outerRect().top() >= plot.chart()->powerRect()->outerRect().bottom());
    QVERIFY(legend->outerRect().bottom() <= plot.customPlot()->height());
    plot.resize(1000, 700);
    QTRY_VERIFY(!plot.chart()->isCompact());
    plot.customPlot()->replot();
    QVERIFY(plot.chart()->detailShown());
    QVERIFY(plot.chart()->powerRect()->rect().height() >= PowerChart::kMinChartHeight);
    QVERIFY(plot.chart()->detailRect()->rect().height() >= PowerChart::kMinChartHeight);
}

QTEST_MAIN(TestPowerPlot)
#include "tst_powerplot.moc"
