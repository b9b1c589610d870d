// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustexport.h"

#include "trustchartplot.h"

#include <QPicture>

#include <qcustomplot.h>

namespace powerfield {

PaintFunction trustChartPainter(const TrustResults &results, bool roundsShown)
{
    return [results, roundsShown](QPainter &painter, const QRectF &area, const Theme &theme) {
        const QSize size = area.size().toSize();
        QCustomPlot plot;
        plot.resize(size);
        plot.setViewport(QRect(QPoint(0, 0), size)); // a hidden widget gets no resize event
        auto *chart = new TrustChartPlot(&plot, theme);
        chart->setRoundsShown(roundsShown);
        chart->setResults(results);
        // Recorded as a picture, so SVG and PDF keep bars and text as vectors (as plotexport.cpp).
        QPicture picture;
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        plot.toPainter(&recorder, size.width(), size.height());
        recorder.end();
        painter.save();
        painter.translate(area.topLeft());
        // drawPicture() scales by the ratio of the devices' resolutions; undo that.
        const QPaintDevice *target = painter.device();
        if (target && target->logicalDpiX() > 0 && target->logicalDpiY() > 0)
            painter.scale(double(picture.logicalDpiX()) / target->logicalDpiX(),
                          double(picture.logicalDpiY()) / target->logicalDpiY());
        painter.drawPicture(0, 0, picture);
        painter.restore();
    };
}

} // namespace powerfield
