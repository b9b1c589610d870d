// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QLineF>
#include <QTransform>
#include <QVector>

namespace powerfield {

// One-pixel opaque lines written straight into an ARGB32 image: tens of thousands of long links
// of a zoomed-out field in a few milliseconds, where the raster engine takes several times as long
// (bench_window). `toPixels` maps the lines' coordinates to the image's pixels. A line's pixels
// depend only on its ends, never on the image's size: a picture cut out of a larger one is the
// same, so a partial repaint shows what a full one does. With `keepGreater` a pixel is written only
// where it holds a smaller value: opaque batches drawn in ascending order of their colours leave
// each pixel the greatest colour over it, so lines drawn later this way give the same picture as
// drawing them with the rest.
void drawHairlines(QImage &image, const QTransform &toPixels, const QVector<QLineF> &lines, QRgb color,
                   bool keepGreater = false);

} // namespace powerfield
