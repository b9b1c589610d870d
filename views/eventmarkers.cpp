// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmarkers.h"

#include "plotstyle.h"

#include <QFontMetricsF>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {
constexpr double kGap = 12.0;   // pixels between two labels in one row
constexpr double kStemGap = 3.0; // pixels between a stem and its label
} // namespace

EventMarkers::EventMarkers(QCustomPlot *plot, const QVector<QCPAxisRect *> &rects)
    : QObject(plot)
    , m_plot(plot)
    , m_rects(rects)
{
    connect(plot, &QCustomPlot::afterLayout, this, &EventMarkers::place);
}

void EventMarkers::setTheme(const Theme &theme)
{
    m_theme = theme;
    for (Marker &m : m_markers)
        applyStyle(m);
}

QString EventMarkers::text(int index) const
{
    return m_markers[index].label->text();
}

void EventMarkers::clear()
{
    for (const Marker &m : std::as_const(m_markers)) {
        m_plot->removeItem(m.label);
        m_plot->removeItem(m.stem);
        for (QCPItemStraightLine *line : m.lines)
            m_plot->removeItem(line);
    }
    m_markers.clear();
}

void EventMarkers::setEvents(const QVector<Event> &events)
{
    QVector<QPair<int, QString>> shown;
    for (const Event &e : events)
        shown.append({e.time, e.label});
    if (shown == m_shown && !m_markers.isEmpty())
        return;
    m_shown = shown;
    clear();
    for (const Event &e : events) {
        Marker m;
        m.time = e.time;
        m.label = new QCPItemText(m_plot);
        m.label->setText(e.label.isEmpty() ? tr("Step %1").arg(e.time) : e.label);
        m.label->setClipToAxisRect(false);
        m.label->position->setType(QCPItemPosition::ptAbsolute);
        m.label->setLayer(QStringLiteral("axes"));
        m.stem = new QCPItemLine(m_plot);
        m.stem->setClipToAxisRect(false);
        m.stem->start->setType(QCPItemPosition::ptAbsolute);
        m.stem->end->setType(QCPItemPosition::ptAbsolute);
        m.stem->setLayer(QStringLiteral("axes"));
        for (QCPAxisRect *rect : std::as_const(m_rects)) {
            auto *line = new QCPItemStraightLine(m_plot);
            line->setLayer(QStringLiteral("grid"));
            line->setClipAxisRect(rect);
            for (QCPItemPosition *p : {line->point1, line->point2})
                p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            line->point1->setCoords(e.time, 0.0);
            line->point2->setCoords(e.time, 1.0);
            m.lines.append(line);
        }
        applyStyle(m);
        m_markers.append(m);
    }
}

void EventMarkers::applyStyle(Marker &m)
{
    QColor lineColor = m_theme.muted();
    // Whole-pixel widths keep Qt's fast cosmetic stroker: a hundred dashed lines stay cheap.
    const QPen dashed(lineColor, std::max(1.0, std::round(1.2 * m_theme.lineScale())), Qt::DashLine);
    for (QCPItemStraightLine *line : std::as_const(m.lines))
        line->setPen(dashed);
    m.stem->setPen(QPen(lineColor, 1.2 * m_theme.lineScale()));
    m.label->setFont(m_theme.font(11));
    m.label->setColor(m_theme.foreground());
    m.label->setPadding(QMargins(int(kStemGap), 0, 2, 0));
    m.label->setPen(Qt::NoPen);
    m.label->setBrush(Qt::NoBrush);
}

double EventMarkers::lineHeight() const
{
    return QFontMetricsF(m_theme.font(11)).height() + 4.0;
}

int EventMarkers::markerAt(const QPointF &pixel) const
{
    // A text item answers just under the plot's selection tolerance for a pixel inside it.
    const double inside = m_plot->selectionTolerance();
    for (int i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers[i];
        const double toLabel = m.label->selectTest(pixel, false);
        const double toStem = m.stem->selectTest(pixel, false);
        if ((toLabel >= 0 && toLabel < inside) || (toStem >= 0 && toStem < 4.0))
            return i;
    }
    return -1;
}

QVector<int> EventMarkers::assignRows(const QVector<double> &xs, int *rows) const
{
    const QFontMetricsF metrics(m_theme.font(11));
    const QCPAxisRect *top = m_rects.first();
    QVector<double> rowEnd; // rightmost pixel used in each row
    QVector<int> row(xs.size());
    for (int i = 0; i < xs.size(); ++i) {
        const double width = metrics.horizontalAdvance(m_markers[i].label->text()) + kStemGap + 2;
        const bool leftOfStem = xs[i] + width > top->outerRect().right();
        const double left = leftOfStem ? xs[i] - width : xs[i];
        const double right = leftOfStem ? xs[i] : xs[i] + width;
        int r = 0;
        while (r < rowEnd.size() && rowEnd[r] + kGap > left)
            ++r;
        if (r == rowEnd.size())
            rowEnd.append(right);
        rowEnd[r] = right;
        row[i] = leftOfStem ? -1 - r : r; // negative: the label sits left of its stem
    }
    *rows = int(rowEnd.size());
    return row;
}

void EventMarkers::place()
{
    if (m_placing || m_rects.isEmpty())
        return;
    m_placing = true;
    QCPAxisRect *top = m_rects.first();
    QVector<double> xs;
    for (const Marker &m : std::as_const(m_markers))
        xs.append(top->axis(QCPAxis::atBottom)->coordToPixel(m.time));
    int rows = 0;
    const QVector<int> row = assignRows(xs, &rows);
    const double h = lineHeight();
    const int band = rows ? int(rows * h + 6) : 0;
    if (top->minimumMargins().top() != band || rows != m_rows) {
        m_rows = rows;
        top->setMinimumMargins(QMargins(0, band, 0, 0));
        for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins,
                           QCPLayoutElement::upLayout})
            m_plot->plotLayout()->update(phase);
    }
    const double rectTop = top->rect().top();
    for (int i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers[i];
        const bool leftOfStem = row[i] < 0;
        const int r = leftOfStem ? -1 - row[i] : row[i];
        const double y = rectTop - 3 - (r + 0.5) * h;
        m.label->setPositionAlignment((leftOfStem ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        m.label->setPadding(leftOfStem ? QMargins(2, 0, int(kStemGap), 0) : QMargins(int(kStemGap), 0, 2, 0));
        m.label->position->setCoords(xs[i], y);
        m.stem->start->setCoords(xs[i], y - h / 2 + 2);
        m.stem->end->setCoords(xs[i], rectTop);
    }
    m_placing = false;
}

} // namespace powerfield
