// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerchart.h"

#include "eventmarkers.h"
#include "nameelide.h"
#include "numberformat.h"
#include "palette.h"
#include "plotstyle.h"
#include "plotticker.h"
#include "timeline.h"

#include <QFontMetricsF>
#include <QLocale>
#include <cmath>
#include <qcustomplot.h>

namespace powerfield {

namespace {

QColor readable(QColor color, const Theme &theme)
{
    return plotstyle::readableOn(color, theme);
}

} // namespace

PowerChart::PowerChart(QCustomPlot *plot, const Theme &theme)
    : QObject(plot)
    , m_plot(plot)
    , m_theme(theme)
{
    m_detailWanted = !theme.presentation;
    buildLayout();
    styleAll();
    connect(m_plot, &QCustomPlot::afterLayout, this, &PowerChart::fit);
}

void PowerChart::buildLayout()
{
    m_plot->plotLayout()->clear(); // also removes the default axis rect and legend
    m_plot->plotLayout()->setRowSpacing(4);
    m_title = new QCPTextElement(m_plot, QString());
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_powerRect = new QCPAxisRect(m_plot);
    m_detailRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_powerRect);
    m_plot->plotLayout()->addElement(2, 0, m_detailRect);
    m_powerLegend = new QCPLegend;
    m_plot->plotLayout()->addElement(3, 0, m_powerLegend);
    m_powerLegend->setLayer(QStringLiteral("legend"));
    m_powerLegend->setColumnSpacing(16);
    m_powerLegend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
    m_detailLegend = m_powerLegend;
    auto *group = new QCPMarginGroup(m_plot);
    for (QCPAxisRect *rect : {m_powerRect, m_detailRect}) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        for (QCPAxis *axis : rect->axes()) {
            axis->setLayer(QStringLiteral("axes"));
            axis->grid()->setLayer(QStringLiteral("grid"));
        }
        rect->axis(QCPAxis::atTop)->setVisible(false);
        rect->axis(QCPAxis::atRight)->setVisible(false);
        QSharedPointer<PlotTicker> ticker(new PlotTicker(rect->axis(QCPAxis::atBottom)));
        rect->axis(QCPAxis::atBottom)->setTicker(ticker);
        m_timeTicks.append(ticker);
    }
    m_powerRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_detailRect->axis(QCPAxis::atLeft)->setRange(-0.04, 1.04);
    setupPowerAxis();

    m_upLabel = new QCPItemText(m_plot);
    m_downLabel = new QCPItemText(m_plot);
    for (QCPItemText *label : {m_upLabel, m_downLabel}) {
        label->setClipToAxisRect(false);
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->setPadding(QMargins(3, 1, 3, 1));
    }
    m_upLabel->setLayer(QStringLiteral("axes"));
    m_upLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);

    m_events = new EventMarkers(m_plot, {m_powerRect, m_detailRect});

    // The curves change with every edit, the axes, events and legend seldom: a picture of their
    // own lets a slider's frame redraw the curves alone (a full replot was a quarter of a
    // 20-party slider frame).
    m_plot->addLayer(QStringLiteral("curves"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_curvesLayer = m_plot->layer(QStringLiteral("curves"));
    m_curvesLayer->setMode(QCPLayer::lmBuffered);
    m_plot->addLayer(QStringLiteral("cursor"));
    m_cursorLayer = m_plot->layer(QStringLiteral("cursor"));
    m_cursorLayer->setMode(QCPLayer::lmBuffered);
    // The lower label moves out of the cursor's way: it is drawn with the cursor.
    m_downLabel->setLayer(m_cursorLayer);
    for (QCPAxisRect *rect : {m_powerRect, m_detailRect}) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->setLayer(m_cursorLayer);
        line->setClipAxisRect(rect);
        for (QCPItemPosition *p : {line->point1, line->point2})
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        m_cursorLines.append(line);
    }
    m_cursorLabel = new QCPItemText(m_plot);
    m_cursorLabel->setLayer(m_cursorLayer);
    m_cursorLabel->setClipToAxisRect(false);
    m_cursorLabel->position->setType(QCPItemPosition::ptAbsolute);
    m_cursorLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    setDetailVisible(true);
    m_built = true;
}

