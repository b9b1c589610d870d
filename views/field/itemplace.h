// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QPointF>
#include <QVariant>

namespace powerfield {

// A field item's place and visibility, kept in the item itself. pos() and isVisible() fetch
// each through Qt's private data, a cache miss of its own: a sync of 40,000 links, the names'
// placement and the satellites read tens of thousands of them per frame. The item sets
// ItemSendsGeometryChanges and passes every itemChange() here.
class ItemPlace
{
public:
    QPointF at() const { return m_at; }
    bool drawn() const { return m_drawn; }
    void follow(QGraphicsItem::GraphicsItemChange change, const QVariant &value)
    {
        if (change == QGraphicsItem::ItemPositionHasChanged)
            m_at = value.toPointF();
        else if (change == QGraphicsItem::ItemVisibleHasChanged)
            m_drawn = value.toBool();
    }

private:
    QPointF m_at;
    bool m_drawn = true; // items are created visible
};

} // namespace powerfield
