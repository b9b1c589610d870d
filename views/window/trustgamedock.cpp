// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustgamedock.h"

#include "classserver.h"
#include "imageexport.h"
#include "trustchart.h"
#include "trustcsv.h"
#include "trustexport.h"
#include "trustroom.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace powerfield {

namespace {

enum { SaveLog, SaveSummary, SaveSlide };

} // namespace

TrustGameDock::TrustGameDock(classroom::ClassServer *server, QWidget *parent)
    : QDockWidget(parent)
    , m_room(new classroom::TrustRoom(server, this))
    , m_rounds(new QSpinBox)
    , m_start(new QPushButton)
    , m_open(new QPushButton)
    , m_close(new QPushButton)
    , m_reshuffle(new QPushButton)
    , m_swap(new QPushButton)
    , m_bothPowerful(new QCheckBox)
    , m_threat(new QCheckBox)
    , m_names(new QCheckBox)
    , m_roundsLabel(new QLabel)
    , m_status(new QLabel)
    , m_chart(new TrustChart)
    , m_saveLog(new QPushButton)
    , m_saveSummary(new QPushButton)
    , m_slide(new QPushButton)
{
    setObjectName(QStringLiteral("trustGameDock"));
    m_rounds->setRange(1, classroom::TrustRoom::kMaxRounds);
    m_rounds->setValue(10);
    m_roundsLabel->setBuddy(m_rounds);
    m_status->setWordWrap(true);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    auto *game = new QHBoxLayout;
    game->addWidget(m_roundsLabel);
    game->addWidget(m_rounds);
    game->addWidget(m_start);
    game->addStretch();
    layout->addLayout(game);
    auto *rounds = new QGridLayout;
    rounds->addWidget(m_open, 0, 0);
    rounds->addWidget(m_close, 0, 1);
    rounds->addWidget(m_reshuffle, 1, 0);
    rounds->addWidget(m_swap, 1, 1);
    rounds->addWidget(m_bothPowerful, 2, 0);
    rounds->addWidget(m_threat, 2, 1);
    rounds->addWidget(m_names, 3, 0, 1, 2);
    layout->addLayout(rounds);
    layout->addWidget(m_status);
    layout->addWidget(m_chart, 1);
    auto *files = new QHBoxLayout;
    files->addWidget(m_saveLog);
    files->addWidget(m_saveSummary);
    files->addWidget(m_slide);
    layout->addLayout(files);
    setWidget(body);

    connect(m_start, &QPushButton::clicked, this, &TrustGameDock::startOrStop);
    connect(m_open, &QPushButton::clicked, m_room, &classroom::TrustRoom::openRound);
    connect(m_close, &QPushButton::clicked, m_room, &classroom::TrustRoom::closeRound);
    connect(m_reshuffle, &QPushButton::clicked, m_room, &classroom::TrustRoom::reshuffle);
    connect(m_swap, &QPushButton::clicked, m_room, &classroom::TrustRoom::swapRoles);
    connect(m_bothPowerful, &QCheckBox::toggled, this, &TrustGameDock::applyManipulations);
    connect(m_threat, &QCheckBox::toggled, this, &TrustGameDock::applyManipulations);
    connect(m_names, &QCheckBox::toggled, m_room, &classroom::TrustRoom::setNamesOn);
    connect(m_saveLog, &QPushButton::clicked, this, [this] { askToSave(SaveLog); });
    connect(m_saveSummary, &QPushButton::clicked, this, [this] { askToSave(SaveSummary); });
    connect(m_slide, &QPushButton::clicked, this, [this] { askToSave(SaveSlide); });
    connect(m_room, &classroom::TrustRoom::changed, this, &TrustGameDock::refresh);
    connect(server, &classroom::ClassServer::studentsChanged, this, &TrustGameDock::refresh);
    retranslate();
    refresh();
}

TrustGameDock *TrustGameDock::showIn(classroom::ClassServer *server, QWidget *window)
{
    auto *dock = window->findChild<TrustGameDock *>();
    if (!dock) {
        dock = new TrustGameDock(server, window);
        if (auto *main = qobject_cast<QMainWindow *>(window))
            main->addDockWidget(Qt::RightDockWidgetArea, dock);
        // The chart is for the projector: floating over most of the window, not a narrow column.
        dock->setFloating(true);
        const QRect area = window->geometry();
        dock->resize(area.width() * 3 / 4, area.height() * 9 / 10);
        dock->move(area.center() - dock->rect().center());
    }
    dock->show();
    dock->raise();
    return dock;
}