void PowerChart::setupPowerAxis()
{
    const QString half = QLocale().toString(0.5);
    QCPAxis *y = m_powerRect->axis(QCPAxis::atLeft);
    m_powerTicks.reset(new PlotTicker(y));
    const PlotTicker::Tick plusOne{1.0, QStringLiteral("+1")};
    const PlotTicker::Tick zero{0.0, QStringLiteral("0")};
    const PlotTicker::Tick minusOne{-1.0, QStringLiteral("\u22121")};
    m_powerTicks->setLevels({{plusOne, {0.5, QLatin1Char('+') + half}, zero, {-0.5, QChar(0x2212) + half}, minusOne},
                             {plusOne, zero, minusOne},
                             {zero}});
    y->setTicker(m_powerTicks);
    y->setRange(-1.1, 1.1);
    QCPAxis *unit = m_detailRect->axis(QCPAxis::atLeft);
    m_detailTicks.reset(new PlotTicker(unit));
    m_detailTicks->setLevels({{{0.0, QStringLiteral("0")}, {0.5, half}, {1.0, QStringLiteral("1")}},
                              {{0.0, QStringLiteral("0")}, {1.0, QStringLiteral("1")}}});
    unit->setTicker(m_detailTicks);
}

void PowerChart::retranslate()
{
    if (!m_built)
        return;
    fillGraphs();
    setDetailVisible(m_detailShown);
}

void PowerChart::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    QCPLayoutGrid *layout = m_plot->plotLayout();
    if (compact) {
        layout->take(m_title);
        layout->simplify();
    } else {
        layout->insertRow(0);
        layout->addElement(0, 0, m_title);
    }
    m_title->setVisible(!compact);
    setDetailVisible(m_detailShown); // the row stretch factors follow the rows
}

void PowerChart::setDetailWanted(bool wanted)
{
    if (wanted == m_detailWanted)
        return;
    m_detailWanted = wanted;
    m_detailFailedAt = QSize();
    setDetailVisible(wanted && m_mode == Mode::Dyad);
}

void PowerChart::setDetailVisible(bool visible)
{
    QCPLayoutGrid *layout = m_plot->plotLayout();
    const int row = m_compact ? 1 : 2; // under the power rect
    const bool shown = layout->hasElement(row, 0) && layout->element(row, 0) == m_detailRect;
    if (visible && !shown) {
        layout->insertRow(row);
        layout->addElement(row, 0, m_detailRect);
    } else if (!visible && shown) {
        layout->take(m_detailRect);
        layout->simplify();
    }
    m_detailShown = visible;
    m_detailRect->setVisible(visible);
    m_detailRect->axis(QCPAxis::atBottom)->setVisible(visible);
    m_detailRect->axis(QCPAxis::atLeft)->setVisible(visible);
    m_cursorLines[1]->setVisible(visible);
    QList<double> stretch = visible ? QList<double>{0.001, 1.1, 1.0, 0.001}
                                    : QList<double>{0.001, 5.0, 0.001};
    if (m_compact)
        stretch.removeFirst(); // no title row
    layout->setRowStretchFactors(stretch);
    m_powerRect->axis(QCPAxis::atBottom)->setTickLabels(!visible);
    m_powerRect->axis(QCPAxis::atBottom)->setLabel(visible ? QString() : tr("time (steps)"));
    m_detailRect->axis(QCPAxis::atBottom)->setLabel(tr("time (steps)"));
    // The legend names the curves drawn: the lower chart's only with it.
    if (m_mode == Mode::Dyad && m_graphs.size() == QuantityCount) {
        for (int q = DependenceAOnB; q < QuantityCount; ++q) {
            if (visible)
                m_graphs[q]->addToLegend(m_powerLegend);
            else
                m_graphs[q]->removeFromLegend(m_powerLegend);
        }
    }
    placeCursor(m_cursorPosition);
}

void PowerChart::setTheme(const Theme &theme)
{
    m_theme = theme;
    styleAll();
    m_detailFailedAt = QSize();
    if (!m_keys.isEmpty())
        rebuildGraphs();
}

void PowerChart::styleAll()
{
    m_plot->setBackground(m_theme.kind == ThemeKind::Transparent ? QBrush(Qt::NoBrush)
                                                                  : QBrush(m_theme.background()));
    m_title->setFont(m_theme.font(14, true));
    m_title->setTextColor(m_theme.foreground());
    for (QCPAxisRect *rect : {m_powerRect, m_detailRect})
        plotstyle::styleAxisRect(rect, m_theme);
    m_powerRect->axis(QCPAxis::atLeft)->grid()->setZeroLinePen(
        QPen(m_theme.muted(), 1.5 * m_theme.lineScale()));
    plotstyle::styleLegend(m_powerLegend, m_theme);
    for (QCPItemText *label : {m_upLabel, m_downLabel}) {
        label->setFont(m_theme.font(11, true));
        // On the page's colour: the lines that run under a label stop at it.
        label->setBrush(m_theme.kind == ThemeKind::Transparent ? QBrush(Qt::NoBrush) : QBrush(m_theme.background()));
    }
    QColor cursor = m_theme.foreground();
    cursor.setAlpha(80);
    for (QCPItemStraightLine *line : std::as_const(m_cursorLines))
        line->setPen(QPen(cursor, 7 * m_theme.lineScale()));
    m_cursorLabel->setFont(m_theme.font(10, true));
    m_cursorLabel->setColor(m_theme.kind == ThemeKind::Projector ? QColor(Qt::black) : QColor(Qt::white));
    m_cursorLabel->setBrush(m_theme.foreground());
    m_cursorLabel->setPadding(QMargins(4, 1, 4, 1));
    m_events->setTheme(m_theme);
}

