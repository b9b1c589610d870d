// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace powerfield {

class TrustChart;

namespace classroom {
class ClassServer;
class TrustRoom;
}

// The instructor's side of the trust game in a class session (issue 14): start a game of some
// rounds, open and close rounds, the manipulations between rounds, names in the log or not, the
// live results chart, the log and summary CSV and the chart as a slide.
class TrustGameDock : public QDockWidget
{
    Q_OBJECT

public:
    TrustGameDock(classroom::ClassServer *server, QWidget *parent = nullptr);

    // Class > Trust Game: the window's dock, made on first use.
    static TrustGameDock *showIn(classroom::ClassServer *server, QWidget *window);

    classroom::TrustRoom *room() const { return m_room; }
    TrustChart *chart() const { return m_chart; }
    QSpinBox *roundsBox() const { return m_rounds; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *reshuffleButton() const { return m_reshuffle; }
    QPushButton *swapButton() const { return m_swap; }
    QCheckBox *bothFeelPowerfulBox() const { return m_bothPowerful; }
    QCheckBox *outsideThreatBox() const { return m_threat; }
    QCheckBox *namesBox() const { return m_names; }
    QLabel *statusLabel() const { return m_status; }

    // The buttons' files without asking (tests, and the dialogs' answers); false with the reason.
    bool saveLog(const QString &path, QString *error);
    bool saveSummary(const QString &path, QString *error);
    bool exportSlide(const QString &path, QString *error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void startOrStop();
    void applyManipulations();
    void askToSave(int which);

    classroom::TrustRoom *m_room;
    QSpinBox *m_rounds;
    QPushButton *m_start;
    QPushButton *m_open;
    QPushButton *m_close;
    QPushButton *m_reshuffle;
    QPushButton *m_swap;
    QCheckBox *m_bothPowerful;
    QCheckBox *m_threat;
    QCheckBox *m_names;
    QLabel *m_roundsLabel;
    QLabel *m_status;
    TrustChart *m_chart;
    QPushButton *m_saveLog;
    QPushButton *m_saveSummary;
    QPushButton *m_slide;
};

} // namespace powerfield