bool TrustGameDock::saveLog(const QString &path, QString *error)
{
    return writeTrustFile(path, m_room->logCsv(), error);
}

bool TrustGameDock::saveSummary(const QString &path, QString *error)
{
    return writeTrustFile(path, m_room->summaryCsv(), error);
}

bool TrustGameDock::exportSlide(const QString &path, QString *error)
{
    ExportRequest request;
    request.path = path;
    request.title = tr("Trust game");
    return exportPicture(request, trustChartPainter(m_chart->results(), m_chart->roundsShown()), error);
}

void TrustGameDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void TrustGameDock::retranslate()
{
    setWindowTitle(tr("Trust Game"));
    m_roundsLabel->setText(tr("&Rounds:"));
    m_open->setText(tr("&Open Round"));
    m_open->setToolTip(tr("Students choose Cooperate or Defect; each pair sees the outcome once both chose"));
    m_close->setText(tr("&Close Round"));
    m_close->setToolTip(tr("End the round now; pairs that did not both choose leave no rows"));
    m_reshuffle->setText(tr("Re&shuffle Pairs"));
    m_swap->setText(tr("S&wap Roles"));
    m_swap->setToolTip(tr("High and low power trade places in every unequal pair"));
    m_bothPowerful->setText(tr("&Both feel powerful"));
    m_bothPowerful->setToolTip(tr("Both players of an unequal pair are told they have the final say; "
                                  "the points stay unequal. Debrief the class afterwards."));
    m_threat->setText(tr("Outside &threat"));
    m_threat->setToolTip(tr("A competing group takes the pot unless both of a pair cooperate"));
    m_names->setText(tr("&Names in the log"));
    m_saveLog->setText(tr("Save &Log…"));
    m_saveSummary->setText(tr("Save S&ummary…"));
    m_slide->setText(tr("Export Chart as &Slide…"));
    refresh();
}

void TrustGameDock::refresh()
{
    const TrustGame *game = m_room->game();
    const bool active = game != nullptr;
    const bool open = active && game->roundOpen();
    m_start->setText(active ? tr("Stop &Game") : tr("Start &Game"));
    m_rounds->setEnabled(!active);
    m_open->setEnabled(active && !open && game->round() < m_room->plannedRounds());
    m_close->setEnabled(open);
    m_reshuffle->setEnabled(active && !open);
    m_swap->setEnabled(active && !open);
    m_bothPowerful->setEnabled(active && !open);
    m_threat->setEnabled(active && !open);
    if (!active) {
        m_status->setText(tr("No trust game. Students who have joined the class session play when it starts."));
        return;
    }
    int students = 0;
    int chose = 0;
    for (const TrustPlayer &player : game->players()) {
        if (player.computer || player.left || game->pairIndexOf(player.id) < 0)
            continue;
        ++students;
        if (game->view(player.id).ownChoice != TrustChoice::None)
            ++chose;
    }
    if (open)
        m_status->setText(tr("Round %1 of %2 open: %3 of %4 students chose.")
                              .arg(game->round()).arg(m_room->plannedRounds()).arg(chose).arg(students));
    else
        m_status->setText(tr("%1 of %2 rounds played, %3 students paired.")
                              .arg(game->round()).arg(m_room->plannedRounds()).arg(students));
    m_chart->setResults(trustResults(game->log()));
}

void TrustGameDock::startOrStop()
{
    if (m_room->isActive()) {
        m_room->stop();
        return;
    }
    m_room->start(m_rounds->value());
    m_room->setNamesOn(m_names->isChecked());
    applyManipulations();
}

void TrustGameDock::applyManipulations()
{
    if (!m_room->isActive())
        return;
    m_room->setManipulations({m_bothPowerful->isChecked(), m_threat->isChecked()});
}

void TrustGameDock::askToSave(int which)
{
    const QString filter = which == SaveSlide ? tr("Pictures (*.png *.svg *.pdf)") : tr("CSV files (*.csv)");
    const QString suggested = which == SaveLog ? QStringLiteral("trust-log.csv")
                              : which == SaveSummary ? QStringLiteral("trust-summary.csv")
                                                     : QStringLiteral("trust-chart.png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save"), suggested, filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool saved = which == SaveLog ? saveLog(path, &error)
                       : which == SaveSummary ? saveSummary(path, &error)
                                              : exportSlide(path, &error);
    if (!saved)
        QMessageBox::warning(this, tr("Trust Game"), tr("Could not save: %1").arg(error));
}

} // namespace powerfield
