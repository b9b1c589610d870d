// SPDX-License-Identifier: GPL-3.0-or-later
// LinkLayer's drawing of many thin links: the stroker and one call per link cost most of a frame
// at a thousand parties, so links go out in batches of one colour and one width in pixels
// (cosmetic pens, one or two pixels), and arrowheads as one filled path per colour.
#include "linklayer.h"

#include "fieldscene.h"
#include "fieldstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>

namespace powerfield {

namespace {

constexpr double kThickPixels = 3.0; // links at least this wide on screen are drawn two pixels wide

using BatchKey = std::pair<QRgb, int>; // colour, width in pixels

} // namespace

void LinkLayer::paintBatched(QPainter &painter, const Exposed &exposed, double detail) const
{
    const double scale = fieldScene()->theme().lineScale();
    // Batches in the order of their keys: a repaint of a part draws crossings as the whole would.
    std::map<BatchKey, QVector<QLineF>> lines;
    std::map<QRgb, QPainterPath> heads;
    FieldLink widest;
    widest.width = m_widest;
    const double margin = std::max(20.0, endMargin(widest));
    for (const FieldLink &l : m_links) {
        if (!exposed.hits(l, margin))
            continue;
        const QPointF span = l.end - l.start;
        const double d = std::hypot(span.x(), span.y());
        if (d <= 0)
            continue;
        const double width = l.shownWidth * scale;
        // Two widths are enough to tell strong ties from weak ones in an overview; zoomed in,
        // each link is drawn at its own width again.
        const int pixels = width * detail >= kThickPixels ? 2 : 1;
        QPointF from = l.start;
        QPointF to = l.end;
        const QString stronger = l.stronger();
        if (!stronger.isEmpty()) { // the same head as paintLink draws
            const QPointF dir = span / d;
            const bool towardA = stronger == l.a;
            const QPointF tip = towardA ? l.start : l.end;
            const QPointF back = towardA ? dir : -dir;
            const double arrowLength = std::min(d * 0.5, 12.0 * scale + 1.5 * width);
            const QPointF base = tip + back * arrowLength;
            const QPointF normal(-back.y(), back.x());
            const double half = 7.0 * scale + 0.9 * width;
            (towardA ? from : to) = base;
            heads[l.color.rgba()].addPolygon(QPolygonF({tip, base + normal * half, base - normal * half}));
        }
        lines[{l.color.rgba(), pixels}].append(QLineF(from, to));
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const auto &[key, batch] : lines) {
        QPen pen(QColor::fromRgba(key.first), key.second, Qt::SolidLine, Qt::FlatCap);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawLines(batch);
    }
    painter.setPen(Qt::NoPen);
    for (const auto &[color, path] : heads) {
        painter.setBrush(QColor::fromRgba(color));
        painter.drawPath(path);
    }
    painter.restore();
}

} // namespace powerfield
