// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace powerfield {

// Paints a picture into a rectangle of logical units; the same function paints the screen.
using PaintFunction = std::function<void(QPainter &painter, const QRectF &area, const Theme &theme)>;

// What an export writes: the format follows the file's suffix (.png, .svg or .pdf).
struct ExportRequest
{
    QString path;
    QSize size = QSize(1600, 900); // logical size; PNG pixels are size * scale
    int scale = 1;                 // 1 to 4, PNG only
    Theme theme;
    QString title;                 // stored in SVG and PDF metadata
};

// Renders `paint` to the requested file, atomically; false with "PATH: reason" on failure.
bool exportPicture(const ExportRequest &request, const PaintFunction &paint, QString *error);

// XML 1.0 holds neither control characters (but tab and newline), lone surrogates nor U+FFFE
// and U+FFFF: `text` with each of them replaced by U+FFFD, the Unicode replacement character.
QString xmlText(const QString &text);
// That text escaped for XML content or attribute values, as UTF-8.
QByteArray xmlEscaped(const QString &text);
// UTF-8 bytes of an XML document with every character XML cannot hold replaced by U+FFFD.
QByteArray xmlCharactersOnly(const QByteArray &utf8);

// What every export draws: the background, then `paint` with the picture's floor of type.
void paintPicture(QPainter &painter, const QRectF &area, const Theme &theme, const PaintFunction &paint);

// The same picture as an image, for the clipboard and for tests.
QImage renderImage(QSize size, int scale, const Theme &theme, const PaintFunction &paint);

} // namespace powerfield
