// SPDX-License-Identifier: GPL-3.0-or-later
#include "forcelayout.h"

#include <algorithm>
#include <cmath>

namespace powerfield::core {

namespace {

constexpr double kCooling = 0.85;  // Hu's factor for shrinking and growing the step
constexpr int kProgressSteps = 5;  // improving steps in a row before the step grows
constexpr double kTheta = 2.0;     // Barnes-Hut: a cell this much smaller than its distance pushes as one
constexpr int kLeafSize = 12;      // nodes a cell holds before it splits
constexpr int kMaxDepth = 24;      // nodes on one point never split apart

// A direction for two nodes on the same spot that depends only on the pair, opposite for the
// other node of the pair, so coincident nodes part the same way on every run.
void tieBreak(int i, int j, double *dx, double *dy)
{
    const int lo = std::min(i, j);
    const int hi = std::max(i, j);
    const double angle = 2.399963229728653 * (lo * 31 + hi); // the golden angle spreads them
    const double sign = i < j ? -1.0 : 1.0;
    *dx = sign * std::cos(angle);
    *dy = sign * std::sin(angle);
}

} // namespace

ForceLayout::ForceLayout(std::vector<double> x, std::vector<double> y, std::vector<LayoutEdge> edges,
                         std::vector<bool> pinned, LayoutOptions options)
    : m_x(std::move(x))
    , m_y(std::move(y))
    , m_edges(std::move(edges))
    , m_pinned(std::move(pinned))
    , m_options(options)
{
    m_pinned.resize(m_x.size(), false);
    m_y.resize(m_x.size(), 0.0);
    const double k = m_options.spacing;
    m_stepLength = k;
    // Room to spread a field that starts on one point to its full width.
    m_cap = k * std::max(1.0, std::sqrt(double(m_x.size())) / 8.0);
    const int limit = std::max(1, m_options.maxSteps);
    m_decay = std::pow(std::min(1.0, m_options.tolerance * k / m_cap), 1.0 / limit);
    m_atRest = std::count(m_pinned.cbegin(), m_pinned.cend(), false) == 0 || m_x.size() < 2;
    if (!m_atRest)
        bringInFarNodes();
}

// A node placed further out than all the steps together can carry it (the cap shrinks
// geometrically) stayed out there, and a picture fitted to every node showed the rest as a dot:
// parties at x = 1e6 exported as a hairline. Such a node starts at half that reach from the
// middle instead, in the same direction. The middle is the median, which far nodes do not pull.
void ForceLayout::bringInFarNodes()
{
    const int limit = std::max(1, m_options.maxSteps);
    const double reach = m_decay < 1.0 ? m_cap * (1.0 - std::pow(m_decay, limit)) / (1.0 - m_decay)
                                       : m_cap * limit;
    const double radius = reach / 2;
    const auto median = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    const double mx = median(m_x);
    const double my = median(m_y);
    for (std::size_t i = 0; i < m_x.size(); ++i) {
        const double dx = m_x[i] - mx;
        const double dy = m_y[i] - my;
        const double d = std::hypot(dx, dy);
        if (m_pinned[i] || !(d > radius))
            continue;
        m_x[i] = mx + dx / d * radius;
        m_y[i] = my + dy / d * radius;
    }
}

int ForceLayout::runToRest()
{
    while (step()) {
    }
    return m_steps;
}

bool ForceLayout::step()
{
    if (m_atRest)
        return false;
    const std::size_t n = m_x.size();
    std::vector<double> fx(n, 0.0);
    std::vector<double> fy(n, 0.0);
    buildTree();
    repulse(fx, fy);
    attract(fx, fy);
    pullToCentre(fx, fy);

    double energy = 0.0;
    double largest = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (m_pinned[i])
            continue;
        const double f2 = fx[i] * fx[i] + fy[i] * fy[i];
        energy += f2;
        const double f = std::sqrt(f2);
        if (f <= 0.0)
            continue;
        const double move = std::min(f, m_stepLength);
        m_x[i] += fx[i] / f * move;
        m_y[i] += fy[i] / f * move;
        largest = std::max(largest, move);
    }
    // Hu (2005): grow the step after a run of improving steps, shrink it when the energy rises.
    if (m_energy >= 0.0 && energy < m_energy) {
        if (++m_progress >= kProgressSteps) {
            m_progress = 0;
            m_stepLength /= kCooling;
        }
    } else {
        m_progress = 0;
        m_stepLength *= kCooling;
    }
    m_energy = energy;
    m_cap *= m_decay;
    m_stepLength = std::min(m_stepLength, m_cap);
    ++m_steps;
    m_atRest = largest < m_options.tolerance * m_options.spacing || m_steps >= m_options.maxSteps;
    return true;
}

