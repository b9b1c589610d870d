// SPDX-License-Identifier: GPL-3.0-or-later
#include "partynode.h"

#include "document.h"
#include "fieldscene.h"
#include "fieldstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace powerfield {

namespace {
constexpr double kFadedOpacity = 0.3;
constexpr double kLabelGap = 6.0;
constexpr double kLabelPad = 4.0;
} // namespace

PartyNode::PartyNode(const QString &id)
    : m_id(id)
{
    setAcceptedMouseButtons(Qt::NoButton); // the view handles clicks and drags
    m_text.setTextFormat(Qt::PlainText);
    setZValue(3);
}

FieldScene *PartyNode::fieldScene() const
{
    return static_cast<FieldScene *>(scene());
}

bool PartyNode::syncFromModel()
{
    return syncFromModel(fieldScene()->document()->state().party(m_id));
}

bool PartyNode::syncFromModel(const Party *party)
{
    const FieldScene *fs = fieldScene();
    const Document *doc = fs->document();
    const bool drawn = party && (party->active || fs->showInactive());
    setVisible(drawn);
    if (!drawn)
        return false;
    const int index = doc->analysis().partyIndex(m_id);
    const double power = party->active && index >= 0 ? doc->analysis().engine().fieldPower(index) : 0.0;
    const Selection selection = doc->selection();
    const bool selected = selection.a == m_id && !selection.isDyad();
    const bool inDyad = selection.isDyad() && (selection.a == m_id || selection.b == m_id);
    const bool sizeChanged = fieldstyle::nodeRadius(power) != m_targetRadius;
    const bool looksChanged = party->name != m_name || party->kind != m_kind
                              || QColor(party->color) != m_color || party->active != m_active
                              || selected != m_selected || inDyad != m_inDyadSelection;
    if (sizeChanged)
        prepareGeometryChange();
    if (party->name != m_name) {
        m_labelSize = QSizeF();
        m_text.setText(party->name);
    }
    m_name = party->name;
    m_kind = party->kind;
    m_color = QColor(party->color);
    m_active = party->active;
    m_selected = selected;
    m_inDyadSelection = inDyad;
    m_fieldPower = power;
    m_fromRadius = m_radius > 0 ? m_radius : fieldstyle::nodeRadius(power);
    m_targetRadius = fieldstyle::nodeRadius(power);
    if (!fs->isAnimated())
        m_radius = m_targetRadius;
    else if (m_radius <= 0)
        m_radius = m_targetRadius;
    setOpacity(m_active ? 1.0 : kFadedOpacity);
    setPos(party->x, party->y);
    updateLabelRect();
    if (looksChanged)
        update();
    return true;
}

void PartyNode::stepAnimation(double t)
{
    const double r = m_fromRadius + (m_targetRadius - m_fromRadius) * t;
    if (r == m_radius)
        return;
    prepareGeometryChange();
    m_radius = r;
    updateLabelRect();
    update();
}

double PartyNode::reach(QPointF dir) const
{
    return fieldstyle::nodeReach(m_kind, m_radius, dir);
}

void PartyNode::updateLabelRect()
{
    const double scale = fieldScene()->theme().fontScale();
    if (scale != m_labelScale || m_labelSize.isEmpty()) { // measuring text is the costly part
        const QFontMetricsF metrics(fieldstyle::labelFont(fieldScene()->theme(), true));
        m_labelSize = QSizeF(metrics.horizontalAdvance(m_name), metrics.height());
        m_labelScale = scale;
    }
    const double width = m_labelSize.width() + 2 * kLabelPad;
    const double height = m_labelSize.height() + kLabelPad;
    const double reach = fieldstyle::nodeReach(m_kind, m_radius, QPointF(0, 1)) + kLabelGap;
    const double top = m_labelAbove ? -reach - height : reach;
    const QRectF rect(-width / 2, top, width, height);
    if (rect == m_labelRect)
        return;
    prepareGeometryChange();
    m_labelRect = rect;
}

void PartyNode::setLabelAbove(bool above)
{
    if (above == m_labelAbove)
        return;
    m_labelAbove = above;
    updateLabelRect();
    update();
}

QRectF PartyNode::boundingRect() const
{
    // Room for square corners, the outline and the selection ring.
    const double lines = scene() ? fieldScene()->theme().lineScale() : 1.0;
    const double r = (std::max(m_radius, m_targetRadius) + 6.0 * lines + 4.0) * 1.3;
    return QRectF(-r, -r, 2 * r, 2 * r).united(m_labelRect.adjusted(-2, -2, 2, 2));
}

QPainterPath PartyNode::shape() const
{
    QPainterPath path = fieldstyle::nodeShape(m_kind, m_radius);
    path.addRect(m_labelRect);
    return path;
}

void PartyNode::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Theme &theme = fieldScene()->theme();
    const QPainterPath outline = fieldstyle::nodeShape(m_kind, m_radius);
    if (m_selected || m_inDyadSelection) {
        const double ring = (m_selected ? 4.0 : 2.5) * theme.lineScale();
        QPen halo(theme.foreground(), ring, m_selected ? Qt::SolidLine : Qt::DashLine);
        painter->setPen(halo);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(fieldstyle::nodeShape(m_kind, m_radius + ring + 3.0));
    }
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setPen(fieldstyle::outlinePen(theme.foreground(), 1.5 * theme.lineScale(), detail,
                                           m_active ? Qt::SolidLine : Qt::DashLine));
    painter->setBrush(m_color);
    painter->drawPath(outline);

    const QFont font = fieldstyle::labelFont(theme, true);
    if (!fieldstyle::isLegible(font, detail))
        return;
    if (theme.kind != ThemeKind::Transparent) {
        QColor box = theme.background();
        box.setAlphaF(0.8f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(box);
        painter->drawRoundedRect(m_labelRect, 4, 4);
    }
    painter->setPen(theme.foreground());
    fieldstyle::drawLabel(*painter, m_labelRect, m_text, font);
}

} // namespace powerfield
