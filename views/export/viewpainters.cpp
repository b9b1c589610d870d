// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewpainters.h"

#include "document.h"
#include "fieldexport.h"
#include "layoutscenario.h"
#include "panelexport.h"
#include "plotexport.h"
#include "slidepainter.h"
#include "windowpainter.h"

#include <memory>

namespace powerfield {

namespace {

// The view drawn after the automatic layout has come to rest, from a copy of the document so
// that the file and its positions stay as they were.
PaintFunction laidOutPainter(const QString &view, Document *document)
{
    auto copy = std::make_shared<Document>();
    copy->setScenario(laidOut(document->scenario()), document->filePath());
    copy->setLens(document->lens());
    copy->setCurrentTime(document->currentTime());
    copy->setSelection(document->selection());
    const PaintFunction paint = painterFor(view, copy.get(), ViewOptions());
    return [copy, paint](QPainter &painter, const QRectF &area, const Theme &theme) {
        paint(painter, area, theme);
    };
}

} // namespace

QStringList viewNames()
{
    return {QStringLiteral("field"), QStringLiteral("panel"), QStringLiteral("plot"), QStringLiteral("window"),
            QStringLiteral("slide")};
}

PaintFunction painterFor(const QString &view, Document *document, const ViewOptions &options)
{
    if (options.layout && (view == QLatin1String("field") || view == QLatin1String("window")
                           || view == QLatin1String("slide")))
        return laidOutPainter(view, document);
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
