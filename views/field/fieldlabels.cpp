// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlabels.h"

#include "fieldscene.h"
#include "fieldstyle.h"
#include "linklayer.h"
#include "optionnode.h"
#include "partynode.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QRectF>
#include <QVector>

#include <algorithm>
#include <array>
#include <cmath>

namespace powerfield {

namespace {

constexpr int kCarefulLimit = 150;     // beyond this many parties, names go below their nodes unchecked
constexpr double kMaxWidth = 14.0;     // the longest line, in name heights, before it is elided
constexpr double kWrapWidth = 7.0;     // a name wider than this goes on two lines...
constexpr int kWrapChars = 28;         // ...unless it is longer than this: then it is elided
constexpr double kCrowdedWidth = 7.0;  // shorter still when no place is free for the longer one
constexpr double kPadX = 4.0;          // pixels around the text in its box
constexpr double kPadY = 1.0;
constexpr double kGap = 3.0;           // pixels between a node and its name
constexpr double kNameAir = 5.0;       // pixels between two names
constexpr double kRingCost = 10.0;     // score of each ring farther out
constexpr int kRings = 4;              // farther and farther places around the node
constexpr int kCrowdedRings = 10;      // and when all of those are taken

// Below, above, right, left, then the diagonals: the order a name tries them.
constexpr std::array<std::pair<int, int>, 8> kDirections = {
    {{0, 1}, {0, -1}, {1, 0}, {-1, 0}, {1, 1}, {-1, 1}, {1, -1}, {-1, -1}}};

double area(const QRectF &r)
{
    return r.width() * r.height();
}

bool crosses(const QLineF &line, const QRectF &r)
{
    if (r.contains(line.p1()) || r.contains(line.p2()))
        return true;
    const QLineF edges[] = {QLineF(r.topLeft(), r.topRight()), QLineF(r.topRight(), r.bottomRight()),
                            QLineF(r.bottomRight(), r.bottomLeft()), QLineF(r.bottomLeft(), r.topLeft())};
    for (const QLineF &edge : edges)
        if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return true;
    return false;
}

// What names must not cover (nodes, satellites, names placed) and had better not cross (links).
struct Obstacles
{
    QVector<QRectF> solid;
    QVector<QLineF> lines;
    QRectF hull;      // the nodes and satellites: a name that sticks out of it widens the fit
    double unit = 1;  // scene units per pixel
};

constexpr double kOverhang = 0.045; // score per pixel a name sticks out of the hull

// A place for a box of `size` in direction (dx, dy) around `around`, `ring` rows farther out.
QRectF candidate(const QRectF &around, QSizeF size, double gap, int dx, int dy, int ring)
{
    const double w = size.width();
    const double h = size.height();
    const double step = ring * (h + gap);
    double cx = around.center().x();
    double cy = around.center().y();
    if (dx != 0 && dy != 0) { // diagonal: below or above, shifted to one side
        cx += dx * (around.width() * 0.25 + w / 2);
        cy = dy > 0 ? around.bottom() + gap + h / 2 + step : around.top() - gap - h / 2 - step;
    } else if (dx != 0) {
        cx = dx > 0 ? around.right() + gap + w / 2 + step : around.left() - gap - w / 2 - step;
    } else {
        cy = dy > 0 ? around.bottom() + gap + h / 2 + step : around.top() - gap - h / 2 - step;
    }
    return QRectF(cx - w / 2, cy - h / 2, w, h);
}

struct Choice
{
    QRectF rect;
    double score = 1e18;
};

// The best place around `around` for a box of `size`; `skip` is the obstacle the box belongs to.
Choice bestPlace(const Obstacles &obstacles, const QRectF &around, QSizeF size, double gap, int skip,
                 const QVector<int> &order, int rings = kRings)
{
    Choice best;
    for (int ring = 0; ring < rings; ++ring) {
        for (int k = 0; k < order.size(); ++k) {
            const auto [dx, dy] = kDirections[order[k]];
            const QRectF rect = candidate(around, size, gap, dx, dy, ring);
            double score = ring * kRingCost + k * 0.5;
            const QRectF &hull = obstacles.hull;
            score += kOverhang / obstacles.unit
                     * (std::max(0.0, hull.left() - rect.left()) + std::max(0.0, rect.right() - hull.right())
                        + std::max(0.0, hull.top() - rect.top()) + std::max(0.0, rect.bottom() - hull.bottom()));
            if (score >= best.score)
                continue;
            const double own = area(rect);
            for (int i = 0; i < obstacles.solid.size() && score < best.score; ++i) {
                if (i == skip)
                    continue;
                const QRectF common = rect & obstacles.solid[i];
                if (!common.isEmpty())
                    score += 1000.0 * (1.0 + area(common) / own);
            }
            for (int i = 0; i < obstacles.lines.size() && score < best.score; ++i)
                if (crosses(obstacles.lines[i], rect))
                    score += 4.0;
            if (score < best.score)
                best = Choice{rect, score};
        }
        if (best.score < (ring + 1) * kRingCost)
            break; // nothing farther out can beat a place this good
    }
    return best;
}

QVector<int> defaultOrder()
{
    QVector<int> order;
    for (int i = 0; i < int(kDirections.size()); ++i)
        order << i;
    return order;
}

// The directions sorted by how close they are to `out` (an option's name goes away from its owner);
// beside a satellite that lies beside its owner a name would widen the field most: under or over it.
QVector<int> orderToward(QPointF out)
{
    if (std::abs(out.x()) > std::abs(out.y()))
        out = QPointF(out.x() * 0.3, out.y() >= 0 ? 1.0 : -1.0);
    QVector<int> order = defaultOrder();
    const auto closeness = [out](int i) {
        const auto [dx, dy] = kDirections[i];
        return (dx * out.x() + dy * out.y()) / std::hypot(double(dx), double(dy));
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return closeness(a) > closeness(b); });
    return order;
}

struct Label
{
    QString shown; // one line, or two separated by a newline
    QSizeF size;   // scene units, with the box's padding
};

// The name in one line, or in two when it is long and has a space to break at (a two-line name
// widens the field less), each line elided to `maxWidth` pixels; a very long name is elided.
Label measurePixels(const QString &name, QSizeF natural, const QFont &font, double maxWidth, double wrapWidth)
{
    Label label;
    double width = natural.width();
    double height = natural.height();
    const QFontMetricsF metrics(font);
    if (natural.width() > wrapWidth && name.size() <= kWrapChars && name.contains(QLatin1Char(' '))) {
        // Break at the space that makes the longer line shortest.
        double best = natural.width();
        int at = -1;
        for (int i = name.indexOf(QLatin1Char(' ')); i >= 0; i = name.indexOf(QLatin1Char(' '), i + 1)) {
            const double longer = std::max(metrics.horizontalAdvance(name.left(i)),
                                           metrics.horizontalAdvance(name.mid(i + 1)));
            if (longer < best) {
                best = longer;
                at = i;
            }
        }
        if (at > 0) {
            const QString first = fieldstyle::elideLabel(name.left(at), font, maxWidth);
            const QString second = fieldstyle::elideLabel(name.mid(at + 1), font, maxWidth);
            label.shown = first + QLatin1Char('\n') + second;
            width = std::max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
            height = metrics.lineSpacing() + metrics.height();
            label.size = QSizeF((width + 2 * kPadX), (height + 2 * kPadY));
            return label;
        }
    }
    label.shown = natural.width() <= maxWidth ? name : fieldstyle::elideLabel(name, font, maxWidth);
    if (label.shown != name)
        width = metrics.horizontalAdvance(label.shown);
    label.size = QSizeF((width + 2 * kPadX), (height + 2 * kPadY));
    return label;
}

struct LabelKey
{
    QString name;
    int pixels;
    bool bold;
    double maxWidth;
    double wrapWidth;
    bool operator==(const LabelKey &o) const
    {
        return name == o.name && pixels == o.pixels && bold == o.bold && maxWidth == o.maxWidth
               && wrapWidth == o.wrapWidth;
    }
};

size_t qHash(const LabelKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.name, k.pixels, k.bold, k.maxWidth, k.wrapWidth);
}

