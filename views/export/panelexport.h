// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageexport.h"

namespace powerfield {

class Document;

// The panel as a picture (`--export --view panel`): the selected dyad, else the most imbalanced
// one, with its balance meter, both quadrant charts and the plain-language reading, painted by
// the same code as the screen. The document must outlive the function.
PaintFunction panelPainter(Document *document);

} // namespace powerfield
