// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <qcustomplot.h>

namespace powerfield::plotstyle {

// Pens, markers, axes and legends of the plots in one theme. Colour is never the only carrier:
// every series also has its own dash pattern and marker shape.
QPen linePen(const QColor &color, Qt::PenStyle style, const Theme &theme, double width = 1.6);
QCPScatterStyle marker(QCPScatterStyle::ScatterShape shape, const QColor &color, const Theme &theme);
void styleAxis(QCPAxis *axis, const Theme &theme);
void styleAxisRect(QCPAxisRect *rect, const Theme &theme);
void styleLegend(QCPLegend *legend, const Theme &theme);
// Dash patterns and marker shapes that stay distinct in grey-scale print, taken in turn.
Qt::PenStyle dash(int index);
QCPScatterStyle::ScatterShape shape(int index);
// A party's colour, or the palette's when it has none.
QColor seriesColor(const QString &partyColor, int fallbackIndex);
// The colour lightened or darkened until it stands out from the theme's background (a WCAG
// contrast of 3:1, the minimum for graphics; 4.5:1 on a projector), keeping its hue: dark blue
// on a projector's black becomes a lighter blue.
QColor readableOn(const QColor &color, const Theme &theme);

} // namespace powerfield::plotstyle
