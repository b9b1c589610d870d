// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotexport.h"

#include "document.h"
#include "powerplot.h"

#include <QPicture>

#include <qcustomplot.h>

namespace powerfield {

PaintFunction plotPainter(Document *document, PowerChart::Mode mode)
{
    return [document, mode](QPainter &painter, const QRectF &area, const Theme &theme) {
        const QSize size = area.size().toSize();
        QCustomPlot plot;
        plot.resize(size);
        auto *chart = new PowerChart(&plot, theme);
        chart->show(document->scenario(), document->lens(), PowerPlot::shownDyad(*document), mode);
        chart->setCursorTime(document->currentTime());
        // Recorded as a picture, so SVG and PDF keep lines and text as vectors.
        QPicture picture;
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        plot.toPainter(&recorder, size.width(), size.height());
        recorder.end();
        painter.save();
        painter.translate(area.topLeft());
        // drawPicture() scales by the ratio of the two devices' resolutions (an SVG has 72 dpi,
        // the picture the screen's); undo that so the plot fills `area` on every device.
        const QPaintDevice *target = painter.device();
        if (target && target->logicalDpiX() > 0 && target->logicalDpiY() > 0)
            painter.scale(double(picture.logicalDpiX()) / target->logicalDpiX(),
                          double(picture.logicalDpiY()) / target->logicalDpiY());
        painter.drawPicture(0, 0, picture);
        painter.restore();
    };
}

} // namespace powerfield