QString PowerChart::nameOf(const QString &party) const
{
    const Party *p = m_scenario.party(party);
    return p && !p->name.isEmpty() ? p->name : party;
}

QColor PowerChart::colorOf(const QString &party, int fallback) const
{
    const Party *p = m_scenario.party(party);
    return readable(plotstyle::seriesColor(p ? p->color : QString(), fallback), m_theme);
}

void PowerChart::show(const Scenario &scenario, Lens lens, const Selection &dyad, Mode mode)
{
    const bool structural = mode != m_mode || dyad != m_dyad || m_keys.size() != scenario.duration + 1
                            || !m_built;
    m_scenario = scenario;
    m_mode = mode;
    m_dyad = dyad;
    m_keys = seriesSteps(scenario);
    const int pairs = int(m_all.size());
    const bool wasBuilt = m_built;
    m_namesChanged = false;
    if (mode == Mode::Dyad) {
        m_series = m_seriesCache.evaluate(scenario, lens, dyad.a, dyad.b);
        m_all.clear();
    } else {
        m_all = evaluatePowerSeries(scenario, lens);
        m_series = DyadSeries();
    }
    const bool rebuilt = structural || pairs != m_all.size();
    if (rebuilt)
        rebuildGraphs();
    fillGraphs();
    QVector<Event> ordered;
    ordered.reserve(scenario.events.size());
    for (int i : eventOrder(scenario))
        ordered.append(scenario.events[i]);
    const bool eventsChanged = m_events->setEvents(ordered);
    m_curvesOnly = wasBuilt && !rebuilt && !m_namesChanged && !eventsChanged;
    for (QCPAxisRect *rect : {m_powerRect, m_detailRect})
        rect->axis(QCPAxis::atBottom)->setRange(-0.3, qMax(1, scenario.duration) + 0.3);
    setCursorTime(qBound(0, m_cursorTime, scenario.duration));
    m_built = true;
}

} // namespace powerfield

// ----------------------------------------------------------------------------------------------
// PowerChart: fitting the picture to the pixels it has, after every layout.

namespace powerfield {

namespace {

constexpr int kMinCore = 40;          // pixels between +1 and -1 below which the side labels go
constexpr int kMaxLayoutPasses = 14;
constexpr double kLegendShare = 0.25; // of the height, at most, for the legend
constexpr double kEventShare = 0.15;  // of the height, at most, for the event labels' rows
constexpr int kAxisLabelHeight = 260; // below this height the time axis drops its label

} // namespace

// Fitting the picture to its pixels, after every layout. Each step may change the layout (the
// legend's rows, the lower chart, the event band, the tick labels' width); the plot is laid out
// again until nothing changes, then the labels are placed in the final rects.
void PowerChart::fit()
{
    if (m_fitting || !m_built)
        return;
    m_fitting = true;
    m_shrinkOnly = false;
    bool settled = false;
    for (int pass = 0; pass < kMaxLayoutPasses && !settled; ++pass) {
        // Late in a fit, a label that comes and goes with its margin stays away and the event
        // rows no longer grow: no back and forth between the tick labels' width and the rows.
        m_shrinkOnly = pass >= 4;
        // Each step sees a layout with the steps before it done.
        bool changed = fitLegend() || m_events->place(eventRowsAllowed()) || fitDetail() || fitPowerRange()
                       || fitAxisLabels();
        changed = changed || m_powerTicks->isStale() || m_timeTicks[0]->isStale()
                  || (m_detailShown && (m_detailTicks->isStale() || m_timeTicks[1]->isStale()));
        settled = !changed;
        if (!settled)
            relayout();
    }
    if (!settled)
        m_events->place(eventRowsAllowed()); // the labels where the last layout put the band
    placeSideLabels();
    placeCursor(m_cursorPosition);
    m_fitting = false;
}

void PowerChart::relayout()
{
    for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins,
                       QCPLayoutElement::upLayout})
        m_plot->plotLayout()->update(phase);
}

int PowerChart::eventRowsAllowed() const
{
    const double line = QFontMetricsF(m_theme.font(11)).height() + 4.0;
    const int rows = std::max(1, int(m_plot->viewport().height() * kEventShare / line));
    return m_shrinkOnly && m_events->rowCount() > 0 ? std::min(rows, m_events->rowCount()) : rows;
}

