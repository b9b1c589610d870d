// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidepainter.h"

#include "document.h"
#include "fieldexport.h"
#include "fieldlegend.h"
#include "fieldscene.h"
#include "fieldstyle.h"
#include "panelpainting.h"
#include "timeline.h"

#include <QImage>
#include <QPainter>
#include <QPointer>

#include <algorithm>

namespace powerfield {

namespace {

constexpr double kUnitsPerHeight = 40.0; // body text is 1/40 of the slide's height (27 px at 1080)
constexpr double kReferenceHeight = 1080; // the plot is laid out as on a full-HD slide, then scaled
constexpr double kPresentationRoom = 1.3;  // the plot's layout is that much larger with large type
constexpr double kPlotShare = 0.47;       // of the height below the caption: room for both charts
constexpr double kCaptionUnits = 0.95;    // the caption's type, in units
constexpr double kCaptionShare = 0.2;     // of the height, at most, while the type can shrink

FieldLegend::Options legendOptions()
{
    return FieldLegend::Options{}; // the picture shows neither numbers nor faded parties
}

// The time, and the lens when it is not the usual one, since the picture depends on both.
QString stepText(const Document &document)
{
    const QString text = document.lens() == Lens::Actual
        ? QCoreApplication::translate("SlidePainter", "Step %1 of %2, actual values")
        : QCoreApplication::translate("SlidePainter", "Step %1 of %2");
    return text.arg(document.currentTime()).arg(document.scenario().duration);
}

// The caption's type: the slide's body size, smaller (to 70%) when a long caption in large type
// would take more than a fifth of the slide from the field and the plot.
double captionPixels(QPainter &measure, const Document &document, QSizeF size, const Theme &theme)
{
    const double u = size.height() / kUnitsPerHeight;
    const SlideCaption caption = SlideCaption::of(document);
    const QRectF width(0, 0, size.width() - 2.4 * u, 1e6);
    double pixels = u * kCaptionUnits;
    while (pixels > u * kCaptionUnits * 0.7
           && paintCaption(measure, width, theme, caption, pixels, true) > size.height() * kCaptionShare)
        pixels *= 0.9;
    return pixels;
}

} // namespace

SlideCaption SlideCaption::of(const Document &document)
{
    const Scenario &s = document.scenario();
    SlideCaption caption;
    caption.title = s.title.isEmpty() ? QCoreApplication::translate("SlidePainter", "Untitled scenario") : s.title;
    const Event *current = nullptr; // the last event in force, as the story controls show it
    for (int i : eventOrder(s))
        if (s.events[i].time <= document.currentTime())
            current = &s.events[i];
    if (current) {
        caption.heading = current->label;
        caption.text = current->caption;
    } else {
        caption.text = s.description;
    }
    return caption;
}

SlideLayout SlideLayout::of(QSizeF size, const Theme &theme, double captionHeight)
{
    SlideLayout l;
    const double w = size.width();
    const double h = size.height();
    const double u = l.unit = h / kUnitsPerHeight;
    const double margin = u * 1.2;
    l.title = QRectF(margin, margin, w - 2 * margin, u * 2.0 * theme.fontScale());
    l.caption = QRectF(margin, l.title.bottom() + u * 0.4, w - 2 * margin, captionHeight);
    const double top = (captionHeight > 0 ? l.caption.bottom() : l.title.bottom()) + u * 0.6;
    const double body = h - margin - top;
    const double plotHeight = body * kPlotShare;
    l.plot = QRectF(margin, h - margin - plotHeight, w - 2 * margin, plotHeight);
    const double fieldHeight = body - plotHeight - u * 0.4;
    // The legend fills its column (or the field's height, whichever is reached first).
    const QSizeF natural = FieldLegend::size(theme, legendOptions());
    // A narrower slide (4:3) gives the legend a wider share, so its type stays as large.
    const double column = w / h >= 1.6 ? 0.26 : 0.34;
    const double scale = std::min((w - 2 * margin) * column / natural.width(), fieldHeight / natural.height());
    // A legend too small to read at the picture's floor of type is left out: the field takes its room.
    const bool legible = scale * fieldstyle::smallFont(theme).pixelSize() + 0.01 >= theme.minTextPixels;
    const QSizeF legend = legible ? natural * std::max(scale, 0.0) : QSizeF();
    l.legend = QRectF(w - margin - legend.width(), top, legend.width(), legend.height());
    l.field = QRectF(margin, top, (legible ? l.legend.left() - u : w - margin) - margin, fieldHeight);
    return l;
}

SlideLayout SlideLayout::of(const Document &document, QSizeF size, const Theme &theme)
{
    QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter measure(&scratch);
    const double pixels = captionPixels(measure, document, size, theme);
    const double u = size.height() / kUnitsPerHeight;
    return of(size, theme, paintCaption(measure, QRectF(0, 0, size.width() - 2.4 * u, 1e6), theme,
                                        SlideCaption::of(document), pixels, true));
}

double paintCaption(QPainter &p, const QRectF &area, const Theme &theme, const SlideCaption &caption,
                    double pixels, bool measureOnly)
{
    if (caption.heading.isEmpty() && caption.text.isEmpty())
        return 0;
    const double pad = pixels * 0.5;
    const QRectF inner = area.adjusted(pad * 2, pad, -pad, -pad);
    const QFont bold = panelpainting::pixelFont(theme, pixels, true);
    const QFont body = panelpainting::pixelFont(theme, pixels);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF bodyMetrics(body);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF headingRect = caption.heading.isEmpty()
        ? QRectF(inner.topLeft(), QSizeF(inner.width(), 0))
        : boldMetrics.boundingRect(QRectF(inner.left(), inner.top(), inner.width(), 1e6), flags, caption.heading);
    const double textTop = headingRect.bottom() + (caption.heading.isEmpty() ? 0 : pixels * 0.2);
    const QRectF textRect = caption.text.isEmpty()
        ? QRectF(inner.left(), textTop, inner.width(), 0)
        : bodyMetrics.boundingRect(QRectF(inner.left(), textTop, inner.width(), 1e6), flags, caption.text);
    const double height = textRect.bottom() - area.top() + pad;
    if (measureOnly)
        return height;
    p.save();
    QColor band = theme.muted();
    band.setAlphaF(0.14f);
    p.setPen(Qt::NoPen);
    p.setBrush(band);
    p.drawRect(QRectF(area.topLeft(), QSizeF(area.width(), height)));
    p.setBrush(theme.foreground());
    p.drawRect(QRectF(area.topLeft(), QSizeF(pad * 0.6, height))); // the band's edge, for grey scale
    p.setPen(theme.foreground());
    p.setFont(bold);
    p.drawText(headingRect.adjusted(0, 0, 1, 1), flags, caption.heading);
    p.setFont(body);
    p.drawText(QRectF(inner.left(), textTop, inner.width(), textRect.height() + 1), flags, caption.text);
    p.restore();
    return height;
}

PaintFunction slidePainter(Document *document, const PaintFunction &plot)
{
    QPointer<Document> guarded(document);
    return [guarded, plot](QPainter &p, const QRectF &area, const Theme &theme) {
        if (!guarded)
            return;
        const SlideCaption caption = SlideCaption::of(*guarded);
        const double u = area.height() / kUnitsPerHeight;
        const SlideLayout l = SlideLayout::of(*guarded, area.size(), theme);
        p.save();
        p.translate(area.topLeft());
        p.setPen(theme.foreground());
        p.setFont(panelpainting::pixelFont(theme, u * 1.5, true));
        const QString step = stepText(*guarded);
        const double stepWidth = QFontMetricsF(panelpainting::pixelFont(theme, u * 0.9)).horizontalAdvance(step) + u;
        p.drawText(l.title.adjusted(0, 0, -stepWidth, 0), Qt::AlignLeft | Qt::AlignVCenter, caption.title);
        p.setPen(theme.muted());
        p.setFont(panelpainting::pixelFont(theme, u * 0.9));
        p.drawText(l.title, Qt::AlignRight | Qt::AlignVCenter, step);
        paintCaption(p, l.caption, theme, caption, captionPixels(p, *guarded, area.size(), theme));

        FieldScene scene(guarded.data(), theme, exportLabelPixels(theme, l.field.size()));
        scene.setBackgroundBrush(Qt::NoBrush);
        paintField(p, l.field, scene, false);
        if (!l.legend.isEmpty()) {
            const QSizeF natural = FieldLegend::size(theme, legendOptions());
            const double k = l.legend.height() / natural.height();
            p.save();
            p.translate(l.legend.topLeft());
            p.scale(l.legend.width() / natural.width(), k);
            FieldLegend::paint(p, QPointF(0, 0), theme.scaledBy(k), legendOptions());
            p.restore();
        }
        if (plot) {
            // The plot's type is in points: lay it out at the reference size and scale it, so it
            // keeps its proportions on slides of any size.
            // Large type needs more room than the plot's own layout gives it: part of the
            // growth goes into a larger layout instead.
            const double k = area.height() / kReferenceHeight / (theme.presentation ? kPresentationRoom : 1.0);
            p.save();
            p.translate(l.plot.topLeft());
            p.scale(k, k);
            plot(p, QRectF(QPointF(0, 0), l.plot.size() / k), theme.scaledBy(k));
            p.restore();
        }
        p.restore();
    };
}

} // namespace powerfield
