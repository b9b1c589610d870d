// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldexport.h"

#include "document.h"
#include "fieldlegend.h"
#include "fieldscene.h"

#include <QPainter>
#include <QPointer>

#include <algorithm>

namespace powerfield {

namespace {
constexpr double kMargin = 24.0;
constexpr double kMaxMagnification = 2.2; // two parties should not fill a slide with giant type
} // namespace

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
    QRectF source = scene.fieldRect();
    if (source.isEmpty() || target.isEmpty())
        return;
    source.adjust(-kMargin, -kMargin, kMargin, kMargin);
    const double scale = std::min({target.width() / source.width(), target.height() / source.height(),
                                   kMaxMagnification});
    // Grow the source around its centre to the target's shape at that scale, so nothing stretches.
    const QSizeF shown(target.width() / scale, target.height() / scale);
    source = QRectF(source.center() - QPointF(shown.width() / 2, shown.height() / 2), shown);
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
        FieldScene scene(guarded.data());
        scene.setTheme(theme);
        scene.setShowNumbers(showNumbers);
        scene.setBackgroundBrush(Qt::NoBrush); // exportPicture has filled the background
        paintField(painter, area, scene);
    };
}

} // namespace powerfield
