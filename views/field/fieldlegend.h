// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace powerfield {

// The key to the social field: each encoding (shape, size, width, arrow, colour, dash pattern,
// satellites, numbers, fading) drawn as a small sample beside a sentence that says what it means.
class FieldLegend
{
    Q_DECLARE_TR_FUNCTIONS(FieldLegend)

public:
    struct Options
    {
        bool numbers = false; // links carry the imbalance as a number
        bool faded = false;   // inactive parties are drawn faded
        bool compact = false; // narrower, smaller samples: the overlay over the field view
    };

    // The size the legend needs with the given theme (its width is fixed by the theme).
    static QSizeF size(const Theme &theme, const Options &options);
    // The height of its title row (the overlay's fold button lies there).
    static double titleHeight(const Theme &theme, const Options &options);
    // Paints the legend with its top-left corner at `topLeft`, in logical units.
    static void paint(QPainter &painter, QPointF topLeft, const Theme &theme, const Options &options);

private:
    struct Row;
    static QVector<Row> rows(const Options &options);
    static void paintSample(QPainter &painter, int sample, const QRectF &area, const Theme &theme);
};

} // namespace powerfield
