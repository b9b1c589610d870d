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
constexpr int kPngQuality = 80; // Qt maps it to zlib's level 1


// The SVG generator of Qt 6.4 writes the title unescaped and drawn text with only &, <, > and "
// escaped: a title "Tom & Jerry" or a name holding a control character made an SVG that no XML
// reader opens. The title goes in through a placeholder replaced by its escaped text (right
// whether or not the generator escapes), and the finished bytes lose what XML cannot hold.
const QByteArray kTitlePlaceholder = QByteArrayLiteral("powerfield-svg-title-8d1c0f");

QByteArray svgBytes(const ExportRequest &r, const PaintFunction &paint)
{
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(r.size);
    svg.setViewBox(QRect(QPoint(0, 0), r.size));
    svg.setResolution(96); // as the screen, so point-sized text keeps its size
    if (!r.title.isEmpty())
        svg.setTitle(QString::fromLatin1(kTitlePlaceholder));
    svg.setDescription(QStringLiteral("Made with Powerfield"));
    QPainter painter(&svg);
    paintPicture(painter, QRectF(QPointF(0, 0), r.size), r.theme, paint);
    painter.end();
    QByteArray bytes = buffer.data();
    const qsizetype at = bytes.indexOf(kTitlePlaceholder);
    if (at >= 0)
        bytes.replace(at, kTitlePlaceholder.size(), xmlEscaped(r.title));
    return xmlCharactersOnly(bytes);
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
    paintPicture(painter, QRectF(QPointF(0, 0), r.size), r.theme, paint);
    painter.end();
    return buffer.data();
}

// Whether every pixel is opaque: such a picture is written without an alpha channel.
bool opaque(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(line[x]) != 255)
                return false;
    }
    return true;
}

QByteArray pngBytes(const ExportRequest &r, const PaintFunction &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImage image = renderImage(r.size, r.scale, r.theme, paint);
    if (image.isNull())
        return QByteArray();
    // An opaque picture without its alpha channel, and zlib's fastest level: a 10,000-party
    // field's 1600x900 PNG took 171 ms to write at the default level, 79 ms so, and is 11%
    // smaller (slides are mostly flat colour, which the fast level packs nearly as well).
    if (image.format() == QImage::Format_ARGB32_Premultiplied && opaque(image))
        image.reinterpretAsFormat(QImage::Format_RGB32);
    if (!image.save(&buffer, "PNG", kPngQuality))
        return QByteArray();
    return bytes;
}

} // namespace

QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QChar replacement(QChar::ReplacementCharacter);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF
                   || (c.unicode() < 0x20 && c != u'\t' && c != u'\n')) {
            out += replacement;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray xmlEscaped(const QString &text)
{
    return xmlText(text).toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;")).toUtf8();
}

QByteArray xmlCharactersOnly(const QByteArray &utf8)
{
    static const QByteArray replacement = QString(QChar(QChar::ReplacementCharacter)).toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b < 0x20 && b != '\t' && b != '\n') {
            out += replacement;
            continue;
        }
        // U+FFFE and U+FFFF (EF BF BE/BF), and surrogates (ED A0..BF xx) where an encoder let one by.
        if (b == 0xEF && i + 2 < n && static_cast<unsigned char>(utf8[i + 1]) == 0xBF
            && (static_cast<unsigned char>(utf8[i + 2]) & 0xFE) == 0xBE) {
            out += replacement;
            i += 2;
            continue;
        }
        if (b == 0xED && i + 2 < n && static_cast<unsigned char>(utf8[i + 1]) >= 0xA0) {
            out += replacement;
            i += 2;
            continue;
        }
        out += char(b);
    }
    return out;
}

void paintPicture(QPainter &painter, const QRectF &area, const Theme &theme, const PaintFunction &paint)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (theme.kind != ThemeKind::Transparent)
        painter.fillRect(area, theme.background());
    // Every picture is read as a whole: its type never drops below the picture's floor.
    Theme floored = theme;
    floored.minTextPixels = std::max(theme.minTextPixels, Theme::pictureFloor(area.height(), theme.presentation));
    paint(painter, area, floored);
}

QImage renderImage(QSize size, int scale, const Theme &theme, const PaintFunction &paint)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    paintPicture(painter, QRectF(QPointF(0, 0), size), theme, paint);
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
