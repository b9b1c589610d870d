// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowpainter.h"

#include "document.h"
#include "slidepainter.h"

#include <QImage>
#include <QPainter>
#include <QPointer>

namespace powerfield {

namespace {
constexpr double kUnitsPerHeight = 45.0; // the panel's own unit: body text is 20 px at 900
constexpr double kFieldWidth = 0.55;     // the central view's share: the panel needs room for its sentences
constexpr double kTopShare = 0.62;       // field and panel above the plot
constexpr double kCaptionUnits = 0.9;
constexpr double kReferenceHeight = 900; // the plot is laid out as in a window of this height, then scaled

// The caption band's height with its margin below, 0 when there is no caption.
double measureCaption(QPainter &p, const Document &document, QSizeF size, const Theme &theme)
{
    const double u = size.height() / kUnitsPerHeight;
    const double h = paintCaption(p, QRectF(0, 0, size.width() - 2 * u, 1e6), theme, SlideCaption::of(document),
                                  u * kCaptionUnits, true);
    return h > 0 ? h + u : 0;
}
} // namespace

WindowLayout WindowLayout::of(QSizeF size, double captionHeight)
{
    WindowLayout l;
    const double w = size.width();
    const double views = size.height() - captionHeight;
    const double top = views * kTopShare;
    l.field = QRectF(0, 0, w * kFieldWidth, top);
    l.panel = QRectF(l.field.right(), 0, w - l.field.right(), top);
    l.plot = QRectF(0, top, w, views - top);
    l.caption = QRectF(0, views, w, captionHeight);
    return l;
}

WindowLayout WindowLayout::of(const Document &document, QSizeF size, const Theme &theme)
{
    QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter measure(&scratch);
    return of(size, measureCaption(measure, document, size, theme));
}

PaintFunction windowPainter(Document *document, const PaintFunction &field, const PaintFunction &panel,
                            const PaintFunction &plot)
{
    QPointer<Document> guarded(document);
    return [guarded, field, panel, plot](QPainter &p, const QRectF &area, const Theme &theme) {
        if (!guarded)
            return;
        const double u = area.height() / kUnitsPerHeight;
        const WindowLayout l = WindowLayout::of(area.size(), measureCaption(p, *guarded, area.size(), theme));
        p.save();
        p.translate(area.topLeft());
        // Each view paints in its own rectangle; clipping keeps a view's overflow out of the next.
        const auto part = [&](const PaintFunction &paint, const QRectF &rect) {
            if (!paint)
                return;
            p.save();
            p.setClipRect(rect);
            paint(p, rect, theme);
            p.restore();
        };
        part(field, l.field);
        part(panel, l.panel);
        if (plot) {
            // The plot's type is in points: laid out at the reference size, then scaled to fit.
            const double k = area.height() / kReferenceHeight;
            p.save();
            p.setClipRect(l.plot);
            p.translate(l.plot.topLeft());
            p.scale(k, k);
            plot(p, QRectF(QPointF(0, 0), l.plot.size() / k), theme.scaledBy(k));
            p.restore();
        }
        p.setPen(QPen(theme.muted(), 1.0 * theme.lineScale()));
        p.drawLine(l.panel.topLeft(), l.panel.bottomLeft());
        p.drawLine(l.plot.topLeft(), l.plot.topRight());
        if (l.caption.height() > 0)
            paintCaption(p, l.caption.adjusted(u, 0, -u, -u), theme, SlideCaption::of(*guarded), u * kCaptionUnits);
        p.restore();
    };
}

} // namespace powerfield
