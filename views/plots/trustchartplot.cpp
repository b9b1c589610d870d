// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustchartplot.h"

#include "palette.h"
#include "plotstyle.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {

constexpr double kBarWidth = 0.26;
constexpr double kOffsets[TrustChartPlot::SeriesCount] = {-0.28, 0.0, 0.28}; // class, published, model
constexpr int kTitleRow = 0;
constexpr int kReadingRow = 1;
constexpr int kBarsRow = 2;
constexpr int kLegendRow = 3;
constexpr int kRoundsLegendRow = 4;
constexpr int kRoundsRow = 5;
constexpr double kRoundsMinHeight = 480.0;

double percent(double rate)
{
    return 100.0 * rate;
}

// `text` with line breaks between words so that no line is wider than `width`.
QString wrapped(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines.append(line);
            line = word;
        } else {
            line = longer;
        }
    }
    lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TrustChartPlot::TrustChartPlot(QCustomPlot *plot, const Theme &theme)
    : QObject(plot)
    , m_plot(plot)
    , m_theme(theme)
{
    build();
    style();
    retranslate();
    connect(m_plot, &QCustomPlot::beforeReplot, this, &TrustChartPlot::fitTexts);
}

void TrustChartPlot::fitTexts()
{
    // A little short of the full width: the margins of the layout, and rounding of the metrics.
    const double width = 0.94 * m_plot->viewport().width();
    // The small chart of the rounds needs the height of a slide in its type: with large type on a
    // 720-pixel picture it would squeeze the bars and cut its own axis label.
    placeRounds(m_roundsShown && m_plot->viewport().height() >= kRoundsMinHeight * m_theme.fontScale());
    m_title->setText(wrapped(m_titleText, m_title->font(), width));
    m_reading->setText(wrapped(m_readingText, m_reading->font(), width));
    // A legend in one row when it fits, else in as many columns as fit.
    for (QCPLegend *legend : {m_plot->legend, m_roundsLegend}) {
        for (int columns = 3; columns >= 1; --columns) {
            legend->setWrap(columns);
            legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // rearranges the items
            if (legend->minimumOuterSizeHint().width() <= width)
                break;
        }
    }
}

void TrustChartPlot::build()
{
    QCPLayoutGrid *layout = m_plot->plotLayout();
    m_barsRect = m_plot->axisRect();
    layout->insertRow(0);
    layout->insertRow(0);
    m_title = new QCPTextElement(m_plot);
    m_reading = new QCPTextElement(m_plot);
    layout->addElement(kTitleRow, 0, m_title);
    layout->addElement(kReadingRow, 0, m_reading);
    layout->addElement(kLegendRow, 0, m_plot->legend);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(3);
    m_roundsRect = new QCPAxisRect(m_plot);
    layout->addElement(kRoundsRow, 0, m_roundsRect);
    layout->setRowSpacing(2);
    for (int s = 0; s < SeriesCount; ++s) {
        m_bars[s] = new QCPBars(m_barsRect->axis(QCPAxis::atBottom), m_barsRect->axis(QCPAxis::atLeft));
        m_bars[s]->setWidth(kBarWidth);
    }
    m_intervals = new QCPErrorBars(m_barsRect->axis(QCPAxis::atBottom), m_barsRect->axis(QCPAxis::atLeft));
    m_intervals->setDataPlottable(m_bars[ClassRates]);
    m_intervals->removeFromLegend();
    for (int r = 0; r < kTrustRoleCount; ++r) {
        m_valueLabels[r] = new QCPItemText(m_plot);
        m_valueLabels[r]->setClipAxisRect(m_barsRect);
        m_valueLabels[r]->position->setAxes(m_barsRect->axis(QCPAxis::atBottom), m_barsRect->axis(QCPAxis::atLeft));
        m_valueLabels[r]->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        m_valueLabels[r]->setPadding(QMargins(0, 0, 0, 3));
        m_roundGraphs[r] = m_plot->addGraph(m_roundsRect->axis(QCPAxis::atBottom), m_roundsRect->axis(QCPAxis::atLeft));
        m_roundGraphs[r]->removeFromLegend();
    }
    m_roundsLegend = new QCPLegend;
    layout->addElement(kRoundsLegendRow, 0, m_roundsLegend);
    m_roundsLegend->setLayer(QStringLiteral("legend"));
    m_roundsLegend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_roundsLegend->setWrap(3);
    m_roundsLegend->setMargins(QMargins(7, 14, 7, 4)); // apart from the bars' legend above
    for (QCPGraph *graph : m_roundGraphs)
        graph->addToLegend(m_roundsLegend);
    for (QCPAxisRect *rect : {m_barsRect, m_roundsRect}) {
        rect->axis(QCPAxis::atLeft)->setRange(0.0, 104.0); // room for the label of a 100 % bar
        auto ticker = QSharedPointer<QCPAxisTickerFixed>(new QCPAxisTickerFixed);
        ticker->setTickStep(rect == m_barsRect ? 20.0 : 50.0); // the small chart keeps apart 0, 50, 100
        rect->axis(QCPAxis::atLeft)->setTicker(ticker);
    }
    m_barsRect->axis(QCPAxis::atBottom)->setRange(0.5, 3.5);
    m_barsRect->axis(QCPAxis::atBottom)->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    m_barsRect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    auto roundTicker = QSharedPointer<QCPAxisTickerFixed>(new QCPAxisTickerFixed);
    roundTicker->setTickStep(1.0);
    roundTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_roundsRect->axis(QCPAxis::atBottom)->setTicker(roundTicker);
    layout->setRowStretchFactor(kTitleRow, 0.01);
    layout->setRowStretchFactor(kReadingRow, 0.01);
    layout->setRowStretchFactor(kLegendRow, 0.01);
    layout->setRowStretchFactor(kRoundsLegendRow, 0.01);
    layout->setRowStretchFactor(kBarsRow, 3.0);
    layout->setRowStretchFactor(kRoundsRow, 1.6);
}

