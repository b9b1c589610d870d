// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dyadmath.h"
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

// The beam's angle in degrees: negative lowers A's (left) end, the side with more power.
double meterTilt(double relativePowerA);
QFont pixelFont(const Theme &theme, double pixels, bool bold = false);
// The painter's font, made smaller (down to 60%) until `text` fits in `width`.
void fitFont(QPainter &painter, const QString &text, double width);
void paintBalanceMeter(QPainter &painter, const QRectF &area, const Theme &theme,
                       const MeterData &data, double tilt);
void paintQuadrantChart(QPainter &painter, const QRectF &area, const Theme &theme,
                        const QuadrantData &data);
// Wrapped paragraphs from the top of `area`; returns the height used.
double paintParagraphs(QPainter &painter, const QRectF &area, const Theme &theme,
                       const QStringList &paragraphs, double pixels);

} // namespace panelpainting

} // namespace powerfield
