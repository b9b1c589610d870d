// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFontMetrics;
class QFontMetricsF;

namespace powerfield {

// Long names shortened the same way in every view: the first characters and an ellipsis
// ("Kim (supervisor), head of…"), never cut mid-glyph or lost without a sign. Show the full name
// in a tooltip wherever a shortened one is drawn.
//
// At most `maxChars` characters, the ellipsis included (`maxChars` >= 1).
QString elideName(const QString &name, int maxChars);
// The longest elideName(name, n) that is at most `width` pixels wide in `fm` (at least the
// ellipsis).
QString elideName(const QString &name, const QFontMetrics &fm, int width);
QString elideName(const QString &name, const QFontMetricsF &fm, double width);

} // namespace powerfield
