// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace powerfield {

// The QR code of `text` (libqrencode, error correction M) as a black-on-white image, each
// module `scale` pixels with the four-module quiet zone around it; null when it cannot be made.
QImage qrImage(const QString &text, int scale = 8);

} // namespace powerfield
