// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelexport.h"

#include "dyadreading.h"
#include "panelpainting.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace powerfield {

namespace {

// The smallest quadrant chart whose cell labels (three quarters of a 14th of its side) reach
// the picture's floor of type.
double smallestChart(const Theme &theme)
{
    return theme.minTextPixels * 14.0 / 0.75;
}

void paintReading(QPainter &p, const QRectF &area, const Theme &theme, const DyadReading &r)
{
    const double u = area.height() / 45.0; // one line of body text at 1600x900 is 20 px
    const double margin = u * 2;
    const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
    p.setFont(panelpainting::pixelFont(theme, u * 1.6, true));
    p.setPen(theme.foreground());
    const double titleHeight = std::max(u * 2.6, QFontMetricsF(p.font()).height());
    const QString title = QCoreApplication::translate("DependencePanel", "%1 and %2").arg(r.meter.nameA, r.meter.nameB);
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(title, Qt::ElideRight, int(inner.width())));
    const double top = inner.top() + titleHeight + u;
    const QRectF left(inner.left(), top, inner.width() * 0.5 - u, inner.bottom() - top);
    const QRectF right(inner.left() + inner.width() * 0.5 + u, top, inner.width() * 0.5 - u, inner.bottom() - top);
    const double chart = std::min(right.width() * 0.36, right.height() * 0.5 - u);
    // Too small a picture for the quadrant charts to be read: one column, the meter across it,
    // then the reading in words, as much of it as fits.
    const bool charts = chart >= smallestChart(theme);
    const QRectF column = charts ? left : QRectF(inner.left(), top, inner.width(), inner.bottom() - top);
    // The meter takes the height its layout needs at the reading's type; the reading follows it.
    const panelpainting::MeterLayout meter = panelpainting::layoutMeter(
        QRectF(column.left(), column.top(), column.width(), 0.0), theme, r.meter, u * 1.1 * theme.fontScale(),
        !theme.presentation); // in large type, as on screen, the reading gives the numbers
    panelpainting::paintBalanceMeter(p, meter, theme, r.meter, panelpainting::meterTilt(r.meter.relativePowerA));
    const double below = column.top() + meter.height + u;
    QStringList reading{r.power};
    if (!charts)
        reading << r.sentencesA.value(0) << r.sentencesB.value(0);
    panelpainting::paintParagraphs(p, QRectF(column.left(), below, column.width(), column.bottom() - below),
                                   theme, reading, u * 1.1);
    if (!charts)
        return;
    for (int i = 0; i < 2; ++i) {
        const double y = right.top() + i * (right.height() / 2);
        const QuadrantData &q = i == 0 ? r.quadrantA : r.quadrantB;
        panelpainting::paintQuadrantChart(p, QRectF(right.left(), y, chart, chart), theme, q);
        panelpainting::paintParagraphs(p, QRectF(right.left() + chart + u, y, right.width() - chart - u, right.height() / 2 - u),
                                       theme, i == 0 ? r.sentencesA : r.sentencesB, u * 0.85);
    }
}

} // namespace

PaintFunction panelPainter(Document *document)
{
    return [document](QPainter &p, const QRectF &area, const Theme &theme) {
        const Selection s = panelSelection(*document);
        const DyadReading r = readDyad(*document, s.a, s.b);
        if (!r.valid) {
            p.setPen(theme.muted());
            p.setFont(panelpainting::pixelFont(theme, area.height() / 30.0));
            p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                       QCoreApplication::translate("DependencePanel", "No dyad to show: select two parties that depend on each other."));
            return;
        }
        paintReading(p, area, theme, r);
    };
}

} // namespace powerfield
