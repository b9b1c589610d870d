// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageexport.h"
#include "theme.h"
#include "trusttally.h"

#include <QWidget>

class QCheckBox;
class QCustomPlot;

namespace powerfield {

class TrustChartPlot;

// The trust game's results on the projector (issue 14): the bar chart of TrustChartPlot with a
// switch for the per-round lines. A class session hands it TrustResults as choices arrive.
class TrustChart : public QWidget
{
    Q_OBJECT

public:
    explicit TrustChart(QWidget *parent = nullptr);

    void setResults(const TrustResults &results);
    const TrustResults &results() const { return m_results; }
    void setTheme(const Theme &theme);
    void setRoundsShown(bool shown);
    bool roundsShown() const;

    // The same chart as a picture (exportPicture(), the clipboard): what is shown now.
    PaintFunction painter() const;

    TrustChartPlot *chart() const { return m_chart; }
    QCustomPlot *customPlot() const { return m_plot; }
    QCheckBox *roundsToggle() const { return m_roundsToggle; }

protected:
    void changeEvent(QEvent *event) override;

private:
    Theme m_theme; // first: the chart below is built with it
    QCustomPlot *m_plot;
    QCheckBox *m_roundsToggle;
    TrustChartPlot *m_chart;
    TrustResults m_results;
};

} // namespace powerfield
