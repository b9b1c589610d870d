// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelpainting.h"

#include "explain.h"
#include "palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace powerfield::panelpainting {

namespace {

// The translation context of these sentences, spelt so that lupdate finds it.
struct BalanceMeter
{
    Q_DECLARE_TR_FUNCTIONS(BalanceMeter)
};

QString num(double v)
{
    return QLocale().toString(v, 'f', 2);
}

// Text centred on a point, readable on any background.
void centredText(QPainter &p, QPointF centre, const QString &text, const QColor &color)
{
    const QRectF box = p.fontMetrics().boundingRect(text);
    p.setPen(color);
    p.drawText(QRectF(centre.x() - box.width() / 2 - 2, centre.y() - box.height() / 2,
                      box.width() + 4, box.height()), Qt::AlignCenter, text);
}

// A party's marker: A a disc, B a square, so the ends differ without colour.
void marker(QPainter &p, QPointF c, double r, const QColor &color, bool square, const Theme &theme)
{
    p.setPen(QPen(theme.foreground(), 1.5 * theme.lineScale()));
    p.setBrush(color);
    if (square)
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    else
        p.drawEllipse(c, r, r);
}

void dependenceBar(QPainter &p, QRectF row, const Theme &theme, const QString &label, double value,
                   const QColor &color, bool hatched)
{
    const double labelWidth = row.width() * 0.45, valueWidth = row.width() * 0.12;
    p.save();
    fitFont(p, label, labelWidth - 6);
    p.setPen(theme.foreground());
    p.drawText(QRectF(row.left(), row.top(), labelWidth - 6, row.height()),
               Qt::AlignRight | Qt::AlignVCenter, label);
    p.restore();
    const QRectF track(row.left() + labelWidth, row.top() + row.height() * 0.18,
                       row.width() - labelWidth - valueWidth, row.height() * 0.64);
    p.setPen(QPen(theme.muted(), 1.0 * theme.lineScale()));
    p.setBrush(Qt::NoBrush);
    p.drawRect(track);
    const QRectF bar(track.topLeft(), QSizeF(track.width() * std::clamp(value, 0.0, 1.0), track.height()));
    p.fillRect(bar, color);
    if (hatched)
        p.fillRect(bar, QBrush(theme.background() == Qt::transparent ? Qt::white : theme.background(),
                               Qt::BDiagPattern));
    p.setPen(theme.foreground());
    p.drawText(QRectF(track.right() + 6, row.top(), valueWidth - 6, row.height()),
               Qt::AlignLeft | Qt::AlignVCenter, num(value));
}

QString verdict(const MeterData &d)
{
    if (std::abs(d.relativePowerA) < explain::kBalanced)
        return BalanceMeter::tr("Balanced: neither holds power (R = %1)").arg(num(d.relativePowerA));
    const bool a = d.relativePowerA > 0;
    return BalanceMeter::tr("%1 holds more power (R = %2)").arg(a ? d.nameA : d.nameB, num(std::abs(d.relativePowerA)));
}

} // namespace

double meterTilt(double relativePowerA)
{
    return -kMaxTilt * std::clamp(relativePowerA, -1.0, 1.0);
}

void fitFont(QPainter &painter, const QString &text, double width)
{
    QFont f = painter.font();
    const int start = f.pixelSize();
    while (f.pixelSize() > start * 0.6 && QFontMetricsF(f).horizontalAdvance(text) > width) {
        f.setPixelSize(f.pixelSize() - 1);
        painter.setFont(f);
    }
}

QFont pixelFont(const Theme &theme, double pixels, bool bold)
{
    QFont f = theme.font(10, bold);
    f.setPixelSize(std::max(6, int(std::lround(pixels * theme.fontScale()))));
    return f;
}

void paintBalanceMeter(QPainter &p, const QRectF &area, const Theme &theme, const MeterData &d,
                       double tilt)
{
    p.save();
    const double u = std::min(area.width() / 26.0, area.height() / 15.0);
    p.setFont(pixelFont(theme, std::max(10.0, u * 1.0)));
    if (!d.valid) {
        p.setPen(theme.muted());
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, BalanceMeter::tr("Select two parties that depend on each other."));
        p.restore();
        return;
    }
    const QPointF pivot(area.center().x(), area.top() + area.height() * 0.45);
    const double half = area.width() * 0.30;
    const double thickness = u * (0.35 + 1.3 * std::clamp(d.mutualDependence, 0.0, 1.0)) * theme.lineScale();
    // Fulcrum.
    QPainterPath fulcrum;
    fulcrum.moveTo(pivot);
    fulcrum.lineTo(pivot + QPointF(-1.6 * u, 2.6 * u));
    fulcrum.lineTo(pivot + QPointF(1.6 * u, 2.6 * u));
    fulcrum.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(theme.muted());
    p.drawPath(fulcrum);
    // Beam, rotated about the pivot.
    const double rad = tilt * M_PI / 180.0;
    const QPointF dir(std::cos(rad), std::sin(rad));
    const QPointF endA = pivot - dir * half, endB = pivot + dir * half;
    p.setPen(QPen(theme.foreground(), thickness, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(endA, endB);
    const double r = 1.2 * u;
    marker(p, endA - QPointF(0, r + thickness / 2), r, d.colorA, false, theme);
    marker(p, endB - QPointF(0, r + thickness / 2), r, d.colorB, true, theme);
    p.setFont(pixelFont(theme, u * 1.15, true));
    centredText(p, endA - QPointF(0, 2 * r + thickness / 2 + u * 0.9), d.nameA, theme.foreground());
    centredText(p, endB - QPointF(0, 2 * r + thickness / 2 + u * 0.9), d.nameB, theme.foreground());
    // Verdict under the fulcrum.
    p.setFont(pixelFont(theme, u * 1.05, true));
    centredText(p, QPointF(pivot.x(), pivot.y() + 3.5 * u), verdict(d), theme.foreground());
    // The two dependences.
    p.setFont(pixelFont(theme, u * 0.95));
    const double rowHeight = u * 1.7;
    QRectF row(area.left() + u, pivot.y() + 4.8 * u, area.width() - 2 * u, rowHeight);
    dependenceBar(p, row, theme, BalanceMeter::tr("%1 depends on %2").arg(d.nameA, d.nameB), d.dependenceA, d.colorA, false);
    row.translate(0, rowHeight * 1.15);
    dependenceBar(p, row, theme, BalanceMeter::tr("%1 depends on %2").arg(d.nameB, d.nameA), d.dependenceB, d.colorB, true);
    p.restore();
}

} // namespace powerfield::panelpainting
