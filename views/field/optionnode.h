// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QStaticText>

#include "itemplace.h"
#include "namefit.h"
#include "scenario.h"

namespace powerfield {

class FieldScene;
class PartyNode;

// An outside option drawn as a small satellite beside its owner, tied to it by a dashed line;
// the satellite grows with the option's best offer. It holds only the option's id.
class OptionNode : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit OptionNode(const QString &id);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }
    QString owner() const { return m_owner; }
    QString name() const { return m_name; }
    double value() const { return m_value; } // best offer under the lens
    double radius() const { return m_radius; }
    // Whether an item-coordinate point lies on the satellite or its name.
    bool hits(QPointF point) const;

    // Places the option (its record in the Document's state; null: gone) beside its owner's node,
    // `angle` radians around it (FieldPlacer); false when it is not drawn (owner hidden or gone).
    bool syncFromModel(const OutsideOption *option, double angle);
    // Whether the last sync moved the satellite, resized it, renamed it or showed or hid it:
    // what its name's place follows.
    bool changedAtSync() const { return m_changedAtSync; }
    bool shownOrHiddenAtSync() const { return m_shownOrHiddenAtSync; }

    // The direction from the owner to the satellite (unit vector).
    QPointF outward() const { return m_out; }
    // As PartyNode: the name's size in pixels, and where and how it is drawn.
    QSizeF namePixelSize(const QFont &font);
    NameFit &nameFit() { return m_nameFit; } // FieldLabels' memo of the name as drawn
    void setLabel(const QRectF &rect, const QString &shown, double unit);
    QRectF labelRect() const { return m_labelRect; }
    QString shownLabel() const { return m_shown; }
    // In a crowded large field a name that would cover another is not drawn (its place is kept,
    // so that the fit does not change): see FieldLabels::place.
    void setLabelHidden(bool hidden);
    bool isLabelHidden() const { return m_labelHidden; }
    // The satellite and its name, tightly (item coordinates).
    QRectF drawingRect() const;

    // pos() and isVisible(), kept in the item (itemplace.h).
    QPointF at() const { return m_place.at(); }
    bool isDrawn() const { return m_place.drawn(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    FieldScene *fieldScene() const;
    void setGeometry(QPointF tetherEnd, double radius);

    QString m_id;
    QString m_owner;
    const PartyNode *m_ownerNode = nullptr; // of m_owner, found at the scene's nodesRevision() below
    quint64 m_ownerNodesRevision = ~quint64(0);
    QString m_name;
    ItemPlace m_place;
    QColor m_color; // the owner's, as drawn
    // Its outline and fill, worked out once per colour: thousands of satellites repaint at once.
    QColor m_outline;
    QColor m_fill;
    double m_value = 0.0;
    double m_radius = 0.0;
    QPointF m_tetherEnd; // where the tie meets the owner, in item coordinates
    QPointF m_out{0.0, -1.0};
    QRectF m_labelRect;
    bool m_labelHidden = false;
    QString m_shown;
    double m_labelUnit = 1.0;
    QStaticText m_text;
    int m_preparedPixels = 0; // the font size m_text was laid out in
    NameFit m_nameFit;
    QSizeF m_labelSize; // of m_name, measured when it or the font changes
    int m_labelFontPixels = 0;
    bool m_changedAtSync = false;
    bool m_shownOrHiddenAtSync = false;
};

} // namespace powerfield