void TrustChartPlot::setTheme(const Theme &theme)
{
    m_theme = theme;
    style();
    fill();
}

void TrustChartPlot::style()
{
    m_plot->setBackground(m_theme.kind == ThemeKind::Transparent ? QBrush(Qt::NoBrush) : QBrush(m_theme.background()));
    const QColor fg = m_theme.foreground();
    for (QCPAxisRect *rect : {m_barsRect, m_roundsRect}) {
        plotstyle::styleAxisRect(rect, m_theme);
        rect->axis(QCPAxis::atTop)->setVisible(false);
        rect->axis(QCPAxis::atRight)->setVisible(false);
    }
    m_barsRect->axis(QCPAxis::atBottom)->setTickLabelFont(m_theme.font(12));
    m_barsRect->axis(QCPAxis::atBottom)->setTickPen(Qt::NoPen);
    plotstyle::styleLegend(m_plot->legend, m_theme);
    plotstyle::styleLegend(m_roundsLegend, m_theme);
    m_roundsLegend->setBrush(m_theme.kind == ThemeKind::Transparent ? QBrush(Qt::NoBrush) : QBrush(m_theme.background()));
    m_title->setFont(m_theme.font(15, true));
    m_title->setTextColor(fg);
    m_reading->setFont(m_theme.font(13));
    m_reading->setTextColor(fg);
    // Colour is never the only carrier: the class solid, the study hatched, the model an outline.
    const QColor classColor = plotstyle::readableOn(palette::okabeIto(5), m_theme);
    const QColor studyColor = plotstyle::readableOn(palette::okabeIto(1), m_theme);
    const QColor modelColor = plotstyle::readableOn(palette::okabeIto(6), m_theme);
    const double line = m_theme.lineScale();
    m_bars[ClassRates]->setPen(QPen(classColor, line));
    m_bars[ClassRates]->setBrush(classColor);
    m_bars[PublishedRates]->setPen(QPen(studyColor, 1.5 * line));
    m_bars[PublishedRates]->setBrush(QBrush(studyColor, Qt::BDiagPattern));
    m_bars[ModelRates]->setPen(QPen(modelColor, 2.5 * line));
    m_bars[ModelRates]->setBrush(Qt::NoBrush);
    m_intervals->setPen(QPen(fg, 1.8 * line));
    m_intervals->setWhiskerWidth(12.0 * line);
    for (int r = 0; r < kTrustRoleCount; ++r) {
        const QColor color = plotstyle::readableOn(palette::okabeIto(r), m_theme);
        m_roundGraphs[r]->setPen(plotstyle::linePen(color, plotstyle::dash(r), m_theme, 2.0));
        m_roundGraphs[r]->setScatterStyle(plotstyle::marker(plotstyle::shape(r), color, m_theme));
        m_valueLabels[r]->setFont(m_theme.font(12, true));
        m_valueLabels[r]->setColor(fg);
    }
}

