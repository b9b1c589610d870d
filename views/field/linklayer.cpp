// SPDX-License-Identifier: GPL-3.0-or-later
#include "linklayer.h"

#include "document.h"
#include "fieldscene.h"
#include "fieldstyle.h"
#include "hairlines.h"
#include "numberformat.h"
#include "partynode.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QThread>

#include <algorithm>
#include <thread>
#include <cmath>
#include <map>
#include <numeric>

namespace powerfield {

namespace {

std::pair<QString, QString> key(const QString &a, const QString &b)
{
    return a < b ? std::make_pair(a, b) : std::make_pair(b, a);
}

double length(QPointF v)
{
    return std::hypot(v.x(), v.y());
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double l2 = QPointF::dotProduct(ab, ab);
    const double t = l2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / l2, 0.0, 1.0) : 0.0;
    return length(p - (a + t * ab));
}

constexpr double kGhostThreshold = 0.5; // width change (scene units) worth a ghost
constexpr double kArrowFloor = 11.0;    // pixels: the shortest arrowhead on screen
constexpr double kLineFloor = 1.5;      // pixels: the thinnest link on screen
constexpr int kDashBudget = 400;
constexpr double kCoarsePixels = 2.0;   // a typical link thinner than this on screen: level of detail
constexpr double kBatchPixels = 6.0;    // with many links, a typical link thinner than this: batches
constexpr int kDirtyBudget = 1200;     // places to repaint after one change, before the whole layer is
constexpr int kMaxPieces = 24;         // pieces of a long link's repaint
constexpr double kPiecePixels = 24.0;  // the shortest piece, in pixels
constexpr int kLinesPerCore = 4000;     // hairlines worth drawing on a second core
constexpr int kHotLinks = 256;          // links that may change between two paints of a kept picture
constexpr double kWholeShare = 0.25;   // exposed bounds past this share of the view: every hairline
constexpr int kExposedRects = 8192;    // rectangles of a repaint region worth testing links against
constexpr int kGridRects = 256;        // past this many, links are tested against a grid of cells
constexpr int kGridCells = 128;        // cells along the longer side of that grid

// The part [t0, t1] of the segment from `p` to `q` inside `r`; false when none is
// (Liang-Barsky clipping).
bool clipToRect(QPointF p, QPointF q, const QRectF &r, double *from, double *to)
{
    double &t0 = *from;
    double &t1 = *to;
    const double dx = q.x() - p.x();
    const double dy = q.y() - p.y();
    const double edges[4][2] = {{-dx, p.x() - r.left()}, {dx, r.right() - p.x()},
                                {-dy, p.y() - r.top()}, {dy, r.bottom() - p.y()}};
    for (const auto &[step, room] : edges) {
        if (step == 0) {
            if (room < 0)
                return false;
            continue;
        }
        const double t = room / step;
        if (step < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

// Whether the segment from `p` to `q` passes through `r`.
bool segmentHits(QPointF p, QPointF q, const QRectF &r)
{
    double t0 = 0.0;
    double t1 = 1.0;
    return clipToRect(p, q, r, &t0, &t1);
}

} // namespace

QString FieldLink::stronger() const
{
    if (fieldstyle::isBalanced(imbalance()))
        return QString();
    return relativePowerA > 0 ? a : b;
}

LinkLayer::LinkLayer()
{
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // the exposed rectangle, to leave out links outside it
    setZValue(0);
}

FieldScene *LinkLayer::fieldScene() const
{
    return static_cast<FieldScene *>(scene());
}

const FieldLink *LinkLayer::link(const QString &a, const QString &b) const
{
    const int row = m_index.value(key(a, b), -1);
    return row < 0 ? nullptr : &m_links[row];
}

void LinkLayer::syncFromModel()
{
    const FieldScene *fs = fieldScene();
    const bool animated = fs->isAnimated();
    const Analysis &analysis = fs->document()->analysis();
    // Engine order sorted by party index: stable, cheap (no string sorting), and file order. The
    // engine keeps its order while no dyad comes or goes: the sort is kept with it.
    std::vector<const core::DyadResult *> engineOrder;
    std::vector<std::pair<int, int>> enginePairs;
    engineOrder.reserve(size_t(analysis.engine().dyadCount()));
    enginePairs.reserve(size_t(analysis.engine().dyadCount()));
    analysis.engine().forEachDyad([&](const core::DyadResult &d) {
        engineOrder.push_back(&d);
        enginePairs.emplace_back(d.a, d.b);
    });
    const bool sameDyads = enginePairs == m_enginePairs;
    if (!sameDyads) {
        m_sortedDyads.resize(enginePairs.size());
        std::iota(m_sortedDyads.begin(), m_sortedDyads.end(), 0);
        std::sort(m_sortedDyads.begin(), m_sortedDyads.end(),
                  [&](int x, int y) { return enginePairs[size_t(x)] < enginePairs[size_t(y)]; });
        m_enginePairs = std::move(enginePairs);
    }
    std::vector<const core::DyadResult *> dyads;
    dyads.reserve(engineOrder.size());
    for (int i : m_sortedDyads)
        dyads.push_back(engineOrder[size_t(i)]);
    // The nodes by the analysis' party index: one lookup per party, not two per link, and none
    // while neither the parties nor the scene's nodes changed (a slider's frame).
    const bool sameParties = analysis.partyIds() == m_partyIds; // shared lists compare at once
    if (!sameParties || m_nodesRevision != fs->nodesRevision()) {
        m_partyIds = analysis.partyIds();
        m_nodes.resize(m_partyIds.size());
        for (int i = 0; i < m_partyIds.size(); ++i)
            m_nodes[i] = fs->node(m_partyIds[i]);
        m_nodesRevision = fs->nodesRevision();
    }
    m_changed.clear();
    m_pairsChanged = false;
    if (sameParties && sameDyads && m_links.size() == qsizetype(dyads.size()))
        restyle(dyads, animated);
    else
        rebuild(dyads, sameParties, animated);
    updateGeometry();
}

// Sets what a dyad's results make of a link (all but its ids and ends), from the link as it was
// (`old`, null for a new link).
void LinkLayer::fill(FieldLink &l, const core::DyadResult &d, const FieldLink *old, bool animated) const
{
    l.dependenceA = d.sideA.dependence;
    l.dependenceB = d.sideB.dependence;
    l.relativePowerA = d.relativePowerA;
    l.mutual = d.mutualDependence;
    l.width = fieldstyle::linkWidth(l.mutual);
    l.shownWidth = animated && old ? old->shownWidth : l.width;
    l.fromWidth = l.shownWidth;
    l.ghostWidth = 0.0;
    if (animated && old)
        l.ghostWidth = old->ghostWidth > 0 ? old->ghostWidth
                       : std::abs(old->width - l.width) > kGhostThreshold ? old->width : 0.0;
    const PartyNode *strong = nullptr;
    if (!fieldstyle::isBalanced(l.imbalance()))
        strong = d.relativePowerA > 0 ? node(d.a) : node(d.b);
    l.color = fieldstyle::linkColor(l.imbalance(), strong ? strong->color() : QColor());
    l.style = fieldstyle::linkStyle(l.imbalance());
}

// The same dyads between the same parties: each link is updated where it is, without new ids.
void LinkLayer::restyle(const std::vector<const core::DyadResult *> &dyads, bool animated)
{
    FieldLink next;
    for (int i = 0; i < m_links.size(); ++i) {
        FieldLink &l = m_links[i];
        const core::DyadResult &d = *dyads[size_t(i)];
        fill(next, d, &l, animated);
        m_ends[i] = std::make_pair(node(d.a), node(d.b));
        if (!looksSame(l, next)) {
            markDirty(l); // where it was drawn; where it is drawn now, once placed
            m_changed.append(i);
        }
        next.a.swap(l.a);
        next.b.swap(l.b);
        next.start = l.start; // updateGeometry() tells whether the ends moved
        next.end = l.end;
        std::swap(l, next);
    }
}

// Dyads came or went, or the parties changed: the links are made again, matched to the old ones
// by their parties.
void LinkLayer::rebuild(const std::vector<const core::DyadResult *> &dyads, bool sameParties, bool animated)
{
    const Analysis &analysis = fieldScene()->document()->analysis();
    QVector<FieldLink> next;
    QVector<std::pair<const PartyNode *, const PartyNode *>> ends;
    QVector<std::pair<int, int>> pairs;
    QVector<bool> kept(m_links.size(), false);
    next.reserve(qsizetype(dyads.size()));
    ends.reserve(qsizetype(dyads.size()));
    pairs.reserve(qsizetype(dyads.size()));
    int walk = 0; // the old rows, in the same order as the dyads while the parties are the same
    for (const core::DyadResult *d : dyads) {
        FieldLink l;
        l.a = analysis.partyId(d->a);
        l.b = analysis.partyId(d->b);
        int row = -1;
        if (sameParties) {
            const std::pair<int, int> pair(d->a, d->b);
            while (walk < m_pairs.size() && m_pairs[walk] < pair)
                ++walk;
            if (walk < m_pairs.size() && m_pairs[walk] == pair)
                row = walk++;
        } else {
            row = m_index.value(key(l.a, l.b), -1);
        }
        const FieldLink *old = row < 0 ? nullptr : &m_links[row];
        fill(l, *d, old, animated);
        if (old) {
            kept[row] = true;
            l.start = old->start; // updateGeometry() tells whether the ends moved
            l.end = old->end;
            if (!looksSame(*old, l)) {
                markDirty(*old); // where it was drawn; where it is drawn now, once placed
                m_changed.append(int(next.size()));
            }
        } else {
            m_changed.append(int(next.size()));
            m_pairsChanged = true;
        }
        next.append(l);
        ends.append(std::make_pair(node(d->a), node(d->b)));
        pairs.append(std::make_pair(d->a, d->b));
    }
    for (int i = 0; i < m_links.size(); ++i) {
        if (!kept[i]) {
            markDirty(m_links[i]); // gone
            m_pairsChanged = true;
        }
    }
    // Past the dash budget every link is drawn otherwise.
    if ((m_links.size() <= kDashBudget) != (next.size() <= kDashBudget))
        m_allDirty = true;
    m_links = std::move(next);
    m_ends = std::move(ends);
    m_pairs = std::move(pairs);
    // The rows by ids stay as they were unless links came or went or the parties changed.
    if (m_pairsChanged || !sameParties || m_index.size() != m_links.size()) {
        m_index.clear();
        m_index.reserve(m_links.size());
        for (int i = 0; i < m_links.size(); ++i)
            m_index.insert(key(m_links[i].a, m_links[i].b), i);
    }
}

bool LinkLayer::looksSame(const FieldLink &x, const FieldLink &y)
{
    return x.color == y.color && x.style == y.style && x.shownWidth == y.shownWidth
           && x.ghostWidth == y.ghostWidth && x.relativePowerA == y.relativePowerA && x.width == y.width
           && x.fromWidth == y.fromWidth;
}

void LinkLayer::updateGeometry()
{
    const FieldScene *fs = fieldScene();
    QRectF bounds;
    double widest = 0.0;
    m_movedAtGeometry = false;
    for (int i = 0; i < m_links.size(); ++i) {
        FieldLink &l = m_links[i];
        const auto [na, nb] = m_ends[i];
        if (!na || !nb)
            continue;
        const QPointF pa = na->at();
        const QPointF pb = nb->at();
        const double d = length(pb - pa);
        const QPointF dir = d > 0 ? (pb - pa) / d : QPointF(1, 0);
        const double ra = na->reach(dir);
        const double rb = nb->reach(-dir);
        QPointF start;
        QPointF end;
        if (d > ra + rb) {
            start = pa + dir * ra;
            end = pb - dir * rb;
        } else {
            start = end = (pa + pb) / 2;
        }
        if (start != l.start || end != l.end) {
            const QPointF oldStart = l.start;
            const QPointF oldEnd = l.end;
            l.start = start;
            l.end = end;
            markMoved(l, oldStart, oldEnd);
            m_movedAtGeometry = true;
        }
        bounds |= QRectF(l.start, l.end).normalized();
        widest = std::max({widest, l.width, l.shownWidth, l.ghostWidth});
    }
    for (int row : std::as_const(m_changed))
        markDirty(m_links[row]); // drawn otherwise: where it is now
    m_changed.clear();
    m_widest = widest;
    // Room for the widest pen, its arrowhead and a number label.
    const double margin = (widest * 1.6 + 40.0) * fs->theme().lineScale() + 30.0 * fs->theme().fontScale()
                          + 40.0 * fs->pixelScale();
    bounds = bounds.adjusted(-margin, -margin, margin, margin);
    // The bounds only grow (a change of the bounds repaints the whole layer), unless the links
    // came to take much less room.
    const double area = bounds.width() * bounds.height();
    const double areaBefore = m_bounds.width() * m_bounds.height();
    if (!m_bounds.contains(bounds) || area < areaBefore / 4) {
        prepareGeometryChange();
        m_bounds = area < areaBefore / 4 ? bounds : bounds.united(m_bounds);
    }
    flushDirty();
}

void LinkLayer::stepAnimation(double t)
{
    for (FieldLink &l : m_links) {
        const double shown = l.fromWidth + (l.width - l.fromWidth) * t;
        if (shown == l.shownWidth)
            continue;
        l.shownWidth = shown;
        markDirty(l);
    }
    flushDirty();
}

void LinkLayer::clearGhosts()
{
    for (FieldLink &l : m_links) {
        if (l.ghostWidth <= 0)
            continue;
        markDirty(l);
        l.ghostWidth = 0.0;
    }
    flushDirty();
}

void LinkLayer::selectionChanged(const std::pair<QString, QString> &before, const std::pair<QString, QString> &after)
{
    for (const auto &dyad : {before, after})
        if (const FieldLink *l = dyad.first.isEmpty() ? nullptr : link(dyad.first, dyad.second))
            markDirty(*l);
    flushDirty();
}

void LinkLayer::invalidate()
{
    m_allDirty = true;
    flushDirty();
}

double LinkLayer::bodyMargin(const FieldLink &l) const
{
    const FieldScene *fs = fieldScene();
    const double scale = fs->theme().lineScale(); // at least the scene's eased line scale
    const double unit = fs->pixelScale();
    const double widest = std::max({l.width, l.shownWidth, l.fromWidth, l.ghostWidth}) * scale;
    // Half the pen (at least a pixel, or the thinnest link's pixels), the selection halo around
    // it with its round caps, and antialiasing.
    return (std::max(widest, kLineFloor * unit) + 10.0 * scale) / 2 + 3.0 * unit;
}

double LinkLayer::endMargin(const FieldLink &l) const
{
    const FieldScene *fs = fieldScene();
    const double scale = fs->theme().lineScale();
    const double unit = fs->pixelScale();
    const double widest = std::max({l.width, l.shownWidth, l.fromWidth, l.ghostWidth}) * scale;
    const double arrowLength = std::max(12.0 * scale + 1.5 * widest, kArrowFloor * unit);
    const double half = std::max(7.0 * scale + 0.9 * widest, kArrowFloor * 0.5 * unit);
    return arrowLength + half + bodyMargin(l);
}

QSizeF LinkLayer::labelReach() const
{
    // Half the box of a number ("0.00" to "1.00") at the numbers' size, generously, and its pen.
    const FieldScene *fs = fieldScene();
    const double unit = fs->pixelScale();
    const double font = fs->labelPixels() * 0.85;
    const double pen = 1.5 * fs->theme().lineScale();
    return QSizeF((1.5 * font + 8.0) * unit + pen, (font + 6.0) * unit + pen);
}

bool LinkLayer::isCoarse(double detail) const
{
    return detail * fieldstyle::linkWidth(0.5) * fieldScene()->theme().lineScale() < kCoarsePixels;
}

bool LinkLayer::isCoarseOnScreen() const
{
    return isCoarse(1.0 / fieldScene()->pixelScale()); // the view's zoom, as the scene knows it
}

void LinkLayer::markDirty(const FieldLink &l)
{
    if (m_allDirty)
        return;
    // Zoomed far out the links are hairlines without arrowheads or numbers.
    const bool coarse = isCoarseOnScreen();
    const double unit = fieldScene()->pixelScale();
    const double body = coarse ? 2.0 * unit : bodyMargin(l);
    const double ends = coarse ? body : endMargin(l);
    const auto around = [](QPointF p, double dx, double dy) { return QRectF(p.x() - dx, p.y() - dy, 2 * dx, 2 * dy); };
    m_dirty << around(l.start, ends, ends) << around(l.end, ends, ends);
    if (!coarse) {
        const QSizeF label = labelReach();
        m_dirty << around((l.start + l.end) / 2, label.width(), label.height());
    }
    // A long link as a chain of pieces: a diagonal's bounding box would cover much of the field.
    const double span = length(l.end - l.start);
    const double piece = std::max(kPiecePixels * unit, 8.0 * body);
    const int pieces = std::clamp(int(std::ceil(span / piece)), 1, kMaxPieces);
    for (int i = 0; i < pieces; ++i) {
        const QPointF p = l.start + (l.end - l.start) * (double(i) / pieces);
        const QPointF q = l.start + (l.end - l.start) * (double(i + 1) / pieces);
        m_dirty << QRectF(p, q).normalized().adjusted(-body, -body, body, body);
    }
    capDirty();
}

void LinkLayer::capDirty()
{
    // Past the budget the whole layer repaints: the places need not be collected any more (a
    // zoom step moves every end of 40,000 links).
    if (m_dirty.size() > kDirtyBudget) {
        m_allDirty = true;
        m_dirty.clear();
    }
}

void LinkLayer::markMoved(const FieldLink &l, QPointF oldStart, QPointF oldEnd)
{
    if (m_allDirty)
        return;
    // Ends that slid along the same line (a node grew or shrank): the solid line changes only
    // near its ends, where the arrowhead sits, and its number moves a little. A dashed line
    // changes its pattern all along, and a line that turned changes everywhere.
    const QPointF dir = l.end - l.start;
    const QPointF oldDir = oldEnd - oldStart;
    const double len = length(dir);
    const double oldLen = length(oldDir);
    const bool dashed = l.style != Qt::SolidLine && m_links.size() <= kDashBudget;
    const double tolerance = 1e-6 * std::max({1.0, len, oldLen});
    const auto offLine = [&](QPointF p) {
        return std::abs((p.x() - l.start.x()) * dir.y() - (p.y() - l.start.y()) * dir.x()) / len;
    };
    if (dashed || len <= 0 || oldLen <= 0 || QPointF::dotProduct(dir, oldDir) <= 0 || offLine(oldStart) > tolerance
        || offLine(oldEnd) > tolerance) {
        FieldLink old = l;
        old.start = oldStart;
        old.end = oldEnd;
        markDirty(old);
        markDirty(l);
        return;
    }
    const bool coarse = isCoarseOnScreen();
    const double ends = coarse ? 2.0 * fieldScene()->pixelScale() : endMargin(l);
    const auto spanning = [](QPointF p, QPointF q, double dx, double dy) {
        return QRectF(p, q).normalized().adjusted(-dx, -dy, dx, dy);
    };
    m_dirty << spanning(oldStart, l.start, ends, ends) << spanning(oldEnd, l.end, ends, ends);
    if (!coarse) {
        const QSizeF label = labelReach();
        m_dirty << spanning((oldStart + oldEnd) / 2, (l.start + l.end) / 2, label.width(), label.height());
    }
    capDirty();
}

void LinkLayer::flushDirty()
{
    QGraphicsScene *s = scene();
    if (!s) {
        m_dirty.clear();
        m_allDirty = false;
        return;
    }
    if (m_allDirty || m_dirty.size() > kDirtyBudget) {
        update();
    } else {
        // Straight to the scene: one item's own updates would merge into one rectangle.
        for (const QRectF &r : std::as_const(m_dirty))
            s->update(mapRectToScene(r));
    }
    m_dirty.clear();
    m_allDirty = false;
}

int LinkLayer::indexAt(QPointF scenePos, double tolerance) const
{
    const QPointF p = mapFromScene(scenePos);
    int best = -1;
    double bestDistance = 0.0;
    const double scale = fieldScene()->lineScale();
    for (int i = 0; i < m_links.size(); ++i) {
        const FieldLink &l = m_links[i];
        const double d = distanceToSegment(p, l.start, l.end) - l.shownWidth * scale / 2;
        if (d <= tolerance && (best < 0 || d < bestDistance)) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

bool LinkLayer::Exposed::hits(const FieldLink &l, double margin) const
{
    const double left = std::min(l.start.x(), l.end.x()) - margin;
    const double right = std::max(l.start.x(), l.end.x()) + margin;
    const double top = std::min(l.start.y(), l.end.y()) - margin;
    const double bottom = std::max(l.start.y(), l.end.y()) + margin;
    const auto apart = [&](const QRectF &r) {
        return right < r.left() || left > r.right() || bottom < r.top() || top > r.bottom();
    };
    if (!bounds.isEmpty() && apart(bounds))
        return false;
    if (!grid.isEmpty()) {
        // Points along the line half a cell apart: one lies in a cell near any rectangle the
        // line passes within `margin` of (the cells were marked that far and a cell more).
        // Only the part of the line inside the grid is sampled: a long link that crosses a small
        // repaint would otherwise be sampled along its whole length, for each of thousands.
        const QPointF span = l.end - l.start;
        double t0 = 0.0;
        double t1 = 1.0;
        if (!clipToRect(l.start, l.end, bounds, &t0, &t1))
            return false;
        const QPointF from = l.start + span * t0;
        const QPointF part = span * (t1 - t0);
        const int samples = int(std::ceil(length(part) / (cell / 2))) + 1;
        for (int i = 0; i <= samples; ++i) {
            const QPointF p = from + part * (double(i) / samples);
            const int c = int(std::floor((p.x() - bounds.left()) / cell));
            const int r = int(std::floor((p.y() - bounds.top()) / cell));
            if (c >= 0 && r >= 0 && c < columns && r < rows && grid[r * columns + c])
                return true;
        }
        return false;
    }
    for (const QRectF &r : rects)
        if (!apart(r) && segmentHits(l.start, l.end, r.adjusted(-margin, -margin, margin, margin)))
            return true;
    return rects.isEmpty();
}

LinkLayer::Exposed LinkLayer::exposed(const QPainter &painter, const QStyleOptionGraphicsItem &option,
                                      double margin) const
{
    Exposed e;
    e.bounds = option.exposedRect;
    bool invertible = false;
    const QTransform toItem = painter.worldTransform().inverted(&invertible);
    if (m_viewExposed && invertible && m_viewExposed->rectCount() <= kExposedRects) {
        QRectF bounds;
        for (const QRect &r : *m_viewExposed) {
            e.rects << toItem.mapRect(QRectF(r).adjusted(-2, -2, 2, 2));
            bounds |= e.rects.last();
        }
        e.bounds = e.bounds.isEmpty() ? bounds : e.bounds & bounds;
    }
    if (e.rects.size() > kGridRects && !e.bounds.isEmpty()) {
        const QRectF area = e.bounds.adjusted(-margin, -margin, margin, margin);
        e.bounds = area;
        e.cell = std::max(area.width(), area.height()) / kGridCells;
        e.columns = int(std::ceil(area.width() / e.cell)) + 1;
        e.rows = int(std::ceil(area.height() / e.cell)) + 1;
        e.grid.fill(false, e.columns * e.rows);
        const double reach = margin + e.cell;
        for (const QRectF &r : std::as_const(e.rects)) {
            const int c0 = std::max(0, int(std::floor((r.left() - reach - area.left()) / e.cell)));
            const int c1 = std::min(e.columns - 1, int(std::floor((r.right() + reach - area.left()) / e.cell)));
            const int r0 = std::max(0, int(std::floor((r.top() - reach - area.top()) / e.cell)));
            const int r1 = std::min(e.rows - 1, int(std::floor((r.bottom() + reach - area.top()) / e.cell)));
            for (int y = r0; y <= r1; ++y)
                for (int x = c0; x <= c1; ++x)
                    e.grid[y * e.columns + x] = true;
        }
    }
    return e;
}

void LinkLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Selection selection = fieldScene()->document()->selection();
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    FieldLink widestLink;
    widestLink.width = m_widest;
    const QSizeF label = labelReach();
    const double reach = std::max({endMargin(widestLink), 20.0, label.width(), label.height(),
                                   2.0 * fieldScene()->pixelScale()});
    const Exposed shown = exposed(*painter, *option, reach);
    if (isCoarse(detail)) {
        paintCoarse(*painter, shown);
        return;
    }
    // Dash patterns cost one shape per dash: past a few hundred links, draw them solid, and
    // while they are thin on screen, in batches of one colour and width.
    const bool dashes = m_links.size() <= kDashBudget;
    FieldLink widest;
    widest.width = m_widest;
    const double margin = endMargin(widest);
    if (!dashes && detail * fieldstyle::linkWidth(0.5) * fieldScene()->theme().lineScale() < kBatchPixels) {
        paintBatched(*painter, shown, detail);
        if (const FieldLink *chosen = selection.isDyad() ? link(selection.a, selection.b) : nullptr)
            if (shown.hits(*chosen, margin))
                paintLink(*painter, *chosen, true, detail, false);
        return;
    }
    for (const FieldLink &l : std::as_const(m_links)) {
        if (!shown.hits(l, margin))
            continue;
        const bool selected = selection.isDyad()
                              && ((selection.a == l.a && selection.b == l.b)
                                  || (selection.a == l.b && selection.b == l.a));
        paintLink(*painter, l, selected, detail, dashes);
    }
    if (!fieldScene()->showNumbers() || detail < 0.35)
        return;
    const double labelMargin = std::max(label.width(), label.height());
    for (const FieldLink &l : std::as_const(m_links))
        if (shown.hits(l, labelMargin))
            paintLabel(*painter, l);
}

// Zoomed far out, dash patterns and arrowheads would be a few pixels each and cost most of the
// frame: draw hairlines in the links' colours, one batch per colour. Tens of thousands of long
// hairlines are written into images the size of the view (hairlines.h; whatever shape the
// exposed region has, a line's pixels do not depend on what part is repainted), the first half
// of the batches on one core and the second on another, then copied in order: opaque hairlines
// over transparency give what one pass would.
void LinkLayer::paintCoarse(QPainter &painter, const Exposed &exposed) const
{
    const double margin = 2.0 * fieldScene()->pixelScale();
    const bool raster = fieldstyle::isRaster(painter);
    // Testing each link against the exposed parts costs more than the lines it saves once they
    // cover much of the view (the window clips the copy to them anyway).
    const QRectF shown = painter.worldTransform().mapRect(exposed.bounds);
    const double viewArea = double(painter.device()->width()) * painter.device()->height();
    const bool everything = raster && shown.width() * shown.height() > kWholeShare * viewArea;
    // A picture kept for this view serves a part as well as the whole: the window clips the copy
    // to the exposed parts, and a copy costs less than finding the links that cross them.
    if ((everything || keepsPictureFor(painter)) && m_viewExposed && paintKept(painter))
        return;
    // In the order of the colours: a repaint of a part draws crossings as the whole would.
    std::map<QRgb, QVector<QLineF>> batches;
    int count = 0;
    for (const FieldLink &l : m_links) {
        if (everything || exposed.hits(l, margin)) {
            batches[l.color.rgba()].append(QLineF(l.start, l.end));
            ++count;
        }
    }
    if (count == 0)
        return;
    if (!raster) {
        // A vector picture (SVG, PDF) keeps its lines as lines.
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, false);
        for (const auto &[color, lines] : batches) {
            painter.setPen(QPen(QColor::fromRgba(color), 0));
            painter.drawLines(lines);
        }
        painter.restore();
        return;
    }
    drawThroughImages(painter, batches, count);
}

void LinkLayer::drawThroughImages(QPainter &painter, const std::map<QRgb, QVector<QLineF>> &batches, int count)
{
    const QPaintDevice *device = painter.device();
    const QVector<QImage> images = drawBatches(batches, count, QSize(device->width(), device->height()),
                                               device->devicePixelRatioF(), painter.worldTransform());
    painter.save();
    painter.resetTransform();
    for (const QImage &image : images)
        painter.drawImage(QPointF(0, 0), image);
    painter.restore();
}

// The batches in images of the view's size, the first half of them on one core and the second
// on another: drawn over each other in order, they give what one pass would.
QVector<QImage> LinkLayer::drawBatches(const std::map<QRgb, QVector<QLineF>> &batches, int count, QSize size,
                                       double ratio, const QTransform &world)
{
    if (count == 0)
        return {};
    const int parts = count < kLinesPerCore ? 1 : std::clamp(QThread::idealThreadCount(), 1, 4);
    // The batches each part draws: about the same number of lines, in order.
    QVector<QVector<std::pair<QRgb, const QVector<QLineF> *>>> work(parts);
    int done = 0;
    for (const auto &[color, lines] : batches) {
        work[std::min(parts - 1, done * parts / count)].append({color, &lines});
        done += int(lines.size());
    }
    QVector<QImage> images(parts);
    const auto draw = [&](int part) {
        QImage &image = images[part];
        image = QImage(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        const QTransform toPixels = world * QTransform::fromScale(ratio, ratio);
        for (const auto &[color, lines] : std::as_const(work[part]))
            drawHairlines(image, toPixels, *lines, color);
    };
    std::vector<std::thread> helpers;
    for (int part = 1; part < parts; ++part)
        helpers.emplace_back(draw, part);
    draw(0);
    for (std::thread &t : helpers)
        t.join();
    return images;
}

bool LinkLayer::keepsPictureFor(const QPainter &painter) const
{
    const QPaintDevice *device = painter.device();
    return fieldstyle::isRaster(painter) && !m_kept.image.isNull() && m_kept.world == painter.worldTransform()
           && m_kept.size == QSize(device->width(), device->height())
           && m_kept.ratio == device->devicePixelRatioF();
}

bool LinkLayer::paintKept(QPainter &painter) const
{
    const int n = int(m_links.size());
    QVector<QLineF> lines(n);
    QVector<QRgb> colors(n);
    for (int i = 0; i < n; ++i) {
        lines[i] = QLineF(m_links[i].start, m_links[i].end);
        colors[i] = m_links[i].color.rgba();
        if (qAlpha(colors[i]) != 255) { // blended, not the greater colour, where lines cross
            m_kept = HairlineCache();
            return false;
        }
    }
    const QTransform world = painter.worldTransform();
    const QSize size(painter.device()->width(), painter.device()->height());
    const double ratio = painter.device()->devicePixelRatioF();
    HairlineCache &kept = m_kept;
    const bool same = !kept.image.isNull() && kept.world == world && kept.size == size && kept.ratio == ratio
                      && kept.lines.size() == n;
    const int hotLimit = std::max(kHotLinks, n / 50);
    QVector<int> changed;
    bool fits = same;
    for (int i = 0; same && i < n && int(changed.size()) <= hotLimit; ++i) {
        if (lines[i] != kept.lines[i] || colors[i] != kept.colors[i]) {
            changed << i;
            fits = fits && kept.hot[i];
        }
    }
    if (!fits) {
        // The links that changed since the last paint are likely to change again (the same
        // drag's next frame): they stay out of the picture.
        kept.hot.fill(false, n);
        if (same && changed.size() <= hotLimit)
            for (int i : std::as_const(changed))
                kept.hot[i] = true;
        std::map<QRgb, QVector<QLineF>> batches;
        int count = 0;
        for (int i = 0; i < n; ++i) {
            if (!kept.hot[i]) {
                batches[colors[i]].append(lines[i]);
                ++count;
            }
        }
        QVector<QImage> images = drawBatches(batches, count, size, ratio, world);
        kept.image = images.isEmpty() ? QImage(size * ratio, QImage::Format_ARGB32_Premultiplied) : images.first();
        if (images.isEmpty())
            kept.image.fill(Qt::transparent);
        kept.image.setDevicePixelRatio(ratio);
        if (images.size() > 1) { // opaque lines over transparency: the later part's colours win
            QPainter merge(&kept.image);
            merge.resetTransform();
            for (int part = 1; part < images.size(); ++part)
                merge.drawImage(QPointF(0, 0), images[part]);
        }
        kept.world = world;
        kept.size = size;
        kept.ratio = ratio;
    }
    kept.lines = std::move(lines);
    kept.colors = std::move(colors);
    std::map<QRgb, QVector<QLineF>> hot;
    for (int i = 0; i < n; ++i)
        if (kept.hot[i])
            hot[kept.colors[i]].append(kept.lines[i]);
    painter.save();
    painter.resetTransform();
    if (hot.empty()) {
        painter.drawImage(QPointF(0, 0), kept.image);
    } else {
        QImage frame = kept.image.copy();
        const QTransform toPixels = world * QTransform::fromScale(ratio, ratio);
        for (const auto &[color, batch] : hot)
            drawHairlines(frame, toPixels, batch, color, true);
        painter.drawImage(QPointF(0, 0), frame);
    }
    painter.restore();
    return true;
}

void LinkLayer::paintLink(QPainter &painter, const FieldLink &l, bool selected, double detail, bool dashes) const
{
    const Theme &theme = fieldScene()->theme();
    const double scale = fieldScene()->lineScale();
    const double width = l.shownWidth * scale;
    const QPointF span = l.end - l.start;
    const double d = length(span);
    if (d <= 0)
        return;
    const QPointF dir = span / d;
    if (l.ghostWidth > 0) {
        QColor ghost = theme.foreground();
        ghost.setAlphaF(0.15f);
        painter.setPen(QPen(ghost, l.ghostWidth * scale, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(l.start, l.end);
    }
    if (selected) {
        QColor halo = theme.foreground();
        halo.setAlphaF(0.3f);
        painter.setPen(QPen(halo, width + 10 * scale, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(l.start, l.end);
    }
    const QString stronger = l.stronger();
    QPointF from = l.start;
    QPointF to = l.end;
    // Arrowheads keep a size on screen that shows their direction, however far out the zoom.
    const double unit = fieldScene()->pixelScale();
    const double arrowLength = std::min(d * 0.5, std::max(12.0 * scale + 1.5 * width, kArrowFloor * unit));
    if (!stronger.isEmpty()) {
        const bool towardA = stronger == l.a; // the tip touches the stronger party's outline
        const QPointF tip = towardA ? l.start : l.end;
        const QPointF back = towardA ? dir : -dir;
        const QPointF base = tip + back * arrowLength;
        const QPointF normal(-back.y(), back.x());
        const double half = std::max(7.0 * scale + 0.9 * width, kArrowFloor * 0.5 * unit);
        (towardA ? from : to) = base - back; // overlap the head by a pixel: no seam
        painter.setPen(Qt::NoPen);
        painter.setBrush(l.color);
        painter.drawPolygon(QPolygonF({tip, base + normal * half, base - normal * half}));
    }
    const Qt::PenStyle style = dashes ? l.style : Qt::SolidLine;
    const double penWidth = std::max({width, detail > 0 ? 1.0 / detail : 1.0, kLineFloor * unit});
    if (style == Qt::DotLine) {
        m_dots.draw(painter, from, to, l.color, penWidth);
        return;
    }
    painter.setPen(QPen(l.color, penWidth, style, Qt::FlatCap));
    painter.drawLine(from, to);
}

void LinkLayer::paintLabel(QPainter &painter, const FieldLink &l) const
{
    const Theme &theme = fieldScene()->theme();
    // Drawn in pixels, like the names: readable at any zoom.
    const double unit = fieldScene()->pixelScale();
    const QFont font = fieldstyle::nameFont(theme, fieldScene()->labelPixels() * 0.85, false);
    const QString text = formatNumber(l.imbalance());
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
    const QPointF mid = (l.start + l.end) / 2;
    painter.save();
    painter.translate(mid);
    painter.scale(unit, unit);
    const QRectF box(-QPointF(size.width() / 2, size.height() / 2), size);
    QColor fill = theme.kind == ThemeKind::Transparent ? QColor(Qt::white) : theme.background();
    painter.setPen(QPen(l.color, 1.5 * theme.lineScale()));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(font);
    painter.setPen(theme.kind == ThemeKind::Transparent ? QColor(0x20, 0x20, 0x20) : theme.foreground());
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace powerfield

// ----------------------------------------------------------------------------------------------
// LinkLayer's drawing of many thin links: the stroker and one call per link cost most of a frame
// at a thousand parties, so links go out in batches of one colour and one width in pixels (one or
// two), and arrowheads as one filled path per colour. On a raster device the lines are hairlines
// written into images (hairlines.h; the raster engine's one-pixel lines took half of a zoom step
// at a thousand parties, eight times as long), a two-pixel link as two hairlines side by side;
// vector devices get cosmetic pens.

namespace powerfield {

namespace {

constexpr double kThickPixels = 3.0; // links at least this wide on screen are drawn two pixels wide

using BatchKey = std::pair<QRgb, int>; // colour, width in pixels

} // namespace

void LinkLayer::paintBatched(QPainter &painter, const Exposed &exposed, double detail) const
{
    const double scale = fieldScene()->theme().lineScale();
    const bool raster = fieldstyle::isRaster(painter);
    // Batches in the order of their keys: a repaint of a part draws crossings as the whole would.
    std::map<BatchKey, QVector<QLineF>> lines;      // a vector device's
    std::map<QRgb, QVector<QLineF>> hairlines;      // a raster device's
    int hairlineCount = 0;
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
        if (!raster) {
            lines[{l.color.rgba(), pixels}].append(QLineF(from, to));
            continue;
        }
        QVector<QLineF> &batch = hairlines[l.color.rgba()];
        if (pixels == 1) {
            batch.append(QLineF(from, to));
        } else { // two pixels across the line's long axis, half a pixel either side of it
            const QPointF half = std::abs(span.x()) >= std::abs(span.y()) ? QPointF(0.0, 0.5 / detail)
                                                                           : QPointF(0.5 / detail, 0.0);
            batch.append(QLineF(from - half, to - half));
            batch.append(QLineF(from + half, to + half));
        }
        hairlineCount += pixels;
    }
    if (raster)
        drawThroughImages(painter, hairlines, hairlineCount);
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
