// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageexport.h"
#include "trusttally.h"

namespace powerfield {

// The trust game's results chart as a picture (a slide for the projector, PNG, SVG or PDF through
// exportPicture()): drawn by the same TrustChartPlot as the screen, in the picture's theme.
PaintFunction trustChartPainter(const TrustResults &results, bool roundsShown = true);

} // namespace powerfield
