// SPDX-License-Identifier: GPL-3.0-or-later
// PowerChart: its graphs, cursor and the values under the mouse.
#include "powerchart.h"

#include "palette.h"
#include "plotstyle.h"

#include <QLocale>
#include <qcustomplot.h>

#include <cmath>

namespace powerfield {

namespace {

constexpr int kMaxMarkers = 30; // more steps than this: markers on every n-th step only
constexpr int kMaxLegendEntries = 16;

QString signedNumber(double v)
{
    return (v > 0 ? QStringLiteral("+") : v < 0 ? QStringLiteral("\u2212") : QString())
           + QLocale().toString(std::abs(v), 'f', 2);
}

} // namespace

QCPGraph *PowerChart::addGraph(QCPAxisRect *rect, const QColor &color, Qt::PenStyle dash,
                               int shape, double width)
{
    QCPGraph *g = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    g->setLineStyle(QCPGraph::lsStepLeft);
    g->setPen(plotstyle::linePen(color, dash, m_theme, width));
    g->setScatterStyle(plotstyle::marker(plotstyle::shape(shape), color, m_theme));
    g->setScatterSkip(qMax(0, int(m_keys.size()) / kMaxMarkers));
    g->addToLegend(m_powerLegend);
    return g;
}

void PowerChart::rebuildGraphs()
{
    m_plot->clearGraphs();
    m_ghost = nullptr;
    m_powerLegend->clearItems();
    m_graphs.clear();
    m_dyadGraphs.clear();
    const bool dyadMode = m_mode == Mode::Dyad;
    setDetailVisible(dyadMode);
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
        m_powerLegend->setFillOrder(QCPLayoutGrid::foRowsFirst, false);
        m_powerLegend->setWrap(2);
    } else {
        for (int i = 0; i < m_all.size(); ++i)
            m_dyadGraphs.append(addGraph(m_powerRect, paletteColorAt(i), plotstyle::dash(i % 5), i, 2.0));
        // A legend of thousands of dyads helps nobody; the tooltip names them all.
        for (int i = kMaxLegendEntries; i < m_dyadGraphs.size(); ++i)
            m_dyadGraphs[i]->removeFromLegend(m_powerLegend);
        m_powerLegend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
        m_powerLegend->setWrap(4);
    }
    m_powerLegend->setFillOrder(m_powerLegend->fillOrder(), true);
    m_upLabel->setVisible(dyadMode);
    m_downLabel->setVisible(dyadMode);
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
        m_graphs[RelativePowerA]->setName(tr("Relative power: + %1, \u2212 %2").arg(a, b));
        m_graphs[DependenceAOnB]->setName(tr("%1: dependence on %2").arg(a, b));
        m_graphs[DependenceBOnA]->setName(tr("%1: dependence on %2").arg(b, a));
        m_graphs[CommitmentA]->setName(tr("%1: commitment").arg(a));
        m_graphs[CommitmentB]->setName(tr("%1: commitment").arg(b));
        m_graphs[CooperationA]->setName(tr("%1: predicted cooperation").arg(a));
        m_graphs[CooperationB]->setName(tr("%1: predicted cooperation").arg(b));
        m_upLabel->setText(tr("\u25b2 %1 holds more power").arg(a));
        m_downLabel->setText(tr("\u25bc %1 holds more power").arg(b));
        m_powerRect->axis(QCPAxis::atLeft)->setLabel(tr("%1 \u25c0 power \u25b6 %2").arg(b, a));
        m_detailRect->axis(QCPAxis::atLeft)->setLabel(tr("0 to 1"));
        m_title->setText(tr("Power over time: %1 and %2").arg(a, b));
    } else {
        for (int i = 0; i < m_all.size(); ++i) {
            m_dyadGraphs[i]->setData(m_keys, m_all[i].relativePowerA, true);
            m_dyadGraphs[i]->setName(tr("%1 vs %2").arg(nameOf(m_all[i].a), nameOf(m_all[i].b)));
        }
        m_powerRect->axis(QCPAxis::atLeft)->setLabel(tr("relative power of the first named"));
        m_title->setText(tr("Power over time: every dyad"));
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

void PowerChart::placeCursor(double time)
{
    m_cursorPosition = time;
    for (QCPItemStraightLine *line : std::as_const(m_cursorLines)) {
        line->point1->setCoords(time, 0.0);
        line->point2->setCoords(time, 1.0);
    }
    m_cursorLabel->position->setCoords(time, 1.0);
    m_cursorLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_cursorLabel->setText(tr("t = %1").arg(m_cursorTime)); // where it is going, while it glides
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
          << tr("Dependence of %1 on %2: %3").arg(a, b, QLocale().toString(s.dependenceAOnB[step], 'f', 2))
          << tr("Dependence of %1 on %2: %3").arg(b, a, QString::number(s.dependenceBOnA[step], 'f', 2))
          << tr("Commitment: %1 %2, %3 %4").arg(a, QString::number(s.commitmentA[step], 'f', 2), b,
                                                 QString::number(s.commitmentB[step], 'f', 2))
          << tr("Predicted cooperation: %1 %2%, %3 %4%")
                 .arg(a, QString::number(100 * s.cooperationA[step], 'f', 0), b,
                      QString::number(100 * s.cooperationB[step], 'f', 0));
    return lines.join(QLatin1Char('\n'));
}

} // namespace powerfield