// As many columns as the width holds, names shortened only when one entry alone is too wide,
// and no more rows than a quarter of the height (every dyad's curve is named in the tooltip).
bool PowerChart::fitLegend()
{
    QCPLegend *legend = m_powerLegend;
    const QMargins margins = legend->margins();
    const double available = m_plot->viewport().width() - margins.left() - margins.right() - 2;
    const QFontMetricsF metrics(legend->font());
    const int iconWidth = legend->iconSize().width() + legend->iconTextPadding();
    bool changed = false;
    QVector<QCPGraph *> graphs;
    if (m_mode == Mode::AllDyads) {
        graphs = m_dyadGraphs;
    } else if (m_graphs.size() == QuantityCount) {
        graphs.append(m_graphs[RelativePowerA]);
        if (m_detailShown)
            for (int q = DependenceAOnB; q < QuantityCount; ++q)
                graphs.append(m_graphs[q]);
    }
    const double rowHeight = std::max<double>(metrics.height(), legend->iconSize().height()) + legend->rowSpacing();
    const int maxRows = std::max(1, int(m_plot->viewport().height() * kLegendShare / rowHeight));
    // The whole names when the entries fit in maxRows, else shorter forms and names.
    QStringList names;
    int columns = 1;
    for (int level = 0; level < 4; ++level) {
        names.clear();
        QVector<double> widths;
        for (QCPGraph *g : std::as_const(graphs)) {
            const QString full = m_names.value(g).at(level);
            const double room = available - iconWidth - 8;
            names.append(metrics.horizontalAdvance(full) <= room ? full : elideName(full, metrics, room));
            widths.append(iconWidth + metrics.horizontalAdvance(names.last()) + 8);
        }
        for (columns = std::max(1, int(graphs.size())); columns > 1; --columns) {
            double total = legend->columnSpacing() * (columns - 1);
            for (int c = 0; c < columns; ++c) {
                double widest = 0;
                for (int i = c; i < widths.size(); i += columns)
                    widest = std::max(widest, widths[i]);
                total += widest;
            }
            if (total <= available)
                break;
        }
        if ((graphs.size() + columns - 1) / columns <= maxRows)
            break;
    }
    for (int i = 0; i < graphs.size(); ++i) {
        if (graphs[i]->name() != names[i]) {
            graphs[i]->setName(names[i]);
            changed = true;
        }
    }
    const int entries = std::min(int(graphs.size()), maxRows * columns);
    for (int i = 0; i < graphs.size(); ++i) {
        const bool inLegend = legend->hasItemWithPlottable(graphs[i]);
        if ((i < entries) != inLegend) {
            if (i < entries)
                graphs[i]->addToLegend(legend);
            else
                graphs[i]->removeFromLegend(legend);
            changed = true;
        }
    }
    if (columns != legend->wrap() || changed) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        changed = true;
    }
    return changed;
}

// The lower chart shows when it is wanted and both charts get kMinChartHeight pixels; when
// they would not, it is tried once per size, then left out.
bool PowerChart::fitDetail()
{
    const QSize size = m_plot->viewport().size();
    const bool can = m_detailWanted && m_mode == Mode::Dyad;
    if (m_detailShown) {
        const bool fits = m_powerRect->rect().height() >= kMinChartHeight
                          && m_detailRect->rect().height() >= kMinChartHeight;
        if (can && fits)
            return false;
        if (can)
            m_detailFailedAt = size;
        setDetailVisible(false);
        return true;
    }
    if (!can || size == m_detailFailedAt)
        return false;
    // Worth a try only when the power rect alone has room for two.
    if (m_powerRect->rect().height() < 2 * kMinChartHeight) {
        m_detailFailedAt = size;
        return false;
    }
    setDetailVisible(true);
    return true;
}

// Bands above +1 and below -1, a label high, hold the "holds more power" labels: no curve and
// no horizontal gridline runs there. Without room for them the labels go (the legend, the
// axis label and the tooltip name the sides) and the axis keeps a small margin.
bool PowerChart::fitPowerRange()
{
    QCPAxis *y = m_powerRect->axis(QCPAxis::atLeft);
    const double height = m_powerRect->rect().height();
    const double band = QFontMetricsF(m_upLabel->font()).height() + 2 + 4;
    // The curve keeps at least a few label heights between +1 and -1 (large type needs more).
    const double core = std::max<double>(kMinCore, 2.5 * (band - 6));
    m_sideLabels = m_mode == Mode::Dyad && height - 2 * band >= core
                   && m_powerRect->rect().width() > 120;
    const double margin = m_sideLabels ? band * 2.0 / (height - 2 * band) : 0.1;
    const QCPRange range(-1 - margin, 1 + margin);
    if (std::abs(y->range().lower - range.lower) < 1e-6 && std::abs(y->range().upper - range.upper) < 1e-6)
        return false;
    y->setRange(range);
    return true;
}

