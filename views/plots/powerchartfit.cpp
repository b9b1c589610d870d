// SPDX-License-Identifier: GPL-3.0-or-later
// PowerChart: fitting the picture to the pixels it has, after every layout.
#include "powerchart.h"

#include "eventmarkers.h"
#include "nameelide.h"
#include "plotticker.h"

#include <QFontMetricsF>
#include <qcustomplot.h>

#include <cmath>

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
