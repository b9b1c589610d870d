// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemplace.h"
#include "namefit.h"
#include "scenario.h"

#include <QColor>
#include <QGraphicsItem>
#include <QStaticText>

namespace powerfield {

class FieldScene;

// One party of the field drawn as a node: its shape shows the kind, its area the field power,
// its fill the party's colour, with the name below; it holds only the party's id and mirrors
// the Document through syncFromModel().
class PartyNode : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit PartyNode(const QString &id);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }

    // Reads the party from the scene's Document; false when the party is not drawn.
    bool syncFromModel();
    // The same from the party's record in the Document's state (saves the lookup in batches).
    bool syncFromModel(const Party *party);
    // What the last sync changed: where the node is or whether it is drawn (`moved`), and its
    // size, shape, name or selection ring (`reshaped`): what the satellites and names follow.
    bool movedAtSync() const { return m_movedAtSync; }
    bool shownOrHiddenAtSync() const { return m_shownOrHiddenAtSync; }
    bool reshapedAtSync() const { return m_reshapedAtSync; }
    // Moves the drawn size `t` of the way from the size before the last sync to the new one;
    // true when the size drawn changed.
    bool stepAnimation(double t);
    void finishAnimation() { stepAnimation(1.0); }

    double radius() const { return m_radius; }            // as drawn now
    double targetRadius() const { return m_targetRadius; } // from the current analysis
    // The radius for the party's power alone, before the scene's floor on screen.
    double naturalRadius() const { return m_naturalRadius; }
    // Applies the scene's floor again after its pixel scale changed (no easing).
    void refreshRadius();
    double fieldPower() const { return m_fieldPower; }
    PartyKind kind() const { return m_kind; }
    QColor color() const { return m_color; }
    QString name() const { return m_name; }
    bool isActive() const { return m_active; }
    bool isSelected() const { return m_selected; }
    // How far the selection ring reaches past the outline (scene units; 0 when not selected).
    double haloReach() const;
    // The name's size in pixels in `font` (measured once per font size).
    QSizeF namePixelSize(const QFont &font);
    NameFit &nameFit() { return m_nameFit; } // FieldLabels' memo of the name as drawn
    // Where the name goes (item coordinates), the text shown there (the name, or elided) and
    // the scene units per pixel it is drawn at.
    void setLabel(const QRectF &rect, const QString &shown, double unit);
    QRectF labelRect() const { return m_labelRect; }
    QString shownLabel() const { return m_shown; }
    // In a crowded large field a name that would cover another is not drawn (its place is kept,
    // so that the fit does not change): see FieldLabels::place.
    void setLabelHidden(bool hidden);
    bool isLabelHidden() const { return m_labelHidden; }
    // The outline and the name, tightly (item coordinates).
    QRectF drawingRect() const;
    // Distance from the centre to the outline along the unit vector `dir`.
    double reach(QPointF dir) const;
    // pos() and isVisible(), kept in the item (itemplace.h).
    QPointF at() const { return m_place.at(); }
    bool isDrawn() const { return m_place.drawn(); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    FieldScene *fieldScene() const;

    QString m_id;
    QString m_name;
    PartyKind m_kind = PartyKind::Person;
    QColor m_color;
    bool m_active = true;
    bool m_selected = false;
    bool m_inDyadSelection = false;
    double m_fieldPower = 0.0;
    double m_radius = 0.0;
    ItemPlace m_place;
    double m_fromRadius = 0.0;
    double m_targetRadius = 0.0;
    double m_naturalRadius = 0.0;
    QRectF m_labelRect;
    bool m_labelHidden = false;
    QString m_shown;        // the name as drawn (elided when long)
    double m_labelUnit = 1.0;
    QStaticText m_text;
    int m_preparedPixels = 0; // the font size m_text was laid out in
    NameFit m_nameFit;
    QSizeF m_labelSize;    // of m_name in the name font, measured when either changes
    int m_labelFontPixels = 0;
    bool m_labelBold = true;
    bool m_movedAtSync = false;
    bool m_shownOrHiddenAtSync = false;
    bool m_reshapedAtSync = false;
};

} // namespace powerfield
