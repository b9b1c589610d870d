// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QString>

#include <optional>

namespace powerfield {

// The look of a picture: on screen or print (white), projector (high contrast, heavy lines) or
// transparent (for slides with their own background).
enum class ThemeKind { Print, Projector, Transparent };

struct Theme
{
    ThemeKind kind = ThemeKind::Print;
    bool presentation = false; // large type and thick lines for the back row
    double minTextPixels = 0.0; // no type smaller than this (presentation: a 45th of the screen)

    QColor background() const;   // transparent for ThemeKind::Transparent
    QColor foreground() const;   // text and outlines
    QColor muted() const;        // secondary text, grid lines, faded items
    double lineScale() const;    // multiplies every pen width
    double fontScale() const;    // multiplies every font size
    QFont font(double pointSize, bool bold = false) const;

    // The same look for a part drawn scaled by `k`: its floor of type grows to stay the floor.
    Theme scaledBy(double k) const;
    // The floor of type of a picture `height` pixels high: 11 px, and a 45th of it in large type.
    static double pictureFloor(double height, bool presentation);

    static std::optional<ThemeKind> kindFromName(const QString &name); // print|projector|transparent
};

} // namespace powerfield
