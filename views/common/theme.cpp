// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <algorithm>
#include <cmath>

namespace powerfield {

QColor Theme::background() const
{
    switch (kind) {
    case ThemeKind::Print: return Qt::white;
    case ThemeKind::Projector: return QColor(0x10, 0x10, 0x10);
    case ThemeKind::Transparent: return Qt::transparent;
    }
    return Qt::white;
}

QColor Theme::foreground() const
{
    return kind == ThemeKind::Projector ? Qt::white : QColor(0x20, 0x20, 0x20);
}

QColor Theme::muted() const
{
    return kind == ThemeKind::Projector ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x70, 0x70, 0x70);
}

double Theme::lineScale() const
{
    return (presentation ? 2.0 : 1.0) * (kind == ThemeKind::Projector ? 1.5 : 1.0);
}

double Theme::fontScale() const
{
    return presentation ? 1.6 : 1.0;
}

QFont Theme::font(double pointSize, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize * fontScale());
    // Points are pixels at 96 dpi times 4/3, as every device here is laid out.
    if (pointSize * fontScale() * 96.0 / 72.0 < minTextPixels)
        f.setPixelSize(int(std::ceil(minTextPixels)));
    f.setBold(bold);
    return f;
}

Theme Theme::scaledBy(double k) const
{
    Theme t = *this;
    if (k > 0)
        t.minTextPixels /= k;
    return t;
}

double Theme::pictureFloor(double height, bool presentation)
{
    // A thumbnail smaller than a slide keeps its proportions instead.
    return presentation ? height / 45.0 : std::min(11.0, height / 40.0);
}

std::optional<ThemeKind> Theme::kindFromName(const QString &name)
{
    if (name == QLatin1String("print"))
        return ThemeKind::Print;
    if (name == QLatin1String("projector"))
        return ThemeKind::Projector;
    if (name == QLatin1String("transparent"))
        return ThemeKind::Transparent;
    return std::nullopt;
}

} // namespace powerfield
