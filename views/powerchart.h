// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "series.h"
#include "theme.h"

#include <QObject>
#include <QVector>

class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPLayer;
class QCPLegend;
class QCPTextElement;
class QCustomPlot;

namespace powerfield {

class EventMarkers;

// Lays out and fills a QCustomPlot with the power-over-time picture of a scenario: the relative
// power of one dyad on a centred axis above, both dependences, commitments and cooperations
// below (or every dyad's relative power), the events as labelled lines and the time cursor on a
// layer of its own. The widget and the picture export both draw through it.
class PowerChart : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Dyad, AllDyads };
    // The graphs of Mode::Dyad, in this order.
    enum Quantity { RelativePowerA, DependenceAOnB, DependenceBOnA, CommitmentA, CommitmentB,
                    CooperationA, CooperationB, QuantityCount };

    PowerChart(QCustomPlot *plot, const Theme &theme);

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    // Evaluates the series of `scenario` (as written) and refills graphs and events; no replot.
    void show(const Scenario &scenario, Lens lens, const Selection &dyad, Mode mode);
    // Moves the cursor; the caller replots cursorLayer() only.
    void setCursorTime(int time);
    int cursorTime() const { return m_cursorTime; }
    // Draws the cursor at a time between steps (a glide to the next event) without changing
    // cursorTime(); the caller replots cursorLayer() only.
    void placeCursor(double time);
    double cursorPosition() const { return m_cursorPosition; }
    // A faint dashed copy of the relative-power curve as it was before an edit (DESIGN.md,
    // "Before and after"), under the present one and out of the legend; empty clears it.
    void setGhost(const QVector<double> &relativePowerA);
    QCPGraph *ghost() const { return m_ghost; } // nullptr while none is shown
    // Compact: no title row, for a short widget (the export keeps it).
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // Writes every name and label again in the current language (on QEvent::LanguageChange).
    void retranslate();

    Mode mode() const { return m_mode; }
    Selection dyad() const { return m_dyad; }
    const DyadSeries &series() const { return m_series; }
    const QVector<PowerSeries> &allSeries() const { return m_all; }
    QCPGraph *graph(Quantity quantity) const;  // Mode::Dyad; nullptr otherwise
    QVector<QCPGraph *> dyadGraphs() const { return m_dyadGraphs; } // Mode::AllDyads, as allSeries()
    QCPLayer *cursorLayer() const { return m_cursorLayer; }
    QCPAxisRect *powerRect() const { return m_powerRect; }
    QCPAxisRect *detailRect() const { return m_detailRect; }
    EventMarkers *events() const { return m_events; }

    // The step under a widget pixel (nearest, clamped to 0..duration), -1 outside the plot rects.
    int stepAt(const QPointF &pixel) const;
    double pixelOfTime(double time) const;
    // The values at a step in plain words, for the tooltip.
    QString valuesText(int step) const;

private:
    void buildLayout();
    void styleAll();
    void setupPowerAxis();
    void rebuildGraphs();
    void fillGraphs();
    QCPGraph *addGraph(QCPAxisRect *rect, const QColor &color, Qt::PenStyle dash, int shape,
                       double width);
    QString nameOf(const QString &party) const;
    QColor colorOf(const QString &party, int fallback) const;
    QColor paletteColorAt(int index) const; // Okabe-Ito, readable on the theme
    void setDetailVisible(bool visible);

    QCustomPlot *m_plot;
    Theme m_theme;
    Scenario m_scenario; // the last one shown, for names, colours and events
    Mode m_mode = Mode::Dyad;
    Selection m_dyad;
    DyadSeries m_series;
    QVector<PowerSeries> m_all;
    QVector<double> m_keys;
    int m_cursorTime = 0;
    double m_cursorPosition = 0.0;
    QCPGraph *m_ghost = nullptr;

    QCPTextElement *m_title = nullptr;
    QCPAxisRect *m_powerRect = nullptr;
    QCPAxisRect *m_detailRect = nullptr;
    QCPLegend *m_powerLegend = nullptr;
    QCPLegend *m_detailLegend = nullptr;
    QCPItemText *m_upLabel = nullptr;
    QCPItemText *m_downLabel = nullptr;
    QVector<QCPGraph *> m_graphs;     // Mode::Dyad, by Quantity
    QVector<QCPGraph *> m_dyadGraphs; // Mode::AllDyads
    QCPLayer *m_cursorLayer = nullptr;
    QVector<QCPItemStraightLine *> m_cursorLines;
    QCPItemText *m_cursorLabel = nullptr;
    EventMarkers *m_events = nullptr;
    bool m_built = false;
    bool m_compact = false;
};

} // namespace powerfield
