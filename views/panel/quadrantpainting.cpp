// SPDX-License-Identifier: GPL-3.0-or-later
// The Thibaut-Kelley quadrant chart and wrapped text, painted for screen and export alike.
#include "panelpainting.h"

#include "explain.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace powerfield::panelpainting {

namespace {

// The translation context of these sentences, spelt so that lupdate finds it.
struct QuadrantChart
{
    Q_DECLARE_TR_FUNCTIONS(QuadrantChart)
};

using core::Quadrant;

struct Cell
{
    Quadrant quadrant;
    int column; // 0 left (outcome below CLalt), 1 right
    int row;    // 0 top (outcome above CL), 1 bottom
};

constexpr Cell kCells[] = {{Quadrant::SatisfiedUnstable, 0, 0}, {Quadrant::SatisfiedStable, 1, 0},
                           {Quadrant::UnsatisfiedUnstable, 0, 1}, {Quadrant::Trapped, 1, 1}};

} // namespace

void paintQuadrantChart(QPainter &p, const QRectF &area, const Theme &theme, const QuadrantData &d,
                        double textPixels)
{
    const auto font = [&](double fromArea, bool bold) {
        if (textPixels <= 0.0)
            return pixelFont(theme, fromArea, bold);
        QFont f = theme.font(10, bold);
        f.setPixelSize(std::max(6, int(std::lround(textPixels * (bold ? 1.0 : 0.92)))));
        return f;
    };
    p.save();
    const double u = std::min(area.width(), area.height()) / 14.0;
    const double titleHeight = u * 1.8, axisHeight = u * 1.4;
    p.setFont(font(std::max(9.0, u * 0.95), true));
    p.setPen(theme.foreground());
    const QString title = d.valid ? QuadrantChart::tr("%1: %2").arg(d.name, explain::quadrantLabel(d.side.quadrant)) : d.name;
    p.save();
    if (textPixels <= 0.0) // on screen the type stays legible: a long title is elided instead
        fitFont(p, title, area.width(), theme.minTextPixels);
    p.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(title, Qt::ElideRight, int(area.width())));
    p.restore();
    const double side = std::min(area.width() - axisHeight, area.height() - titleHeight - axisHeight);
    const QRectF grid(area.left() + axisHeight, area.top() + titleHeight, side, side);
    p.setFont(font(std::max(8.0, u * 0.75), false));
    const bool hasDot = d.valid && d.side.quadrant != Quadrant::Indifferent;
    const QPointF dot(grid.center().x() + std::clamp(d.side.outcome - d.side.alternative, -1.0, 1.0) * side / 2,
                      grid.center().y() - std::clamp(d.side.satisfaction, -1.0, 1.0) * side / 2);
    const double radius = u * 0.55;
    const QRectF dotBox(dot.x() - radius, dot.y() - radius, 2 * radius, 2 * radius);
    for (const Cell &c : kCells) {
        const QRectF cell(grid.left() + c.column * side / 2, grid.top() + c.row * side / 2, side / 2, side / 2);
        const bool current = d.valid && d.side.quadrant == c.quadrant;
        QColor fill = d.color;
        fill.setAlpha(current ? 70 : 0);
        p.setPen(QPen(theme.muted(), 1.0 * theme.lineScale()));
        p.setBrush(fill);
        p.drawRect(cell);
        p.setPen(current ? theme.foreground() : theme.muted());
        // The label gives way to the dot: it moves to the cell's other half rather than hide.
        const QRectF inner = cell.adjusted(3, 3, -3, -3);
        const QString label = explain::quadrantLabel(c.quadrant);
        int flags = Qt::AlignCenter | Qt::TextWordWrap;
        if (hasDot && p.boundingRect(inner, flags, label).intersects(dotBox))
            flags = Qt::AlignHCenter | Qt::TextWordWrap | (dot.y() > cell.center().y() ? Qt::AlignTop : Qt::AlignBottom);
        p.drawText(inner, flags, label);
    }
    // Axis captions.
    p.setPen(theme.muted());
    p.drawText(QRectF(grid.left(), grid.bottom(), side, axisHeight), Qt::AlignCenter,
               QuadrantChart::tr("outcome against CLalt \u2192"));
    p.save();
    p.translate(area.left(), grid.bottom());
    p.rotate(-90);
    p.drawText(QRectF(0, 0, side, axisHeight), Qt::AlignCenter, QuadrantChart::tr("outcome against CL \u2192"));
    p.restore();
    if (hasDot) {
        p.setPen(QPen(theme.foreground(), 1.5 * theme.lineScale()));
        p.setBrush(d.color);
        p.drawEllipse(dot, radius, radius);
    }
    p.restore();
}

double paintParagraphs(QPainter &p, const QRectF &area, const Theme &theme,
                       const QStringList &paragraphs, double pixels)
{
    p.save();
    p.setFont(pixelFont(theme, pixels));
    p.setPen(theme.foreground());
    double y = area.top();
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    for (const QString &text : paragraphs) {
        if (text.isEmpty())
            continue;
        // Whole paragraphs only: a sentence cut at its second line reads as a mistake.
        const QRectF box(area.left(), y, area.width(), 1e6);
        const QRectF used = p.boundingRect(box, flags, text);
        if (used.bottom() > area.bottom() + 0.5)
            break;
        p.drawText(box, flags, text);
        y += used.height() + pixels * 0.5;
    }
    p.restore();
    return y - area.top();
}

} // namespace powerfield::panelpainting
