// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "theme.h"

#include <QColor>
#include <QFont>
#include <QPen>
#include <QPainterPath>

class QPainter;
class QStaticText;

namespace powerfield {

// The visual encodings of the social field, in one place so that the graph, its legend and its
// export never disagree: node size and shape, link width, colour and dash pattern.
namespace fieldstyle {

constexpr double kBalanced = 0.05; // |R| below this reads as balanced: grey, dotted, no arrow
constexpr double kStrong = 0.35;   // |R| from this on reads as a clear imbalance: solid line

// Node radius (scene units) of a party: the area grows linearly with its field power.
double nodeRadius(double fieldPower);
// The party's outline for its kind, centred on (0, 0), of the same area as a circle of `radius`
// (circle: person, rounded square: group, hexagon: organization, diamond: country).
QPainterPath nodeShape(PartyKind kind, double radius);
// nodeShape(kind, radius).boundingRect(), without building the path (thousands per sync).
QRectF nodeBounds(PartyKind kind, double radius);
// Distance from the centre to the outline of `nodeShape(kind, radius)` along the unit vector `dir`.
double nodeReach(PartyKind kind, double radius, QPointF dir);

// Link width (scene units, before the theme's line scale) for a mutual dependence in [0, 1].
double linkWidth(double mutualDependence);
// Dotted when balanced, dashed for some imbalance, solid for a clear one.
Qt::PenStyle linkStyle(double imbalance);
// The colour of the party with more power, paler the smaller the imbalance; grey when balanced.
QColor linkColor(double imbalance, const QColor &strongerParty);
inline bool isBalanced(double imbalance) { return imbalance < kBalanced; }

// The pale fill of an option's satellite, from its owner's colour (opaque, so it shows on
// dark backgrounds too).
QColor optionFill(const QColor &owner);
// Satellite radius of an outside option whose best offer is `value` in [0, 1].
double optionRadius(double value);

// Fonts of the field, in scene pixels scaled by the theme (so SVG keeps sizes exact).
QFont labelFont(const Theme &theme, bool bold = false);
QFont smallFont(const Theme &theme);
// The type of party and option names in pixels of the screen or picture (not scene units):
// `pixels` high, bold for parties.
QFont nameFont(const Theme &theme, double pixels, bool bold);
// The name height the theme asks for on screen: 14 px, larger in the presentation theme.
double namePixels(const Theme &theme);
// `text` shortened with an ellipsis to at most `maxWidth` in `font` (whole when it fits).
QString elideLabel(const QString &text, const QFont &font, double maxWidth);
// Whether text in `font` can be read at level of detail `detail` (too small: skip it).
bool isLegible(const QFont &font, double detail);
// Draws `text` (plain text, laid out once and kept) centred in `rect` with the painter's pen.
void drawLabel(QPainter &painter, const QRectF &rect, const QStaticText &text, const QFont &font);
// How a node looks on screen, in pixels: enough to draw it once and copy the picture.
struct NodeLook
{
    PartyKind kind = PartyKind::Person;
    double radiusPixels = 0.0;
    QColor fill;
    QColor outline;
    double outlinePixels = 1.0;
    Qt::PenStyle style = Qt::SolidLine;
};

// Thousands of nodes in a large field are copies of a few pictures: up to this radius on screen a
// node is drawn once per look, kept, and copied to its place (a copy costs a fraction of drawing
// a smoothed outline each frame).
constexpr double kSpritePixels = 24.0;
// A small field's few nodes are copies up to this radius: a larger one fills much of the view.
constexpr double kExactSpritePixels = 64.0;
// The largest radius drawn from a picture, in a large field or a small one.
inline double spritePixels(bool largeField)
{
    return largeField ? kSpritePixels : kExactSpritePixels;
}
// Draws the node at the painter's origin from its kept picture (on a raster device; as a shape on
// a vector one). `exact`: placed to a quarter of a pixel, from a picture per offset, for the few
// nodes of a small field, whose links end on their outlines; else at the nearest whole pixel.
void paintNodeSprite(QPainter &painter, const NodeLook &look, bool exact = false);

// Whether `painter` draws pixels (the window, a PNG) rather than shapes (SVG, PDF).
bool isRaster(const QPainter &painter);
// A point in device pixels at its nearest quarter of a pixel: the pixel a picture drawn for that
// offset is placed by (floored, also for negative points), and the quarters right and down.
struct QuarterPixel
{
    qint64 x = 0, y = 0;
    int right = 0, down = 0;
};
QuarterPixel quarterPixel(QPointF device);

// An outline pen `width` scene units wide; thinner than a pixel at `detail`, a one-pixel
// cosmetic pen instead, which the raster engine draws without the costly stroker.
QPen outlinePen(const QColor &color, double width, double detail, Qt::PenStyle style = Qt::SolidLine);
// A colour's readable text colour on top of it (black or white).
QColor textOn(const QColor &fill);

} // namespace fieldstyle
} // namespace powerfield
