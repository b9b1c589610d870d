// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageexport.h"
#include "powerchart.h"

namespace powerfield {

class Document;

// The power plot of a document as a picture (`--export --view plot`, the plot's export menu):
// drawn by the same PowerChart code as the screen, for the shown dyad (PowerPlot::shownDyad) and
// with the cursor at the current time. The document must outlive the function.
PaintFunction plotPainter(Document *document, PowerChart::Mode mode = PowerChart::Mode::Dyad);

} // namespace powerfield
