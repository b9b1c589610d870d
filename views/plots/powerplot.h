// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "powerchart.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QContextMenuEvent;
class QCustomPlot;
class QMouseEvent;
class QTimer;
class QVariantAnimation;

namespace powerfield {

class Document;

// The power-over-time dock: the chart of the selected dyad (or of every dyad) over the whole
// timeline, with a draggable time cursor that sets the Document's current time, event markers
// that move the cursor to their event when clicked, and the values at the mouse in a tooltip.
// A jump of the time (a step to the next event) glides the cursor there; after an edit the curve
// as it was stays for a few seconds as a faint dashed ghost.
class PowerPlot : public QWidget
{
    Q_OBJECT

public:
    explicit PowerPlot(Document *document, QWidget *parent = nullptr);

    QCustomPlot *customPlot() const { return m_plot; }
    QCheckBox *allDyadsBox() const { return m_allDyads; } // a container may move it (a tab corner)
    // Checkable, in the plot's context menu: the lower chart (dependences, commitment,
    // cooperation) on or off. Remembered apart for the window and for presentation, where it
    // starts off; shown only where both charts have room (PowerChart::kMinChartHeight).
    QAction *detailAction() const { return m_detailAction; }
    static constexpr int kMinimumHeight = 150;
    static constexpr int kMinimumWidth = 240;
    // Below this height the chart drops its title (the dock and tab name it) to keep the rects.
    static constexpr int kCompactHeight = 380;
    PowerChart *chart() const { return m_chart; }
    PowerChart::Mode mode() const { return m_mode; }
    void setMode(PowerChart::Mode mode);
    void setTheme(const Theme &theme);
    // Re-evaluates the series and queues a replot now (edits do it on the next event loop turn).
    void refresh();
    // The dyad shown: the selection when it is a dyad, else the most imbalanced one.
    static Selection shownDyad(const Document &document);
    QVariantAnimation *cursorGlide() const { return m_glide; }
    static constexpr int kGhostMilliseconds = 4000;

signals:
    void modeChanged(powerfield::PowerChart::Mode mode);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void retranslate();
    void setDetailWanted(bool wanted);
    QString detailKey() const;
    void scheduleRefresh();
    void documentEdited();
    // Whether the ghost came, went or changed.
    bool updateGhost(const QVector<double> &before);
    void moveCursor(int time);
    void pressed(QMouseEvent *event);
    void moved(QMouseEvent *event);
    void released(QMouseEvent *event);

    Document *m_document;
    QCustomPlot *m_plot;
    PowerChart *m_chart;
    QCheckBox *m_allDyads;
    QAction *m_detailAction;
    bool m_presentation = false;
    QTimer *m_refreshTimer;
    QTimer *m_ghostTimer;
    QVariantAnimation *m_glide;
    PowerChart::Mode m_mode = PowerChart::Mode::Dyad;
    bool m_dragging = false;
    bool m_edited = false; // the next refresh follows an edit: keep the old curve as a ghost
};

} // namespace powerfield
