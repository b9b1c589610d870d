// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "explain.h"
#include "sweep.h"
#include "theme.h"

#include <QWidget>

class QLabel;
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
// power itself.
class DependencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit DependencePanel(Document *document, QWidget *parent = nullptr);
    ~DependencePanel() override;

    void setTheme(const Theme &theme); // presentation mode: larger type, thicker lines
    Selection shown() const { return m_shown; } // the dyad or party on show

    BalanceMeter *meter() const { return m_meter; }
    PanelControls *controls() const { return m_controls; }
    QString powerText() const;
    QString shiftText() const;
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
    QWidget *readingColumn(QuadrantChart **chart, QList<QLabel *> *labels);
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
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    BalanceMeter *m_meter = nullptr;
    QLabel *m_power = nullptr;
    QLabel *m_shift = nullptr;
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
    bool m_retranslateQueued = false;
};

} // namespace powerfield
