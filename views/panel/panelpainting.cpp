// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelpainting.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace powerfield::panelpainting {

double meterTilt(double relativePowerA)
{
    return -kMaxTilt * std::clamp(relativePowerA, -1.0, 1.0);
}

void fitFont(QPainter &painter, const QString &text, double width, double floor)
{
    QFont f = painter.font();
    const int start = f.pixelSize();
    while (f.pixelSize() > std::max(start * 0.6, std::ceil(floor)) && QFontMetricsF(f).horizontalAdvance(text) > width) {
        f.setPixelSize(f.pixelSize() - 1);
        painter.setFont(f);
    }
}

QFont pixelFont(const Theme &theme, double pixels, bool bold)
{
    QFont f = theme.font(10, bold);
    f.setPixelSize(std::max({6, int(std::lround(pixels * theme.fontScale())), int(std::ceil(theme.minTextPixels))}));
    return f;
}

} // namespace powerfield::panelpainting
