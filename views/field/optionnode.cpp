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
constexpr double kRoughPixels = 6.0; // a satellite smaller than this radius on screen, in a large field: no smoothing
} // namespace


namespace {
constexpr double kTetherLength = 40.0;
} // namespace

OptionNode::OptionNode(const QString &id)
    : m_id(id)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(2);
    setFlag(ItemSendsGeometryChanges); // for m_place
    m_text.setTextFormat(Qt::PlainText);
}

QVariant OptionNode::itemChange(GraphicsItemChange change, const QVariant &value)
{
    m_place.follow(change, value);
    return QGraphicsItem::itemChange(change, value);
}

FieldScene *OptionNode::fieldScene() const
{
    return static_cast<FieldScene *>(scene());
}

bool OptionNode::syncFromModel(const OutsideOption *option, double angle)
{
    const FieldScene *fs = fieldScene();
    // The owner's node as found at the last sync while the scene has the same nodes.
    if (!option || option->owner != m_owner || m_ownerNodesRevision != fs->nodesRevision()) {
        m_ownerNode = option ? fs->node(option->owner) : nullptr;
        m_ownerNodesRevision = fs->nodesRevision();
    }
    const PartyNode *owner = m_ownerNode;
    const bool drawn = owner && owner->isDrawn();
    m_changedAtSync = drawn != m_place.drawn();
    m_shownOrHiddenAtSync = m_changedAtSync;
    setVisible(drawn);
    if (!drawn)
        return false;
    m_owner = option->owner;
    if (option->name != m_name) {
        m_labelSize = QSizeF();
        m_changedAtSync = true;
    }
    m_name = option->name;
    const Lens lens = fs->document()->lens();
    double best = 0.0;
    for (const Offer &offer : option->offers)
        best = std::max(best, offer.rating.value(lens));
    m_value = best;
    const double radius = std::max(fieldstyle::optionRadius(best), fs->optionFloor());
    const QPointF out(std::cos(angle), std::sin(angle)); // from the owner to the satellite
    const double tether = std::max(kTetherLength, fs->tetherFloor());
    const double distance = owner->reach(out) + tether + radius;
    if (out != m_out || owner->at() + distance * out != m_place.at())
        m_changedAtSync = true;
    m_out = out;
    setPos(owner->at() + distance * out);
    setOpacity(owner->opacity());
    if (owner->color() != m_color) { // the satellite takes its owner's colour
        m_color = owner->color();
        m_outline = m_color.darker(120);
        m_fill = fieldstyle::optionFill(m_color);
        update();
    }
    const QPointF end = -out * (tether + radius); // on the owner's outline
    setGeometry(end, radius);
    return true;
}

void OptionNode::setGeometry(QPointF tetherEnd, double radius)
{
    if (tetherEnd == m_tetherEnd && radius == m_radius)
        return; // nothing drawn differently: no repaint
    m_changedAtSync = true;
    prepareGeometryChange();
    m_tetherEnd = tetherEnd;
    m_radius = radius;
}

QSizeF OptionNode::namePixelSize(const QFont &font)
{
    if (m_labelSize.isEmpty() || font.pixelSize() != m_labelFontPixels) {
        const QFontMetricsF metrics(font); // measuring text is the costly part
        m_labelSize = QSizeF(metrics.horizontalAdvance(m_name), metrics.height());
        m_labelFontPixels = font.pixelSize();
    }
    return m_labelSize;
}

void OptionNode::setLabel(const QRectF &rect, const QString &shown, double unit)
{
    if (shown != m_shown) {
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

void OptionNode::setLabelHidden(bool hidden)
{
    if (hidden == m_labelHidden)
        return;
    m_labelHidden = hidden;
    update(m_labelRect.adjusted(-2, -2, 2, 2));
}

QRectF OptionNode::drawingRect() const
{
    const QRectF dot(-m_radius, -m_radius, 2 * m_radius, 2 * m_radius);
    return m_labelRect.isEmpty() ? dot : dot.united(m_labelRect);
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
    const bool owned = m_color.isValid(); // the owner's colour, kept at sync
    const QColor outlineColor = owned ? m_outline : theme.muted().darker(120);
    const QColor fill = owned ? m_fill : fieldstyle::optionFill(theme.muted());
    const double length = std::hypot(m_tetherEnd.x(), m_tetherEnd.y());
    const QPointF start = length > 0 ? m_tetherEnd / length * m_radius : QPointF();
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    if (fs->isLarge() && m_radius * detail <= fieldstyle::kSpritePixels) {
        // A tether of a few pixels: solid and unsmoothed (its dashes would not show).
        const bool smooth = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(theme.muted(), 0));
        painter->drawLine(start, m_tetherEnd);
        painter->setRenderHint(QPainter::Antialiasing, smooth);
        const QPen pen = fieldstyle::outlinePen(outlineColor, 1.5 * fs->lineScale(), detail);
        fieldstyle::paintNodeSprite(*painter, {PartyKind::Person, m_radius * detail, fill,
                                               outlineColor, pen.isCosmetic() ? pen.widthF() : pen.widthF() * detail,
                                               Qt::SolidLine});
    } else {
        // Thousands of satellites a few pixels wide: as the parties' nodes, without smoothing.
        const bool rough = fs->isLarge() && m_radius * detail < kRoughPixels
                           && painter->testRenderHint(QPainter::Antialiasing);
        if (rough)
            painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(fieldstyle::outlinePen(theme.muted(), 1.5 * fieldScene()->lineScale(), detail, Qt::DashLine));
        painter->drawLine(start, m_tetherEnd);
        const QPen outline = fieldstyle::outlinePen(outlineColor, 1.5 * fieldScene()->lineScale(), detail);
        if (!fs->isLarge() && m_radius * detail <= fieldstyle::kExactSpritePixels) {
            // A small field's satellite: a copy of its picture, as the parties' nodes.
            fieldstyle::paintNodeSprite(*painter, {PartyKind::Person, m_radius * detail, fill,
                                                   outlineColor,
                                                   outline.isCosmetic() ? outline.widthF() : outline.widthF() * detail,
                                                   Qt::SolidLine},
                                        true);
        } else {
            painter->setBrush(fill);
            painter->setPen(outline);
            painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
        }
        if (rough)
            painter->setRenderHint(QPainter::Antialiasing, true);
    }
    if (m_labelHidden || m_labelRect.isEmpty() || m_shown.isEmpty())
        return;
    // As readable as the parties' names: the same pixel size, regular weight, on a pale box.
    const QFont font = fieldstyle::nameFont(theme, fs->labelPixels(), false);
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
