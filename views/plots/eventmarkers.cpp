// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmarkers.h"

#include "nameelide.h"

#include <QFontMetricsF>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {
constexpr double kGap = 12.0;    // pixels between two labels in one row
constexpr double kStemGap = 3.0; // pixels between a stem and its label
constexpr double kPad = 2.0;     // pixels after a label
constexpr double kTickReach = 4.0; // pixels either side of a stem or tick that answer a click
} // namespace

// One plot item draws every marker's lines (on the grid layer) or labels (on the axes layer).
class EventMarkerItem : public QCPAbstractItem
{
public:
    EventMarkerItem(QCustomPlot *plot, const EventMarkers *markers, bool lines)
        : QCPAbstractItem(plot)
        , m_markers(markers)
        , m_drawsLines(lines)
    {
        setClipToAxisRect(false);
        setSelectable(false);
        setLayer(lines ? QStringLiteral("grid") : QStringLiteral("axes"));
    }
    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override
    {
        if (m_drawsLines)
            m_markers->paintLines(painter);
        else
            m_markers->paintLabels(painter);
    }

private:
    const EventMarkers *m_markers;
    bool m_drawsLines;
};

EventMarkers::EventMarkers(QCustomPlot *plot, const QVector<QCPAxisRect *> &rects)
    : QObject(plot)
    , m_plot(plot)
    , m_rects(rects)
    , m_lines(new EventMarkerItem(plot, this, true))
    , m_labels(new EventMarkerItem(plot, this, false))
{
}

void EventMarkers::setTheme(const Theme &theme)
{
    m_theme = theme;
    for (Marker &m : m_markers)
        m.width = -1; // measured again in the new font
}

QFont EventMarkers::font() const
{
    return m_theme.font(11);
}

QString EventMarkers::text(int index) const
{
    return m_markers[index].text;
}

int EventMarkers::labelledCount() const
{
    return int(std::count_if(m_markers.cbegin(), m_markers.cend(), [](const Marker &m) { return m.row >= 0; }));
}

bool EventMarkers::setEvents(const QVector<Event> &events)
{
    QVector<QPair<int, QString>> shown;
    shown.reserve(events.size());
    for (const Event &e : events)
        shown.append({e.time, e.label});
    if (shown == m_shown)
        return false;
    m_shown = shown;
    m_markers.clear();
    m_markers.reserve(events.size());
    for (const Event &e : events) {
        Marker m;
        m.time = e.time;
        m.text = e.label.isEmpty() ? tr("Step %1").arg(e.time) : e.label;
        m_markers.append(m);
    }
    std::stable_sort(m_markers.begin(), m_markers.end(),
                     [](const Marker &a, const Marker &b) { return a.time < b.time; });
    return true;
}

double EventMarkers::lineHeight() const
{
    return QFontMetricsF(font()).height() + 4.0;
}

int EventMarkers::markerAt(const QPointF &pixel) const
{
    const double h = lineHeight();
    int nearest = -1;
    double distance = kTickReach;
    for (int i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers[i];
        if (m.row >= 0 && m.rect.contains(pixel))
            return i;
        // The stem reaches from its label (or, for a tick, half a row) down to the rect.
        const double top = m.row >= 0 ? m.rect.center().y() - h / 2 + 2 : m_rectTop - h / 2;
        const double dx = std::abs(pixel.x() - m.x);
        if (pixel.y() >= top && pixel.y() <= m_rectTop + 1 && dx < distance) {
            distance = dx;
            nearest = i;
        }
    }
    return nearest;
}

