// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace powerfield {

// `--export OUT --view VIEW FILE ...`: draws one view of a scenario into a PNG, SVG or PDF with
// the same painting code as the window. Creates its own QApplication (offscreen when no display).
int runExport(int &argc, char **argv, const QStringList &arguments);

} // namespace powerfield
