// SPDX-License-Identifier: GPL-3.0-or-later
#include "classdock.h"

#include "classserver.h"
#include "document.h"
#include "timecontrols.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace powerfield {

namespace {

constexpr int kTokenRole = Qt::UserRole + 1;

} // namespace

ClassDock::ClassDock(Document *document, classroom::ClassServer *server, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_server(server)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_numbers(new QCheckBox(this))
    , m_others(new QCheckBox(this))
    , m_crowd(new QCheckBox(this))
    , m_lockAll(new QPushButton(this))
    , m_unlockAll(new QPushButton(this))
    , m_story(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_saveLog(new QPushButton(this))
    , m_savePower(new QPushButton(this))
    , m_lock(new QAction(this))
    , m_removeAction(new QAction(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("classDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    auto *options = new QGridLayout;
    options->addWidget(m_numbers, 0, 0);
    options->addWidget(m_others, 0, 1);
    options->addWidget(m_crowd, 0, 2);
    options->addWidget(m_lockAll, 1, 0);
    options->addWidget(m_unlockAll, 1, 1);
    options->addWidget(m_story, 1, 2);
    layout->addLayout(options);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // the whole last action is in its tooltip
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons below
    layout->addWidget(m_table, 1);
    auto *files = new QGridLayout;
    files->addWidget(m_remove, 0, 0);
    files->addWidget(m_saveLog, 0, 1);
    files->addWidget(m_savePower, 0, 2);
    layout->addLayout(files);
    setWidget(body);

    m_numbers->setChecked(server->showNumbers());
    m_others->setChecked(server->showOthers());
    m_crowd->setChecked(server->isCrowd());
    m_lock->setCheckable(true);
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_lock->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addActions({m_lock, m_removeAction});

    connect(m_numbers, &QCheckBox::toggled, server, &classroom::ClassServer::setShowNumbers);
    connect(m_others, &QCheckBox::toggled, server, &classroom::ClassServer::setShowOthers);
    connect(m_crowd, &QCheckBox::toggled, server, &classroom::ClassServer::setCrowd);
    connect(m_lockAll, &QPushButton::clicked, this, [this] { m_server->setAllLocked(true); });
    connect(m_unlockAll, &QPushButton::clicked, this, [this] { m_server->setAllLocked(false); });
    connect(m_story, &QPushButton::clicked, this, &ClassDock::sendStoryForward);
    connect(m_remove, &QPushButton::clicked, this, &ClassDock::removeSelected);
    connect(m_removeAction, &QAction::triggered, this, &ClassDock::removeSelected);
    connect(m_lock, &QAction::triggered, this, &ClassDock::lockSelected);
    connect(m_saveLog, &QPushButton::clicked, this, [this] { askToSave(false); });
    connect(m_savePower, &QPushButton::clicked, this, [this] { askToSave(true); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == LockedColumn)
            m_server->setLocked(tokenAt(item->row()), item->checkState() == Qt::Checked);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
        m_remove->setEnabled(any);
        m_removeAction->setEnabled(any);
        m_lock->setEnabled(any);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ClassDock::showContextMenu);
    // A busy class changes the roster many times a second: one refresh per event-loop turn.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &ClassDock::refresh);
    connect(server, &classroom::ClassServer::rosterChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(server, &classroom::ClassServer::runningChanged, this, [this] {
        m_crowd->setChecked(m_server->isCrowd());
        refresh();
    });
    connect(document, &Document::currentTimeChanged, this, &ClassDock::updateStory);
    connect(document, &Document::scenarioReset, this, &ClassDock::updateStory);
    connect(document, &Document::scenarioReset, this, &ClassDock::refresh);
    connect(document, &Document::changed, this, &ClassDock::updateStory);
    retranslate();
    refresh();
    updateStory();
    m_remove->setEnabled(false);
    m_removeAction->setEnabled(false);
    m_lock->setEnabled(false);
}

QString ClassDock::tokenAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, NameColumn);
    return item ? item->data(kTokenRole).toString() : QString();
}

void ClassDock::refresh()
{
    if (!m_document)
        return;
    m_refresh->stop();
    const QList<classroom::ClassServer::RosterEntry> roster = m_server->roster();
    const QString current = tokenAt(m_table->currentRow());
    m_filling = true;
    const bool grew = m_table->rowCount() != roster.size();
    m_table->setRowCount(int(roster.size()));
    const Scenario &scenario = m_document->scenario();
    QStringList parties;
    for (const Party &party : scenario.parties)
        parties.append(party.id);
    // Only what changed is set: a class of 200 refreshes cheaply.
    const auto setText = [](QTableWidgetItem *item, const QString &text) {
        if (item->text() != text)
            item->setText(text);
    };
    for (int row = 0; row < roster.size(); ++row) {
        const auto &s = roster[row];
        auto item = [&](int column) {
            QTableWidgetItem *it = m_table->item(row, column);
            if (!it) {
                it = new QTableWidgetItem;
                m_table->setItem(row, column, it);
            }
            return it;
        };
        setText(item(NameColumn), s.name);
        if (item(NameColumn)->data(kTokenRole).toString() != s.token)
            item(NameColumn)->setData(kTokenRole, s.token);
        setText(item(ConnectedColumn), s.connected ? tr("connected") : tr("away"));
        QTableWidgetItem *locked = item(LockedColumn);
        locked->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        if (locked->checkState() != (s.locked ? Qt::Checked : Qt::Unchecked) || locked->text().isEmpty())
            locked->setCheckState(s.locked ? Qt::Checked : Qt::Unchecked);
        setText(locked, s.locked ? tr("locked") : tr("free"));
        setText(item(LastActionColumn), s.lastAction);
        if (item(LastActionColumn)->toolTip() != s.lastAction)
            item(LastActionColumn)->setToolTip(s.lastAction);
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, PartyColumn));
        if (!combo) {
            combo = new QComboBox(m_table);
            m_table->setCellWidget(row, PartyColumn, combo);
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                for (int r = 0; r < m_table->rowCount(); ++r) {
                    if (m_table->cellWidget(r, PartyColumn) == combo)
                        assign(tokenAt(r), index);
                }
            });
        }
        const QSignalBlocker block(combo);
        if (combo->property("parties").toStringList() != parties || combo->count() != parties.size()) {
            combo->clear();
            for (const Party &party : scenario.parties)
                combo->addItem(party.name, party.id);
            combo->setProperty("parties", parties);
        }
        const int index = int(parties.indexOf(s.party));
        if (combo->currentIndex() != index)
            combo->setCurrentIndex(index);
        if (combo->property("student").toString() != s.name) {
            combo->setProperty("student", s.name);
            combo->setAccessibleName(tr("Party of %1").arg(s.name));
            combo->setToolTip(tr("The party %1 holds; choose another to reassign").arg(s.name));
        }
        if (s.token == current && m_table->currentRow() != row)
            m_table->setCurrentCell(row, NameColumn);
    }
    m_filling = false;
    if (grew) {
        for (int column : {NameColumn, ConnectedColumn, LockedColumn})
            m_table->resizeColumnToContents(column);
    }
}