// Late in a fit a label only gets shorter: it no longer comes back with the margin it frees.
bool PowerChart::setAxisLabel(QCPAxis *axis, const QString &label, double room)
{
    const QString now = axis->label();
    if (now == label)
        return false;
    const bool longer = QFontMetricsF(axis->labelFont()).horizontalAdvance(label)
                        > QFontMetricsF(axis->labelFont()).horizontalAdvance(now);
    if (m_shrinkOnly && longer && QFontMetricsF(axis->labelFont()).horizontalAdvance(now) <= room)
        return false;
    axis->setLabel(label);
    return true;
}

// The axis labels where they fit: the power axis names both sides (shortened names, or only
// "power"), the time axis says "time (steps)" unless the plot is very short.
bool PowerChart::fitAxisLabels()
{
    bool changed = false;
    QCPAxis *y = m_powerRect->axis(QCPAxis::atLeft);
    QString label;
    if (m_mode == Mode::Dyad) {
        const QFontMetricsF metrics(y->labelFont());
        const double room = m_powerRect->rect().height() - 4;
        for (int chars : {1000, 24, 16, 10, 6}) {
            label = tr("%1 \u25c0 power \u25b6 %2").arg(elideName(m_axisB, chars), elideName(m_axisA, chars));
            if (metrics.horizontalAdvance(label) <= room)
                break;
            label.clear();
        }
        if (label.isEmpty() && metrics.horizontalAdvance(tr("power")) <= room)
            label = tr("power");
    } else {
        label = tr("relative power of the first named");
        if (QFontMetricsF(y->labelFont()).horizontalAdvance(label) > m_powerRect->rect().height() - 4)
            label = tr("power");
    }
    changed = setAxisLabel(y, label, m_powerRect->rect().height() - 4) || changed;
    QCPAxis *unit = m_detailRect->axis(QCPAxis::atLeft);
    const QString unitLabel = QFontMetricsF(unit->labelFont()).horizontalAdvance(tr("0 to 1")) <= m_detailRect->rect().height() - 4
                                  ? tr("0 to 1") : QString();
    changed = setAxisLabel(unit, unitLabel, m_detailRect->rect().height() - 4) || changed;
    const QString title = elideName(m_titleText, QFontMetricsF(m_title->font()), m_plot->viewport().width() - 8);
    if (m_title->text() != title) {
        m_title->setText(title);
        changed = true;
    }
    const QString time = m_plot->viewport().height() >= kAxisLabelHeight ? tr("time (steps)") : QString();
    QCPAxis *x = (m_detailShown ? m_detailRect : m_powerRect)->axis(QCPAxis::atBottom);
    if (x->label() != time) {
        x->setLabel(time);
        changed = true;
    }
    return changed;
}

void PowerChart::placeSideLabels()
{
    const QRect r = m_powerRect->rect();
    m_upLabel->setVisible(m_sideLabels);
    m_downLabel->setVisible(m_sideLabels);
    if (!m_sideLabels)
        return;
    const QFontMetricsF metrics(m_upLabel->font());
    const double pad = 6 + 2; // the labels' padding and a gap
    m_upLabel->setText(elideName(m_upText, metrics, r.width() - pad - 4));
    m_upLabel->position->setCoords(r.left() + 2, m_powerRect->axis(QCPAxis::atLeft)->coordToPixel(1.0) - 2);
}

QString PowerChart::fullTextAt(const QPointF &pixel) const
{
    if (m_powerLegend->realVisibility() && m_powerLegend->outerRect().contains(pixel.toPoint())) {
        for (int i = 0; i < m_powerLegend->itemCount(); ++i) {
            auto *item = qobject_cast<QCPPlottableLegendItem *>(m_powerLegend->item(i));
            if (item && item->outerRect().contains(pixel.toPoint()))
                return fullName(item->plottable());
        }
    }
    if (m_title->realVisibility() && m_title->outerRect().contains(pixel.toPoint()))
        return m_title->text() == m_titleText ? QString() : m_titleText;
    const int marker = m_events->markerAt(pixel);
    if (marker >= 0)
        return m_events->text(marker);
    const auto inside = [this, pixel](const QCPItemText *label) {
        const double d = label->visible() ? label->selectTest(pixel, false) : -1;
        return d >= 0 && d < m_plot->selectionTolerance();
    };
    if (inside(m_upLabel))
        return m_upText;
    if (inside(m_downLabel))
        return m_downText;
    return QString();
}

} // namespace powerfield

