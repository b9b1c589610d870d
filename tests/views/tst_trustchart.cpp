// SPDX-License-Identifier: GPL-3.0-or-later
// The trust game's results chart (views/trustchart.*) as the instructor sees it on the projector
// and as a slide: bar heights, intervals, counts, the reading, the per-round lines and the
// exported picture with no text cut, overprinted or too small.
#include "../common/textrecorder.h"

#include "imageexport.h"
#include "trustchart.h"
#include "trustchartplot.h"
#include "trustexport.h"
#include "trustsimulation.h"
#include "trusttally.h"

#include <QCheckBox>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

#include <cmath>

using namespace powerfield;
using powerfield::test::TextRecorder;

namespace {

constexpr TrustChoice C = TrustChoice::Cooperate;
constexpr TrustChoice D = TrustChoice::Defect;

// `cooperations` of `choices` for each role in round 1, and in round 2 one more choice each:
// equal C, low D, high C.
QVector<TrustLogRow> twoRounds(const QVector<int> &counts)
{
    QVector<TrustLogRow> log;
    for (int r = 0; r < kTrustRoleCount; ++r) {
        for (int i = 0; i < counts[2 * r + 1]; ++i) {
            TrustLogRow row;
            row.round = 1;
            row.pair = 1;
            row.role = TrustRole(r);
            row.condition = conditionOf(row.role);
            row.choice = i < counts[2 * r] ? C : D;
            row.player = 1;
            log.append(row);
        }
    }
    for (int r = 0; r < kTrustRoleCount; ++r) {
        TrustLogRow row = log.isEmpty() ? TrustLogRow() : log.first();
        row.round = 2;
        row.role = TrustRole(r);
        row.condition = conditionOf(row.role);
        row.choice = r == int(TrustRole::Low) ? D : C;
        log.append(row);
    }
    return log;
}

double errorAt(const QCPErrorBars *bars, int index, bool plus)
{
    const QCPErrorBarsData &e = bars->data()->at(index);
    return plus ? e.errorPlus : e.errorMinus;
}

QString picturesDir(const QTemporaryDir &temporary)
{
    // TRUST_PICTURES=/some/folder keeps the pictures to look at.
    const QString keep = qEnvironmentVariable("TRUST_PICTURES");
    return keep.isEmpty() ? temporary.path() : keep;
}

} // namespace

class TstTrustChart : public QObject
{
    Q_OBJECT

private slots:
    void barsShowTheRates();
    void aRoleWithoutChoicesHasNoBar();
    void roundLinesFollowTheRounds();
    void toggleHidesTheRounds();
    void roundsGiveWayToLargeType();
    void exportKeepsEveryTextReadable_data();
    void exportKeepsEveryTextReadable();
    void exportsPngAndSvg();
};

void TstTrustChart::barsShowTheRates()
{
    TrustChart chart;
    chart.resize(1280, 720);
    chart.show();
    // Round 1: equal 8 of 10, low 7 of 10, high 5 of 10; round 2 adds equal C, low D, high C:
    // equal 9 of 11 (81.8 %), low 7 of 11 (63.6 %), high 6 of 11 (54.5 %).
    const TrustResults results = trustResults(twoRounds({8, 10, 7, 10, 5, 10}));
    chart.setResults(results);
    TrustChartPlot *plot = chart.chart();
    QVERIFY(qAbs(plot->barValue(TrustChartPlot::ClassRates, TrustRole::Equal) - 900.0 / 11.0) < 1e-9);
    QVERIFY(qAbs(plot->barValue(TrustChartPlot::ClassRates, TrustRole::Low) - 700.0 / 11.0) < 1e-9);
    QVERIFY(qAbs(plot->barValue(TrustChartPlot::ClassRates, TrustRole::High) - 600.0 / 11.0) < 1e-9);
    QCOMPARE(plot->barValue(TrustChartPlot::PublishedRates, TrustRole::Equal), 83.97);
    QCOMPARE(plot->barValue(TrustChartPlot::PublishedRates, TrustRole::Low), 69.47);
    QCOMPARE(plot->barValue(TrustChartPlot::PublishedRates, TrustRole::High), 58.14);
    // The model for the plain payoffs: 0.8397, 0.704367, 0.59862 (tst_trustgame works them out).
    QVERIFY(qAbs(plot->barValue(TrustChartPlot::ModelRates, TrustRole::Equal) - 83.97) < 1e-9);
    QVERIFY(qAbs(plot->barValue(TrustChartPlot::ModelRates, TrustRole::Low) - 70.43667) < 1e-4);
    QVERIFY(qAbs(plot->barValue(TrustChartPlot::ModelRates, TrustRole::High) - 59.862) < 1e-4);
    // The interval of 9 of 11 (Wilson, z = 1.959964): [0.523069, 0.948638], so the whiskers
    // reach 81.818 - 52.307 = 29.511 below and 94.864 - 81.818 = 13.046 above.
    QVERIFY2(qAbs(errorAt(plot->intervals(), 0, false) - 29.511) < 0.01, qPrintable(QString::number(errorAt(plot->intervals(), 0, false))));
    QVERIFY2(qAbs(errorAt(plot->intervals(), 0, true) - 13.046) < 0.01, qPrintable(QString::number(errorAt(plot->intervals(), 0, true))));
    QCOMPARE(plot->groupLabels(), (QStringList{QStringLiteral("Equal power\n9 of 11 cooperated"),
                                               QStringLiteral("Low power\n7 of 11 cooperated"),
                                               QStringLiteral("High power\n6 of 11 cooperated")}));
    QCOMPARE(plot->valueLabel(TrustRole::Equal), QStringLiteral("82 %"));
    QCOMPARE(plot->reading(), QStringLiteral("The class reproduced the published ordering: equal power 82 % > low "
                                             "power 64 % > high power 55 %."));
    QCOMPARE(chart.customPlot()->accessibleDescription(), plot->reading());
    // The class's bar is drawn where it says: its colour fills the plot at 40 % height above
    // the equal group's class bar.
    chart.customPlot()->replot();
    const QImage image = chart.customPlot()->toPixmap().toImage();
    QCPAxis *x = chart.customPlot()->axisRect()->axis(QCPAxis::atBottom);
    QCPAxis *y = chart.customPlot()->axisRect()->axis(QCPAxis::atLeft);
    const QPoint inside(int(x->coordToPixel(1 - 0.28)), int(y->coordToPixel(40.0)));
    QCOMPARE(image.pixelColor(inside).rgb(), plot->bars(TrustChartPlot::ClassRates)->brush().color().rgb());
    const QPoint above(int(x->coordToPixel(1 - 0.28)), int(y->coordToPixel(99.0)));
    QVERIFY(image.pixelColor(above).rgb() != plot->bars(TrustChartPlot::ClassRates)->brush().color().rgb());
}

