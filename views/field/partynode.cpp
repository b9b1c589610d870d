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
constexpr double kRoughPixels = 6.0; // a node smaller than this radius on screen, in a large field: no smoothing
} // namespace

PartyNode::PartyNode(const QString &id)
    : m_id(id)
{
    setAcceptedMouseButtons(Qt::NoButton); // the view handles clicks and drags
    setFlag(ItemSendsGeometryChanges);      // for m_place
    m_text.setTextFormat(Qt::PlainText);
    setZValue(3);
}

QVariant PartyNode::itemChange(GraphicsItemChange change, const QVariant &value)
{
    m_place.follow(change, value);
    return QGraphicsItem::itemChange(change, value);
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
    m_movedAtSync = drawn != m_place.drawn();
    m_shownOrHiddenAtSync = m_movedAtSync;
    m_reshapedAtSync = false;
    setVisible(drawn);
    if (!drawn)
        return false;
    const int index = doc->analysis().partyIndex(m_id);
    const double power = party->active && index >= 0 ? doc->analysis().engine().fieldPower(index) : 0.0;
    const Selection selection = doc->selection();
    const bool selected = selection.a == m_id && !selection.isDyad();
    const bool inDyad = selection.isDyad() && (selection.a == m_id || selection.b == m_id);
    const double natural = fieldstyle::nodeRadius(power);
    const double target = fs->drawnRadius(natural);
    const bool sizeChanged = target != m_targetRadius;
    const bool looksChanged = party->name != m_name || party->kind != m_kind
                              || QColor(party->color) != m_color || party->active != m_active
                              || selected != m_selected || inDyad != m_inDyadSelection;
    if (sizeChanged)
        prepareGeometryChange();
    m_reshapedAtSync = sizeChanged || looksChanged;
    if (party->name != m_name)
        m_labelSize = QSizeF();
    m_name = party->name;
    m_kind = party->kind;
    m_color = QColor(party->color);
    m_active = party->active;
    m_selected = selected;
    m_inDyadSelection = inDyad;
    m_fieldPower = power;
    m_fromRadius = m_radius > 0 ? m_radius : target;
    m_targetRadius = target;
    m_naturalRadius = natural;
    if (!fs->isAnimated())
        m_radius = m_targetRadius;
    else if (m_radius <= 0)
        m_radius = m_targetRadius;
    setOpacity(m_active ? 1.0 : kFadedOpacity);
    if (pos() != QPointF(party->x, party->y)) {
        m_movedAtSync = true;
        setPos(party->x, party->y);
    }
    if (looksChanged)
        update();
    return true;
}

bool PartyNode::stepAnimation(double t)
{
    const double r = m_fromRadius + (m_targetRadius - m_fromRadius) * t;
    if (r == m_radius)
        return false;
    prepareGeometryChange();
    m_radius = r;
    update();
    return true;
}

double PartyNode::haloReach() const
{
    if (!m_selected && !m_inDyadSelection)
        return 0.0;
    return (m_selected ? 4.0 : 2.5) * 1.5 * fieldScene()->lineScale() + 3.0;
}

void PartyNode::refreshRadius()
{
    const double target = fieldScene()->drawnRadius(m_naturalRadius);
    if (target == m_targetRadius && m_radius == target)
        return;
    prepareGeometryChange();
    m_fromRadius = m_radius = m_targetRadius = target;
    update();
}

double PartyNode::reach(QPointF dir) const
{
    return fieldstyle::nodeReach(m_kind, m_radius, dir);
}

QSizeF PartyNode::namePixelSize(const QFont &font)
{
    if (m_labelSize.isEmpty() || font.pixelSize() != m_labelFontPixels || font.bold() != m_labelBold) {
        const QFontMetricsF metrics(font); // measuring text is the costly part
        m_labelSize = QSizeF(metrics.horizontalAdvance(m_name), metrics.height());
        m_labelFontPixels = font.pixelSize();
        m_labelBold = font.bold();
    }
    return m_labelSize;
}

void PartyNode::setLabel(const QRectF &rect, const QString &shown, double unit)
{
    if (shown != m_shown || m_text.text() != shown) {
        m_shown = shown;
        m_text.setText(shown);
        m_preparedPixels = 0;
        update();
    }
    if (rect == m_labelRect && unit == m_labelUnit)
        return;
    prepareGeometryChange();
    m_labelRect = rect;
    m_labelUnit = unit;
}

void PartyNode::setLabelHidden(bool hidden)
{
    if (hidden == m_labelHidden)
        return;
    m_labelHidden = hidden;
    update(m_labelRect.adjusted(-2, -2, 2, 2));
}

QRectF PartyNode::drawingRect() const
{
    const double r = std::max(m_radius, m_targetRadius);
    const QRectF outline = fieldstyle::nodeBounds(m_kind, r);
    return m_labelRect.isEmpty() ? outline : outline.united(m_labelRect);
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
    if (m_selected || m_inDyadSelection) {
        const double ring = (m_selected ? 4.0 : 2.5) * fieldScene()->lineScale();
        QPen halo(theme.foreground(), ring, m_selected ? Qt::SolidLine : Qt::DashLine);
        painter->setPen(halo);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(fieldstyle::nodeShape(m_kind, m_radius + ring + 3.0));
    }
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const Qt::PenStyle style = m_active ? Qt::SolidLine : Qt::DashLine;
    const QPen pen = fieldstyle::outlinePen(theme.foreground(), 1.5 * fieldScene()->lineScale(), detail, style);
    const bool large = fieldScene()->isLarge();
    if (m_radius * detail <= fieldstyle::spritePixels(large)) {
        // Copies of a picture per look: a smoothed outline costs each frame far more.
        fieldstyle::paintNodeSprite(*painter, {m_kind, m_radius * detail, m_color, theme.foreground(),
                                               pen.isCosmetic() ? pen.widthF() : pen.widthF() * detail, style},
                                    !large);
    } else {
        // Thousands of nodes a few pixels wide: smoothing their edges is most of a frame's cost
        // and shows little at that size.
        const bool rough = fieldScene()->isLarge() && m_radius * detail < kRoughPixels
                           && painter->testRenderHint(QPainter::Antialiasing);
        if (rough)
            painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(pen);
        painter->setBrush(m_color);
        painter->drawPath(fieldstyle::nodeShape(m_kind, m_radius));
        if (rough)
            painter->setRenderHint(QPainter::Antialiasing, true);
    }

    if (m_labelHidden || m_labelRect.isEmpty() || m_shown.isEmpty())
        return;
    // The name keeps its size in pixels: drawn in pixel units at the label's place.
    const QFont font = fieldstyle::nameFont(theme, fieldScene()->labelPixels(), true);
    painter->save();
    painter->translate(m_labelRect.topLeft());
    painter->scale(m_labelUnit, m_labelUnit);
    const QRectF box(QPointF(0, 0), m_labelRect.size() / m_labelUnit);
    if (theme.kind != ThemeKind::Transparent) {
        QColor back = theme.background();
        back.setAlphaF(0.8f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(box, 4, 4);
    }
    painter->setPen(theme.foreground());
    if (m_shown.contains(QLatin1Char('\n'))) { // a long name on two lines
        painter->setFont(font);
        painter->drawText(box, Qt::AlignCenter, m_shown);
    } else {
        if (m_preparedPixels != font.pixelSize()) { // lay the text out in the font it is drawn in
            m_text.prepare(QTransform(), font);
            m_preparedPixels = font.pixelSize();
        }
        fieldstyle::drawLabel(*painter, box, m_text, font);
    }
    painter->restore();
}

} // namespace powerfield
