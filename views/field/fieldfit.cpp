// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldfit.h"

#include "fieldscene.h"
#include "optionnode.h"
#include "partynode.h"

#include <QRectF>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {

constexpr double kMinScale = 0.005;
constexpr double kMaxScale = 8.0;
constexpr double kLargestNode = 0.12; // the biggest node's radius, at most this share of the shorter side
constexpr int kSearchSteps = 12;     // bisections in a large field (its size is monotonic in the scale)
constexpr int kRefineSteps = 4;      // after the scan down in a small one
constexpr double kScanStep = 0.9;
constexpr int kScanLimit = 150;      // parties: above this, bisect (names do not move around there)

// The drawing (scene units) with the names placed for scale `s`.
QRectF drawnAt(FieldScene &scene, double s)
{
    scene.setPixelScale(1.0 / s);
    return scene.drawingRect();
}

bool fitsIn(const QRectF &drawn, double s, QSizeF room)
{
    return drawn.width() * s <= room.width() && drawn.height() * s <= room.height();
}

// The largest scale up to `cap` at which the drawing fits in `room`, or 0 when none does. Names
// keep their pixels and move around as the nodes spread, so the drawing's size is not quite
// monotonic in the scale: step down from the estimate until it fits, then refine upward.
double largestScale(FieldScene &scene, QSizeF room, double cap, bool monotonic)
{
    if (room.width() <= 1 || room.height() <= 1)
        return 0.0;
    const QRectF atCap = drawnAt(scene, cap);
    if (atCap.isEmpty() || fitsIn(atCap, cap, room))
        return cap;
    // Everything scaled alike would fit here; names that keep their size make it less.
    double hi = cap * std::min(room.width() / (atCap.width() * cap), room.height() / (atCap.height() * cap));
    double lo = 0.0;
    if (monotonic) {
        lo = kMinScale;
        if (!fitsIn(drawnAt(scene, lo), lo, room))
            return 0.0;
    } else {
        for (double s = hi; s >= kMinScale; s *= kScanStep) {
            if (fitsIn(drawnAt(scene, s), s, room)) {
                lo = s;
                break;
            }
            hi = s;
        }
        if (lo <= 0.0)
            return 0.0; // the names alone need more room than there is
        if (lo == hi)
            return lo;
    }
    for (int i = 0; i < (monotonic ? kSearchSteps : kRefineSteps); ++i) {
        const double mid = std::sqrt(lo * hi);
        (fitsIn(drawnAt(scene, mid), mid, room) ? lo : hi) = mid;
    }
    return lo;
}

// What a legend must not cover, in scene units: outlines, satellites and names.
QVector<QRectF> drawnItems(const FieldScene &scene)
{
    QVector<QRectF> rects;
    for (const QString &id : scene.visibleParties()) {
        const PartyNode *node = scene.node(id);
        rects << node->drawingRect().translated(node->pos());
    }
    for (const OutsideOption &o : scene.document()->state().options)
        if (const OptionNode *option = scene.option(o.id); option && option->isVisible())
            rects << option->drawingRect().translated(option->pos());
    return rects;
}

QRectF cornerRect(FieldCorner corner, QSizeF area, QSizeF box, double margin)
{
    const bool left = corner == FieldCorner::BottomLeft || corner == FieldCorner::TopLeft;
    const bool top = corner == FieldCorner::TopLeft || corner == FieldCorner::TopRight;
    const double x = left ? margin / 2 : area.width() - margin / 2 - box.width();
    const double y = top ? margin / 2 : area.height() - margin / 2 - box.height();
    return QRectF(QPointF(x, y), box);
}

} // namespace

FieldFit fitField(FieldScene &scene, QSizeF area, double margin, QSizeF legend)
{
    double largest = 0.0;
    for (const QString &id : scene.visibleParties())
        largest = std::max(largest, scene.node(id)->naturalRadius());
    const double shorter = std::min(area.width(), area.height());
    const double cap = largest > 0 ? std::clamp(kLargestNode * shorter / largest, kMinScale, kMaxScale) : 1.0;
    const QSizeF room(area.width() - 2 * margin, area.height() - 2 * margin);
    const bool monotonic = scene.visibleParties().size() > kScanLimit;

    FieldFit fit;
    fit.scale = std::max(largestScale(scene, room, cap, monotonic), kMinScale);
    fit.centre = drawnAt(scene, fit.scale).center();
    if (legend.isEmpty())
        return fit;

    // A corner the fitted field leaves empty takes the legend.
    const auto toArea = [&](const QRectF &r, const FieldFit &f) {
        const QPointF c(area.width() / 2, area.height() / 2);
        return QRectF(c + (r.topLeft() - f.centre) * f.scale, r.size() * f.scale);
    };
    const QVector<QRectF> items = drawnItems(scene);
    for (FieldCorner corner : {FieldCorner::BottomLeft, FieldCorner::BottomRight, FieldCorner::TopLeft,
                               FieldCorner::TopRight}) {
        const QRectF box = cornerRect(corner, area, legend, margin).adjusted(-4, -4, 4, 4);
        if (std::none_of(items.cbegin(), items.cend(), [&](const QRectF &r) { return box.intersects(toArea(r, fit)); })) {
            fit.corner = corner;
            return fit;
        }
    }
    // Otherwise the field moves beside the legend or above it, whichever shows it larger.
    const double besideWidth = room.width() - legend.width() - margin / 2;
    const double aboveHeight = room.height() - legend.height() - margin / 2;
    const double beside = besideWidth > room.width() / 3
                              ? largestScale(scene, QSizeF(besideWidth, room.height()), cap, monotonic) : 0.0;
    const double above = aboveHeight > room.height() / 3
                             ? largestScale(scene, QSizeF(room.width(), aboveHeight), cap, monotonic) : 0.0;
    if (beside <= 0 && above <= 0) { // no room for both: the field as fitted, the legend in a corner
        drawnAt(scene, fit.scale);
        fit.legendFits = false;
        return fit;
    }
    fit.corner = FieldCorner::BottomLeft;
    fit.scale = std::max(beside, above);
    fit.centre = drawnAt(scene, fit.scale).center();
    // Shift the drawing's centre to the middle of the part of the area the legend leaves.
    if (beside >= above)
        fit.centre -= QPointF((legend.width() + margin / 2) / 2 / fit.scale, 0.0);
    else
        fit.centre += QPointF(0.0, (legend.height() + margin / 2) / 2 / fit.scale);
    return fit;
}

} // namespace powerfield
