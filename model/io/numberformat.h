// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace powerfield {

// The one number formatter of every view, text and export: `value` with `decimals` decimals in
// the user's locale (QLocale(): "0,70" in German).
QString formatNumber(double value, int decimals = 2, const QLocale &locale = QLocale());
// `fraction` (0 to 1) as a whole percentage, without the sign: 0.456 -> "46".
QString formatPercent(double fraction);

} // namespace powerfield
