// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldstyle.h"

#include "palette.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPixmap>
#include <QPaintEngine>
#include <QPainter>
#include <QStaticText>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace powerfield::fieldstyle {

namespace {

constexpr double kBaseRadius = 22.0;
constexpr double kMaxPower = 8.0; // beyond this, nodes stop growing so large fields stay legible

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

double nodeRadius(double fieldPower)
{
    const double p = std::clamp(fieldPower, 0.0, kMaxPower);
    return kBaseRadius * std::sqrt(1.0 + 1.5 * p);
}

QRectF nodeBounds(PartyKind kind, double radius)
{
    double halfWidth = radius, halfHeight = radius;
    switch (kind) {
    case PartyKind::Person:
        break;
    case PartyKind::Group:
        halfWidth = halfHeight = radius * std::sqrt(M_PI) / 2.0;
        break;
    case PartyKind::Organization: { // pointy-top hexagon: corners at 90 + 60 k degrees
        const double side = radius * std::sqrt(2.0 * M_PI / (3.0 * std::sqrt(3.0)));
        halfWidth = side * std::cos(qDegreesToRadians(30.0));
        halfHeight = side;
        break;
    }
    case PartyKind::Country:
        halfWidth = halfHeight = radius * std::sqrt(M_PI / 2.0);
        break;
    }
    return QRectF(-halfWidth, -halfHeight, 2 * halfWidth, 2 * halfHeight);
}

QPainterPath nodeShape(PartyKind kind, double radius)
{
    QPainterPath path;
    switch (kind) {
    case PartyKind::Person:
        path.addEllipse(QPointF(0, 0), radius, radius);
        break;
    case PartyKind::Group: {
        const double half = radius * std::sqrt(M_PI) / 2.0; // same area as the circle
        path.addRoundedRect(QRectF(-half, -half, 2 * half, 2 * half), half * 0.3, half * 0.3);
        break;
    }
    case PartyKind::Organization: {
        const double side = radius * std::sqrt(2.0 * M_PI / (3.0 * std::sqrt(3.0)));
        QPolygonF hexagon;
        for (int i = 0; i < 6; ++i) {
            const double a = qDegreesToRadians(90.0 + 60.0 * i);
            hexagon << QPointF(side * std::cos(a), -side * std::sin(a));
        }
        hexagon << hexagon.first();
        path.addPolygon(hexagon);
        break;
    }
    case PartyKind::Country: {
        const double half = radius * std::sqrt(M_PI / 2.0); // half diagonal of the equal-area square
        path.addPolygon(QPolygonF({QPointF(0, -half), QPointF(half, 0), QPointF(0, half),
                                   QPointF(-half, 0), QPointF(0, -half)}));
        break;
    }
    }
    return path;
}

double nodeReach(PartyKind kind, double radius, QPointF dir)
{
    const double c = std::abs(dir.x());
    const double s = std::abs(dir.y());
    switch (kind) {
    case PartyKind::Person:
        return radius;
    case PartyKind::Group:
        return radius * std::sqrt(M_PI) / 2.0 / std::max({c, s, 1e-9});
    case PartyKind::Organization: {
        const double side = radius * std::sqrt(2.0 * M_PI / (3.0 * std::sqrt(3.0)));
        const double apothem = side * std::sqrt(3.0) / 2.0;
        double phi = std::fmod(qRadiansToDegrees(std::atan2(s, c)), 60.0);
        phi = phi < 30.0 ? phi : 60.0 - phi;
        return apothem / std::cos(qDegreesToRadians(phi));
    }
    case PartyKind::Country:
        return radius * std::sqrt(M_PI / 2.0) / std::max(c + s, 1e-9);
    }
    return radius;
}

double linkWidth(double mutualDependence)
{
    return 2.0 + 16.0 * std::clamp(mutualDependence, 0.0, 1.0);
}

Qt::PenStyle linkStyle(double imbalance)
{
    if (isBalanced(imbalance))
        return Qt::DotLine;
    return imbalance < kStrong ? Qt::DashLine : Qt::SolidLine;
}

QColor linkColor(double imbalance, const QColor &strongerParty)
{
    if (isBalanced(imbalance))
        return palette::balanced();
    const double t = std::min(1.0, imbalance / kStrong);
    return mix(palette::balanced(), strongerParty, 0.55 + 0.45 * t);
}

namespace {

constexpr qint64 kKeptSpriteBytes = 48 << 20; // pictures kept before they are dropped

struct SpriteKey
{
    int kind, radius;
    QRgb fill, outline;
    int outlineWidth, style, ratio;
    int offset; // -1: placed at whole pixels; else 4 * (quarters down) + quarters right
    bool operator==(const SpriteKey &o) const
    {
        return kind == o.kind && radius == o.radius && fill == o.fill && outline == o.outline
               && outlineWidth == o.outlineWidth && style == o.style && ratio == o.ratio && offset == o.offset;
    }
};

size_t qHash(const SpriteKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.kind, k.radius, k.fill, k.outline, k.outlineWidth, k.style, k.ratio, k.offset);
}

// The picture's side in logical pixels: the node, its outline, a pixel of smoothing and one of
// offset.
int spriteSide(const NodeLook &look)
{
    return int(std::ceil(2.0 * (look.radiusPixels + look.outlinePixels) + 2.0));
}

// `centre`: where the node's centre falls in the picture, in device pixels.
QPixmap renderSprite(const NodeLook &look, double ratio, QPointF centre)
{
    const int side = spriteSide(look);
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(centre / ratio);
    p.setPen(QPen(look.outline, look.outlinePixels, look.style));
    p.setBrush(look.fill);
    p.drawPath(nodeShape(look.kind, look.radiusPixels));
    return pixmap;
}

} // namespace

