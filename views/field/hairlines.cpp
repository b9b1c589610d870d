// SPDX-License-Identifier: GPL-3.0-or-later
#include "hairlines.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {

constexpr double kFar = 1 << 24; // pixels

// Liang-Barsky: shortens the segment to [lo, hi) on both axes; false when nothing is left.
bool clip(double &x0, double &y0, double &x1, double &y1, double hiX, double hiY)
{
    double t0 = 0.0, t1 = 1.0;
    const double dx = x1 - x0, dy = y1 - y0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x0, hiX - x0, y0, hiY - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const double sx = x0, sy = y0;
    x0 = sx + t0 * dx;
    y0 = sy + t0 * dy;
    x1 = sx + t1 * dx;
    y1 = sy + t1 * dy;
    return true;
}

} // namespace

void drawHairlines(QImage &image, const QTransform &toPixels, const QVector<QLineF> &lines, QRgb color,
                   bool keepGreater)
{
    Q_ASSERT(image.format() == QImage::Format_ARGB32_Premultiplied || image.format() == QImage::Format_RGB32);
    const int width = image.width(), height = image.height();
    if (width <= 0 || height <= 0)
        return;
    const quint32 pixel = qPremultiply(color);
    uchar *bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    // Pixel (x, y) covers [x, x + 1) x [y, y + 1): a point belongs to the pixel it falls in.
    const double hiX = width - 1e-6, hiY = height - 1e-6;
    for (const QLineF &line : lines) {
        QPointF a = toPixels.map(line.p1());
        QPointF b = toPixels.map(line.p2());
        if (!std::isfinite(a.x()) || !std::isfinite(a.y()) || !std::isfinite(b.x()) || !std::isfinite(b.y()))
            continue;
        // Far ends first cut to a fixed square (whatever the image's size, so still the same
        // pixels), within which the fixed-point steps below cannot overflow.
        if (std::max({std::abs(a.x()), std::abs(a.y()), std::abs(b.x()), std::abs(b.y())}) > kFar) {
            double ax = a.x() + kFar, ay = a.y() + kFar, bx = b.x() + kFar, by = b.y() + kFar;
            if (!clip(ax, ay, bx, by, 2 * kFar, 2 * kFar))
                continue;
            a = QPointF(ax - kFar, ay - kFar);
            b = QPointF(bx - kFar, by - kFar);
        }
        // The steps are those of the whole line (from its own first end), so clipping only
        // chooses which of its pixels are written.
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        const double steps = std::ceil(std::max(std::abs(dx), std::abs(dy)));
        double x0 = a.x(), y0 = a.y(), x1 = b.x(), y1 = b.y();
        if (!clip(x0, y0, x1, y1, hiX, hiY))
            continue;
        if (steps < 1.0) {
            const int px = int(std::floor(a.x())), py = int(std::floor(a.y()));
            if (px >= 0 && py >= 0 && px < width && py < height) {
                quint32 &at = reinterpret_cast<quint32 *>(bits + qsizetype(py) * stride)[px];
                at = keepGreater ? std::max(at, pixel) : pixel;
            }
            continue;
        }
        const double ix = dx / steps, iy = dy / steps;
        // The steps of the whole line that fall inside, give or take one (the bounds test below
        // decides those).
        const bool alongX = std::abs(dx) >= std::abs(dy);
        const double from = alongX ? (x0 - a.x()) / ix : (y0 - a.y()) / iy;
        const double to = alongX ? (x1 - a.x()) / ix : (y1 - a.y()) / iy;
        const qint64 first = std::max<qint64>(0, qint64(std::floor(std::min(from, to))) - 1);
        const qint64 last = std::min<qint64>(qint64(steps), qint64(std::ceil(std::max(from, to))) + 1);
        // In 32.32 fixed point from the line's first end: integer steps, the same at any cut.
        constexpr double kOne = 4294967296.0;
        const qint64 stepX = qint64(std::llround(ix * kOne)), stepY = qint64(std::llround(iy * kOne));
        qint64 x = qint64(std::llround(a.x() * kOne)) + first * stepX;
        qint64 y = qint64(std::llround(a.y() * kOne)) + first * stepY;
        for (qint64 k = first; k <= last; ++k, x += stepX, y += stepY) {
            const qint64 px = x >> 32, py = y >> 32; // arithmetic shift: the floor
            if (quint64(px) < quint64(width) && quint64(py) < quint64(height)) {
                quint32 &at = reinterpret_cast<quint32 *>(bits + qsizetype(py) * stride)[px];
                at = keepGreater ? std::max(at, pixel) : pixel;
            }
        }
    }
}

} // namespace powerfield
