// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotstyle.h"

#include "palette.h"

#include <cmath>

namespace powerfield::plotstyle {

QPen linePen(const QColor &color, Qt::PenStyle style, const Theme &theme, double width)
{
    QPen pen(color, width * theme.lineScale(), style);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

QCPScatterStyle marker(QCPScatterStyle::ScatterShape shape, const QColor &color, const Theme &theme)
{
    return QCPScatterStyle(shape, QPen(color, 1.5 * theme.lineScale()),
                           QBrush(theme.background().alpha() ? theme.background() : Qt::white),
                           7.0 * theme.lineScale());
}

void styleAxis(QCPAxis *axis, const Theme &theme)
{
    const QColor fg = theme.foreground();
    const QPen pen(fg, theme.lineScale());
    axis->setBasePen(pen);
    axis->setTickPen(pen);
    axis->setSubTickPen(pen);
    axis->setTickLabelColor(fg);
    axis->setLabelColor(fg);
    axis->setTickLabelFont(theme.font(11));
    axis->setLabelFont(theme.font(11));
    QColor grid = theme.muted();
    grid.setAlpha(90);
    axis->grid()->setPen(QPen(grid, 0.8 * theme.lineScale(), Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(theme.muted(), theme.lineScale()));
}

void styleAxisRect(QCPAxisRect *rect, const Theme &theme)
{
    for (QCPAxis *axis : rect->axes())
        styleAxis(axis, theme);
    rect->setBackground(Qt::NoBrush);
}

void styleLegend(QCPLegend *legend, const Theme &theme)
{
    legend->setFont(theme.font(11));
    legend->setTextColor(theme.foreground());
    legend->setBrush(Qt::NoBrush);
    legend->setBorderPen(Qt::NoPen);
    legend->setIconSize(int(36 * theme.lineScale()), int(12 * theme.fontScale()));
    legend->setRowSpacing(0);
}

Qt::PenStyle dash(int index)
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine,
                                          Qt::DashDotLine, Qt::DashDotDotLine};
    return styles[index % 5];
}

QCPScatterStyle::ScatterShape shape(int index)
{
    static const QCPScatterStyle::ScatterShape shapes[] = {
        QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,
        QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssCross,
        QCPScatterStyle::ssPlus};
    return shapes[index % 7];
}

QColor seriesColor(const QString &partyColor, int fallbackIndex)
{
    const QColor c(partyColor);
    return c.isValid() ? c : palette::okabeIto(fallbackIndex);
}

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &x, const QColor &y)
{
    const double a = luminance(x);
    const double b = luminance(y);
    return (qMax(a, b) + 0.05) / (qMin(a, b) + 0.05);
}

} // namespace

QColor readableOn(const QColor &color, const Theme &theme)
{
    const QColor bg = theme.background().alpha() ? theme.background() : QColor(Qt::white);
    const bool darkBackground = luminance(bg) < 0.2;
    // Projectors wash colours out: ask them for the contrast of text (4.5:1).
    const double wanted = theme.kind == ThemeKind::Projector ? 4.5 : 3.0;
    QColor c = color;
    for (int i = 0; i < 20 && contrast(c, bg) < wanted; ++i) {
        const int l = c.lightness() + (darkBackground ? 12 : -12);
        c = QColor::fromHsl(c.hslHue(), c.hslSaturation(), qBound(0, l, 255));
    }
    return c;
}

} // namespace powerfield::plotstyle
