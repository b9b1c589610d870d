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

// The drawing (scene units) with the names placed for a scale, remembered for the fit's tries:
// in a large field placing the names at one scale costs tens of milliseconds, and the fit asks
// for the same scales again (the cap, the one found, the searches beside and above a legend).
class Probe
{
public:
    explicit Probe(FieldScene &scene) : m_scene(scene) {}
    QRectF drawnAt(double s) { return m_scene.drawingRectAt(s); }
    // The scene left at `s` (the last try may have been another scale).
    void settle(double s) { m_scene.setPixelScale(1.0 / s); }

private:
    FieldScene &m_scene;
};

bool fitsIn(const QRectF &drawn, double s, QSizeF room)
{
    return drawn.width() * s <= room.width() && drawn.height() * s <= room.height();
}

// How much of `room` the drawing at scale `s` takes, minus one: <= 0 when it fits.
double overflow(const QRectF &drawn, double s, QSizeF room)
{
    return std::max(drawn.width() * s / room.width(), drawn.height() * s / room.height()) - 1.0;
}

// In a large field the drawing's size on screen grows with the scale almost linearly (the
// nodes' distances scale, the names and the nodes' floors keep their pixels): a secant search
// (Illinois' variant of regula falsi) finds the largest scale that fits in a few tries, where
// bisecting needs a dozen. The bracket [lo, hi] always has lo fitting and hi not.
double secantScale(Probe &probe, QSizeF room, double lo, double fLo, double hi, double fHi)
{
    constexpr double kPrecision = 1e-3; // relative: a thousandth of the scale
    int side = 0;
    // Done when the bracket is that narrow, or the drawing fills the room to that much.
    for (int i = 0; i < 2 * kSearchSteps && hi - lo > kPrecision * lo && fLo < -kPrecision; ++i) {
        double mid = (lo * fHi - hi * fLo) / (fHi - fLo);
        if (!(mid > lo && mid < hi))
            mid = std::sqrt(lo * hi);
        // Lean slightly to the fitting side, so that the root is bracketed closely from below.
        mid = std::max(lo, mid * (1.0 - kPrecision / 4));
        if (mid <= lo)
            mid = std::sqrt(lo * hi);
        const double f = overflow(probe.drawnAt(mid), mid, room);
        if (f <= 0) {
            lo = mid;
            fLo = f;
            if (side == -1)
                fHi /= 2;
            side = -1;
        } else {
            hi = mid;
            fHi = f;
            if (side == 1)
                fLo /= 2;
            side = 1;
        }
    }
    return lo;
}

// The largest scale up to `cap` at which the drawing fits in `room`, or 0 when none does. Names
// keep their pixels and move around as the nodes spread, so the drawing's size is not quite
// monotonic in the scale: step down from the estimate until it fits, then refine upward.
double largestScale(Probe &probe, QSizeF room, double cap, bool monotonic)
{
    if (room.width() <= 1 || room.height() <= 1)
        return 0.0;
    const QRectF atCap = probe.drawnAt(cap);
    if (atCap.isEmpty() || fitsIn(atCap, cap, room))
        return cap;
    // Everything scaled alike would fit here; names that keep their size make it less.
    double hi = cap * std::min(room.width() / (atCap.width() * cap), room.height() / (atCap.height() * cap));
    double lo = 0.0;
    if (monotonic) {
        double fCap = overflow(atCap, cap, room);
        double fHi = overflow(probe.drawnAt(hi), hi, room);
        if (fHi <= 0)
            return secantScale(probe, room, hi, fHi, cap, fCap);
        // Both too large: the line through them says where the drawing just fits (a little
        // below, since the overflow is convex); a try there, slightly smaller, usually fits.
        for (int i = 0; i < 3 && fHi < fCap; ++i) {
            const double guess = (hi - fHi * (hi - cap) / (fHi - fCap)) * (1.0 - 5e-4);
            if (!(guess > kMinScale && guess < hi))
                break;
            const double f = overflow(probe.drawnAt(guess), guess, room);
            if (f <= 0)
                return secantScale(probe, room, guess, f, hi, fHi);
            cap = hi;
            fCap = fHi;
            hi = guess;
            fHi = f;
        }
        const double fLo = overflow(probe.drawnAt(kMinScale), kMinScale, room);
        if (fLo > 0)
            return 0.0;
        return secantScale(probe, room, kMinScale, fLo, hi, fHi);
    }
    for (double s = hi; s >= kMinScale; s *= kScanStep) {
        if (fitsIn(probe.drawnAt(s), s, room)) {
            lo = s;
            break;
        }
        hi = s;
    }
    if (lo <= 0.0)
        return 0.0; // the names alone need more room than there is
    if (lo == hi)
        return lo;
    for (int i = 0; i < kRefineSteps; ++i) {
        const double mid = std::sqrt(lo * hi);
        (fitsIn(probe.drawnAt(mid), mid, room) ? lo : hi) = mid;
    }
    return lo;
}