void TstTrustChart::aRoleWithoutChoicesHasNoBar()
{
    TrustChart chart;
    QVector<TrustLogRow> log = twoRounds({8, 10, 0, 0, 5, 10});
    log.removeIf([](const TrustLogRow &row) { return row.role == TrustRole::Low; });
    chart.setResults(trustResults(log));
    QVERIFY(std::isnan(chart.chart()->barValue(TrustChartPlot::ClassRates, TrustRole::Low)));
    QCOMPARE(chart.chart()->valueLabel(TrustRole::Low), QString());
    QCOMPARE(chart.chart()->groupLabels().at(1), QStringLiteral("Low power\n0 of 0 cooperated"));
    QCOMPARE(chart.chart()->intervals()->dataCount(), 2); // whiskers for the two bars there are
    QVERIFY(chart.chart()->reading().startsWith(QLatin1String("Waiting for choices in every role")));
    // Published and predicted rates stand from the start.
    QCOMPARE(chart.chart()->barValue(TrustChartPlot::PublishedRates, TrustRole::Low), 69.47);
    chart.setResults(TrustResults());
    QCOMPARE(chart.chart()->bars(TrustChartPlot::ClassRates)->dataCount(), 0);
}

void TstTrustChart::roundLinesFollowTheRounds()
{
    TrustChart chart;
    chart.setResults(trustResults(twoRounds({8, 10, 7, 10, 5, 10})));
    // Round 1: 80, 70, 50 %; round 2: 100, 0, 100 %.
    const double expected[kTrustRoleCount][2] = {{80, 100}, {70, 0}, {50, 100}};
    for (int r = 0; r < kTrustRoleCount; ++r) {
        QCPGraph *graph = chart.chart()->roundGraph(TrustRole(r));
        QCOMPARE(graph->dataCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(graph->data()->at(i)->key, double(i + 1));
            QCOMPARE(graph->data()->at(i)->value, expected[r][i]);
        }
    }
}

void TstTrustChart::toggleHidesTheRounds()
{
    TrustChart chart;
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setResults(trustResults(twoRounds({8, 10, 7, 10, 5, 10})));
    QCOMPARE(chart.customPlot()->axisRects().size(), 2);
    chart.customPlot()->replot();
    if (!qEnvironmentVariableIsEmpty("TRUST_PICTURES")) // the widget as on screen, to look at
        chart.grab().save(qEnvironmentVariable("TRUST_PICTURES") + QStringLiteral("/trust-chart-widget.png"));
    const int barsHeight = chart.customPlot()->axisRect()->height();
    QTest::mouseClick(chart.roundsToggle(), Qt::LeftButton, {}, QPoint(8, chart.roundsToggle()->height() / 2));
    QVERIFY(!chart.roundsShown());
    QVERIFY(!chart.chart()->roundsDrawn());
    chart.customPlot()->replot();
    QCOMPARE(chart.customPlot()->axisRects().size(), 1);
    QVERIFY2(chart.customPlot()->axisRect()->height() > barsHeight + 100, "the bars take the room of the rounds");
    QTest::mouseClick(chart.roundsToggle(), Qt::LeftButton, {}, QPoint(8, chart.roundsToggle()->height() / 2));
    QVERIFY(chart.roundsShown());
    chart.customPlot()->replot();
    QCOMPARE(chart.customPlot()->axisRects().size(), 2);
    QCOMPARE(chart.customPlot()->axisRect()->height(), barsHeight);
}

