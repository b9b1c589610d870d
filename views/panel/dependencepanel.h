// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "explain.h"
#include "explainshift.h"
#include "sweep.h"
#include "theme.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QToolButton;
class QScrollArea;
class QVBoxLayout;

namespace powerfield {

class BalanceMeter;
struct DyadReading;
class PanelControls;
class PartyBars;
class QuadrantChart;

// The right-hand dock: for the selected dyad (or the most imbalanced one) the balance meter,
// sliders for every value that makes up the two dependences, and the plain-language reading;
// for a selected party its needs and its dependences. Live in both directions, never computing
// power itself. It fits any width from about 260 pixels without scrolling sideways; in
// presentation mode it condenses to the meter, the reading and one desire's sliders at a time.
class DependencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit DependencePanel(Document *document, QWidget *parent = nullptr);
    ~DependencePanel() override;

    // Presentation mode (theme.presentation): thicker lines, and the condensed panel. The type
    // grows with the application's font (the UI zoom), not here.
    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    Selection shown() const { return m_shown; } // the dyad or party on show

    BalanceMeter *meter() const { return m_meter; }
    PanelControls *controls() const { return m_controls; }
    QString powerText() const;
    QString shiftText() const;
    QString lensNote() const; // after a lens toggle that changes nothing: says so
    QScrollArea *scrollArea() const { return m_scroll; }
    QComboBox *desireChooser() const { return m_desireChooser; } // presentation: the desire shown
    QStringList readingTexts(bool sideA) const;
    // The whole reading as text, for screen readers and slide notes.
    QString description() const;

signals:
    // "Sweep this value" on a slider: the value to plot relative power across (see SweepTarget).
    void sweepRequested(const powerfield::SweepTarget &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildFixedParts();
    QWidget *buildChooser();
    QWidget *readingColumn(QuadrantChart **chart, QList<QLabel *> *labels);
    void updateTitleFont();
    void updateVisibility(const DyadReading &reading);
    void fillChooser(const QStringList &desires);
    void stepDesire(int step);
    void keepScroll();
    void restoreScroll();
    void lensToggled();
    void updateLensNote();
    QString shownDesire(const QStringList &desires) const;
    void rebuild();
    void scheduleRebuild();
    void refresh();
    void updateReading();
    void updateShift(const DyadReading &reading);
    void buildControls();
    void gestureFinished();

    Document *m_document;
    Theme m_theme;
    Selection m_shown;
    QString m_signature;
    bool m_rebuildQueued = false;
    QScrollArea *m_scroll = nullptr;
    std::optional<int> m_scrollTarget; // where the panel was scrolled before a rebuild
    bool m_holdScroll = false;         // the panel itself moves the scroll bar (rebuild, restore)
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    BalanceMeter *m_meter = nullptr;
    QLabel *m_power = nullptr;
    QLabel *m_shift = nullptr;
    QLabel *m_lensNote = nullptr;
    bool m_lensToggled = false;
    QWidget *m_chooser = nullptr;
    QComboBox *m_desireChooser = nullptr;
    QToolButton *m_previousDesire = nullptr;
    QToolButton *m_nextDesire = nullptr;
    QString m_presentedDesire;
    PartyBars *m_partyBars = nullptr;
    QVBoxLayout *m_controlsLayout = nullptr;
    QWidget *m_controlsHost = nullptr;
    PanelControls *m_controls = nullptr;
    QWidget *m_reading = nullptr;
    QuadrantChart *m_chartA = nullptr;
    QuadrantChart *m_chartB = nullptr;
    QList<QLabel *> m_sentencesA;
    QList<QLabel *> m_sentencesB;
    explain::SideSnapshot m_beforeA;
    explain::SideSnapshot m_beforeB;
    bool m_haveBaseline = false;
    // The snapshots the shift sentence was told from, to tell it again with today's names.
    explain::SideSnapshot m_toldBefore[2];
    explain::SideSnapshot m_toldAfter[2];
    bool m_told = false;
    bool m_retranslateQueued = false;
};

} // namespace powerfield
