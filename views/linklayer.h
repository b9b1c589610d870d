// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QVector>

namespace powerfield {

class FieldScene;

// One dyad's link as drawn: the analysis values it shows and its geometry between the nodes.
struct FieldLink
{
    QString a; // ids, `a` before `b` in the order of the parties in the scenario
    QString b;
    double dependenceA = 0.0;   // D(a on b)
    double dependenceB = 0.0;   // D(b on a)
    double relativePowerA = 0.0; // R_a; positive: a holds more power
    double mutual = 0.0;
    double width = 0.0;      // target width, scene units before the theme's line scale
    double shownWidth = 0.0; // as drawn now (eases toward width)
    double fromWidth = 0.0;
    double ghostWidth = 0.0; // width before the last edit, drawn faintly for a moment; 0: none
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    QPointF start; // on the outline of a's node
    QPointF end;   // on the outline of b's node

    double imbalance() const { return relativePowerA < 0 ? -relativePowerA : relativePowerA; }
    // The party the arrow points to (the one with more power); empty when balanced.
    QString stronger() const;
};

// Every dyad's link drawn by one item in a batch (one item per link does not scale): width from
// mutual dependence, colour, dash pattern and arrowhead from the balance of power.
class LinkLayer : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    LinkLayer();

    int type() const override { return Type; }
    int count() const { return int(m_links.size()); }
    const QVector<FieldLink> &links() const { return m_links; }
    const FieldLink *link(const QString &a, const QString &b) const;
    // The link nearest to a scene point within `tolerance` of its line, or -1.
    int indexAt(QPointF scenePos, double tolerance) const;

    // Reads every dyad from the analysis, keeping links that stay (for easing and ghosts).
    void syncFromModel();
    // Recomputes the end points from the nodes as drawn now.
    void updateGeometry();
    void stepAnimation(double t);
    void clearGhosts();

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    FieldScene *fieldScene() const;
    void paintCoarse(QPainter &painter, const QRectF &exposed) const;
    void paintBatched(QPainter &painter, const QRectF &exposed, double detail) const;
    void paintLink(QPainter &painter, const FieldLink &link, bool selected, double detail, bool dashes) const;
    void paintLabel(QPainter &painter, const FieldLink &link) const;

    QVector<FieldLink> m_links;
    QHash<std::pair<QString, QString>, int> m_index; // (a, b) -> row
    QRectF m_bounds;
};

} // namespace powerfield