void ForceLayout::buildTree()
{
    const int n = size();
    const auto [minX, maxX] = std::minmax_element(m_x.cbegin(), m_x.cend());
    const auto [minY, maxY] = std::minmax_element(m_y.cbegin(), m_y.cend());
    const double side = std::max({*maxX - *minX, *maxY - *minY, 1e-9}) * (1.0 + 1e-9);
    m_order.resize(std::size_t(n));
    for (int i = 0; i < n; ++i)
        m_order[std::size_t(i)] = i;
    m_scratch.resize(std::size_t(n));
    m_cells.clear();
    m_cells.emplace_back();
    split(0, 0, n, *minX, *minY, side, 0);
}

// Fills cell `cell` with the nodes m_order[begin, end) inside the square, splitting it into
// four children (appended together) while it holds more than a leaf's worth.
void ForceLayout::split(int cell, int begin, int end, double left, double top, double size, int depth)
{
    Cell c;
    c.left = left;
    c.top = top;
    c.size = size;
    c.count = end - begin;
    c.begin = begin;
    c.end = end;
    for (int s = begin; s < end; ++s) {
        c.cx += m_x[std::size_t(m_order[std::size_t(s)])];
        c.cy += m_y[std::size_t(m_order[std::size_t(s)])];
    }
    if (c.count > 0) {
        c.cx /= c.count;
        c.cy /= c.count;
    }
    if (c.count <= kLeafSize || depth >= kMaxDepth) {
        m_cells[std::size_t(cell)] = c;
        return;
    }
    // Sort the range by quadrant (0 top left, 1 top right, 2 bottom left, 3 bottom right).
    const double half = size / 2;
    const auto quadrant = [&](int i) {
        return int(m_x[std::size_t(i)] >= left + half) + 2 * int(m_y[std::size_t(i)] >= top + half);
    };
    int counts[4] = {0, 0, 0, 0};
    for (int s = begin; s < end; ++s)
        ++counts[quadrant(m_order[std::size_t(s)])];
    int starts[5] = {begin, 0, 0, 0, 0};
    for (int q = 0; q < 4; ++q)
        starts[q + 1] = starts[q] + counts[q];
    int fill[4] = {starts[0], starts[1], starts[2], starts[3]};
    for (int s = begin; s < end; ++s) {
        const int i = m_order[std::size_t(s)];
        m_scratch[std::size_t(fill[quadrant(i)]++)] = i;
    }
    std::copy(m_scratch.cbegin() + begin, m_scratch.cbegin() + end, m_order.begin() + begin);
    c.child = int(m_cells.size());
    m_cells.resize(m_cells.size() + 4);
    m_cells[std::size_t(cell)] = c;
    for (int q = 0; q < 4; ++q)
        split(c.child + q, starts[q], starts[q + 1], left + (q % 2) * half, top + (q / 2) * half, half, depth + 1);
}

