// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionnode.h"

#include "document.h"
#include "fieldscene.h"
#include "fieldstyle.h"
#include "partynode.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {
constexpr double kTetherLength = 46.0;
constexpr double kSpreadDegrees = 38.0; // between satellites of one owner
} // namespace

OptionNode::OptionNode(const QString &id)
    : m_id(id)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(2);
}

FieldScene *OptionNode::fieldScene() const
{
    return static_cast<FieldScene *>(scene());
}

bool OptionNode::syncFromModel()
{
    const FieldScene *fs = fieldScene();
    const Scenario &state = fs->document()->state();
    const int index = state.optionIndex(m_id);
    const OutsideOption *option = index >= 0 ? &state.options[index] : nullptr;
    const PartyNode *owner = option ? fs->node(option->owner) : nullptr;
    const bool drawn = owner && owner->isVisible();
    setVisible(drawn);
    if (!drawn)
        return false;
    m_owner = option->owner;
    m_name = option->name;
    const Lens lens = fs->document()->lens();
    double best = 0.0;
    for (const Offer &offer : option->offers)
        best = std::max(best, offer.rating.value(lens));
    m_value = best;
    const double radius = fieldstyle::optionRadius(best);
    const QPointF at = placeBeside(owner->pos(), owner->radius(), radius);
    setPos(at);
    setOpacity(owner->opacity());
    const QPointF toOwner = owner->pos() - at;
    const double length = std::hypot(toOwner.x(), toOwner.y());
    const QPointF dir = length > 0 ? toOwner / length : QPointF(0, 1);
    const QPointF end = toOwner - dir * owner->reach(-dir);
    const QFontMetricsF metrics(fieldstyle::smallFont(fs->theme()));
    const double width = metrics.horizontalAdvance(m_name) + 6;
    // The name goes on the far side of the satellite from the owner.
    const double top = dir.y() > 0.5 ? -radius - metrics.height() - 4 : radius + 3;
    setGeometry(end, radius, QRectF(-width / 2, top, width, metrics.height() + 2));
    return true;
}

QPointF OptionNode::placeBeside(QPointF ownerPos, double ownerRadius, double radius) const
{
    const Scenario &state = fieldScene()->document()->state();
    int rank = 0;
    int count = 0;
    for (const OutsideOption &o : state.options) {
        if (o.owner != m_owner)
            continue;
        if (o.id == m_id)
            rank = count;
        ++count;
    }
    QPointF away = ownerPos - fieldScene()->centroid();
    const double length = std::hypot(away.x(), away.y());
    const double base = length > 1e-6 ? std::atan2(away.y(), away.x()) : -M_PI / 2;
    const double angle = base + qDegreesToRadians(kSpreadDegrees) * (rank - (count - 1) / 2.0);
    const double distance = ownerRadius * 1.15 + kTetherLength + radius;
    return ownerPos + distance * QPointF(std::cos(angle), std::sin(angle));
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

void OptionNode::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const FieldScene *fs = fieldScene();
    const Theme &theme = fs->theme();
    const PartyNode *owner = fs->node(m_owner);
    const QColor color = owner ? owner->color() : theme.muted();
    const double length = std::hypot(m_tetherEnd.x(), m_tetherEnd.y());
    const QPointF start = length > 0 ? m_tetherEnd / length * m_radius : QPointF();
    painter->setPen(QPen(theme.muted(), 1.5 * theme.lineScale(), Qt::DashLine));
    painter->drawLine(start, m_tetherEnd);
    QColor fill = color;
    fill.setAlphaF(0.35f);
    painter->setBrush(fill);
    painter->setPen(QPen(color.darker(120), 1.5 * theme.lineScale()));
    painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
    painter->setFont(fieldstyle::smallFont(theme));
    painter->setPen(theme.muted());
    painter->drawText(m_labelRect, Qt::AlignCenter, m_name);
}

} // namespace powerfield