// The scale at which the parties' nodes alone take most of `room` (names and satellites left
// some of the rest): for a field whose names need more room than there is.
double nodesScale(const FieldScene &scene, QSizeF room, double cap)
{
    constexpr double kNodesShare = 0.8;
    QRectF nodes;
    for (const QString &id : scene.visibleParties()) {
        const PartyNode *node = scene.node(id);
        const double r = node->naturalRadius();
        nodes |= QRectF(node->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r));
    }
    if (nodes.width() <= 0 || nodes.height() <= 0)
        return kMinScale;
    return std::clamp(kNodesShare * std::min(room.width() / nodes.width(), room.height() / nodes.height()),
                      kMinScale, cap);
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

FieldFit fitField(FieldScene &scene, QSizeF area, double margin, QSizeF legend, NamesOverflow whenOver)
{
    double largest = 0.0;
    for (const QString &id : scene.visibleParties())
        largest = std::max(largest, scene.node(id)->naturalRadius());
    const double shorter = std::min(area.width(), area.height());
    const double cap = largest > 0 ? std::clamp(kLargestNode * shorter / largest, kMinScale, kMaxScale) : 1.0;
    const QSizeF room(area.width() - 2 * margin, area.height() - 2 * margin);
    const bool monotonic = scene.visibleParties().size() > kScanLimit;

    Probe probe(scene);
    FieldFit fit;
    const double fitting = largestScale(probe, room, cap, monotonic);
    const bool spread = fitting <= 0 && whenOver == NamesOverflow::SpreadNodes;
    fit.scale = std::max(spread ? nodesScale(scene, room, cap) : fitting, kMinScale);
    fit.centre = probe.drawnAt(fit.scale).center();
    if (legend.isEmpty()) {
        probe.settle(fit.scale);
        return fit;
    }

    // A corner the fitted field leaves empty takes the legend.
    const auto toArea = [&](const QRectF &r, const FieldFit &f) {
        const QPointF c(area.width() / 2, area.height() / 2);
        return QRectF(c + (r.topLeft() - f.centre) * f.scale, r.size() * f.scale);
    };
    probe.settle(fit.scale);
    const QVector<QRectF> items = drawnItems(scene);
    for (FieldCorner corner : {FieldCorner::BottomLeft, FieldCorner::BottomRight, FieldCorner::TopLeft,
                               FieldCorner::TopRight}) {
        const QRectF box = cornerRect(corner, area, legend, margin).adjusted(-4, -4, 4, 4);
        if (std::none_of(items.cbegin(), items.cend(), [&](const QRectF &r) { return box.intersects(toArea(r, fit)); })) {
            fit.corner = corner;
            probe.settle(fit.scale);
            return fit;
        }
    }
    // Otherwise the field moves beside the legend or above it, whichever shows it larger.
    const double besideWidth = room.width() - legend.width() - margin / 2;
    const double aboveHeight = room.height() - legend.height() - margin / 2;
    const double beside = besideWidth > room.width() / 3
                              ? largestScale(probe, QSizeF(besideWidth, room.height()), cap, monotonic) : 0.0;
    const double above = aboveHeight > room.height() / 3
                             ? largestScale(probe, QSizeF(room.width(), aboveHeight), cap, monotonic) : 0.0;
    if (beside <= 0 && above <= 0) { // no room for both: the field as fitted, the legend in a corner
        probe.settle(fit.scale);
        fit.legendFits = false;
        return fit;
    }
    fit.corner = FieldCorner::BottomLeft;
    fit.scale = std::max(beside, above);
    fit.centre = probe.drawnAt(fit.scale).center();
    probe.settle(fit.scale);
    // Shift the drawing's centre to the middle of the part of the area the legend leaves.
    if (beside >= above)
        fit.centre -= QPointF((legend.width() + margin / 2) / 2 / fit.scale, 0.0);
    else
        fit.centre += QPointF(0.0, (legend.height() + margin / 2) / 2 / fit.scale);
    return fit;
}

} // namespace powerfield
