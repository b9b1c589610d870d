// SPDX-License-Identifier: GPL-3.0-or-later
// The balance meter, laid out for the width it has and painted for screen and export alike.
#include "panelpainting.h"

#include "explain.h"
#include "fieldstyle.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace powerfield::panelpainting {

namespace {

// The translation context of these sentences, spelt so that lupdate finds it.
struct BalanceMeter
{
    Q_DECLARE_TR_FUNCTIONS(BalanceMeter)
};

QString num(double v)
{
    return formatNumber(v);
}

QFont textFont(const Theme &theme, double pixels, bool bold = false)
{
    QFont f = theme.font(10, bold);
    f.setPixelSize(std::max({6, int(std::lround(pixels)), int(std::ceil(theme.minTextPixels))}));
    return f;
}

// `text` in `font`, made smaller (down to `floor` of its size, never below `minPixels`) until it
// fits `width`, then elided.
QString fitText(QFont &font, const QString &text, double width, double minPixels, double floor = 0.75)
{
    const int start = font.pixelSize();
    while (font.pixelSize() > std::max(start * floor, std::ceil(minPixels)) && QFontMetricsF(font).horizontalAdvance(text) > width)
        font.setPixelSize(font.pixelSize() - 1);
    return QFontMetricsF(font).elidedText(text, Qt::ElideMiddle, width);
}

// The verdict wrapped to `width`, shrinking its font and at last breaking inside words, so that
// no line is wider than the area.
QRectF wrapVerdict(QFont &font, const QString &text, double width, double minPixels, int *flags)
{
    const int start = font.pixelSize();
    *flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    for (;;) {
        const QRectF used = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), *flags, text);
        if (used.width() <= width + 0.5)
            return used;
        if (font.pixelSize() > std::max(start * 0.8, std::ceil(minPixels))) {
            font.setPixelSize(font.pixelSize() - 1);
        } else if (!(*flags & Qt::TextWrapAnywhere)) {
            *flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere;
        } else {
            return QRectF(0, 0, width, used.height());
        }
    }
}

MeterLayout::Bar layoutBar(const QFont &font, const QString &label, double value, double left, double top,
                           double width, double *bottom)
{
    const QFontMetricsF fm(font);
    const double line = fm.height();
    const double gap = fm.averageCharWidth();
    MeterLayout::Bar bar;
    bar.value = num(value);
    const double valueWidth = std::max(fm.horizontalAdvance(bar.value), fm.horizontalAdvance(num(1.0))) + 2;
    // The label beside the bar while it fits in 45% of the width, else on its own line above it.
    const double inlineRoom = width * 0.45 - gap;
    const bool beside = fm.horizontalAdvance(label) <= inlineRoom;
    double rowTop = top;
    if (beside) {
        bar.label = label;
        bar.labelRect = QRectF(left, top, inlineRoom, line * 1.5);
    } else {
        bar.label = fm.elidedText(label, Qt::ElideMiddle, width);
        bar.labelRect = QRectF(left, top, width, line * 1.2);
        rowTop = bar.labelRect.bottom();
    }
    const double trackLeft = beside ? left + width * 0.45 : left;
    const double rowHeight = line * 1.5;
    bar.valueRect = QRectF(left + width - valueWidth, rowTop, valueWidth, rowHeight);
    bar.track = QRectF(trackLeft, rowTop + rowHeight * 0.2, bar.valueRect.left() - gap - trackLeft, rowHeight * 0.6);
    *bottom = rowTop + rowHeight;
    return bar;
}

void marker(QPainter &p, QPointF c, double r, const QColor &color, PartyKind kind, const Theme &theme)
{
    p.setPen(QPen(theme.foreground(), 1.5 * theme.lineScale()));
    p.setBrush(color);
    p.drawPath(fieldstyle::nodeShape(kind, r).translated(c));
}

