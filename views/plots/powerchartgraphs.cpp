// SPDX-License-Identifier: GPL-3.0-or-later
// PowerChart: its graphs, cursor and the values under the mouse.
#include "powerchart.h"

#include "nameelide.h"
#include "palette.h"
#include "plotstyle.h"
#include "numberformat.h"

#include <QFontMetricsF>
#include <QLocale>
#include <qcustomplot.h>

#include <cmath>

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
