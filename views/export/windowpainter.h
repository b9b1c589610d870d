// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageexport.h"

namespace powerfield {

class Document;
struct Theme;

// Where the window's views go in a picture of `size`, as on screen: the field with the
// dependence panel on its right, the power plot across the bottom and the caption under it.
struct WindowLayout
{
    QRectF field;
    QRectF panel;
    QRectF plot;
    QRectF caption;
    static WindowLayout of(QSizeF size, double captionHeight);
    // The layout of `document`'s window picture, with its caption measured as it is drawn.
    static WindowLayout of(const Document &document, QSizeF size, const Theme &theme);
};

// The whole window's views as one picture (`--view window`): each part drawn by its own
// painter (field, panel, plot), the caption of the current event under them.
PaintFunction windowPainter(Document *document, const PaintFunction &field, const PaintFunction &panel,
                            const PaintFunction &plot);

} // namespace powerfield