// ----------------------------------------------------------------------------------------------
// PowerChart: its graphs, cursor and the values under the mouse.

namespace powerfield {

namespace {

constexpr int kMaxMarkers = 30; // more steps than this: markers on every n-th step only
constexpr int kMaxLegendEntries = 16;
constexpr int kTitleChars = 24; // a party's name in the title, at most

QString signedNumber(double v)
{
    return (v > 0 ? QStringLiteral("+") : v < 0 ? QStringLiteral("\u2212") : QString())
           + formatNumber(std::abs(v));
}

} // namespace

QCPGraph *PowerChart::addGraph(QCPAxisRect *rect, const QColor &color, Qt::PenStyle dash,
                               int shape, double width)
{
    QCPGraph *g = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    g->setLayer(m_curvesLayer);
    g->setLineStyle(QCPGraph::lsStepLeft);
    g->setPen(plotstyle::linePen(color, dash, m_theme, width));
    g->setScatterStyle(plotstyle::marker(plotstyle::shape(shape), color, m_theme));
    g->setScatterSkip(qMax(0, int(m_keys.size()) / kMaxMarkers));
    g->removeFromLegend(m_powerLegend); // fit() fills the legend with the entries that fit
    return g;
}

void PowerChart::rebuildGraphs()
{
    m_plot->clearGraphs();
    m_ghost = nullptr;
    m_powerLegend->clearItems();
    m_names.clear();
    m_graphs.clear();
    m_dyadGraphs.clear();
    m_detailFailedAt = QSize();
    const bool dyadMode = m_mode == Mode::Dyad;
    if (dyadMode) {
        const QColor a = colorOf(m_dyad.a, 0);
        QColor b = colorOf(m_dyad.b, 1);
        if (a == b)
            b = palette::okabeIto(a == palette::okabeIto(1) ? 0 : 1);
        m_graphs.resize(QuantityCount);
        // Side A: circles, side B: squares; dependence solid, commitment dashed, cooperation dotted.
        m_graphs[DependenceAOnB] = addGraph(m_detailRect, a, Qt::SolidLine, 0, 1.8);
        m_graphs[DependenceBOnA] = addGraph(m_detailRect, b, Qt::SolidLine, 1, 1.8);
        m_graphs[CommitmentA] = addGraph(m_detailRect, a, Qt::DashLine, 0, 1.5);
        m_graphs[CommitmentB] = addGraph(m_detailRect, b, Qt::DashLine, 1, 1.5);
        m_graphs[CooperationA] = addGraph(m_detailRect, a, Qt::DotLine, 0, 1.5);
        m_graphs[CooperationB] = addGraph(m_detailRect, b, Qt::DotLine, 1, 1.5);
        m_graphs[RelativePowerA] = addGraph(m_powerRect, m_theme.foreground(), Qt::SolidLine, 3, 2.6);
        // Equal values are the point of balanced power: A's larger rings show around B's squares.
        for (Quantity q : {DependenceAOnB, CommitmentA, CooperationA}) {
            QCPScatterStyle ring = m_graphs[q]->scatterStyle();
            ring.setSize(ring.size() * 1.6);
            m_graphs[q]->setScatterStyle(ring);
        }
        m_upLabel->setColor(a);
        m_downLabel->setColor(b);
        m_graphs[RelativePowerA]->addToLegend(m_powerLegend); // first, the lower chart's after it
    } else {
        for (int i = 0; i < m_all.size(); ++i)
            m_dyadGraphs.append(addGraph(m_powerRect, paletteColorAt(i), plotstyle::dash(i % 5), i, 2.0));
        // A legend of thousands of dyads helps nobody; the tooltip names them all.
        for (int i = 0; i < qMin(kMaxLegendEntries, int(m_dyadGraphs.size())); ++i)
            m_dyadGraphs[i]->addToLegend(m_powerLegend);
    }
    setDetailVisible(dyadMode && m_detailWanted);
    m_upLabel->setVisible(dyadMode);
    m_downLabel->setVisible(dyadMode);
}

void PowerChart::setName(QCPGraph *graph, const QString &longForm, const QString &shortForm,
                         const QStringList &args)
{
    const LegendName name{longForm, shortForm, args};
    const auto shown = m_names.constFind(graph);
    if (shown != m_names.cend() && *shown == name)
        return; // as it is: fit() may have shortened it for the legend
    m_namesChanged = true;
    m_names.insert(graph, name);
    graph->setName(name.at(0)); // fit() shortens it when the legend has no room for it
}

QString PowerChart::fullName(const QCPAbstractPlottable *plottable) const
{
    return m_names.value(plottable).at(0);
}

QString PowerChart::LegendName::at(int level) const
{
    static const int chars[] = {0, 0, 16, 10};
    const int limit = chars[qBound(0, level, 3)];
    QStringList names;
    for (const QString &a : args)
        names.append(limit ? elideName(a, limit) : a);
    const QString &form = level == 0 ? longForm : shortForm;
    if (names.size() >= 2 && form.contains(QLatin1String("%2")))
        return form.arg(names[0], names[1]);
    return names.isEmpty() ? form : form.arg(names[0]); // a short form may name only the first
}

QColor PowerChart::paletteColorAt(int index) const
{
    return plotstyle::readableOn(palette::okabeIto(index % 8), m_theme);
}

void PowerChart::fillGraphs()
{
    const QString a = nameOf(m_dyad.a);
    const QString b = nameOf(m_dyad.b);
    if (m_mode == Mode::Dyad) {
        const QVector<double> *values[QuantityCount] = {
            &m_series.relativePowerA, &m_series.dependenceAOnB, &m_series.dependenceBOnA,
            &m_series.commitmentA, &m_series.commitmentB, &m_series.cooperationA, &m_series.cooperationB};
        for (int q = 0; q < QuantityCount; ++q)
            m_graphs[q]->setData(m_keys, *values[q], true);
        const bool named = !m_dyad.a.isEmpty() && !m_dyad.b.isEmpty(); // no dyad yet: no name fragments
        const QString power = named ? tr("Relative power: + %1, \u2212 %2") : tr("Relative power");
        const QString dependence = named ? tr("%1: dependence on %2") : tr("Dependence");
        const QString shortDependence = named ? tr("%1: dependence") : dependence;
        const QString commitment = named ? tr("%1: commitment") : tr("Commitment");
        const QString cooperation = named ? tr("%1: predicted cooperation") : tr("Predicted cooperation");
        const QString shortCooperation = named ? tr("%1: cooperation") : cooperation;
        const auto names = [named](const QStringList &list) { return named ? list : QStringList(); };
        setName(m_graphs[RelativePowerA], power, power, names({a, b}));
        setName(m_graphs[DependenceAOnB], dependence, shortDependence, names({a, b}));
        setName(m_graphs[DependenceBOnA], dependence, shortDependence, names({b, a}));
        setName(m_graphs[CommitmentA], commitment, commitment, names({a}));
        setName(m_graphs[CommitmentB], commitment, commitment, names({b}));
        setName(m_graphs[CooperationA], cooperation, shortCooperation, names({a}));
        setName(m_graphs[CooperationB], cooperation, shortCooperation, names({b}));
        m_upText = named ? tr("\u25b2 %1 holds more power").arg(a) : QString();
        m_downText = named ? tr("\u25bc %1 holds more power").arg(b) : QString();
        m_upLabel->setText(m_upText);
        m_downLabel->setText(m_downText);
        m_axisA = a;
        m_axisB = b;
        m_powerRect->axis(QCPAxis::atLeft)->setLabel(named ? tr("%1 \u25c0 power \u25b6 %2").arg(b, a) : tr("power"));
        m_detailRect->axis(QCPAxis::atLeft)->setLabel(tr("0 to 1"));
        m_titleText = named ? tr("Power over time: %1 and %2").arg(elideName(a, kTitleChars), elideName(b, kTitleChars))
                            : tr("Power over time");
    } else {
        for (int i = 0; i < m_all.size(); ++i) {
            m_dyadGraphs[i]->setData(m_keys, m_all[i].relativePowerA, true);
            const QString versus = tr("%1 vs %2");
            setName(m_dyadGraphs[i], versus, versus, {nameOf(m_all[i].a), nameOf(m_all[i].b)});
        }
        m_axisA.clear();
        m_axisB.clear();
        m_powerRect->axis(QCPAxis::atLeft)->setLabel(tr("relative power of the first named"));
        m_titleText = tr("Power over time: every dyad");
    }
}

QCPGraph *PowerChart::graph(Quantity quantity) const
{
    return m_mode == Mode::Dyad && quantity < m_graphs.size() ? m_graphs[quantity] : nullptr;
}

void PowerChart::setCursorTime(int time)
{
    m_cursorTime = time;
    placeCursor(time);
}

// The cursor's label sits at the foot of the lowest chart, inside it; the lower "holds more
// power" label takes the other half of the band below -1, so the two never meet.
void PowerChart::placeCursor(double time)
{
    m_cursorPosition = time;
    for (QCPItemStraightLine *line : std::as_const(m_cursorLines)) {
        line->point1->setCoords(time, 0.0);
        line->point2->setCoords(time, 1.0);
    }
    m_cursorLabel->setText(tr("t = %1").arg(m_cursorTime)); // where it is going, while it glides
    const QCPAxisRect *bottom = m_detailShown ? m_detailRect : m_powerRect;
    const QRect r = bottom->rect();
    const QMargins pad = m_cursorLabel->padding();
    const double widest = QFontMetricsF(m_cursorLabel->font())
                              .horizontalAdvance(tr("t = %1").arg(qMax(m_cursorTime, int(m_keys.size()) - 1)))
                          + pad.left() + pad.right() + 2;
    const double x = bottom->axis(QCPAxis::atBottom)->coordToPixel(time);
    const double centre = r.width() > widest ? qBound(r.left() + widest / 2, x, r.right() - widest / 2) : x;
    m_cursorLabel->position->setCoords(centre, r.bottom() - 1);
    if (!m_sideLabels)
        return;
    const QRect p = m_powerRect->rect();
    const bool right = !m_detailShown && x < p.center().x();
    const double room = m_detailShown ? p.width() - 8 : p.width() / 2.0 - widest / 2 - 10;
    const QMargins labelPad = m_downLabel->padding();
    const QString text = elideName(m_downText, QFontMetricsF(m_downLabel->font()),
                                   room - labelPad.left() - labelPad.right());
    m_downLabel->setText(text);
    m_downLabel->setVisible(room > 40);
    m_downLabel->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    m_downLabel->position->setCoords(right ? p.right() - 2 : p.left() + 2,
                                     m_powerRect->axis(QCPAxis::atLeft)->coordToPixel(-1.0) + 2);
}

void PowerChart::setGhost(const QVector<double> &relativePowerA)
{
    if (relativePowerA.isEmpty() || m_mode != Mode::Dyad) {
        if (m_ghost)
            m_plot->removeGraph(m_ghost);
        m_ghost = nullptr;
        return;
    }
    if (!m_ghost) {
        m_ghost = m_plot->addGraph(m_powerRect->axis(QCPAxis::atBottom), m_powerRect->axis(QCPAxis::atLeft));
        m_ghost->removeFromLegend();
        m_ghost->setLineStyle(QCPGraph::lsStepLeft);
        m_ghost->setLayer(m_plot->layer(QStringLiteral("grid"))); // under every curve
        m_ghost->setSelectable(QCP::stNone);
    }
    QColor faint = m_theme.foreground();
    faint.setAlphaF(0.35f);
    m_ghost->setPen(plotstyle::linePen(faint, Qt::DashLine, m_theme, 2.2));
    m_ghost->setName(tr("Before the edit"));
    m_ghost->setData(m_keys.mid(0, relativePowerA.size()), relativePowerA, true);
}

double PowerChart::pixelOfTime(double time) const
{
    return m_powerRect->axis(QCPAxis::atBottom)->coordToPixel(time);
}

int PowerChart::stepAt(const QPointF &pixel) const
{
    const bool inside = m_powerRect->rect().contains(pixel.toPoint())
                        || (m_detailRect->visible() && m_detailRect->rect().contains(pixel.toPoint()));
    if (!inside || m_keys.isEmpty())
        return -1;
    const double t = m_powerRect->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x());
    return qBound(0, int(std::lround(t)), int(m_keys.size()) - 1);
}

