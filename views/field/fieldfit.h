// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>

namespace powerfield {

class FieldScene;

// Where the legend box goes in a fitted view.
enum class FieldCorner { BottomLeft, BottomRight, TopLeft, TopRight };

// How to show a field in an area: the scale (pixels per scene unit), the scene point at the
// area's centre, and the corner left free for a legend.
struct FieldFit
{
    double scale = 1.0;
    QPointF centre;
    FieldCorner corner = FieldCorner::BottomLeft;
    bool legendFits = true; // false: the legend would cover part of the field
};

// The largest scale at which every node, satellite and name of `scene` fits in `area` (pixels)
// with `margin` pixels to spare, and, when `legend` is not empty, a box of that size in a corner
// covers none of them: in a corner the field leaves empty, or else beside or above the field.
// Names keep their pixel size, so the scale is searched, placing them at each try; the scene is
// left at the scale found (FieldScene::setPixelScale). Two parties are drawn large, though never
// with a node wider than about a third of the area's shorter side.
// When the names need more room than the area has at any scale: an export shrinks the field to
// the smallest scale (its picture must not spill over the rest of a slide); the window spreads
// the nodes over the area and lets the outermost names run past its edges (it scrolls and
// zooms), rather than piling every node onto one spot beside a column of names.
enum class NamesOverflow { Shrink, SpreadNodes };
FieldFit fitField(FieldScene &scene, QSizeF area, double margin, QSizeF legend = QSizeF(),
                  NamesOverflow overflow = NamesOverflow::Shrink);

} // namespace powerfield