void TrustChartPlot::retranslate()
{
    m_titleText = tr("Cooperation by power: this class, the published study and the model");
    m_bars[ClassRates]->setName(tr("This class (95 % interval)"));
    m_bars[PublishedRates]->setName(tr("du Plessis et al. 2023"));
    m_bars[ModelRates]->setName(tr("Model's prediction"));
    m_barsRect->axis(QCPAxis::atLeft)->setLabel(tr("cooperated (%)"));
    m_roundsRect->axis(QCPAxis::atLeft)->setLabel(tr("by round (%)"));
    m_roundsRect->axis(QCPAxis::atBottom)->setLabel(tr("round"));
    for (int r = 0; r < kTrustRoleCount; ++r)
        m_roundGraphs[r]->setName(roleName(TrustRole(r)));
    fill();
}

void TrustChartPlot::setResults(const TrustResults &results)
{
    m_results = results;
    fill();
}

void TrustChartPlot::setRoundsShown(bool shown)
{
    m_roundsShown = shown;
    fitTexts();
}

void TrustChartPlot::placeRounds(bool shown)
{
    if (shown == m_roundsDrawn)
        return;
    m_roundsDrawn = shown;
    QCPLayoutGrid *layout = m_plot->plotLayout();
    if (shown) {
        layout->addElement(kRoundsLegendRow, 0, m_roundsLegend);
        layout->addElement(kRoundsRow, 0, m_roundsRect);
        layout->setRowStretchFactor(kRoundsLegendRow, 0.01);
        layout->setRowStretchFactor(kRoundsRow, 1.6);
    } else {
        layout->take(m_roundsLegend);
        layout->take(m_roundsRect);
        layout->simplify();
    }
    m_roundsRect->setVisible(shown);
    m_roundsLegend->setVisible(shown);
    for (QCPGraph *graph : m_roundGraphs)
        graph->setVisible(shown);
}

void TrustChartPlot::fill()
{
    auto ticker = m_barsRect->axis(QCPAxis::atBottom)->ticker().dynamicCast<QCPAxisTickerText>();
    ticker->clear();
    QVector<double> classKeys, classValues, minus, plus;
    QVector<double> keys[SeriesCount];
    QVector<double> values[SeriesCount];
    for (int r = 0; r < kTrustRoleCount; ++r) {
        const TrustProportion &p = m_results.byRole[r];
        ticker->addTick(r + 1, tr("%1\n%2 of %3 cooperated").arg(roleName(TrustRole(r))).arg(p.cooperations).arg(p.choices));
        keys[PublishedRates] << r + 1 + kOffsets[PublishedRates];
        values[PublishedRates] << percent(m_results.published[r]);
        keys[ModelRates] << r + 1 + kOffsets[ModelRates];
        values[ModelRates] << percent(m_results.predicted[r]);
        const double x = r + 1 + kOffsets[ClassRates];
        m_valueLabels[r]->setVisible(p.choices > 0);
        if (p.choices == 0)
            continue;
        const TrustInterval ci = p.interval();
        keys[ClassRates] << x;
        values[ClassRates] << percent(p.rate());
        minus << percent(p.rate() - ci.low);
        plus << percent(ci.high - p.rate());
        m_valueLabels[r]->position->setCoords(x, percent(ci.high));
        m_valueLabels[r]->setText(percentText(p.rate()));
    }
    for (int s = 0; s < SeriesCount; ++s)
        m_bars[s]->setData(keys[s], values[s], true);
    m_intervals->setData(minus, plus);
    m_readingText = m_results.reading();
    fitTexts();
    int rounds = int(m_results.byRound.size());
    for (int r = 0; r < kTrustRoleCount; ++r) {
        QVector<double> x, y;
        for (int i = 0; i < rounds; ++i) {
            const TrustProportion &p = m_results.byRound[i][r];
            if (p.choices > 0) {
                x << i + 1;
                y << percent(p.rate());
            }
        }
        m_roundGraphs[r]->setData(x, y, true);
    }
    m_roundsRect->axis(QCPAxis::atBottom)->setRange(0.5, std::max(rounds, 1) + 0.5);
}

double TrustChartPlot::barValue(Series series, TrustRole role) const
{
    const double key = int(role) + 1 + kOffsets[series];
    for (auto it = m_bars[series]->data()->constBegin(); it != m_bars[series]->data()->constEnd(); ++it) {
        if (std::abs(it->key - key) < 1e-9)
            return it->value;
    }
    return std::nan("");
}

QStringList TrustChartPlot::groupLabels() const
{
    const auto ticker = m_barsRect->axis(QCPAxis::atBottom)->ticker().dynamicCast<QCPAxisTickerText>();
    return ticker->ticks().values();
}

QString TrustChartPlot::reading() const
{
    return m_readingText;
}

QString TrustChartPlot::valueLabel(TrustRole role) const
{
    return m_valueLabels[int(role)]->visible() ? m_valueLabels[int(role)]->text() : QString();
}

} // namespace powerfield
