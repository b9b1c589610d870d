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
constexpr int kNearSearchLimit = 300;    // above this many parties, only link partners count
constexpr double kLabelClear = M_PI / 3; // a name is wide: it needs this much room around down or up
constexpr double kUnplaced = -M_PI / 2;  // an option not placed points straight up
constexpr double kSlack = 1e-9;          // rounding in the scores, far below any real margin

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

struct Choice
{
    double angle;
    double margin; // score of the chosen candidate minus the best other one's
};

// The candidate angle farthest from everything occupied, preferring `away` on near ties. A
// candidate's score moves by at most a quarter of any change of `away` (the distance on the
// circle obeys the triangle inequality): the choice stands while `away` moves less than twice
// the margin.
Choice bestAngle(const QVector<double> &occupied, double away)
{
    double best = away;
    double bestScore = -1e9;
    double second = -1e9;
    for (int step = 0; step < 36; ++step) {
        const double angle = qDegreesToRadians(10.0 * step);
        double room = M_PI / 2;
        for (double a : occupied)
            room = std::min(room, angularDistance(a, angle));
        const double score = room - 0.25 * angularDistance(angle, away);
        if (score > bestScore) {
            second = bestScore;
            bestScore = score;
            best = angle;
        } else {
            second = std::max(second, score);
        }
    }
    return {best, bestScore - second};
}

} // namespace

FieldPlacementInput FieldPlacementInput::of(const FieldScene &scene)
{
    FieldPlacementInput input;
    for (const PartyNode *node : scene.visibleNodes()) {
        input.parties << node->id();
        input.nodes << node;
        input.positions << node->at();
    }
    const auto &ends = scene.links()->ends();
    input.linkEnds = ends;
    input.linkPositions.reserve(ends.size());
    for (const auto &[a, b] : ends)
        input.linkPositions.append({a->at(), b->at()});
    const QVector<OutsideOption> &options = scene.document()->state().options;
    input.options.reserve(options.size());
    for (const OutsideOption &o : options)
        input.options.append({o.id, o.owner});
    input.centroid = scene.centroid();
    return input;
}

bool FieldPlacer::place(FieldPlacementInput input)
{
    const bool sameShape = m_valid && input.parties == m_in.parties && input.nodes == m_in.nodes
                           && input.linkEnds == m_in.linkEnds && input.options == m_in.options;
    if (sameShape && input.positions == m_in.positions && input.linkPositions == m_in.linkPositions
        && input.centroid == m_in.centroid)
        return false;
    const qsizetype n = input.parties.size();
    if (!sameShape || n <= kNearSearchLimit) { // small fields: every neighbour may count
        m_in = std::move(input);
        index();
        placeAll();
        return true;
    }
    QVector<char> touched(n, 0);
    for (qsizetype i = 0; i < n; ++i)
        touched[i] = input.positions[i] != m_in.positions[i];
    for (qsizetype k = 0; k < input.linkPositions.size(); ++k) {
        if (input.linkPositions[k] == m_in.linkPositions[k])
            continue;
        for (int end : {m_linkParty[2 * k], m_linkParty[2 * k + 1]})
            if (end >= 0)
                touched[end] = 1;
    }
    m_in = std::move(input);
    if (std::count(touched.cbegin(), touched.cend(), 1) > n / 4) {
        placeAll();
        return true;
    }
    for (int i = 0; i < int(n); ++i) {
        if (touched[i]) {
            occupy(i);
            placeOptions(i, 0);
            continue;
        }
        const QVector<int> &owned = m_owned[i];
        if (owned.isEmpty())
            continue;
        const double away = preferred(i);
        for (int j = 0; j < owned.size(); ++j) {
            const Placed &p = m_placed[owned[j]];
            if (0.5 * angularDistance(p.preferred, away) + kSlack >= p.margin) {
                placeOptions(i, j);
                break;
            }
        }
    }
    return true;
}

double FieldPlacer::optionAngle(const QString &option) const
{
    const int index = m_optionIndex.value(option, -1);
    return index >= 0 && index < m_angleAt.size() ? m_angleAt[index] : kUnplaced;
}

