// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerchart.h"

#include "eventmarkers.h"
#include "palette.h"
#include "plotstyle.h"
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
    buildLayout();
    styleAll();
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
        QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
        ticker->setTickStep(1.0);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        rect->axis(QCPAxis::atBottom)->setTicker(ticker);
    }
    m_powerRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_detailRect->axis(QCPAxis::atLeft)->setRange(-0.04, 1.04);
    setupPowerAxis();

    m_upLabel = new QCPItemText(m_plot);
    m_downLabel = new QCPItemText(m_plot);
    for (QCPItemText *label : {m_upLabel, m_downLabel}) {
        label->setClipAxisRect(m_powerRect);
        label->position->setType(QCPItemPosition::ptAxisRectRatio);
        label->position->setAxisRect(m_powerRect);
        label->setLayer(QStringLiteral("axes"));
    }
    m_upLabel->position->setCoords(0.005, 0.02);
    m_upLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_downLabel->position->setCoords(0.005, 0.98);
    m_downLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);

    m_events = new EventMarkers(m_plot, {m_powerRect, m_detailRect});

    m_plot->addLayer(QStringLiteral("cursor"));
    m_cursorLayer = m_plot->layer(QStringLiteral("cursor"));
    m_cursorLayer->setMode(QCPLayer::lmBuffered);
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
    m_cursorLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setDetailVisible(true);
    m_built = true;
}

void PowerChart::setupPowerAxis()
{
    QCPAxis *y = m_powerRect->axis(QCPAxis::atLeft);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTick(1.0, QStringLiteral("+1"));
    ticker->addTick(0.5, QStringLiteral("+0.5"));
    ticker->addTick(0.0, QStringLiteral("0"));
    ticker->addTick(-0.5, QStringLiteral("\u22120.5"));
    ticker->addTick(-1.0, QStringLiteral("\u22121"));
    y->setTicker(ticker);
    y->setRange(-1.1, 1.1);
    // Three ticks only: the lower chart is often short, and six labels ran into each other.
    QSharedPointer<QCPAxisTickerText> unit(new QCPAxisTickerText);
    unit->addTick(0.0, QStringLiteral("0"));
    unit->addTick(0.5, QLocale().toString(0.5));
    unit->addTick(1.0, QStringLiteral("1"));
    m_detailRect->axis(QCPAxis::atLeft)->setTicker(unit);
}

void PowerChart::retranslate()
{
    if (!m_built)
        return;
    fillGraphs();
    setDetailVisible(m_detailRect->visible());
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
    setDetailVisible(m_detailRect->visible()); // the row stretch factors follow the rows
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
    m_detailRect->setVisible(visible);
    m_detailRect->axis(QCPAxis::atBottom)->setVisible(visible);
    m_detailRect->axis(QCPAxis::atLeft)->setVisible(visible);
    m_cursorLines[1]->setVisible(visible);
    QList<double> stretch = visible ? QList<double>{0.001, 3.0, 2.4, 0.001}
                                    : QList<double>{0.001, 5.0, 0.001};
    if (m_compact)
        stretch.removeFirst(); // no title row
    layout->setRowStretchFactors(stretch);
    QCPAxisRect *bottom = visible ? m_detailRect : m_powerRect;
    m_powerRect->axis(QCPAxis::atBottom)->setTickLabels(!visible);
    m_powerRect->axis(QCPAxis::atBottom)->setLabel(visible ? QString() : tr("time (steps)"));
    m_detailRect->axis(QCPAxis::atBottom)->setLabel(tr("time (steps)"));
    m_cursorLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_cursorLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_cursorLabel->position->setAxes(bottom->axis(QCPAxis::atBottom), bottom->axis(QCPAxis::atLeft));
    m_cursorLabel->position->setAxisRect(bottom);
    m_cursorLabel->position->setCoords(m_cursorTime, 1.0);
    m_cursorLabel->setClipAxisRect(bottom);
}

void PowerChart::setTheme(const Theme &theme)
{
    m_theme = theme;
    styleAll();
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
    for (QCPItemText *label : {m_upLabel, m_downLabel})
        label->setFont(m_theme.font(11, true));
    QColor cursor = m_theme.foreground();
    cursor.setAlpha(80);
    for (QCPItemStraightLine *line : std::as_const(m_cursorLines))
        line->setPen(QPen(cursor, 7 * m_theme.lineScale()));
    m_cursorLabel->setFont(m_theme.font(10, true));
    m_cursorLabel->setColor(m_theme.kind == ThemeKind::Projector ? QColor(Qt::black) : QColor(Qt::white));
    QColor box = m_theme.foreground();
    box.setAlpha(200);
    m_cursorLabel->setBrush(box);
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
    for (int i : eventOrder(scenario))
        ordered.append(scenario.events[i]);
    m_events->setEvents(ordered);
    for (QCPAxisRect *rect : {m_powerRect, m_detailRect}) {
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        x->setRange(-0.3, qMax(1, scenario.duration) + 0.3);
        x->ticker()->setTickCount(qBound(2, scenario.duration, 12)); // every step of a short story
    }
    setCursorTime(qBound(0, m_cursorTime, scenario.duration));
    m_built = true;
}

} // namespace powerfield
