// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointF>
#include <QString>
#include <QVector>

namespace powerfield {

class FieldScene;

// Where the decorations of each node go so they stay clear of its links and neighbours: its
// name above or below it, and the angle of each outside option's satellite around its owner.
struct FieldPlacement
{
    QHash<QString, bool> labelAbove;    // party id -> name above the node
    QHash<QString, double> optionAngle; // option id -> radians, scene coordinates (y down)

    // Computed from the nodes and links as the scene holds them now.
    static FieldPlacement compute(const FieldScene &scene);
};

// Everything FieldPlacement::compute() reads, so a sync that changed none of it (a value edit
// that moves no node and makes or ends no link) keeps the placement it has.
struct FieldPlacementInput
{
    QVector<QPointF> positions; // of the visible parties, in file order
    QVector<QString> ids;       // visible parties, link ends, option ids and owners
    bool operator==(const FieldPlacementInput &o) const { return positions == o.positions && ids == o.ids; }
    bool operator!=(const FieldPlacementInput &o) const { return !(*this == o); }

    static FieldPlacementInput of(const FieldScene &scene);
};

} // namespace powerfield
