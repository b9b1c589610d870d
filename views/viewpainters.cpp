// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewpainters.h"

#include "document.h"
#include "fieldexport.h"
#include "panelexport.h"
#include "plotexport.h"
#include "slidepainter.h"
#include "windowpainter.h"

namespace powerfield {

QStringList viewNames()
{
    return {QStringLiteral("field"), QStringLiteral("panel"), QStringLiteral("plot"), QStringLiteral("window"),
            QStringLiteral("slide")};
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
    // The composed views draw each part with the painter of that view, as named above.
    if (view == QLatin1String("window"))
        return windowPainter(document, painterFor(QStringLiteral("field"), document, options),
                             painterFor(QStringLiteral("panel"), document, options),
                             painterFor(QStringLiteral("plot"), document, options));
    if (view == QLatin1String("slide"))
        return slidePainter(document, painterFor(QStringLiteral("plot"), document, options));
    return {};
}

} // namespace powerfield
