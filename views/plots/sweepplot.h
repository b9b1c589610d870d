// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sweep.h"
#include "theme.h"

#include <QWidget>

class QComboBox;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QTimer;

namespace powerfield {

class Document;

// The one-parameter sweep: the shown dyad's relative power and both dependences across the
// whole 0..1 range of one value picked by the user, at the current time, with the present value
// marked and the point where the balance tips labelled (docs/model.md §Sweep).
// A combo box above the plot lists the values of the shown dyad that can be swept; other views
// (the dependence panel, the tree) pick one through setTarget(). While hidden it does not
// evaluate, and catches up when shown.
class SweepPlot : public QWidget
{
    Q_OBJECT

public:
    enum Curve { RelativePowerA, DependenceAOnB, DependenceBOnA, CurveCount };

    explicit SweepPlot(Document *document, QWidget *parent = nullptr);

    const SweepTarget &target() const { return m_target; }
    bool hasTarget() const { return m_hasTarget; }
    void setTheme(const Theme &theme);
    void refresh(); // re-evaluates now (changes do it on the next turn of the event loop)

    const Sweep &sweep() const { return m_sweep; }
    QCPGraph *graph(Curve curve) const { return m_graphs[curve]; }
    QCustomPlot *customPlot() const { return m_plot; }
    QComboBox *picker() const { return m_picker; } // item 0: none; then sweepTargetsOf() the dyad
    // Where relative power changes sign, by linear interpolation; NaN when it never does.
    double tippingValue() const;

public slots:
    // The value to vary (see SweepTarget); the plot follows edits, time, lens and selection.
    void setTarget(const powerfield::SweepTarget &target);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillPicker();
    void picked(int index);
    void build();
    void style();
    void fill();
    void scheduleRefresh();

    Document *m_document;
    QCustomPlot *m_plot;
    QComboBox *m_picker;
    QTimer *m_refreshTimer;
    QVector<SweepTarget> m_choices; // the picker's items after the first
    Theme m_theme;
    SweepTarget m_target;
    bool m_hasTarget = false;
    bool m_stale = false; // an update arrived while hidden
    Sweep m_sweep;
    QCPGraph *m_graphs[CurveCount] = {};
    QCPItemStraightLine *m_currentLine = nullptr;
    QCPItemText *m_currentLabel = nullptr;
    QCPItemText *m_tipLabel = nullptr;
    QCPItemText *m_emptyLabel = nullptr;
};

} // namespace powerfield
