// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageexport.h"

#include <QCoreApplication>

namespace powerfield {

class Document;

// The words a slide shows: the scenario's title, and under it the event in force at the current
// time (its label and caption), else the scenario's description.
struct SlideCaption
{
    QString title;
    QString heading; // the event's label, empty for the description
    QString text;
    static SlideCaption of(const Document &document);
};

// Where the parts of a slide go in a picture of `size`: the same function places them for the
// painter and for tests that look at each part.
struct SlideLayout
{
    QRectF title;
    QRectF caption;
    QRectF field;
    QRectF legend;
    QRectF plot;
    double unit = 0; // one line of body text, in pixels before the theme's font scale
    static SlideLayout of(QSizeF size, const Theme &theme, double captionHeight);
    // The layout of `document`'s slide: its caption's height measured as the painter draws it.
    static SlideLayout of(const Document &document, QSizeF size, const Theme &theme);
};

// A lecture slide (`--view slide`): title and caption band on top, the field large with its
// legend, the power plot below, drawn by the field's and the plot's own painting code. Any
// aspect ratio works; 16:9 and 4:3 are the ones laid out for. `plot` paints the plot (see
// plotPainter). The document must outlive the function.
PaintFunction slidePainter(Document *document, const PaintFunction &plot);

// Paints a caption band: the heading in bold, then the text, wrapped; returns the height used,
// or with `measureOnly` the height it would use.
double paintCaption(QPainter &painter, const QRectF &area, const Theme &theme, const SlideCaption &caption,
                    double pixels, bool measureOnly = false);

} // namespace powerfield