// Repulsion K^2/d from every other node, worked out per leaf of the tree: node by node from the
// leaves nearby, and from the centre of mass of cells far enough away, taken once for the whole
// leaf at its own centre (its few nodes lie close together, far from such a cell).
void ForceLayout::repulse(std::vector<double> &fx, std::vector<double> &fy) const
{
    const double k2 = m_options.spacing * m_options.spacing;
    int stack[4 * kMaxDepth + 4]; // depth first: at most three siblings wait per level
    for (const Cell &leaf : m_cells) {
        if (leaf.child >= 0 || leaf.count == 0)
            continue;
        double sx = 0.0;
        double sy = 0.0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell &c = m_cells[std::size_t(stack[--top])];
            if (&c == &leaf) {
                repulseExactly(leaf, c, fx, fy);
                continue;
            }
            const bool ancestor = c.child >= 0 && leaf.left >= c.left && leaf.top >= c.top
                                  && leaf.left + leaf.size <= c.left + c.size && leaf.top + leaf.size <= c.top + c.size;
            const double dx = leaf.cx - c.cx;
            const double dy = leaf.cy - c.cy;
            const double d2 = dx * dx + dy * dy;
            const double reach = c.size + leaf.size;
            if (!ancestor && reach * reach < kTheta * kTheta * d2) {
                const double f = c.count * k2 / d2; // one division for both components
                sx += f * dx;
                sy += f * dy;
            } else if (c.child >= 0) {
                for (int q = 0; q < 4; ++q)
                    if (m_cells[std::size_t(c.child + q)].count > 0)
                        stack[top++] = c.child + q;
            } else {
                repulseExactly(leaf, c, fx, fy);
            }
        }
        for (int s = leaf.begin; s < leaf.end; ++s) {
            const std::size_t i = std::size_t(m_order[std::size_t(s)]);
            fx[i] += sx;
            fy[i] += sy;
        }
    }
}

// Repulsion on the nodes of leaf `on` from each node of leaf `from`, one pair at a time.
void ForceLayout::repulseExactly(const Cell &on, const Cell &from, std::vector<double> &fx,
                                 std::vector<double> &fy) const
{
    const double k2 = m_options.spacing * m_options.spacing;
    const double closest = 0.01 * m_options.spacing;
    for (int a = on.begin; a < on.end; ++a) {
        const int i = m_order[std::size_t(a)];
        const double xi = m_x[std::size_t(i)];
        const double yi = m_y[std::size_t(i)];
        double sx = 0.0;
        double sy = 0.0;
        for (int b = from.begin; b < from.end; ++b) {
            const int j = m_order[std::size_t(b)];
            if (j == i)
                continue;
            double dx = xi - m_x[std::size_t(j)];
            double dy = yi - m_y[std::size_t(j)];
            double d2 = dx * dx + dy * dy;
            if (d2 < closest * closest) {
                tieBreak(i, j, &dx, &dy);
                dx *= closest;
                dy *= closest;
                d2 = closest * closest;
            }
            const double f = k2 / d2; // K^2/d along the unit vector (dx, dy)/d
            sx += f * dx;
            sy += f * dy;
        }
        fx[std::size_t(i)] += sx;
        fy[std::size_t(i)] += sy;
    }
}

// Springs d^2/K along every edge, scaled by its weight.
void ForceLayout::attract(std::vector<double> &fx, std::vector<double> &fy) const
{
    const double k = m_options.spacing;
    for (const LayoutEdge &e : m_edges) {
        const double dx = m_x[e.b] - m_x[e.a];
        const double dy = m_y[e.b] - m_y[e.a];
        const double d = std::sqrt(dx * dx + dy * dy);
        const double s = e.weight * d / k; // (d^2/K) times the unit vector (dx, dy)/d
        fx[e.a] += s * dx;
        fy[e.a] += s * dy;
        fx[e.b] -= s * dx;
        fy[e.b] -= s * dy;
    }
}

// A pull toward the centre of all nodes that grows with the distance, so parts that no spring
// joins settle near each other instead of drifting apart.
void ForceLayout::pullToCentre(std::vector<double> &fx, std::vector<double> &fy) const
{
    const int n = size();
    double sx = 0.0;
    double sy = 0.0;
    for (int i = 0; i < n; ++i) {
        sx += m_x[std::size_t(i)];
        sy += m_y[std::size_t(i)];
    }
    sx /= n;
    sy /= n;
    const double g = m_options.gravity;
    for (int i = 0; i < n; ++i) {
        fx[std::size_t(i)] += g * (sx - m_x[std::size_t(i)]);
        fy[std::size_t(i)] += g * (sy - m_y[std::size_t(i)]);
    }
}

} // namespace powerfield::core
