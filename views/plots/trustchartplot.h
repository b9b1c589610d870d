// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"
#include "trusttally.h"

#include <QObject>
#include <QStringList>

class QCPAxisRect;
class QCPBars;
class QCPErrorBars;
class QCPGraph;
class QCPItemText;
class QCPLegend;
class QCPTextElement;
class QCustomPlot;

namespace powerfield {

// Lays out and fills a QCustomPlot with the trust game's results (issue 14): the class's
// cooperation rate by role as bars with 95 % Wilson intervals, beside the published rates and
// the model's prediction, the counts under each group, the one-line reading above, and below
// (when shown) one line per role round by round. The widget and the picture export both draw
// through it; it computes nothing, TrustResults brings every number.
class TrustChartPlot : public QObject
{
    Q_OBJECT

public:
    enum Series { ClassRates, PublishedRates, ModelRates, SeriesCount };

    TrustChartPlot(QCustomPlot *plot, const Theme &theme);

    void setTheme(const Theme &theme);
    void setResults(const TrustResults &results); // refills; no replot
    // The per-round chart below the bars: wanted, and drawn when the picture has the height.
    void setRoundsShown(bool shown);
    bool roundsShown() const { return m_roundsShown; }
    bool roundsDrawn() const { return m_roundsDrawn; }
    void retranslate();                           // after a language change; no replot

    // What a reader sees, for tests: bar heights in percent (NaN for a role without choices),
    // the labels under the groups, the reading and the per-round lines.
    double barValue(Series series, TrustRole role) const;
    QCPBars *bars(Series series) const { return m_bars[series]; }
    QCPErrorBars *intervals() const { return m_intervals; }
    QStringList groupLabels() const;
    QString reading() const;
    QString valueLabel(TrustRole role) const; // the class's rate written above its bar
    QCPGraph *roundGraph(TrustRole role) const { return m_roundGraphs[int(role)]; }
    QCPAxisRect *roundsRect() const { return m_roundsRect; }

private:
    void build();
    void style();
    void fill();
    void fitTexts(); // wraps the title and the reading to the plot's width, before each replot
    void placeRounds(bool drawn);

    QCustomPlot *m_plot;
    Theme m_theme;
    TrustResults m_results;
    bool m_roundsShown = true;
    bool m_roundsDrawn = true;
    QCPTextElement *m_title = nullptr;
    QCPTextElement *m_reading = nullptr;
    QString m_titleText;   // unwrapped
    QString m_readingText; // unwrapped
    QCPAxisRect *m_barsRect = nullptr;
    QCPAxisRect *m_roundsRect = nullptr;
    QCPLegend *m_roundsLegend = nullptr;
    QCPBars *m_bars[SeriesCount] = {};
    QCPErrorBars *m_intervals = nullptr;
    QCPItemText *m_valueLabels[kTrustRoleCount] = {};
    QCPGraph *m_roundGraphs[kTrustRoleCount] = {};
};

} // namespace powerfield