QString PowerChart::valuesText(int step) const
{
    if (step < 0 || step >= m_keys.size())
        return QString();
    QStringList lines{tr("Step %1").arg(step)};
    if (m_mode == Mode::AllDyads) {
        for (const PowerSeries &s : m_all) {
            if (!std::isnan(s.relativePowerA[step]))
                lines << tr("%1 vs %2: %3").arg(nameOf(s.a), nameOf(s.b), signedNumber(s.relativePowerA[step]));
        }
        return lines.join(QLatin1Char('\n'));
    }
    const QString a = nameOf(m_dyad.a);
    const QString b = nameOf(m_dyad.b);
    const DyadSeries &s = m_series;
    if (s.size() <= step || std::isnan(s.relativePowerA[step]))
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("%1 and %2 are not a dyad at this step").arg(a, b);
    const double r = s.relativePowerA[step];
    lines << tr("Relative power of %1: %2").arg(a, signedNumber(r))
          << tr("Dependence of %1 on %2: %3").arg(a, b, formatNumber(s.dependenceAOnB[step]))
          << tr("Dependence of %1 on %2: %3").arg(b, a, formatNumber(s.dependenceBOnA[step]))
          << tr("Commitment: %1 %2, %3 %4").arg(a, formatNumber(s.commitmentA[step]), b,
                                                 formatNumber(s.commitmentB[step]))
          << tr("Predicted cooperation: %1 %2%, %3 %4%")
                 .arg(a, formatPercent(s.cooperationA[step]), b,
                      formatPercent(s.cooperationB[step]));
    return lines.join(QLatin1Char('\n'));
}

} // namespace powerfield
