// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageexport.h"

#include <QSizeF>

namespace powerfield {

class Document;
class FieldScene;
struct Theme;

// The height of the names in a picture of the field of `area` (logical pixels).
double exportLabelPixels(const Theme &theme, QSizeF area);

// Paints the social field of `document` (at its current time and lens) with its legend into any
// rectangle, by rendering a FieldScene: the same items and painting code as the screen.
// Use as exportPicture(request, fieldPainter(document), &error).
PaintFunction fieldPainter(Document *document, bool showNumbers = false);

// Paints an existing scene into `area`: the field fitted as in the view (fitField: names keep
// their size, the drawing covers the area) and, when there is room and `legend` is set, the
// legend in a column on the right.
void paintField(QPainter &painter, const QRectF &area, FieldScene &scene, bool legend = true);

} // namespace powerfield