void paintBar(QPainter &p, const MeterLayout::Bar &bar, const Theme &theme, double value, const QColor &color,
              bool hatched)
{
    p.setPen(theme.foreground());
    const bool beside = bar.labelRect.bottom() > bar.track.top();
    p.drawText(bar.labelRect, (beside ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, bar.label);
    p.setPen(QPen(theme.muted(), 1.0 * theme.lineScale()));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar.track);
    const QRectF filled(bar.track.topLeft(), QSizeF(bar.track.width() * std::clamp(value, 0.0, 1.0), bar.track.height()));
    p.fillRect(filled, color);
    if (hatched)
        p.fillRect(filled, QBrush(theme.background() == Qt::transparent ? Qt::white : theme.background(),
                                  Qt::BDiagPattern));
    p.setPen(theme.foreground());
    p.drawText(bar.valueRect, Qt::AlignRight | Qt::AlignVCenter, bar.value);
}

} // namespace

QString meterVerdict(const MeterData &d)
{
    if (std::abs(d.relativePowerA) < explain::kBalanced)
        return BalanceMeter::tr("Balanced: neither holds power (R = %1)").arg(num(d.relativePowerA));
    const bool a = d.relativePowerA > 0;
    return BalanceMeter::tr("%1 holds more power (R = %2)").arg(a ? d.nameA : d.nameB, num(std::abs(d.relativePowerA)));
}

QRectF MeterLayout::nameRect(bool sideA, QPointF end) const
{
    const QFontMetricsF fm(nameFont);
    const double width = fm.horizontalAdvance(sideA ? nameA : nameB) + 2;
    const double margin = fm.averageCharWidth() * 0.5;
    // Centred over its end of the beam, kept inside its own half of the area.
    const double low = sideA ? area.left() + margin : pivot.x() + margin;
    const double high = sideA ? pivot.x() - margin : area.right() - margin;
    const double left = std::clamp(end.x() - width / 2, low, std::max(low, high - width));
    const double bottom = end.y() - 2 * reach - thickness / 2 - nameHeight * 0.15;
    return QRectF(left, bottom - nameHeight, width, nameHeight);
}

MeterLayout layoutMeter(const QRectF &area, const Theme &theme, const MeterData &d, double t, bool bars)
{
    MeterLayout l;
    l.area = area;
    l.hasBars = bars;
    const double w = area.width(), margin = t * 0.5;
    l.barFont = textFont(theme, t * 0.95);
    if (!d.valid) {
        l.message = BalanceMeter::tr("Select two parties that depend on each other.");
        l.verdictFont = textFont(theme, t);
        l.verdictRect = wrapVerdict(l.verdictFont, l.message, w - 2 * margin, theme.minTextPixels, &l.verdictFlags)
                            .translated(area.left() + margin, area.top() + margin);
        l.verdictRect.setLeft(area.left() + margin);
        l.verdictRect.setWidth(w - 2 * margin);
        l.height = l.verdictRect.height() + 2 * margin;
        return l;
    }
    l.nameFont = textFont(theme, t * 1.1, true);
    const double nameRoom = w / 2 - 2 * margin;
    QFont fontA = l.nameFont, fontB = l.nameFont;
    fitText(fontA, d.nameA, nameRoom, theme.minTextPixels);
    fitText(fontB, d.nameB, nameRoom, theme.minTextPixels);
    l.nameFont.setPixelSize(std::min(fontA.pixelSize(), fontB.pixelSize())); // both ends alike
    l.nameA = QFontMetricsF(l.nameFont).elidedText(d.nameA, Qt::ElideMiddle, nameRoom);
    l.nameB = QFontMetricsF(l.nameFont).elidedText(d.nameB, Qt::ElideMiddle, nameRoom);
    l.nameHeight = QFontMetricsF(l.nameFont).height();
    l.half = w * (bars ? 0.30 : 0.26);
    l.radius = t * (bars ? 0.9 : 0.8);
    l.reach = std::max(fieldstyle::nodeReach(d.kindA, l.radius, QPointF(0, 1)),
                       fieldstyle::nodeReach(d.kindB, l.radius, QPointF(0, 1)));
    l.thickness = std::min(l.radius * (bars ? 1.2 : 0.7), t * (0.3 + 0.9 * std::clamp(d.mutualDependence, 0.0, 1.0)) * theme.lineScale());
    l.fulcrum = t * (bars ? 2.0 : 1.2);
    const double rise = l.half * std::sin(kMaxTilt * M_PI / 180.0);
    l.pivot = QPointF(area.center().x(),
                      area.top() + margin + l.nameHeight * 1.15 + 2 * l.reach + l.thickness / 2 + rise);
    l.verdictFont = textFont(theme, t * 1.05, true);
    l.verdict = meterVerdict(d);
    const double verdictTop = std::max(l.pivot.y() + l.fulcrum, l.pivot.y() + rise + l.thickness) + t * 0.4;
    const QRectF used = wrapVerdict(l.verdictFont, l.verdict, w - 2 * margin, theme.minTextPixels, &l.verdictFlags);
    l.verdictRect = QRectF(area.left() + margin, verdictTop, w - 2 * margin, used.height());
    double y = l.verdictRect.bottom() + t * 0.4;
    if (!bars) {
        l.height = y - area.top() + margin * 0.5;
        return l;
    }
    const QString labels[] = {BalanceMeter::tr("%1 depends on %2").arg(d.nameA, d.nameB),
                              BalanceMeter::tr("%1 depends on %2").arg(d.nameB, d.nameA)};
    const double values[] = {d.dependenceA, d.dependenceB};
    for (int i = 0; i < 2; ++i)
        l.bars[i] = layoutBar(l.barFont, labels[i], values[i], area.left() + margin, y + (i ? t * 0.2 : 0.0),
                              w - 2 * margin, &y);
    l.height = y - area.top() + margin;
    return l;
}

