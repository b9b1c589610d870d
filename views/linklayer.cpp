// SPDX-License-Identifier: GPL-3.0-or-later
#include "linklayer.h"

#include "document.h"
#include "fieldscene.h"
#include "fieldstyle.h"
#include "partynode.h"
#include "numberformat.h"

#include <QLocale>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

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
    // Engine order sorted by party index: stable, cheap (no string sorting), and file order.
    std::vector<const core::DyadResult *> dyads;
    dyads.reserve(size_t(analysis.engine().dyadCount()));
    analysis.engine().forEachDyad([&](const core::DyadResult &d) { dyads.push_back(&d); });
    std::sort(dyads.begin(), dyads.end(), [](const core::DyadResult *x, const core::DyadResult *y) {
        return std::make_pair(x->a, x->b) < std::make_pair(y->a, y->b);
    });
    QVector<FieldLink> next;
    QHash<std::pair<QString, QString>, int> index;
    next.reserve(qsizetype(dyads.size()));
    index.reserve(qsizetype(dyads.size()));
    for (const core::DyadResult *d : dyads) {
        FieldLink l;
        l.a = analysis.partyId(d->a);
        l.b = analysis.partyId(d->b);
        l.dependenceA = d->sideA.dependence;
        l.dependenceB = d->sideB.dependence;
        l.relativePowerA = d->relativePowerA;
        l.mutual = d->mutualDependence;
        l.width = fieldstyle::linkWidth(l.mutual);
        const FieldLink *old = link(l.a, l.b);
        l.shownWidth = animated && old ? old->shownWidth : l.width;
        l.fromWidth = l.shownWidth;
        if (animated && old)
            l.ghostWidth = old->ghostWidth > 0 ? old->ghostWidth
                           : std::abs(old->width - l.width) > kGhostThreshold ? old->width : 0.0;
        const PartyNode *strong = fs->node(l.stronger());
        l.color = fieldstyle::linkColor(l.imbalance(), strong ? strong->color() : QColor());
        l.style = fieldstyle::linkStyle(l.imbalance());
        index.insert(key(l.a, l.b), int(next.size()));
        next.append(l);
    }
    m_links = std::move(next);
    m_index = std::move(index);
    updateGeometry();
}

void LinkLayer::updateGeometry()
{
    const FieldScene *fs = fieldScene();
    QRectF bounds;
    double widest = 0.0;
    for (FieldLink &l : m_links) {
        const PartyNode *na = fs->node(l.a);
        const PartyNode *nb = fs->node(l.b);
        if (!na || !nb)
            continue;
        const QPointF pa = na->pos();
        const QPointF pb = nb->pos();
        const double d = length(pb - pa);
        const QPointF dir = d > 0 ? (pb - pa) / d : QPointF(1, 0);
        const double ra = na->reach(dir);
        const double rb = nb->reach(-dir);
        if (d > ra + rb) {
            l.start = pa + dir * ra;
            l.end = pb - dir * rb;
        } else {
            l.start = l.end = (pa + pb) / 2;
        }
        bounds |= QRectF(l.start, l.end).normalized();
        widest = std::max({widest, l.width, l.shownWidth, l.ghostWidth});
    }
    // Room for the widest pen, its arrowhead and a number label.
    const double margin = (widest * 1.6 + 40.0) * fs->theme().lineScale() + 30.0 * fs->theme().fontScale()
                          + 40.0 * fs->pixelScale();
    bounds = bounds.adjusted(-margin, -margin, margin, margin);
    if (bounds != m_bounds)
        prepareGeometryChange();
    m_bounds = bounds;
    update();
}

void LinkLayer::stepAnimation(double t)
{
    for (FieldLink &l : m_links)
        l.shownWidth = l.fromWidth + (l.width - l.fromWidth) * t;
    update();
}

void LinkLayer::clearGhosts()
{
    for (FieldLink &l : m_links)
        l.ghostWidth = 0.0;
    update();
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

void LinkLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Selection selection = fieldScene()->document()->selection();
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    if (detail * fieldstyle::linkWidth(0.5) * fieldScene()->theme().lineScale() < kCoarsePixels) {
        paintCoarse(*painter, option->exposedRect);
        return;
    }
    // Dash patterns cost one shape per dash: past a few hundred links, draw them solid, and
    // while they are thin on screen, in batches of one colour and width.
    const bool dashes = m_links.size() <= kDashBudget;
    if (!dashes && detail * fieldstyle::linkWidth(0.5) * fieldScene()->theme().lineScale() < kBatchPixels) {
        paintBatched(*painter, option->exposedRect, detail);
        if (const FieldLink *chosen = selection.isDyad() ? link(selection.a, selection.b) : nullptr)
            paintLink(*painter, *chosen, true, detail, false);
        return;
    }
    for (const FieldLink &l : std::as_const(m_links)) {
        const bool selected = selection.isDyad()
                              && ((selection.a == l.a && selection.b == l.b)
                                  || (selection.a == l.b && selection.b == l.a));
        paintLink(*painter, l, selected, detail, dashes);
    }
    if (!fieldScene()->showNumbers() || detail < 0.35)
        return;
    for (const FieldLink &l : std::as_const(m_links))
        paintLabel(*painter, l);
}

// Zoomed far out, dash patterns and arrowheads would be a few pixels each and cost most of the
// frame: draw hairlines in the links' colours, one batch per colour.
void LinkLayer::paintCoarse(QPainter &painter, const QRectF &exposed) const
{
    QHash<QRgb, QVector<QLineF>> batches;
    for (const FieldLink &l : m_links) {
        const QLineF line(l.start, l.end);
        if (exposed.isEmpty() || exposed.intersects(QRectF(l.start, l.end).normalized().adjusted(-1, -1, 1, 1)))
            batches[l.color.rgba()].append(line);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        QPen pen(QColor::fromRgba(it.key()), 0); // cosmetic: one pixel at any zoom
        painter.setPen(pen);
        painter.drawLines(it.value());
    }
    painter.restore();
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
    QPen pen(l.color, std::max({width, detail > 0 ? 1.0 / detail : 1.0, kLineFloor * unit}), style,
             style == Qt::DotLine ? Qt::RoundCap : Qt::FlatCap);
    painter.setPen(pen);
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
