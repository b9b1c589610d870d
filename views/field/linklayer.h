// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dottedline.h"

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QLineF>
#include <QTransform>
#include <QRegion>
#include <QVector>

#include <map>
#include <vector>
#include <vector>

namespace powerfield {

namespace core {
struct DyadResult;
}

class FieldScene;
class PartyNode;

// One dyad's link as drawn: the analysis values it shows and its geometry between the nodes.
struct FieldLink
{
    QString a; // ids, `a` before `b` in the order of the parties in the scenario
    QString b;
    double dependenceA = 0.0;   // D(a on b)
    double dependenceB = 0.0;   // D(b on a)
    double relativePowerA = 0.0; // R_a; positive: a holds more power
    double mutual = 0.0;
    double width = 0.0;      // target width, scene units before the theme's line scale
    double shownWidth = 0.0; // as drawn now (eases toward width)
    double fromWidth = 0.0;
    double ghostWidth = 0.0; // width before the last edit, drawn faintly for a moment; 0: none
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    QPointF start; // on the outline of a's node
    QPointF end;   // on the outline of b's node

    double imbalance() const { return relativePowerA < 0 ? -relativePowerA : relativePowerA; }
    // The party the arrow points to (the one with more power); empty when balanced.
    QString stronger() const;
};

// Every dyad's link drawn by one item in a batch (one item per link does not scale): width from
// mutual dependence, colour, dash pattern and arrowhead from the balance of power. A change
// repaints only the links it touched: each sync compares the links with the ones drawn and asks
// the scene to repaint the places where they differ (a long link as a chain of small pieces),
// and a paint draws only the links that cross the region being repainted.
class LinkLayer : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    LinkLayer();

    int type() const override { return Type; }
    int count() const { return int(m_links.size()); }
    const QVector<FieldLink> &links() const { return m_links; }
    const FieldLink *link(const QString &a, const QString &b) const;
    // Each link's two nodes, in the order of links(), valid until the next sync.
    const QVector<std::pair<const PartyNode *, const PartyNode *>> &ends() const { return m_ends; }
    // The link nearest to a scene point within `tolerance` of its line, or -1.
    int indexAt(QPointF scenePos, double tolerance) const;

    // Reads every dyad from the analysis, keeping links that stay (for easing and ghosts).
    void syncFromModel();
    // Whether the last sync added or removed links.
    bool pairsChangedAtSync() const { return m_pairsChanged; }
    // Recomputes the end points from the nodes as drawn now.
    void updateGeometry();
    // A sync when only nodes moved (no dyad came, went or changed): the ends follow them.
    void followNodes()
    {
        m_pairsChanged = false;
        updateGeometry();
    }
    // Whether the last updateGeometry() moved the ends of any link.
    bool movedAtGeometry() const { return m_movedAtGeometry; }
    void stepAnimation(double t);
    void clearGhosts();
    // The selected dyad changed from `before` (ids, either order; empty: none) to `after`.
    void selectionChanged(const std::pair<QString, QString> &before, const std::pair<QString, QString> &after);
    // Everything drawn differently (theme, zoom, numbers shown): the whole layer repainted.
    void invalidate();
    // The region of the view being painted (viewport coordinates), set by the view around its
    // paint: links outside it are not drawn. Null when painting elsewhere (an export).
    void setViewExposed(const QRegion *region) { m_viewExposed = region; }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // The parts of the layer a paint must draw (item coordinates): links that cross none of them
    // are left out.
    struct Exposed
    {
        QVector<QRectF> rects; // empty: everything
        QRectF bounds;
        // With many rectangles, a grid of cells near one of them (within the margin) instead.
        QVector<bool> grid;
        int columns = 0;
        int rows = 0;
        double cell = 0.0;
        bool hits(const FieldLink &link, double margin) const;
    };

