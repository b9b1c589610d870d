// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

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

} // namespace powerfield
