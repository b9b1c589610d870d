// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldexport.h"

#include "document.h"
#include "fieldlegend.h"
#include "fieldfit.h"
#include "fieldscene.h"
#include "fieldstyle.h"

#include <QPainter>
#include <QPointer>

#include <algorithm>

namespace powerfield {

namespace {
constexpr double kMargin = 24.0;
} // namespace

double exportLabelPixels(const Theme &theme, QSizeF area)
{
    // As on screen, and on a large picture growing with it, as the legend does (a 45th of the
    // height is the presentation theme's size on a screen).
    const double base = fieldstyle::namePixels(theme);
    return std::max({base, std::min(area.height() / (theme.presentation ? 45.0 : 60.0), base * 1.8),
                     theme.minTextPixels});
}

void paintField(QPainter &painter, const QRectF &area, FieldScene &scene, bool legend)
{
    const Theme &theme = scene.theme();
    FieldLegend::Options options;
    options.numbers = scene.showNumbers();
    options.faded = scene.showInactive();
    // On a large picture the legend grows with it, as the field does (up to presentation size).
    const double legendScale = std::max(1.0, std::min(area.height() / 620.0, 1.6) / theme.fontScale());
    const QSizeF legendSize = FieldLegend::size(theme, options) * legendScale;
    QRectF target = area.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool withLegend = legend && legendSize.width() * 2.5 <= target.width()
                            && legendSize.height() <= target.height();
    if (withLegend) {
        painter.save();
        painter.translate(target.right() - legendSize.width(), target.top());
        painter.scale(legendScale, legendScale);
        FieldLegend::paint(painter, QPointF(0, 0), theme, options);
        painter.restore();
        target.setRight(target.right() - legendSize.width() - kMargin);
    }
    if (scene.drawingRect().isEmpty() || target.isEmpty())
        return;
    // The same fitting as the view: names keep their pixel size in the picture, the rest scales.
    scene.setLabelPixels(exportLabelPixels(theme, area.size()));
    const FieldFit fit = fitField(scene, target.size(), 0.0);
    const QSizeF shown(target.width() / fit.scale, target.height() / fit.scale);
    const QRectF source(fit.centre - QPointF(shown.width() / 2, shown.height() / 2), shown);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    painter.restore();
}

PaintFunction fieldPainter(Document *document, bool showNumbers)
{
    QPointer<Document> guarded(document);
    return [guarded, showNumbers](QPainter &painter, const QRectF &area, const Theme &theme) {
        if (!guarded)
            return;
        FieldScene scene(guarded.data(), theme, exportLabelPixels(theme, area.size()));
        scene.setShowNumbers(showNumbers);
        scene.setBackgroundBrush(Qt::NoBrush); // exportPicture has filled the background
        paintField(painter, area, scene);
    };
}

} // namespace powerfield
