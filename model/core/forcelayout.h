// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace powerfield::core {

// One spring of the layout between nodes `a` and `b`; a heavier weight pulls harder.
struct LayoutEdge
{
    int a = 0;
    int b = 0;
    double weight = 1.0;
};

struct LayoutOptions
{
    double spacing = 180.0;  // the natural length of a spring, in scene units
    double tolerance = 0.02; // at rest when no node moves more than this share of the spacing
    int maxSteps = 300;      // the step limit shrinks geometrically, so this many always ends it
    double gravity = 0.8;    // pull toward the centre per unit of distance, keeps unconnected parts near
};

// A force-directed layout in the manner of Fruchterman and Reingold: springs along the edges,
// repulsion between all nodes approximated with a Barnes-Hut quadtree (a far group of nodes
// pushes as one from its centre of mass, so a step costs O(n log n) and not O(n^2)), and Hu's
// adaptive step length under a geometric cap. Pinned nodes push and pull but never move.
// Deterministic: the same input gives the same positions on every run.
class ForceLayout
{
public:
    ForceLayout(std::vector<double> x, std::vector<double> y, std::vector<LayoutEdge> edges,
                std::vector<bool> pinned, LayoutOptions options = {});

    // One iteration; returns false (and changes nothing) once the layout is at rest.
    bool step();
    // Steps until at rest; returns the number of steps taken in all.
    int runToRest();

    bool atRest() const { return m_atRest; }
    int steps() const { return m_steps; }
    int size() const { return int(m_x.size()); }
    const std::vector<double> &xs() const { return m_x; }
    const std::vector<double> &ys() const { return m_y; }

private:
    void bringInFarNodes();
    void buildTree();
    void repulse(std::vector<double> &fx, std::vector<double> &fy) const;
    void attract(std::vector<double> &fx, std::vector<double> &fy) const;
    void pullToCentre(std::vector<double> &fx, std::vector<double> &fy) const;

    std::vector<double> m_x;
    std::vector<double> m_y;
    std::vector<LayoutEdge> m_edges;
    std::vector<bool> m_pinned;
    LayoutOptions m_options;
    double m_stepLength;
    double m_cap;
    double m_decay;
    double m_energy = -1.0;
    int m_progress = 0;
    int m_steps = 0;
    bool m_atRest = false;

    // The quadtree of the current step: cells with their centre of mass, leaves own a range
    // of `m_order` (node indices sorted by cell).
    struct Cell
    {
        double cx = 0, cy = 0; // centre of mass
        double left = 0, top = 0, size = 0; // the square
        int count = 0;
        int child = -1; // first of four children, or -1 for a leaf
        int begin = 0;  // a leaf's nodes in m_order
        int end = 0;
    };
    void split(int cell, int begin, int end, double left, double top, double size, int depth);
    void repulseExactly(const Cell &on, const Cell &from, std::vector<double> &fx, std::vector<double> &fy) const;
    std::vector<Cell> m_cells;
    std::vector<int> m_order;
    std::vector<int> m_scratch;
};

} // namespace powerfield::core
