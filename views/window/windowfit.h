// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

namespace powerfield {

// How the main window fits the screen it opens on: never larger than the screen's available
// area, its docks in proportion, and a compact arrangement on the small screens of projectors and
// laptops (1366x768 and below), where the scenario tree shares the right dock with the panel.
namespace windowfit {

// The size the window takes on its first start on a large screen, before it is fitted.
inline constexpr QSize kPreferredSize{1500, 950};

// Room left for the frame a window manager adds (borders, title bar) before the window shows.
inline const QMargins kFrameAllowance{4, 32, 4, 4};

// Screens up to 1366x768 (after the task bar) get the compact arrangement.
bool isCompact(const QSize &available);
// Where the window opens the first time: centred, 85% of a large screen's available area (at
// least the preferred size), at most 92%.
QRect firstGeometry(const QRect &available);
// `geometry` moved and shrunk as little as needed to lie, with its frame (`frame`: the title
// bar and borders the window manager adds), inside `available`.
QRect fitted(const QRect &geometry, const QRect &available, const QMargins &frame = QMargins());

// Dock sizes in proportion to the window (pixels, for QMainWindow::resizeDocks).
int treeWidth(const QSize &window);
int panelWidth(const QSize &window, bool compact);
int plotHeight(const QSize &window);

} // namespace windowfit
} // namespace powerfield
