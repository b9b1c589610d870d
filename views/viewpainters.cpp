// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewpainters.h"

#include "document.h"
#include "fieldexport.h"
#include "panelexport.h"
#include "plotexport.h"

namespace powerfield {

QStringList viewNames()
{
    return {QStringLiteral("field"), QStringLiteral("panel"), QStringLiteral("plot")};
}

PaintFunction painterFor(const QString &view, Document *document, const ViewOptions &options)
{
    Q_UNUSED(options);
    if (view == QLatin1String("field"))
        return fieldPainter(document);
    if (view == QLatin1String("panel"))
        return panelPainter(document);
    if (view == QLatin1String("plot"))
        return plotPainter(document);
    return {};
}

} // namespace powerfield
