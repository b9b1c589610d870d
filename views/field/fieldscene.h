// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "fieldplacement.h"
#include "theme.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QVector>
#include <QtMath>

#include <optional>

class QTimer;
class QVariantAnimation;

namespace powerfield {

class LinkLayer;
class OptionNode;
class PartyNode;
struct FieldLink;

// The social field of one Document as graphics items: a node per party, a satellite per outside
// option and one layer drawing every dyad's link; it follows the Document's signals and
// repaints within the same event-loop turn. The screen and the picture export both draw it.
class FieldScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit FieldScene(Document *document, QObject *parent = nullptr);
    // With its look set before the first sync (a picture export): names are measured and placed
    // once in their final type, not again after a change of theme and of name size.
    FieldScene(Document *document, const Theme &theme, double labelPixels, QObject *parent = nullptr);
    ~FieldScene() override;

    Document *document() const { return m_document; }

    const Theme &theme() const { return m_theme; }
    void setTheme(const Theme &theme);
    bool showNumbers() const { return m_showNumbers; }
    void setShowNumbers(bool show);
    // Inactive parties are hidden, or drawn faded when this is on.
    bool showInactive() const { return m_showInactive; }
    void setShowInactive(bool show);
    // Size and width changes ease in over about 200 ms and leave a short ghost when on.
    bool isAnimated() const { return m_animated; }
    void setAnimated(bool animated);

    // Scene units per pixel of the screen (or picture) that shows the scene: names, node floors,
    // satellite ties and arrowheads keep their size in such pixels whatever the zoom.
    double pixelScale() const { return m_pixel; }
    void setPixelScale(double unitsPerPixel);
    // The height of the names in pixels of the screen or picture; 0: the theme's (namePixels).
    double labelPixels() const;
    void setLabelPixels(double pixels);
    // A party's radius as drawn (scene units): its power's, but never smaller on screen than a
    // floor that grows with the names.
    double drawnRadius(double naturalRadius) const;
    // The smallest satellite and tie on screen (scene units at the current pixel scale).
    double optionFloor() const;
    // The theme's line scale, eased off when zoomed in far, so two large nodes do not get
    // outlines and links as heavy as their size: past a zoom of about 1.3 lines keep their pixels.
    double lineScale() const;
    double tetherFloor() const;

    PartyNode *node(const QString &party) const { return m_nodes.value(party); }
    // Counts the nodes created and deleted: a node found by id stays valid while it holds.
    quint64 nodesRevision() const { return m_nodesRevision; }
    OptionNode *option(const QString &option) const { return m_options.value(option); }
    LinkLayer *links() const { return m_links; }
    int nodeCount() const;  // parties drawn (active ones, and inactive when shown faded)
    // Many parties (drawn or not): nodes and satellites small on screen are drawn without
    // antialiasing there (PartyNode::paint).
    bool isLarge() const { return m_nodes.size() > 300; }
    int optionCount() const; // satellites drawn
    int linkCount() const;
    const FieldLink *link(const QString &a, const QString &b) const;