    FieldScene *fieldScene() const;
    // `margin`: the most any link's drawing reaches past its line in this paint.
    Exposed exposed(const QPainter &painter, const QStyleOptionGraphicsItem &option, double margin) const;
    void paintCoarse(QPainter &painter, const Exposed &exposed) const;
    // The hairlines of the whole view from the picture kept of them (see HairlineCache); false
    // when they cannot be kept (a translucent colour).
    bool paintKept(QPainter &painter) const;
    // Whether the picture kept of the hairlines was drawn for this painter's device and view.
    bool keepsPictureFor(const QPainter &painter) const;
    static QVector<QImage> drawBatches(const std::map<QRgb, QVector<QLineF>> &batches, int count, QSize size,
                                       double ratio, const QTransform &world);
    // The batches (item coordinates) as hairlines through images of the device's size.
    static void drawThroughImages(QPainter &painter, const std::map<QRgb, QVector<QLineF>> &batches, int count);
    void paintBatched(QPainter &painter, const Exposed &exposed, double detail) const;
    void paintLink(QPainter &painter, const FieldLink &link, bool selected, double detail, bool dashes) const;
    void paintLabel(QPainter &painter, const FieldLink &link) const;
    // How far past its line a link's drawing reaches (scene units): its pen, the selection halo,
    // and at the ends its arrowhead; around the middle, its number.
    double bodyMargin(const FieldLink &link) const;
    double endMargin(const FieldLink &link) const;
    QSizeF labelReach() const;
    static bool looksSame(const FieldLink &x, const FieldLink &y);
    const PartyNode *node(int index) const { return index < m_nodes.size() ? m_nodes[index] : nullptr; }
    void fill(FieldLink &link, const core::DyadResult &dyad, const FieldLink *old, bool animated) const;
    void restyle(const std::vector<const core::DyadResult *> &dyads, bool animated);
    void rebuild(const std::vector<const core::DyadResult *> &dyads, bool sameParties, bool animated);
    // Zoomed out so far (`detail`: pixels per scene unit) that links are drawn as hairlines.
    bool isCoarse(double detail) const;
    bool isCoarseOnScreen() const;
    // Asks for a repaint of the places where `link` is drawn.
    void markDirty(const FieldLink &link);
    // The same for a link whose ends moved from `oldStart` and `oldEnd`.
    void markMoved(const FieldLink &link, QPointF oldStart, QPointF oldEnd);
    // The places asked for since the last flush go to the scene: piece by piece while they are
    // few, else the whole layer.
    void flushDirty();
    void capDirty(); // too many places: the whole layer

    QVector<FieldLink> m_links;
    // Each link's two nodes, valid from one sync to the next (the scene deletes nodes only
    // right before syncing the links).
    QVector<std::pair<const PartyNode *, const PartyNode *>> m_ends;
    QVector<std::pair<int, int>> m_pairs; // each link's parties by their index in the analysis
    std::vector<std::pair<int, int>> m_enginePairs; // the dyads in the engine's order, at the last sync
    std::vector<int> m_sortedDyads;                 // that order sorted by the pairs
    QVector<QString> m_partyIds;          // the analysis' parties at the last sync, by index
    QVector<const PartyNode *> m_nodes;   // their nodes, found at the scene's revision below
    quint64 m_nodesRevision = ~quint64(0);
    QHash<std::pair<QString, QString>, int> m_index; // (a, b) -> row
    bool m_pairsChanged = false;
    bool m_movedAtGeometry = false;
    QRectF m_bounds;
    double m_widest = 0.0;   // the widest link's width (scene units, before the line scale)
    QVector<int> m_changed;  // rows drawn otherwise since the last sync, before their ends are placed
    QVector<QRectF> m_dirty; // places to repaint (item coordinates)
    bool m_allDirty = false;
    const QRegion *m_viewExposed = nullptr;

    // The zoomed-out hairlines of the view's whole picture, kept while its transform stays: a
    // frame that changes a few links (a party dragged, a slider moved) copies the picture of the
    // others and draws those few over it; one that changes many draws them all again.
    struct HairlineCache
    {
        QTransform world;
        QSize size;
        double ratio = 0.0;
        QVector<QLineF> lines; // every link as last drawn
        QVector<QRgb> colors;
        QVector<bool> hot;     // links left out of the picture, drawn over it at each paint
        QImage image;
    };
    mutable HairlineCache m_kept;
    mutable DottedLine m_dots; // the balanced links' dots
};

} // namespace powerfield