// measurePixels() remembered: the fit places the names many times over at different scales,
// and measuring text is the costly part of placing them.
Label measure(const QString &name, QSizeF natural, const QFont &font, double maxWidth, double wrapWidth,
              double unit)
{
    // Qt's open hash: tens of thousands of lookups a sync stay in a few cache lines each.
    static QHash<LabelKey, Label> cache;
    if (cache.size() > 250000) // room for every name of the largest field (two per party)
        cache.clear();
    const LabelKey key{name, font.pixelSize(), font.bold(), maxWidth, wrapWidth};
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, measurePixels(name, natural, font, maxWidth, wrapWidth));
    Label label = *it;
    label.size *= unit;
    return label;
}

// measure() through the memo a node keeps of its name.
Label measure(NameFit &memo, const QString &name, QSizeF natural, const QFont &font, double maxWidth,
              double wrapWidth, double unit)
{
    if (!memo.fits(name, font.pixelSize(), font.bold(), maxWidth, wrapWidth)) {
        const Label label = measure(name, natural, font, maxWidth, wrapWidth, 1.0);
        memo = NameFit{name, font.pixelSize(), font.bold(), maxWidth, wrapWidth, label.shown, label.size};
    }
    return Label{memo.shown, memo.size * unit};
}

// Around the node (or satellite) in its own coordinates.
QRectF outlineAround(const PartyNode *node, double margin)
{
    margin += node->haloReach();
    return fieldstyle::nodeBounds(node->kind(), node->radius()).adjusted(-margin, -margin, margin, margin);
}

