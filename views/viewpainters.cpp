// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewpainters.h"

#include "document.h"
#include "panelexport.h"

namespace powerfield {

QStringList viewNames()
{
    return {QStringLiteral("panel")};
}

PaintFunction painterFor(const QString &view, Document *document, const ViewOptions &options)
{
    Q_UNUSED(options);
    if (view == QLatin1String("panel"))
        return panelPainter(document);
    return {};
}

} // namespace powerfield
