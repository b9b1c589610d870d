// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPointF>

#include <array>

class QPainter;
class QPen;

namespace powerfield {

// A balanced link's dotted line: round dots one pen width across, their centres two widths apart,
// the first at the line's start (what dottedPen() strokes).
//
// Stroking such a pen on a raster device rasterises every dot as a curved shape of its own, which
// cost a 20-party field two thirds of its repaint. Here each dot is a copy of one small picture,
// drawn once per colour, size and quarter-pixel offset: the copies look as the stroke does, at a
// fortieth of the cost. Other devices (SVG, PDF) get the pen, so that the dots stay shapes.
class DottedLine
{
public:
    void draw(QPainter &painter, QPointF from, QPointF to, const QColor &color, double width);

private:
    // One dot of `pixels` device pixels across, its centre at `offset` quarters of a pixel right
    // of and below the middle pixel's corner of the picture.
    const QImage &dot(QRgb color, int quarterPixels, int offsetX, int offsetY, double ratio);

    using Offsets = std::array<QImage, 16>; // 4 x 4 quarter-pixel offsets, drawn when first asked for
    QHash<quint64, Offsets> m_dots;
    double m_ratio = 0.0;
};

// The pen that strokes the same dots (vector devices, the legend).
QPen dottedPen(const QColor &color, double width);

} // namespace powerfield