QRectF discAround(const OptionNode *option, double margin)
{
    const double r = option->radius() + margin;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

// The same in the scene.
QRectF outlineRect(const PartyNode *node, double margin)
{
    return outlineAround(node, margin).translated(node->at());
}

QRectF discRect(const OptionNode *option, double margin)
{
    return discAround(option, margin).translated(option->at());
}

// The names of a huge field that can be drawn without covering one another: claimed in order of
// importance, a name is drawn when its box (pixels, with some air) meets none claimed before.
// A grid of cells keeps it linear in the number of names.
class Declutter
{
public:
    explicit Declutter(double cell) : m_cell(cell) {}
    bool claim(const QRectF &box)
    {
        const int x0 = int(std::floor(box.left() / m_cell));
        const int x1 = int(std::floor(box.right() / m_cell));
        const int y0 = int(std::floor(box.top() / m_cell));
        const int y1 = int(std::floor(box.bottom() / m_cell));
        if (x1 - x0 > 64 || y1 - y0 > 64)
            return true; // a box larger than the screen: drawn, never claims (cannot happen)
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y)
                for (const QRectF &other : m_cells.value(key(x, y)))
                    if (other.intersects(box))
                        return false;
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y)
                m_cells[key(x, y)].append(box);
        return true;
    }

private:
    static quint64 key(int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); }
    double m_cell;
    QHash<quint64, QVector<QRectF>> m_cells;
};

} // namespace

