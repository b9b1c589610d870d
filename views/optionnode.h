// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QStaticText>

#include "scenario.h"

namespace powerfield {

class FieldScene;

// An outside option drawn as a small satellite beside its owner, tied to it by a dashed line;
// the satellite grows with the option's best offer. It holds only the option's id.
class OptionNode : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit OptionNode(const QString &id);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    QString owner() const { return m_owner; }
    QString name() const { return m_name; }
    double value() const { return m_value; } // best offer under the lens
    double radius() const { return m_radius; }
    // Whether an item-coordinate point lies on the satellite or its name.
    bool hits(QPointF point) const;

    // Reads the option from the scene's Document and places it beside its owner's node; false
    // when it is not drawn (owner hidden or option gone).
    bool syncFromModel();
    bool syncFromModel(const OutsideOption *option); // the record in the Document's state

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    FieldScene *fieldScene() const;
    QRectF labelRect(QPointF out, double radius);
    void setGeometry(QPointF tetherEnd, double radius, const QRectF &label);

    QString m_id;
    QString m_owner;
    QString m_name;
    double m_value = 0.0;
    double m_radius = 0.0;
    QPointF m_tetherEnd; // where the tie meets the owner, in item coordinates
    QRectF m_labelRect;
    QStaticText m_text;
    QSizeF m_labelSize; // of m_name, measured when it or the theme changes
    double m_labelScale = 0.0;
};

} // namespace powerfield
