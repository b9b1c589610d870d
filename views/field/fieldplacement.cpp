// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldplacement.h"

#include "fieldscene.h"
#include "linklayer.h"
#include "partynode.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {

constexpr double kNear = 260.0;          // neighbours closer than this crowd a node's decorations
constexpr int kNearSearchLimit = 300;     // above this many parties, only link partners count
constexpr double kLabelClear = M_PI / 3; // a name is wide: it needs this much room around down or up

// For angles within a few turns of each other (atan2 results and candidates in [0, 2 pi)).
double angularDistance(double a, double b)
{
    double d = std::abs(a - b);
    while (d > 2 * M_PI)
        d -= 2 * M_PI;
    return d > M_PI ? 2 * M_PI - d : d;
}

double angleOf(QPointF v)
{
    return std::atan2(v.y(), v.x());
}

bool clear(const QVector<double> &occupied, double angle, double room)
{
    return std::none_of(occupied.cbegin(), occupied.cend(),
                        [&](double a) { return angularDistance(a, angle) < room; });
}

// The candidate angle farthest from everything occupied, preferring `away` on near ties.
double bestAngle(const QVector<double> &occupied, double away)
{
    double best = away;
    double bestScore = -1e9;
    for (int step = 0; step < 36; ++step) {
        const double angle = qDegreesToRadians(10.0 * step);
        double room = M_PI / 2;
        for (double a : occupied)
            room = std::min(room, angularDistance(a, angle));
        const double score = room - 0.25 * angularDistance(angle, away);
        if (score > bestScore) {
            bestScore = score;
            best = angle;
        }
    }
    return best;
}

} // namespace

FieldPlacementInput FieldPlacementInput::of(const FieldScene &scene)
{
    FieldPlacementInput input;
    const QStringList parties = scene.visibleParties();
    input.positions.reserve(parties.size());
    for (const QString &id : parties)
        input.positions.append(scene.node(id)->pos());
    input.ids = parties;
    for (const FieldLink &l : scene.links()->links())
        input.ids << l.a << l.b;
    for (const OutsideOption &o : scene.document()->state().options)
        input.ids << o.id << o.owner;
    return input;
}

FieldPlacement FieldPlacement::compute(const FieldScene &scene)
{
    FieldPlacement placement;
    const QStringList parties = scene.visibleParties();
    QHash<QString, QVector<double>> occupied;
    for (const FieldLink &l : scene.links()->links()) {
        const QPointF pa = scene.node(l.a)->pos();
        const QPointF pb = scene.node(l.b)->pos();
        if (pa == pb)
            continue;
        occupied[l.a].append(angleOf(pb - pa));
        occupied[l.b].append(angleOf(pa - pb));
    }
    if (parties.size() <= kNearSearchLimit) {
        for (const QString &a : parties) {
            const QPointF pa = scene.node(a)->pos();
            for (const QString &b : parties) {
                const QPointF d = scene.node(b)->pos() - pa;
                if (a != b && !d.isNull() && std::hypot(d.x(), d.y()) < kNear)
                    occupied[a].append(angleOf(d));
            }
        }
    }
    const double down = M_PI / 2;
    for (const QString &id : parties) {
        QVector<double> &taken = occupied[id];
        const bool above = !clear(taken, down, kLabelClear) && clear(taken, -down, kLabelClear);
        placement.labelAbove.insert(id, above);
        // The name is wide: keep satellites off a broad sector around it.
        const double label = above ? -down : down;
        for (double spread : {0.0, -0.5, 0.5, -1.0, 1.0})
            taken << label + spread;
    }
    const Document *doc = scene.document();
    for (const OutsideOption &o : doc->state().options) {
        const PartyNode *owner = scene.node(o.owner);
        if (!owner || !owner->isVisible())
            continue;
        const QPointF away = owner->pos() - scene.centroid();
        const double preferred = away.isNull() ? -down : angleOf(away);
        QVector<double> &taken = occupied[o.owner];
        const double angle = bestAngle(taken, preferred);
        placement.optionAngle.insert(o.id, angle);
        taken << angle;
    }
    return placement;
}

} // namespace powerfield