void paintBalanceMeter(QPainter &p, const MeterLayout &l, const Theme &theme, const MeterData &d, double tilt)
{
    p.save();
    if (!d.valid) {
        p.setFont(l.verdictFont);
        p.setPen(theme.muted());
        p.drawText(l.verdictRect, l.verdictFlags, l.message);
        p.restore();
        return;
    }
    QPainterPath fulcrum;
    fulcrum.moveTo(l.pivot);
    fulcrum.lineTo(l.pivot + QPointF(-0.7 * l.fulcrum, l.fulcrum));
    fulcrum.lineTo(l.pivot + QPointF(0.7 * l.fulcrum, l.fulcrum));
    fulcrum.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(theme.muted());
    p.drawPath(fulcrum);
    // The beam, rotated about the pivot, with each party's marker in the shape the field gives it.
    const double rad = tilt * M_PI / 180.0;
    const QPointF dir(std::cos(rad), std::sin(rad));
    const QPointF endA = l.pivot - dir * l.half, endB = l.pivot + dir * l.half;
    p.setPen(QPen(theme.foreground(), l.thickness, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(endA, endB);
    for (const auto &[end, kind, color] : {std::tuple(endA, d.kindA, d.colorA), std::tuple(endB, d.kindB, d.colorB)}) {
        const double lift = fieldstyle::nodeReach(kind, l.radius, QPointF(0, 1)) + l.thickness / 2;
        marker(p, end - QPointF(0, lift), l.radius, color, kind, theme);
    }
    p.setFont(l.nameFont);
    p.setPen(theme.foreground());
    p.drawText(l.nameRect(true, endA), Qt::AlignCenter, l.nameA);
    p.drawText(l.nameRect(false, endB), Qt::AlignCenter, l.nameB);
    p.setFont(l.verdictFont);
    p.drawText(l.verdictRect, l.verdictFlags, l.verdict);
    if (!l.hasBars) {
        p.restore();
        return;
    }
    p.setFont(l.barFont);
    paintBar(p, l.bars[0], theme, d.dependenceA, d.colorA, false);
    paintBar(p, l.bars[1], theme, d.dependenceB, d.colorB, true);
    p.restore();
}

} // namespace powerfield::panelpainting