bool EventMarkers::place(int maxRows)
{
    maxRows = std::max(1, maxRows);
    const QCPAxisRect *top = m_rects.first();
    const QCPAxis *axis = top->axis(QCPAxis::atBottom);
    const QFontMetricsF metrics(font());
    const double h = lineHeight();
    const double leftEnd = top->outerRect().left();
    const double rightEnd = top->outerRect().right();
    QVector<double> rowEnd(maxRows, -1e300); // rightmost pixel used in each row
    int rows = 0;
    m_columns.clear();
    for (Marker &m : m_markers) {
        m.x = axis->coordToPixel(m.time);
        if (m_columns.isEmpty() || std::round(m.x) != m_columns.last())
            m_columns.append(std::round(m.x));
        m.row = -1;
        // A row already ends right of this stem: a label cannot start here in any row.
        if (*std::min_element(rowEnd.cbegin(), rowEnd.cend()) + kGap > m.x)
            continue;
        if (m.width < 0)
            m.width = metrics.horizontalAdvance(m.text);
        const double extra = kStemGap + kPad;
        const double roomRight = rightEnd - m.x - extra;
        const double roomLeft = m.x - leftEnd - extra;
        m.leftOfStem = m.width > roomRight && roomLeft > roomRight;
        const double room = m.leftOfStem ? roomLeft : roomRight;
        const double width = std::min(m.width, room);
        if (width < metrics.horizontalAdvance(QStringLiteral("MMM")))
            continue; // no room for a word
        const double left = m.leftOfStem ? m.x - width - extra : m.x;
        const double right = m.leftOfStem ? m.x : m.x + width + extra;
        for (int r = 0; r < maxRows; ++r) {
            if (rowEnd[r] + kGap <= left) {
                rowEnd[r] = right;
                m.row = r;
                rows = std::max(rows, r + 1);
                m.shown = width < m.width ? elideName(m.text, metrics, width) : m.text;
                break;
            }
        }
    }
    if (!m_markers.isEmpty())
        rows = std::max(rows, 1); // the ticks need the band too
    const int band = rows ? int(rows * h + 6) : 0;
    const bool changed = top->minimumMargins().top() != band;
    if (changed)
        m_rects.first()->setMinimumMargins(QMargins(0, band, 0, 0));
    m_rows = rows;
    m_rectTop = top->rect().top();
    for (Marker &m : m_markers) {
        if (m.row < 0) {
            m.rect = QRectF();
            continue;
        }
        const double y = m_rectTop - 3 - (m.row + 0.5) * h;
        const double width = metrics.horizontalAdvance(m.shown) + kStemGap + kPad;
        m.rect = m.leftOfStem ? QRectF(m.x - width, y - h / 2 + 2, width, h - 4)
                              : QRectF(m.x, y - h / 2 + 2, width, h - 4);
    }
    return changed;
}

void EventMarkers::paintLines(QCPPainter *painter) const
{
    if (m_columns.isEmpty())
        return;
    // Whole-pixel widths keep Qt's fast cosmetic stroker.
    painter->setPen(QPen(m_theme.muted(), std::max(1.0, std::round(1.2 * m_theme.lineScale())), Qt::DashLine));
    for (const QCPAxisRect *rect : m_rects) {
        if (!rect->visible() || !rect->layout())
            continue;
        const QRect r = rect->rect();
        for (double x : m_columns)
            if (x >= r.left() && x <= r.right())
                painter->drawLine(QLineF(x, r.top(), x, r.bottom()));
    }
}

void EventMarkers::paintLabels(QCPPainter *painter) const
{
    if (m_markers.isEmpty())
        return;
    const double h = lineHeight();
    painter->setPen(QPen(m_theme.muted(), 1.2 * m_theme.lineScale()));
    // The ticks: one short stem per pixel column.
    double last = -1e300;
    for (const Marker &m : m_markers) {
        if (m.row >= 0 || std::round(m.x) == last)
            continue;
        last = std::round(m.x);
        painter->drawLine(QLineF(m.x, m_rectTop - h / 2, m.x, m_rectTop));
    }
    for (const Marker &m : m_markers)
        if (m.row >= 0)
            painter->drawLine(QLineF(m.x, m.rect.top(), m.x, m_rectTop));
    painter->setFont(font());
    painter->setPen(m_theme.foreground());
    for (const Marker &m : m_markers) {
        if (m.row < 0)
            continue;
        const QRectF text = m.rect.adjusted(m.leftOfStem ? kPad : kStemGap, 0, m.leftOfStem ? -kStemGap : -kPad, 0);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, m.shown);
    }
}

} // namespace powerfield
