// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionnode.h"

#include "document.h"
#include "fieldscene.h"
#include "fieldstyle.h"
#include "partynode.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {
constexpr double kTetherLength = 40.0;
} // namespace

OptionNode::OptionNode(const QString &id)
    : m_id(id)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(2);
    m_text.setTextFormat(Qt::PlainText);
}

FieldScene *OptionNode::fieldScene() const
{
    return static_cast<FieldScene *>(scene());
}

bool OptionNode::syncFromModel()
{
    const Scenario &state = fieldScene()->document()->state();
    const int index = state.optionIndex(m_id);
    return syncFromModel(index >= 0 ? &state.options[index] : nullptr);
}

bool OptionNode::syncFromModel(const OutsideOption *option)
{
    const FieldScene *fs = fieldScene();
    const PartyNode *owner = option ? fs->node(option->owner) : nullptr;
    const bool drawn = owner && owner->isVisible();
    setVisible(drawn);
    if (!drawn)
        return false;
    m_owner = option->owner;
    if (option->name != m_name) {
        m_labelSize = QSizeF();
        m_text.setText(option->name);
    }
    m_name = option->name;
    const Lens lens = fs->document()->lens();
    double best = 0.0;
    for (const Offer &offer : option->offers)
        best = std::max(best, offer.rating.value(lens));
    m_value = best;
    const double radius = fieldstyle::optionRadius(best);
    const double angle = fs->optionAngle(m_id);
    const QPointF out(std::cos(angle), std::sin(angle)); // from the owner to the satellite
    const double distance = owner->reach(out) + kTetherLength + radius;
    setPos(owner->pos() + distance * out);
    setOpacity(owner->opacity());
    const QPointF end = -out * (kTetherLength + radius); // on the owner's outline
    setGeometry(end, radius, labelRect(out, radius));
    return true;
}

// The name goes on the far side of the satellite from its owner.
QRectF OptionNode::labelRect(QPointF out, double radius)
{
    const double scale = fieldScene()->theme().fontScale();
    if (scale != m_labelScale || m_labelSize.isEmpty()) { // measuring text is the costly part
        const QFontMetricsF metrics(fieldstyle::smallFont(fieldScene()->theme()));
        m_labelSize = QSizeF(metrics.horizontalAdvance(m_name) + 6, metrics.height() + 2);
        m_labelScale = scale;
    }
    const QSizeF size = m_labelSize;
    if (out.x() > 0.5)
        return QRectF(QPointF(radius + 4, -size.height() / 2), size);
    if (out.x() < -0.5)
        return QRectF(QPointF(-radius - 4 - size.width(), -size.height() / 2), size);
    const double top = out.y() < 0 ? -radius - 3 - size.height() : radius + 3;
    return QRectF(QPointF(-size.width() / 2, top), size);
}

void OptionNode::setGeometry(QPointF tetherEnd, double radius, const QRectF &label)
{
    if (tetherEnd == m_tetherEnd && radius == m_radius && label == m_labelRect) {
        update();
        return;
    }
    prepareGeometryChange();
    m_tetherEnd = tetherEnd;
    m_radius = radius;
    m_labelRect = label;
}

bool OptionNode::hits(QPointF point) const
{
    return std::hypot(point.x(), point.y()) <= m_radius + 3.0 || m_labelRect.contains(point);
}

QRectF OptionNode::boundingRect() const
{
    const QRectF dot(-m_radius - 2, -m_radius - 2, 2 * m_radius + 4, 2 * m_radius + 4);
    const QRectF tether = QRectF(QPointF(0, 0), m_tetherEnd).normalized().adjusted(-3, -3, 3, 3);
    return dot.united(tether).united(m_labelRect);
}

void OptionNode::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const FieldScene *fs = fieldScene();
    const Theme &theme = fs->theme();
    const PartyNode *owner = fs->node(m_owner);
    const QColor color = owner ? owner->color() : theme.muted();
    const double length = std::hypot(m_tetherEnd.x(), m_tetherEnd.y());
    const QPointF start = length > 0 ? m_tetherEnd / length * m_radius : QPointF();
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setPen(fieldstyle::outlinePen(theme.muted(), 1.5 * theme.lineScale(), detail, Qt::DashLine));
    painter->drawLine(start, m_tetherEnd);
    painter->setBrush(fieldstyle::optionFill(color));
    painter->setPen(fieldstyle::outlinePen(color.darker(120), 1.5 * theme.lineScale(), detail));
    painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
    const QFont font = fieldstyle::smallFont(theme);
    if (!fieldstyle::isLegible(font, detail))
        return;
    painter->setPen(theme.muted());
    fieldstyle::drawLabel(*painter, m_labelRect, m_text, font);
}

} // namespace powerfield