void TstTrustChart::roundsGiveWayToLargeType()
{
    const TrustGame game = simulateTrustGame(12, 3, 2);
    const TrustResults results = trustResults(game.log());
    const auto drawn = [&](QSize size, bool presentation) {
        Theme look;
        look.kind = ThemeKind::Projector;
        look.presentation = presentation;
        TextRecorder recorder(size);
        QPainter painter(&recorder);
        paintPicture(painter, QRectF(QPointF(), QSizeF(size)), look, trustChartPainter(results, true));
        painter.end();
        for (const auto &t : recorder.texts()) {
            if (t.text == QLatin1String("round"))
                return true;
        }
        return false;
    };
    QVERIFY(drawn(QSize(1280, 720), false));
    QVERIFY(!drawn(QSize(1280, 720), true)); // large type on 720 pixels: the bars alone
    QVERIFY(drawn(QSize(1920, 1080), true));
}

void TstTrustChart::exportKeepsEveryTextReadable_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("theme");
    QTest::addColumn<bool>("presentation");
    QTest::addColumn<bool>("rounds");
    for (const QSize &size : {QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080)}) {
        for (ThemeKind kind : {ThemeKind::Print, ThemeKind::Projector}) {
            for (bool presentation : {false, true}) {
                for (bool rounds : {true, false})
                    QTest::addRow("%dx%d %s%s%s", size.width(), size.height(),
                                  kind == ThemeKind::Print ? "print" : "projector", presentation ? " presentation" : "",
                                  rounds ? "" : " no rounds")
                        << size << int(kind) << presentation << rounds;
            }
        }
    }
}

void TstTrustChart::exportKeepsEveryTextReadable()
{
    QFETCH(QSize, size);
    QFETCH(int, theme);
    QFETCH(bool, presentation);
    QFETCH(bool, rounds);
    const TrustGame game = simulateTrustGame(60, 20, 2);
    const TrustResults results = trustResults(game.log());
    Theme look;
    look.kind = ThemeKind(theme);
    look.presentation = presentation;
    TextRecorder recorder(size);
    QPainter painter(&recorder);
    paintPicture(painter, QRectF(QPointF(), QSizeF(size)), look, trustChartPainter(results, rounds));
    painter.end();
    QStringList texts;
    for (const auto &t : recorder.texts())
        texts << t.text;
    // The reading, whole (wrapped over lines where the picture is narrow).
    QVERIFY2(texts.join(QLatin1Char(' ')).contains(results.reading()), qPrintable(texts.join(QLatin1String(" | "))));
    QVERIFY(texts.contains(QStringLiteral("Equal power")));
    QVERIFY(texts.contains(QStringLiteral("400 of 400 cooperated")) || texts.join(QLatin1Char(' ')).contains(QLatin1String("of 400 cooperated")));
    const double floor = presentation ? size.height() / 45.0 : 11.0;
    const QStringList problems = powerfield::test::textProblems(recorder.texts(), size, floor, QStringLiteral("trust chart"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TstTrustChart::exportsPngAndSvg()
{
    QTemporaryDir temporary;
    const QString dir = picturesDir(temporary);
    const TrustGame game = simulateTrustGame(60, 20, 2);
    const TrustResults results = trustResults(game.log());
    for (ThemeKind kind : {ThemeKind::Projector, ThemeKind::Print}) {
        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
            ExportRequest request;
            request.path = QStringLiteral("%1/trust-chart-%2.%3").arg(dir, kind == ThemeKind::Projector
                                                                                 ? QStringLiteral("projector")
                                                                                 : QStringLiteral("print"), suffix);
            request.size = QSize(1280, 720);
            request.theme.kind = kind;
            request.title = QStringLiteral("Trust game");
            QString error;
            QVERIFY2(exportPicture(request, trustChartPainter(results), &error), qPrintable(error));
            QFile file(request.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (suffix == QLatin1String("svg")) {
                QVERIFY(bytes.contains("du Plessis et al. 2023")); // text stays text
            } else {
                QImage image;
                QVERIFY(image.loadFromData(bytes, "PNG"));
                QCOMPARE(image.size(), QSize(1280, 720));
                // The projector's dark background, the print theme's white.
                QCOMPARE(image.pixelColor(2, 2), request.theme.background());
            }
        }
    }
    // Large type for the back row, as a slide.
    for (const QSize &size : {QSize(1280, 720), QSize(1920, 1080)}) {
        ExportRequest slide;
        slide.path = dir + QStringLiteral("/trust-chart-projector-presentation-%1.png").arg(size.height());
        slide.size = size;
        slide.theme.kind = ThemeKind::Projector;
        slide.theme.presentation = true;
        QString error;
        QVERIFY2(exportPicture(slide, trustChartPainter(results), &error), qPrintable(error));
        QCOMPARE(QImage(slide.path).size(), size);
    }
}

QTEST_MAIN(TstTrustChart)
#include "tst_trustchart.moc"
