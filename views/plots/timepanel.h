// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace powerfield {

class Document;
class EventsEditor;
class PowerPlot;
class SweepPlot;
class TimeControls;

// The bottom dock's content: the power plot, the one-value sweep and the events editor as tabs,
// with the time controls (play, step, caption) below them, visible whichever tab is open.
class TimePanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab { PlotTab, SweepTab, EventsTab };

    explicit TimePanel(Document *document, QWidget *parent = nullptr);

    PowerPlot *plot() const { return m_plot; }
    SweepPlot *sweep() const { return m_sweep; }
    EventsEditor *events() const { return m_events; }
    TimeControls *controls() const { return m_controls; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
    PowerPlot *m_plot;
    SweepPlot *m_sweep;
    EventsEditor *m_events;
    TimeControls *m_controls;
};

} // namespace powerfield
