// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerchart.h"

#include "eventmarkers.h"
#include "palette.h"
#include "plotstyle.h"
#include "plotticker.h"
#include "timeline.h"

#include <QLocale>
#include <qcustomplot.h>

#include <cmath>

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
    if (mode == Mode::Dyad) {
        m_series = evaluateDyadSeries(scenario, lens, dyad.a, dyad.b);
        m_all.clear();
    } else {
        m_all = evaluatePowerSeries(scenario, lens);
        m_series = DyadSeries();
    }
    if (structural || pairs != m_all.size())
        rebuildGraphs();
    fillGraphs();
    QVector<Event> ordered;
    ordered.reserve(scenario.events.size());
    for (int i : eventOrder(scenario))
        ordered.append(scenario.events[i]);
    m_events->setEvents(ordered);
    for (QCPAxisRect *rect : {m_powerRect, m_detailRect})
        rect->axis(QCPAxis::atBottom)->setRange(-0.3, qMax(1, scenario.duration) + 0.3);
    setCursorTime(qBound(0, m_cursorTime, scenario.duration));
    m_built = true;
}

} // namespace powerfield
