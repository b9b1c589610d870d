// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageexport.h"

#include <QStringList>

namespace powerfield {

class Document;

// How a view is drawn for export, beyond the document's own time, lens and selection.
struct ViewOptions
{
    bool layout = false; // run the automatic layout to rest first
    QSize size;          // the picture's logical size
};

// The views that can be exported by name (`--view`), and the painter of each: the same code
// that paints the window.
QStringList viewNames();
PaintFunction painterFor(const QString &view, Document *document, const ViewOptions &options);

} // namespace powerfield
