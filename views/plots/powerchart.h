// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "series.h"
#include "theme.h"

#include <QHash>
#include <QObject>
#include <QSharedPointer>
#include <QSize>
#include <QVector>

class QCPAbstractPlottable;
class QCPAxis;
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
class PlotTicker;

// Lays out and fills a QCustomPlot with the power-over-time picture of a scenario: the relative
// power of one dyad on a centred axis above, both dependences, commitments and cooperations
// below (or every dyad's relative power), the events as labelled lines and the time cursor on a
// layer of its own. The widget and the picture export both draw through it.
//
// It reads at any height: at every layout it fits the picture to the pixels it has (fit()). Tick
// labels thin out, the lower chart shows only when both charts get kMinChartHeight, the "holds
// more power" labels sit in bands above +1 and below -1 where no curve or gridline runs (or go
// when there is no room for the bands), the legend takes as many columns as fit and shortens
// names (nameelide.h) rather than cut them, and the event labels take as many rows as the height
// allows, the rest becoming ticks.
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
    // Whether the last show() changed only the curves' values (no graph, name, event or range
    // came, went or changed): replotting curvesLayer() alone then shows it.
    bool onlyCurvesChanged() const { return m_curvesOnly; }
    // The layer of every curve but the ghost, with a picture of its own.
    QCPLayer *curvesLayer() const { return m_curvesLayer; }
    // Moves the cursor; the caller replots cursorLayer() only.
    void setCursorTime(int time);
    int cursorTime() const { return m_cursorTime; }
    // Draws the cursor at a time between steps (a glide to the next event) without changing
    // cursorTime(); the caller replots cursorLayer() only.
    void placeCursor(double time);
    double cursorPosition() const { return m_cursorPosition; }
    // A faint dashed copy of the relative-power curve as it was before an edit
    // (docs/architecture.md §Before and after), under the present one and out of the legend; empty
    // clears it.
    void setGhost(const QVector<double> &relativePowerA);
    QCPGraph *ghost() const { return m_ghost; } // nullptr while none is shown
    // The lower chart (dependences, commitments, cooperations) when it has room; on by default.
    void setDetailWanted(bool wanted);
    bool detailWanted() const { return m_detailWanted; }
    bool detailShown() const { return m_detailShown; }
    static constexpr int kMinChartHeight = 120; // pixels each chart needs to be read
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
    QCPLegend *legend() const { return m_powerLegend; }
    QCPItemText *upLabel() const { return m_upLabel; }     // "A holds more power", above +1
    QCPItemText *downLabel() const { return m_downLabel; } // "B holds more power", below -1
    QCPItemText *cursorLabel() const { return m_cursorLabel; }
    // The whole name of a plottable whose legend entry may be shortened.
    QString fullName(const QCPAbstractPlottable *plottable) const;
    // The whole text under a widget pixel where a shortened one is drawn (a legend entry, an
    // event label or tick, a "holds more power" label), or empty.
    QString fullTextAt(const QPointF &pixel) const;

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
    void fit(); // after every layout
    void relayout();
    bool fitLegend();
    bool fitDetail();
    bool fitPowerRange();
    bool fitAxisLabels();
    bool setAxisLabel(QCPAxis *axis, const QString &label, double room);
    void placeSideLabels();
    // A curve's name in the legend: `longForm` with the whole names `args`, or when the legend
    // has no room, `shortForm` with the names shortened (nameelide.h).
    void setName(QCPGraph *graph, const QString &longForm, const QString &shortForm, const QStringList &args);
    int eventRowsAllowed() const;

    QCustomPlot *m_plot;
    Theme m_theme;
    Scenario m_scenario; // the last one shown, for names, colours and events
    Mode m_mode = Mode::Dyad;
    Selection m_dyad;
    DyadSeries m_series;
    DyadSeriesCache m_seriesCache; // the plotted dyad's series, kept while its scope is unchanged
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
    QCPLayer *m_curvesLayer = nullptr;
    bool m_curvesOnly = false;
    bool m_namesChanged = false;
    QVector<QCPItemStraightLine *> m_cursorLines;
    QCPItemText *m_cursorLabel = nullptr;
    EventMarkers *m_events = nullptr;
    QSharedPointer<PlotTicker> m_powerTicks;
    QSharedPointer<PlotTicker> m_detailTicks;
    QVector<QSharedPointer<PlotTicker>> m_timeTicks;
    struct LegendName
    {
        QString longForm;
        QString shortForm;
        QStringList args;
        QString at(int level) const; // 0: whole, then shorter and shorter
        bool operator==(const LegendName &o) const
        {
            return longForm == o.longForm && shortForm == o.shortForm && args == o.args;
        }
    };
    QHash<const QCPAbstractPlottable *, LegendName> m_names;
    QString m_titleText;
    QString m_upText;   // whole, before shortening to the rect
    QString m_downText;
    QString m_axisA;    // the names in the power axis' label
    QString m_axisB;
    bool m_built = false;
    bool m_compact = false;
    bool m_detailWanted = true;
    bool m_detailShown = true;
    bool m_sideLabels = false; // room for the "holds more power" bands
    bool m_fitting = false;
    bool m_shrinkOnly = false; // late in a fit: labels may only get shorter (no back and forth)
    QSize m_detailFailedAt; // the lower chart did not fit at this size: do not try again
};

} // namespace powerfield
