// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sweep.h"
#include "theme.h"

#include <QWidget>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QTimer;

namespace powerfield {

class Document;

// The one-parameter sweep: the shown dyad's relative power and both dependences across the
// whole 0..1 range of one value picked by the user, at the current time, with the present value
// marked and the point where the balance tips labelled (DESIGN.md, "One-parameter sweep").
class SweepPlot : public QWidget
{
    Q_OBJECT

public:
    enum Curve { RelativePowerA, DependenceAOnB, DependenceBOnA, CurveCount };

    explicit SweepPlot(Document *document, QWidget *parent = nullptr);

    // The value to vary (see SweepTarget); the plot follows edits, time, lens and selection.
    void setTarget(const SweepTarget &target);
    const SweepTarget &target() const { return m_target; }
    void setTheme(const Theme &theme);
    void refresh(); // re-evaluates now (changes do it on the next turn of the event loop)

    const Sweep &sweep() const { return m_sweep; }
    QCPGraph *graph(Curve curve) const { return m_graphs[curve]; }
    QCustomPlot *customPlot() const { return m_plot; }
    // Where relative power changes sign, by linear interpolation; NaN when it never does.
    double tippingValue() const;

private:
    void build();
    void style();
    void fill();
    void scheduleRefresh();

    Document *m_document;
    QCustomPlot *m_plot;
    QTimer *m_refreshTimer;
    Theme m_theme;
    SweepTarget m_target;
    bool m_hasTarget = false;
    Sweep m_sweep;
    QCPGraph *m_graphs[CurveCount] = {};
    QCPItemStraightLine *m_currentLine = nullptr;
    QCPItemText *m_currentLabel = nullptr;
    QCPItemText *m_tipLabel = nullptr;
    QCPItemText *m_emptyLabel = nullptr;
};

} // namespace powerfield
