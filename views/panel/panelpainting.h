// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dyadmath.h"
#include "scenario.h"
#include "theme.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace powerfield {

// What the balance meter shows: two parties and their dependences on each other.
struct MeterData
{
    bool valid = false;
    QString nameA;
    QString nameB;
    QColor colorA;
    QColor colorB;
    PartyKind kindA = PartyKind::Person; // the marker's shape, as the field draws the party
    PartyKind kindB = PartyKind::Person;
    double dependenceA = 0.0; // A on B
    double dependenceB = 0.0; // B on A
    double relativePowerA = 0.0;
    double mutualDependence = 0.0;
};

// One party's Thibaut-Kelley position, for the quadrant chart.
struct QuadrantData
{
    bool valid = false;
    QString name;
    QColor color;
    core::SideResult side;
};

namespace panelpainting {

constexpr double kMaxTilt = 15.0; // degrees, at |R| = 1

// Where the balance meter puts everything in an area of a given width, for text of a given size:
// one computation for painting, for the widget's height and for tests. Texts are elided or
// wrapped to their rectangles; every rectangle lies inside the area.
struct MeterLayout
{
    struct Bar
    {
        QString label; // "A depends on B", elided to its rectangle
        QRectF labelRect;
        QRectF track;
        QString value; // the dependence, never cut
        QRectF valueRect;
    };
    QRectF area;
    double height = 0.0; // from the area's top to the last bar's bottom, with a margin
    QFont nameFont;
    QFont verdictFont;
    QFont barFont;
    QString nameA; // elided to fit half the width
    QString nameB;
    double nameHeight = 0.0;
    QPointF pivot;
    double half = 0.0; // half the beam's length
    double radius = 0.0;
    double reach = 0.0; // from a marker's centre to its bottom, the taller of the two shapes
    double thickness = 0.0;
    double fulcrum = 0.0;
    QString verdict;
    QRectF verdictRect; // word-wrapped, centred
    int verdictFlags = 0;
    Bar bars[2];
    bool hasBars = true;
    QString message; // when there is no dyad
    // Where a name is drawn when its end of the beam is at `end`: above it, inside its half.
    QRectF nameRect(bool sideA, QPointF end) const;
};

// The beam's angle in degrees: negative lowers A's (left) end, the side with more power.
double meterTilt(double relativePowerA);
QFont pixelFont(const Theme &theme, double pixels, bool bold = false);
// The painter's font, made smaller (down to 60%, never below `floor` pixels) until `text` fits
// in `width`.
void fitFont(QPainter &painter, const QString &text, double width, double floor = 0.0);
// The verdict under the fulcrum: who holds more power, and R.
QString meterVerdict(const MeterData &data);
// The meter laid out in `area` (its height is what the layout needs, from the area's top) with
// body text of `textPixels` pixels.
// Without `bars` (presentation mode: the reading says the same) it ends under the verdict.
MeterLayout layoutMeter(const QRectF &area, const Theme &theme, const MeterData &data, double textPixels,
                        bool bars = true);
void paintBalanceMeter(QPainter &painter, const MeterLayout &layout, const Theme &theme,
                       const MeterData &data, double tilt);
// Text sized from the area, or `textPixels` high when given (on screen: the widget's type).
void paintQuadrantChart(QPainter &painter, const QRectF &area, const Theme &theme,
                        const QuadrantData &data, double textPixels = 0.0);
// Wrapped paragraphs from the top of `area`; returns the height used.
double paintParagraphs(QPainter &painter, const QRectF &area, const Theme &theme,
                       const QStringList &paragraphs, double pixels);

} // namespace panelpainting

} // namespace powerfield