void FieldLabels::place(FieldScene &scene)
{
    const double unit = scene.pixelScale();
    const double pixels = scene.labelPixels();
    const QFont partyFont = fieldstyle::nameFont(scene.theme(), pixels, true);
    const QFont optionFont = fieldstyle::nameFont(scene.theme(), pixels, false);
    const QVector<PartyNode *> parties = scene.visibleNodes();
    const QVector<OptionNode *> options = scene.visibleOptions();
    const double gap = kGap * unit;
    const QVector<int> order = defaultOrder();

    if (parties.size() > kCarefulLimit) { // a huge field: below the node, no search
        QVector<PartyNode *> nodes;
        nodes.reserve(parties.size());
        for (PartyNode *node : parties) {
            const Label label = measure(node->nameFit(), node->name(), node->namePixelSize(partyFont), partyFont,
                                        kMaxWidth * pixels, kWrapWidth * pixels, unit);
            node->setLabel(candidate(outlineAround(node, 0), label.size, gap, 0, 1, 0),
                           label.shown, unit);
            nodes << node;
        }
        for (OptionNode *option : std::as_const(options)) {
            const Label label = measure(option->nameFit(), option->name(), option->namePixelSize(optionFont),
                                        optionFont, kMaxWidth * pixels, kWrapWidth * pixels, unit);
            const QPointF out = option->outward();
            const int dx = out.x() > 0.5 ? 1 : out.x() < -0.5 ? -1 : 0;
            const int dy = dx != 0 ? 0 : out.y() < 0 ? -1 : 1;
            option->setLabel(candidate(discAround(option, 0), label.size, gap, dx, dy, 0),
                             label.shown, unit);
        }
        // Thousands of names drawn over each other are read as none, and painting them is most
        // of a frame: a name is drawn where it covers no other one, the selected parties' first,
        // then the most powerful; zooming in spreads the nodes and brings the others back.
        std::stable_sort(nodes.begin(), nodes.end(), [](const PartyNode *a, const PartyNode *b) {
            const bool ringA = a->haloReach() > 0;
            const bool ringB = b->haloReach() > 0;
            if (ringA != ringB)
                return ringA;
            return a->naturalRadius() > b->naturalRadius();
        });
        Declutter free(4 * pixels);
        const double air = kNameAir / 2;
        const auto inPixels = [unit, air](const QRectF &r) {
            return QRectF(r.topLeft() / unit, r.size() / unit).adjusted(-air, -air, air, air);
        };
        for (PartyNode *node : std::as_const(nodes))
            node->setLabelHidden(!free.claim(inPixels(node->labelRect().translated(node->at()))));
        for (OptionNode *option : std::as_const(options))
            option->setLabelHidden(!free.claim(inPixels(option->labelRect().translated(option->at()))));
        return;
    }

    Obstacles obstacles;
    obstacles.unit = unit;
    const double outline = 1.5 * scene.lineScale() + 2 * unit; // the outline pen and a little air
    for (const PartyNode *node : parties)
        obstacles.solid << outlineRect(node, outline);
    for (const OptionNode *option : std::as_const(options))
        obstacles.solid << discRect(option, 2 * unit);
    for (const QRectF &r : std::as_const(obstacles.solid))
        obstacles.hull |= r;
    for (const FieldLink &l : scene.links()->links())
        obstacles.lines << QLineF(l.start, l.end);
    for (const OptionNode *option : std::as_const(options))
        if (const PartyNode *owner = scene.node(option->owner()))
            obstacles.lines << QLineF(owner->at(), option->at());

    const auto placeOne = [&](const QString &name, QSizeF natural, const QFont &font, const QRectF &around,
                              int self, const QVector<int> &directions) {
        Label label = measure(name, natural, font, kMaxWidth * pixels, kWrapWidth * pixels, unit);
        Choice choice = bestPlace(obstacles, around, label.size, gap, self, directions);
        if (choice.score >= 1000.0) { // crowded: a shorter name, farther out
            const Label shorter = natural.width() > kCrowdedWidth * pixels
                                      ? measure(name, natural, font, kCrowdedWidth * pixels, kCrowdedWidth * pixels, unit)
                                      : label;
            const Choice tight = bestPlace(obstacles, around, shorter.size, gap, self, directions, kCrowdedRings);
            if (tight.score < choice.score) {
                label = shorter;
                choice = tight;
            }
        }
        // Names keep some air between them, so that two never read as one.
        obstacles.solid << choice.rect.adjusted(-kNameAir * unit, -kNameAir * unit, kNameAir * unit, kNameAir * unit);
        return std::make_pair(choice.rect, label.shown);
    };

    for (int i = 0; i < parties.size(); ++i) {
        PartyNode *node = parties[i];
        const auto [rect, shown] = placeOne(node->name(), node->namePixelSize(partyFont), partyFont,
                                            outlineRect(node, outline), i, order);
        node->setLabel(rect.translated(-node->at()), shown, unit);
        node->setLabelHidden(false);
    }
    for (int i = 0; i < options.size(); ++i) {
        OptionNode *option = options[i];
        const auto [rect, shown] = placeOne(option->name(), option->namePixelSize(optionFont), optionFont,
                                            discRect(option, 0), int(parties.size()) + i,
                                            orderToward(option->outward()));
        option->setLabel(rect.translated(-option->at()), shown, unit);
        option->setLabelHidden(false);
    }
}

} // namespace powerfield
