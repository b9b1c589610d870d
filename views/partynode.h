// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    QString id() const { return m_id; }

    // Reads the party from the scene's Document; false when the party is not drawn.
    bool syncFromModel();
    // The same from the party's record in the Document's state (saves the lookup in batches).
    bool syncFromModel(const Party *party);
    // Moves the drawn size `t` of the way from the size before the last sync to the new one.
    void stepAnimation(double t);
    void finishAnimation() { stepAnimation(1.0); }

    double radius() const { return m_radius; }            // as drawn now
    double targetRadius() const { return m_targetRadius; } // from the current analysis
    double fieldPower() const { return m_fieldPower; }
    PartyKind kind() const { return m_kind; }
    QColor color() const { return m_color; }
    QString name() const { return m_name; }
    bool isActive() const { return m_active; }
    bool isSelected() const { return m_selected; }
    // Puts the name above the node instead of below (to keep it off a link).
    void setLabelAbove(bool above);
    // Distance from the centre to the outline along the unit vector `dir`.
    double reach(QPointF dir) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    FieldScene *fieldScene() const;
    void updateLabelRect();

    QString m_id;
    QString m_name;
    PartyKind m_kind = PartyKind::Person;
    QColor m_color;
    bool m_active = true;
    bool m_selected = false;
    bool m_inDyadSelection = false;
    bool m_labelAbove = false;
    double m_fieldPower = 0.0;
    double m_radius = 0.0;
    double m_fromRadius = 0.0;
    double m_targetRadius = 0.0;
    QRectF m_labelRect;
    QStaticText m_text;
    QSizeF m_labelSize;    // of m_name in the theme's font, measured when either changes
    double m_labelScale = 0.0;
};

} // namespace powerfield