    // What lies at a scene point: a party id, or a dyad (ids a and b).
    QString partyAt(QPointF scenePos) const;
    QString optionAt(QPointF scenePos) const;
    std::optional<std::pair<QString, QString>> linkAt(QPointF scenePos, double tolerance) const;
    // Where the parties drawn lie (centre of mass), for placing satellites away from the field.
    QPointF centroid() const { return m_centroid; }
    // Where the satellite of an option goes around its owner (radians, y down).
    double optionAngle(const QString &option) const { return m_placer.optionAngle(option); }
    // The bounding rectangle of everything drawn, generously (for scroll room).
    QRectF fieldRect() const;
    // The tight bounding rectangle of the nodes, satellites and their names, for fitting.
    QRectF drawingRect() const;
    // Count the changes of what is drawn where (nodes, satellites, names), and of which of them
    // are drawn (items that came, went, or were shown or hidden): views compare them to skip
    // work when nothing moved, or when the same items are drawn.
    quint64 geometryRevision() const { return m_geometryRevision; }
    quint64 drawnRevision() const { return m_drawnRevision; }
    // The drawing rectangle at `pixelsPerUnit` (the scene is left at that scale, or at another
    // one when the rectangle was measured before): measured once per scale until something other
    // than the scale changes, for the fit's many tries (placing the names of a large field costs
    // tens of milliseconds a try).
    QRectF drawingRectAt(double pixelsPerUnit);
    // Party ids in the order Tab visits them (visible parties in file order).
    QStringList visibleParties() const;
    // Their nodes as of the last sync, without a lookup per party (for the sync's own passes).
    QVector<PartyNode *> visibleNodes() const;
    // The satellites drawn, in the order of the state's options as of the last sync.
    QVector<OptionNode *> visibleOptions() const;

    // Reads everything from the Document again, reusing the items that still apply.
    void syncFromModel();
    // Draws the parties in `positions` there (the automatic layout on its way) without touching
    // the Document; the next sync puts every node back where the Document has it.
    void showPositions(const QHash<QString, QPointF> &positions);

signals:
    void synced(); // after every sync, so views can adjust their scene rectangle

private:
    // What a sync of the nodes changed (see PartyNode::movedAtSync).
    struct NodeChanges
    {
        bool moved = false;    // a node moved, came, went or was shown or hidden, or the order changed
        bool reshaped = false; // a node's size, shape, name or selection ring
    };

    void onChanged();
    void onSelectionChanged(const Selection &selection);
    NodeChanges syncNodes();
    bool syncOptions(); // true when a satellite moved, came, went or was renamed
    bool optionsRestructured(); // options came, went or changed owners since the last call
    void updateCentroid();
    // Satellites' angles (when their input may have changed: `restructured`) and the names
    // (when something they avoid or follow may have moved: `moved`).
    void placeDecorations(bool restructured, bool moved);
    void startAnimation();
    void stepAnimation(double t);
    void clearItems();
    void geometryChanged(bool drawn = false);

    QPointer<Document> m_document;
    Theme m_theme;
    bool m_showNumbers = false;
    bool m_showInactive = false;
    bool m_animated = false;
    QHash<QString, PartyNode *> m_nodes;
    QVector<PartyNode *> m_nodeOrder; // the nodes in the order of the state's parties
    quint64 m_nodesRevision = 0;
    QHash<QString, OptionNode *> m_options;
    QVector<OptionNode *> m_optionOrder; // the satellites in the order of the state's options
    QVector<std::pair<QString, QString>> m_optionOwners; // (option, owner) as last placed
    int m_changesSinceSync = 0;           // Document changes since the last sync
    bool m_onlyMovesSinceSync = true;     // and whether all of them moved parties
    bool m_decorationsStale = true; // names and satellites to place at the next sync whatever changed
    quint64 m_geometryRevision = 0;
    quint64 m_drawnRevision = 0;
    quint64 m_contentRevision = 0; // geometry changes other than the pixel scale's
    bool m_scaling = false;        // in setPixelScale: its changes follow the scale
    quint64 m_triedRevision = ~quint64(0); // the content m_tried was measured at
    QVector<std::pair<double, QRectF>> m_tried; // drawing rectangles at the scales tried
    mutable quint64 m_rectsRevision = ~quint64(0); // what the two rectangles below were measured at
    mutable QRectF m_fieldRect;
    mutable QRectF m_drawingRect;
    LinkLayer *m_links = nullptr;
    QPointF m_centroid;
    double m_pixel = 1.0;
    double m_labelPixels = 0.0;
    FieldPlacer m_placer;
    Selection m_selection; // as last drawn
    QVariantAnimation *m_animation = nullptr;
    QTimer *m_ghostTimer = nullptr;
};

} // namespace powerfield
