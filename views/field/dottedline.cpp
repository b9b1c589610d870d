// SPDX-License-Identifier: GPL-3.0-or-later
#include "dottedline.h"

#include "fieldstyle.h"

#include <QPainter>
#include <QPen>

#include <cmath>

namespace powerfield {

namespace {

constexpr double kPeriod = 2.0;      // dot centres apart, in pen widths
constexpr double kDotDash = 0.01;    // the stroked dash inside a dot, in pen widths
constexpr int kLargestQuarters = 256; // dots wider than 64 device pixels are few: stroked
constexpr int kKeptSizes = 512;       // colours and sizes kept before the pictures are dropped

// The middle pixel of a dot's picture: room for the radius and a quarter pixel of offset.
int middle(int quarterPixels)
{
    return (quarterPixels + 7) / 8 + 2;
}

} // namespace

QPen dottedPen(const QColor &color, double width)
{
    QPen pen(color, width, Qt::SolidLine, Qt::RoundCap);
    // A dash of (almost) no length with round caps is a dot one width across; some SVG readers
    // refuse a length of zero.
    pen.setDashPattern({kDotDash, kPeriod - kDotDash});
    return pen;
}

const QImage &DottedLine::dot(QRgb color, int quarterPixels, int offsetX, int offsetY, double ratio)
{
    if (ratio != m_ratio || m_dots.size() > kKeptSizes) {
        m_dots.clear();
        m_ratio = ratio;
    }
    Offsets &offsets = m_dots[(quint64(color) << 32) | quint32(quarterPixels)];
    QImage &image = offsets[offsetY * 4 + offsetX];
    if (image.isNull()) {
        const int mid = middle(quarterPixels);
        image = QImage(2 * mid + 1, 2 * mid + 1, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor::fromRgba(color));
        const double radius = quarterPixels / 8.0;
        p.drawEllipse(QPointF(mid + offsetX / 4.0, mid + offsetY / 4.0), radius, radius);
        p.end();
        image.setDevicePixelRatio(ratio);
    }
    return image;
}

void DottedLine::draw(QPainter &painter, QPointF from, QPointF to, const QColor &color, double width)
{
    const QLineF line(from, to);
    const double length = line.length();
    if (length <= 0.0 || width <= 0.0)
        return;
    const QTransform world = painter.worldTransform();
    const bool raster = fieldstyle::isRaster(painter);
    const double ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const int quarters = int(std::lround(width * world.m11() * ratio * 4.0));
    if (!raster || world.type() > QTransform::TxScale || world.m11() != world.m22() || quarters < 1
        || quarters > kLargestQuarters) {
        painter.setPen(dottedPen(color, width));
        painter.drawLine(line);
        return;
    }
    const QRgb rgba = color.rgba();
    const int mid = middle(quarters);
    const QPointF step = (to - from) / length * (kPeriod * width);
    const int count = int(std::floor(length / (kPeriod * width))) + 1;
    painter.save();
    painter.resetTransform();
    for (int i = 0; i < count; ++i) {
        // Whole pixels place the picture, quarters pick it.
        const fieldstyle::QuarterPixel at = fieldstyle::quarterPixel(world.map(from + step * i) * ratio);
        const QImage &image = dot(rgba, quarters, at.right, at.down, ratio);
        painter.drawImage(QPointF((at.x - mid) / ratio, (at.y - mid) / ratio), image);
    }
    painter.restore();
}

} // namespace powerfield
