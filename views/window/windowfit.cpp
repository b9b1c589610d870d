// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfit.h"

#include <algorithm>

namespace powerfield::windowfit {

bool isCompact(const QSize &available)
{
    return available.width() <= 1400 || available.height() <= 800;
}

QRect firstGeometry(const QRect &available)
{
    // The designed size at least, more on a large screen (85% of it), never past 92%.
    QSize size = kPreferredSize.expandedTo(available.size() * 0.85).boundedTo(available.size() * 0.92);
    QRect r(QPoint(), size);
    r.moveCenter(available.center());
    return r;
}

QRect fitted(const QRect &geometry, const QRect &available, const QMargins &frame)
{
    const QRect room = available.marginsRemoved(frame);
    QRect r(geometry.topLeft(), geometry.size().boundedTo(room.size()));
    r.moveLeft(std::clamp(r.left(), room.left(), room.right() - r.width() + 1));
    r.moveTop(std::clamp(r.top(), room.top(), room.bottom() - r.height() + 1));
    return r;
}

// 320 and 430 of the 1500 pixels the window was designed at; 340 of its 950 for the plot.
int treeWidth(const QSize &window)
{
    return std::max(200, window.width() * 21 / 100);
}

int panelWidth(const QSize &window, bool compact)
{
    return std::max(260, window.width() * (compact ? 30 : 29) / 100);
}

int plotHeight(const QSize &window)
{
    return std::max(160, window.height() * 34 / 100);
}

} // namespace powerfield::windowfit
