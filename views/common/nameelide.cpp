// SPDX-License-Identifier: GPL-3.0-or-later
#include "nameelide.h"

#include <QFontMetrics>
#include <QFontMetricsF>

namespace powerfield {

namespace {

const QChar kEllipsis(0x2026);

template<typename Metrics, typename Width>
QString elideToWidth(const QString &name, const Metrics &fm, Width width)
{
    if (fm.horizontalAdvance(name) <= width)
        return name;
    // The widths grow with the characters kept: the largest count that fits, by bisection.
    int low = 1;
    int high = int(name.size());
    while (low < high) {
        const int mid = (low + high + 1) / 2;
        if (fm.horizontalAdvance(elideName(name, mid)) <= width)
            low = mid;
        else
            high = mid - 1;
    }
    return elideName(name, low);
}

} // namespace

QString elideName(const QString &name, int maxChars)
{
    if (name.size() <= maxChars)
        return name;
    if (maxChars <= 1)
        return QString(kEllipsis);
    int keep = maxChars - 1;
    if (name.at(keep - 1).isHighSurrogate()) // keep a surrogate pair whole
        --keep;
    return name.left(keep).trimmed() + kEllipsis;
}

QString elideName(const QString &name, const QFontMetrics &fm, int width)
{
    return elideToWidth(name, fm, width);
}

QString elideName(const QString &name, const QFontMetricsF &fm, double width)
{
    return elideToWidth(name, fm, width);
}

} // namespace powerfield
