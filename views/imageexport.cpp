// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageexport.h"

#include "regularfile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace powerfield {

namespace {

constexpr int kMaxSide = 20000;

void paintWithBackground(QPainter &painter, const QRectF &area, const Theme &theme, const PaintFunction &paint)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (theme.kind != ThemeKind::Transparent)
        painter.fillRect(area, theme.background());
    paint(painter, area, theme);
}

QByteArray svgBytes(const ExportRequest &r, const PaintFunction &paint)
{
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(r.size);
    svg.setViewBox(QRect(QPoint(0, 0), r.size));
    svg.setResolution(96); // as the screen, so point-sized text keeps its size
    svg.setTitle(r.title);
    svg.setDescription(QStringLiteral("Made with Powerfield"));
    QPainter painter(&svg);
    paintWithBackground(painter, QRectF(QPointF(0, 0), r.size), r.theme, paint);
    painter.end();
    return buffer.data();
}

QByteArray pdfBytes(const ExportRequest &r, const PaintFunction &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(r.title);
    pdf.setCreator(QStringLiteral("Powerfield"));
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(r.size), QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&pdf);
    // Map the logical picture onto the page, whatever the writer's device resolution.
    const QRect page = painter.viewport();
    painter.scale(page.width() / double(r.size.width()), page.height() / double(r.size.height()));
    paintWithBackground(painter, QRectF(QPointF(0, 0), r.size), r.theme, paint);
    painter.end();
    return buffer.data();
}

QByteArray pngBytes(const ExportRequest &r, const PaintFunction &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QImage image = renderImage(r.size, r.scale, r.theme, paint);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        return QByteArray();
    return bytes;
}

} // namespace

QImage renderImage(QSize size, int scale, const Theme &theme, const PaintFunction &paint)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    paintWithBackground(painter, QRectF(QPointF(0, 0), size), theme, paint);
    painter.end();
    return image;
}

bool exportPicture(const ExportRequest &request, const PaintFunction &paint, QString *error)
{
    const QString suffix = QFileInfo(request.path).suffix().toLower();
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = request.path + QStringLiteral(": ") + reason;
        return false;
    };
    if (const QString why = notRegularFile(request.path); !why.isEmpty())
        return fail(why); // before rendering: never a picture in a device's place
    if (request.scale < 1 || request.scale > 4)
        return fail(QStringLiteral("scale must be 1 to 4"));
    if (request.size.width() < 16 || request.size.height() < 16 || request.size.width() > kMaxSide
        || request.size.height() > kMaxSide)
        return fail(QStringLiteral("size must be from 16x16 to 20000x20000"));
    // A PNG has size times scale pixels: 20000x20000 at scale 4 would need 25 GB.
    if (suffix == QLatin1String("png")
        && qMax(request.size.width(), request.size.height()) * request.scale > kMaxSide)
        return fail(QStringLiteral("size times scale must stay within 20000x20000 pixels"));
    QByteArray bytes;
    if (suffix == QLatin1String("png"))
        bytes = pngBytes(request, paint);
    else if (suffix == QLatin1String("svg"))
        bytes = svgBytes(request, paint);
    else if (suffix == QLatin1String("pdf"))
        bytes = pdfBytes(request, paint);
    else
        return fail(QStringLiteral("unknown picture format '%1' (use .png, .svg or .pdf)").arg(suffix));
    if (bytes.isEmpty()) // a picture too large for the memory, rather than an empty file
        return fail(QStringLiteral("the picture could not be rendered (not enough memory?)"));
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace powerfield
