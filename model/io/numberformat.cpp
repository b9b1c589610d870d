// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"

#include <QLocale>

namespace powerfield {

QString formatNumber(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
}

QString formatPercent(double fraction)
{
    return formatNumber(fraction * 100.0, 0);
}

} // namespace powerfield
