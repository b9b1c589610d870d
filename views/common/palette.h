// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace powerfield {

// Colours the views share: the Okabe-Ito palette (colour-blind safe) and the balanced grey.
namespace palette {
inline QColor balanced() { return QColor(0x99, 0x99, 0x99); }
QColor okabeIto(int index);
} // namespace palette

} // namespace powerfield