double FieldPlacer::optionAngleAt(int index, const QString &option) const
{
    if (index < m_angleAt.size() && sameId(m_in.options[index].first, option))
        return m_angleAt[index];
    return optionAngle(option);
}

void FieldPlacer::reset()
{
    m_valid = false;
}

void FieldPlacer::index()
{
    const qsizetype n = m_in.parties.size();
    QHash<const PartyNode *, int> byNode;
    QHash<QString, int> byId;
    byNode.reserve(n);
    byId.reserve(n);
    for (int i = 0; i < int(n); ++i) {
        byNode.insert(m_in.nodes[i], i);
        byId.insert(m_in.parties[i], i);
    }
    m_incident = QVector<QVector<int>>(n);
    m_linkParty.resize(2 * m_in.linkEnds.size());
    for (int k = 0; k < int(m_in.linkEnds.size()); ++k) {
        const int a = byNode.value(m_in.linkEnds[k].first, -1);
        const int b = byNode.value(m_in.linkEnds[k].second, -1);
        m_linkParty[2 * k] = a;
        m_linkParty[2 * k + 1] = b;
        if (a >= 0)
            m_incident[a].append(k);
        if (b >= 0 && b != a)
            m_incident[b].append(k);
    }
    m_owned = QVector<QVector<int>>(n);
    m_optionIndex.clear();
    m_optionIndex.reserve(m_in.options.size());
    for (int o = 0; o < int(m_in.options.size()); ++o) {
        m_optionIndex.insert(m_in.options[o].first, o);
        if (const int owner = byId.value(m_in.options[o].second, -1); owner >= 0)
            m_owned[owner].append(o);
    }
    m_taken = QVector<QVector<double>>(n);
    m_placed = QVector<Placed>(m_in.options.size());
    m_valid = true;
}

void FieldPlacer::placeAll()
{
    m_angleAt.fill(kUnplaced, m_in.options.size());
    for (int i = 0; i < int(m_in.parties.size()); ++i) {
        occupy(i);
        placeOptions(i, 0);
    }
}

void FieldPlacer::occupy(int party)
{
    QVector<double> &taken = m_taken[party];
    taken.clear();
    for (int k : std::as_const(m_incident[party])) {
        const auto [pa, pb] = m_in.linkPositions[k];
        if (pa == pb)
            continue;
        if (m_linkParty[2 * k] == party)
            taken.append(angleOf(pb - pa));
        if (m_linkParty[2 * k + 1] == party)
            taken.append(angleOf(pa - pb));
    }
    if (m_in.parties.size() <= kNearSearchLimit) {
        const QPointF at = m_in.positions[party];
        for (int other = 0; other < int(m_in.positions.size()); ++other) {
            const QPointF d = m_in.positions[other] - at;
            if (other != party && !d.isNull() && std::hypot(d.x(), d.y()) < kNear)
                taken.append(angleOf(d));
        }
    }
    const double down = M_PI / 2;
    const bool above = !clear(taken, down, kLabelClear) && clear(taken, -down, kLabelClear);
    // The name is wide: keep satellites off a broad sector around it.
    const double label = above ? -down : down;
    for (double spread : {0.0, -0.5, 0.5, -1.0, 1.0})
        taken << label + spread;
}

void FieldPlacer::placeOptions(int party, int from)
{
    const QVector<int> &owned = m_owned[party];
    if (from >= owned.size())
        return;
    QVector<double> taken = m_taken[party];
    for (int j = 0; j < from; ++j)
        taken << m_placed[owned[j]].angle;
    const double away = preferred(party);
    for (int j = from; j < owned.size(); ++j) {
        const Choice choice = bestAngle(taken, away);
        m_placed[owned[j]] = {choice.angle, away, choice.margin};
        m_angleAt[owned[j]] = choice.angle;
        taken << choice.angle;
    }
}

double FieldPlacer::preferred(int party) const
{
    const QPointF away = m_in.positions[party] - m_in.centroid;
    return away.isNull() ? -M_PI / 2 : angleOf(away);
}

} // namespace powerfield