bool isRaster(const QPainter &painter)
{
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

QuarterPixel quarterPixel(QPointF device)
{
    const qint64 qx = std::llround(device.x() * 4.0);
    const qint64 qy = std::llround(device.y() * 4.0);
    const qint64 px = qx >> 2; // arithmetic shift: the floor
    const qint64 py = qy >> 2;
    return {px, py, int(qx - 4 * px), int(qy - 4 * py)};
}

void paintNodeSprite(QPainter &painter, const NodeLook &look, bool exact)
{
    const QTransform world = painter.worldTransform();
    if (!isRaster(painter)) {
        // A vector picture (SVG, PDF) keeps its shapes as shapes, at the painter's scale.
        const double unit = std::sqrt(std::abs(world.determinant()));
        if (unit <= 0)
            return;
        painter.setPen(QPen(look.outline, look.outlinePixels / unit, look.style));
        painter.setBrush(look.fill);
        painter.drawPath(nodeShape(look.kind, look.radiusPixels / unit));
        return;
    }
    const double ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QPointF centre = world.map(QPointF(0, 0));
    const int side = spriteSide(look);
    // Where the picture goes (logical pixels), and the node's centre in it (device pixels).
    QPointF topLeft(std::round(centre.x() - side / 2.0), std::round(centre.y() - side / 2.0));
    QPointF inside = QPointF(side / 2.0, side / 2.0) * ratio;
    int offset = -1;
    if (exact) {
        // The nearest quarter of a device pixel: whole pixels place the picture, quarters pick it.
        const double middle = std::floor(side * ratio / 2.0);
        const QuarterPixel at = quarterPixel(centre * ratio);
        offset = 4 * at.down + at.right;
        topLeft = QPointF((at.x - middle) / ratio, (at.y - middle) / ratio);
        inside = QPointF(middle + at.right / 4.0, middle + at.down / 4.0);
    }
    // Sizes in quarter pixels: a node that grows by less does not get a picture of its own.
    const SpriteKey key{int(look.kind), qRound(look.radiusPixels * 4), look.fill.rgba(), look.outline.rgba(),
                        qRound(look.outlinePixels * 4), int(look.style), qRound(ratio * 100), offset};
    static QHash<SpriteKey, QPixmap> kept;
    static qint64 keptBytes = 0;
    auto it = kept.find(key);
    if (it == kept.end()) {
        // A theme or zoom change, or nodes gliding across offsets, leave old pictures behind.
        if (kept.size() > 4096 || keptBytes > kKeptSpriteBytes) {
            kept.clear();
            keptBytes = 0;
        }
        it = kept.insert(key, renderSprite(look, ratio, inside));
        keptBytes += qint64(it->width()) * it->height() * 4;
    }
    painter.setWorldTransform(QTransform());
    painter.drawPixmap(topLeft, *it);
    painter.setWorldTransform(world);
}

QColor optionFill(const QColor &owner)
{
    return mix(owner, Qt::white, 0.6);
}

double optionRadius(double value)
{
    return 6.0 + 9.0 * std::clamp(value, 0.0, 1.0);
}

QFont labelFont(const Theme &theme, bool bold)
{
    QFont f = theme.font(10, bold);
    f.setPixelSize(std::max(1, qRound(15 * theme.fontScale())));
    return f;
}

QFont smallFont(const Theme &theme)
{
    QFont f = theme.font(8);
    f.setPixelSize(std::max(1, qRound(12 * theme.fontScale())));
    return f;
}

QFont nameFont(const Theme &theme, double pixels, bool bold)
{
    QFont f = theme.font(10, bold);
    f.setPixelSize(std::max(1, qRound(pixels)));
    return f;
}

double namePixels(const Theme &theme)
{
    return 14.0 * theme.fontScale();
}

QString elideLabel(const QString &text, const QFont &font, double maxWidth)
{
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(text) <= maxWidth)
        return text;
    return metrics.elidedText(text, Qt::ElideRight, maxWidth);
}

QPen outlinePen(const QColor &color, double width, double detail, Qt::PenStyle style)
{
    QPen pen(color, width, style);
    if (width * detail < 1.0) {
        pen.setWidthF(1.0);
        pen.setCosmetic(true);
    }
    return pen;
}

bool isLegible(const QFont &font, double detail)
{
    return font.pixelSize() * detail >= 5.0;
}

void drawLabel(QPainter &painter, const QRectF &rect, const QStaticText &text, const QFont &font)
{
    painter.setFont(font);
    const QSizeF size = text.size();
    painter.drawStaticText(rect.center() - QPointF(size.width() / 2, size.height() / 2), text);
}

QColor textOn(const QColor &fill)
{
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance > 0.55 ? QColor(0x20, 0x20, 0x20) : Qt::white;
}

} // namespace powerfield::fieldstyle
