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
        // Along the long axis one pixel per column (or row) whose centre the line spans; across
        // it, the pixel the line passes through at that centre. The pixels depend on the line,
        // not on where it is cut: a part of the image, or the line slid along itself (a node
        // grew, and only the ends are repainted), gets the same pixels.
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        const bool alongX = std::abs(dx) >= std::abs(dy);
        const double u0 = alongX ? a.x() : a.y(), u1 = alongX ? b.x() : b.y();
        const double v0 = alongX ? a.y() : a.x();
        const double slope = u1 != u0 ? (alongX ? dy / dx : dx / dy) : 0.0;
        const qint64 uLimit = alongX ? width : height, vLimit = alongX ? height : width;
        qint64 first = qint64(std::ceil(std::min(u0, u1) - 0.5));
        qint64 last = qint64(std::floor(std::max(u0, u1) - 0.5));
        if (first > last) { // spanning no pixel's centre: the pixel of its first end
            const int px = int(std::floor(a.x())), py = int(std::floor(a.y()));
            if (px >= 0 && py >= 0 && px < width && py < height) {
                quint32 &at = reinterpret_cast<quint32 *>(bits + qsizetype(py) * stride)[px];
                at = keepGreater ? std::max(at, pixel) : pixel;
            }
            continue;
        }
        first = std::max<qint64>(first, 0);
        last = std::min<qint64>(last, uLimit - 1);
        if (first > last)
            continue;
        // In 32.32 fixed point: integer steps from the first column shown.
        constexpr double kOne = 4294967296.0;
        const qint64 step = qint64(std::llround(slope * kOne));
        qint64 v = qint64(std::llround((v0 + (double(first) + 0.5 - u0) * slope) * kOne));
        for (qint64 u = first; u <= last; ++u, v += step) {
            const qint64 pv = v >> 32; // arithmetic shift: the floor
            if (quint64(pv) < quint64(vLimit)) {
                const qint64 px = alongX ? u : pv, py = alongX ? pv : u;
                quint32 &at = reinterpret_cast<quint32 *>(bits + qsizetype(py) * stride)[px];
                at = keepGreater ? std::max(at, pixel) : pixel;
            }
        }
    }
}

} // namespace powerfield