void ClassDock::assign(const QString &token, int comboIndex)
{
    const Scenario &scenario = m_document->scenario();
    if (comboIndex >= 0 && comboIndex < scenario.parties.size())
        m_server->assignParty(token, scenario.parties[comboIndex].id);
}

void ClassDock::lockSelected()
{
    const QString token = tokenAt(m_table->currentRow());
    for (const auto &s : m_server->roster()) {
        if (s.token == token)
            m_server->setLocked(token, !s.locked);
    }
}

void ClassDock::removeSelected()
{
    const QString token = tokenAt(m_table->currentRow());
    if (!token.isEmpty())
        m_server->removeStudent(token);
}

void ClassDock::sendStoryForward()
{
    if (!m_document)
        return;
    const int next = TimeControls::nextStop(*m_document, m_document->currentTime());
    if (next >= 0)
        m_document->setCurrentTime(next);
}

void ClassDock::updateStory()
{
    if (!m_document)
        return;
    m_story->setEnabled(TimeControls::nextStop(*m_document, m_document->currentTime()) >= 0);
}

void ClassDock::showContextMenu(const QPoint &pos)
{
    int row = m_table->rowAt(pos.y());
    if (row < 0) // the keyboard's menu key: the selected student
        row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->setCurrentCell(row, NameColumn);
    const QString token = tokenAt(row);
    QMenu menu(this);
    QMenu *assignMenu = menu.addMenu(tr("&Assign Party"));
    const Scenario &scenario = m_document->scenario();
    for (int i = 0; i < scenario.parties.size(); ++i) {
        QAction *a = assignMenu->addAction(scenario.parties[i].name);
        connect(a, &QAction::triggered, this, [this, token, i] { assign(token, i); });
    }
    const auto roster = m_server->roster();
    const bool locked = std::any_of(roster.begin(), roster.end(),
                                    [&](const auto &s) { return s.token == token && s.locked; });
    m_lock->setChecked(locked);
    menu.addAction(m_lock);
    menu.addAction(m_removeAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

bool ClassDock::saveLog(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && m_server->log().writeEntries(&file) && file.commit();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

bool ClassDock::savePower(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && m_server->log().writePower(&file) && file.commit();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

void ClassDock::askToSave(bool power)
{
    const QString path = QFileDialog::getSaveFileName(
        this, power ? tr("Save Power After Each Change") : tr("Save Session Log"),
        power ? tr("class-power.csv") : tr("class-log.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(power ? savePower(path, &error) : saveLog(path, &error)))
        QMessageBox::warning(this, windowTitle(), tr("Could not save %1: %2").arg(path, error));
}

void ClassDock::retranslate()
{
    setWindowTitle(tr("Class"));
    toggleViewAction()->setText(tr("&Class Dock"));
    toggleViewAction()->setToolTip(tr("The class session's roster and controls"));
    m_table->setHorizontalHeaderLabels(
        {tr("Student"), tr("Party"), tr("Connection"), tr("Lock"), tr("Last action")});
    m_table->setAccessibleName(tr("Students in the class session"));
    m_table->setToolTip(tr("Right-click a student to assign a party, lock or remove them"));
    m_numbers->setText(tr("Show &numbers"));
    m_numbers->setToolTip(tr("Whether the students' pages show the values as numbers"));
    m_others->setText(tr("Show &other parties"));
    m_others->setToolTip(tr("Whether the students' pages say where their party stands with the others"));
    m_crowd->setText(tr("C&rowd mode"));
    m_crowd->setToolTip(tr("Students who join share the parties; a party's value is the median of its students' values"));
    m_lockAll->setText(tr("Loc&k All"));
    m_lockAll->setToolTip(tr("Refuse every student's changes until unlocked"));
    m_unlockAll->setText(tr("&Unlock All"));
    m_unlockAll->setToolTip(tr("Let every student change their party's values again"));
    m_story->setText(tr("Send the Story &Forward"));
    m_story->setToolTip(tr("Go to the next event of the story; students see its caption"));
    m_remove->setText(tr("Re&move Student"));
    m_remove->setToolTip(tr("Remove the selected student; they cannot rejoin with the same page"));
    m_saveLog->setText(tr("Save &Log…"));
    m_saveLog->setToolTip(tr("Save every student's change as CSV: time, student, party, what changed, old and new value"));
    m_savePower->setText(tr("Save &Power…"));
    m_savePower->setToolTip(tr("Save every party's dependence and power after each change as CSV"));
    m_lock->setText(tr("&Lock Student"));
    m_lock->setToolTip(tr("Refuse or allow the selected student's changes"));
    m_removeAction->setText(tr("Re&move Student"));
    refresh();
}

void ClassDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace powerfield
