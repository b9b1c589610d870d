// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysissummary.h"
#include "appsettings.h"
#include "autosave.h"
#include "classsession.h"
#include "dependencepanel.h"
#include "document.h"
#include "examples.h"
#include "fieldview.h"
#include "beliefs.h"
#include "contexthelp.h"
#include "glossarydock.h"
#include "languagemenu.h"
#include "mainactions.h"
#include "powerplot.h"
#include "presentationmode.h"
#include "propertiesdialog.h"
#include "recentfiles.h"
#include "scenarioreader.h"
#include "scenariotree.h"
#include "starterscenario.h"
#include "shortcutshelp.h"
#include "storykeys.h"
#include "sweepplot.h"
#include "timecontrols.h"
#include "timepanel.h"
#include "windowfit.h"
#include "workingfolder.h"
#include "wantsmenu.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace powerfield {

namespace {
const QString kSuffix = QStringLiteral(".powerfield.json");
constexpr int kStatusTimeout = 5000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_tree(new ScenarioTree(m_document, this))
    , m_summary(new AnalysisSummary(m_document, this))
    , m_treeDock(new QDockWidget(tr("Scenario"), this))
    , m_panel(new DependencePanel(m_document, this))
    , m_panelDock(new QDockWidget(tr("Dependence"), this))
    , m_field(new FieldView(m_document, this))
    , m_plotDock(new QDockWidget(tr("Power over time"), this))
    , m_recent(new RecentFiles(this))
    , m_actions(new MainActions(this, m_document->undoStack()))
    , m_statusCounts(new QLabel(this))
    , m_autosave(new Autosave(m_document, this))
{
    setWindowIcon(MainActions::icon(QStringLiteral("powerfield")));
    setCentralWidget(m_field);
    auto *summaryDock = new QDockWidget(tr("Who depends on whom"), this);
    summaryDock->setObjectName(QStringLiteral("summaryDock"));
    summaryDock->setWidget(m_summary);
    setupPlotDock();
    m_treeDock->setObjectName(QStringLiteral("scenarioDock"));
    m_treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, m_treeDock);
    m_panelDock->setObjectName(QStringLiteral("dependenceDock"));
    m_panelDock->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    addDockWidget(Qt::RightDockWidgetArea, summaryDock);
    tabifyDockWidget(m_panelDock, summaryDock);
    m_panelDock->raise();
    addDockWidget(Qt::BottomDockWidgetArea, m_plotDock);
    m_actions->populate({m_treeDock->toggleViewAction(), m_panelDock->toggleViewAction(),
                         m_plotDock->toggleViewAction(), summaryDock->toggleViewAction()});
    m_plotDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_treeDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_panelDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    summaryDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    statusBar()->addPermanentWidget(m_statusCounts);
    addClassroomParts();
    addPictureParts();
    addPresentingParts();

    connectActions();
    fillExamplesMenu();
    updateTitle();
    updateStatus();
    readSettings();
    // The field has the keys first, so Space steps the story right after opening.
    m_field->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    // Closing the window commits an open cell editor, after this class is gone.
    disconnect(m_document, nullptr, this, nullptr);
}

// The glossary dock (Ctrl+F1) with the state description (Edit > Copy Description), What's This
// (Shift+F1, its texts link to the glossary), help on the focused view (F1), the keyboard
// shortcuts help (?) and the Language menu.
void MainWindow::addClassroomParts()
{
    m_glossaryDock = new GlossaryDock(m_document, this);
    addDockWidget(Qt::RightDockWidgetArea, m_glossaryDock);
    tabifyDockWidget(m_panelDock, m_glossaryDock);
    m_panelDock->raise();
    m_glossaryDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    m_actions->viewMenu()->addAction(m_glossaryDock->toggleViewAction());
    m_actions->viewMenu()->addSeparator();
    m_actions->viewMenu()->addMenu(new LanguageMenu(this));
    // Class: students join from their browsers (the session's server listens only once started).
    m_classSession = new ClassSession(m_document, this);
    menuBar()->insertMenu(m_actions->helpMenu()->menuAction(), m_classSession->menu());
    m_actions->editMenu()->addSeparator();
    m_actions->editMenu()->addAction(m_glossaryDock->copyDescriptionAction());
    // Help > Getting Started and Glossary open the glossary dock on their pages.
    auto *start = new QAction(MainActions::icon(QStringLiteral("help-about")), QString(), this);
    start->setObjectName(QStringLiteral("gettingStarted"));
    auto *glossary = new QAction(this);
    glossary->setObjectName(QStringLiteral("glossary"));
    connect(start, &QAction::triggered, this, [this] { m_glossaryDock->showTerm(QStringLiteral("getting-started")); });
    connect(glossary, &QAction::triggered, this, [this] { m_glossaryDock->showTerm(QStringLiteral("overview")); });
    m_helpActions = {start, glossary};
    // A lens toggle that changes no number says so, rather than seeming to do nothing.
    connect(m_document, &Document::lensChanged, this, [this] {
        if (!anyBeliefDiffers(m_document->state()))
            statusBar()->showMessage(tr("Nothing changes: no belief differs from the actual quality at this step"), 6000);
    });
    retranslateHelp();
    m_actions->helpMenu()->insertActions(m_actions->about, {contexthelp::createAction(this, m_glossaryDock), start, glossary,
                                                            ShortcutsHelp::createAction(this), QWhatsThis::createAction(this)});
}

void MainWindow::retranslateHelp()
{
    m_helpActions[0]->setText(tr("Getting &Started"));
    m_helpActions[0]->setStatusTip(tr("Build a scenario of your own in six steps"));
    m_helpActions[1]->setText(tr("&Glossary"));
    m_helpActions[1]->setStatusTip(tr("What every number in Powerfield means, and where the ideas come from"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// The window's own texts; the actions, docks and menus retranslate themselves.
void MainWindow::retranslate()
{
    m_treeDock->setWindowTitle(tr("Scenario"));
    m_panelDock->setWindowTitle(tr("Dependence"));
    m_plotDock->setWindowTitle(tr("Power over time"));
    retranslateHelp();
    if (auto *summaryDock = findChild<QDockWidget *>(QStringLiteral("summaryDock")))
        summaryDock->setWindowTitle(tr("Who depends on whom"));
    m_actions->examplesMenu->clear();
    fillExamplesMenu();
    nameUnnamedParts();
    updateTitle();
    updateStatus();
}

void MainWindow::connectActions()
{
    connect(m_actions->newFile, &QAction::triggered, this, &MainWindow::newFile);
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::open);
    connect(m_actions->save, &QAction::triggered, this, &MainWindow::save);
    connect(m_actions->saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->resetToSaved, &QAction::triggered, m_document, &Document::resetToSaved);
    connect(m_actions->addParty, &QAction::triggered, this, &MainWindow::addParty);
    connect(m_actions->addDesire, &QAction::triggered, this, &MainWindow::addDesire);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->properties, &QAction::triggered, this, &MainWindow::editProperties);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_field->setWantQuestion([this](const QString &from, const QString &to, const QString &desire) {
        return m_interactive ? WantsMenu::askReceiverWants(this, *m_document, from, to, desire)
                             : m_wantAnswer == QMessageBox::Yes;
    });
    m_tree->addContextAction(ScenarioTree::Parties, m_actions->addParty);
    m_tree->addContextAction(ScenarioTree::Desires, m_actions->addDesire);

    connect(m_actions->recentMenu, &QMenu::aboutToShow, this,
            [this] { m_recent->fillMenu(m_actions->recentMenu); });
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openRecent);

    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::scenarioReset, this, &MainWindow::updateTitle);
    connect(m_document, &Document::scenarioReset, m_panel, [this] { // a new file reads from the top
        m_panel->scrollArea()->verticalScrollBar()->setValue(0);
    });
    connect(m_document, &Document::changed, this, &MainWindow::updateTitle);
    connect(m_document, &Document::analysisChanged, this, &MainWindow::updateStatus);
    connect(m_tree, &ScenarioTree::editRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusTimeout); });
    connect(m_autosave, &Autosave::saveFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Cannot keep a recovery copy: %1").arg(error));
    });
}

void MainWindow::fillExamplesMenu()
{
    QMenu *menu = m_actions->examplesMenu;
    const QStringList names = exampleNames();
    for (const QString &name : names) {
        const QString title = exampleTitle(name);
        QAction *action = menu->addAction(title.isEmpty() ? name : title);
        action->setObjectName(QStringLiteral("example:") + name);
        action->setStatusTip(tr("Open the example “%1”").arg(title.isEmpty() ? name : title));
        connect(action, &QAction::triggered, this, [this, name] {
            if (maybeSave())
                openExample(name);
        });
    }
    menu->setEnabled(!names.isEmpty());
}

QString MainWindow::documentName() const
{
    const QString path = m_document->filePath();
    if (!path.isEmpty())
        return QFileInfo(path).fileName();
    const QString title = m_document->scenario().title;
    return title.isEmpty() ? tr("Untitled") : title;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Powerfield").arg(documentName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const Scenario &state = m_document->state();
    const int dyads = m_document->analysis().engine().dyadCount();
    m_statusCounts->setText(tr("Parties: %1 · Dyads: %2").arg(state.parties.size()).arg(dyads));
}

void MainWindow::warn(const QString &title, const QString &text)
{
    m_lastWarning = text;
    statusBar()->showMessage(text, kStatusTimeout);
    if (m_interactive)
        QMessageBox::warning(this, title, text);
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    if (!m_document->load(path, &error)) {
        warn(tr("Cannot open the scenario"), error);
        return false;
    }
    m_recent->add(path);
    setWorkingFolder(path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), kStatusTimeout);
    return true;
}

bool MainWindow::openExample(const QString &name)
{
    Scenario scenario;
    ScenarioError error;
    if (!readExample(name, &scenario, &error)) { // in the language of the window
        warn(tr("Cannot open the example"), error.message());
        return false;
    }
    m_document->setScenario(scenario);
    statusBar()->showMessage(tr("Opened the example “%1”").arg(documentName()), kStatusTimeout);
    return true;
}

// File > New: a ready pair to explore (two people who give each other what both want), or an
// empty field to build from scratch.
void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    NewStart start = m_newStart;
    if (m_interactive) {
        QMessageBox box(QMessageBox::Question, tr("New Scenario"),
                        tr("Start from two people who want something from each other, or from an "
                           "empty field?"),
                        QMessageBox::Cancel, this);
        QPushButton *pair = box.addButton(tr("Start from &Two People"), QMessageBox::AcceptRole);
        QPushButton *empty = box.addButton(tr("&Empty"), QMessageBox::AcceptRole);
        box.setDefaultButton(pair);
        box.exec();
        if (box.clickedButton() != pair && box.clickedButton() != empty)
            return;
        start = box.clickedButton() == pair ? NewStart::TwoPeople : NewStart::Empty;
    }
    m_document->setScenario(start == NewStart::TwoPeople ? twoPeopleScenario() : Scenario());
    statusBar()->showMessage(start == NewStart::TwoPeople
                                 ? tr("Two people: give one of them an alternative (Ctrl+Shift+O) and watch the power shift")
                                 : tr("New scenario: add parties and desires from the Edit menu"),
                             kStatusTimeout);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scenario"), workingFolder(),
        tr("Powerfield scenarios (*.powerfield.json *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        m_recent->remove(path);
        warn(tr("File not found"),
             tr("%1 no longer exists; it was removed from the recent files.")
                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (maybeSave())
        openFile(path);
}

bool MainWindow::save()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')))
        return saveAs();
    return saveTo(path);
}

bool MainWindow::saveAs()
{
    if (!m_interactive)
        return false;
    const QString dir = workingFolder();
    QString stem = m_document->filePath().isEmpty() ? documentName() : QFileInfo(m_document->filePath()).completeBaseName();
    if (stem.endsWith(QStringLiteral(".powerfield")))
        stem.chop(11);
    QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario As"),
                                                QDir(dir).filePath(stem + kSuffix),
                                                tr("Powerfield scenarios (*.powerfield.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += kSuffix;
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        warn(tr("Cannot save the scenario"), error);
        return false;
    }
    m_recent->add(path);
    setWorkingFolder(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), kStatusTimeout);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox::StandardButton answer = m_unsavedAnswer;
    if (m_interactive) {
        answer = QMessageBox::warning(
            this, tr("Unsaved changes"),
            tr("“%1” has changes that are not saved. Save them?").arg(documentName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    }
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::addParty()
{
    QString error;
    // In free space in sight near the selection, like the field's own "Add a party here".
    if (!m_tree->addPartyAt(m_field->freeSpot(), &error))
        warn(tr("Cannot add a party"), error);
}

void MainWindow::addDesire()
{
    QString error;
    if (!m_tree->addDesire(&error))
        warn(tr("Cannot add a desire"), error);
}

void MainWindow::editProperties()
{
    const Scenario &s = m_document->scenario();
    PropertiesDialog dialog(this);
    dialog.setTexts({s.title, s.description, s.notes});
    if (m_interactive && dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_document->setScenarioTexts(dialog.texts(), &error))
        warn(tr("Cannot change the properties"), error);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Powerfield"),
                       tr("<h3>Powerfield %1</h3><p>Makes power in relationships visible: who "
                          "depends on whom, and why, after interdependence theory (Thibaut and "
                          "Kelley) and Emerson's power-dependence theory.</p>"
                          "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QStringLiteral(POWERFIELD_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave->discard(); // saved or discarded: nothing left to recover
    m_presentation->setActive(false); // the layout to remember is the editing one
    writeSettings();
    event->accept();
}

// The bottom dock: the power plot with the story's controls; their actions work window-wide.
void MainWindow::setupPlotDock()
{
    auto *panel = new TimePanel(m_document, this);
    m_plotDock->setObjectName(QStringLiteral("plotDock"));
    m_plotDock->setWidget(panel);
    TimeControls *controls = panel->controls();
    for (QAction *a : {controls->playAction(), controls->nextAction(), controls->previousAction(),
                       controls->resetAction()}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }
    qApp->installEventFilter(new StoryKeys(this));
    // "Sweep this value" on a panel slider opens the sweep of that value.
    connect(m_panel, &DependencePanel::sweepRequested, this, [this, panel](const SweepTarget &target) {
        panel->sweep()->setTarget(target);
        panel->tabs()->setCurrentIndex(TimePanel::SweepTab);
        m_plotDock->show();
        m_plotDock->raise();
    });
}

void MainWindow::offerRecovery()
{
    QString error;
    const auto ask = [this](const RecoveryCopy &copy) {
        return m_interactive ? askToRestore(this, copy) : m_recoveryAnswer;
    };
    if (!powerfield::offerRecovery(m_autosave, ask, &error))
        warn(tr("Cannot restore the unsaved changes"), error);
}

void MainWindow::quitKeepingRecovery()
{
    QString error;
    if (!m_autosave->saveNow(&error))
        qWarning("powerfield: %s", qPrintable(error));
    m_presentation->setActive(false);
    writeSettings();
    QCoreApplication::exit(0); // not quit(): that would close the window and ask about saving
}

void MainWindow::readSettings()
{
    QSettings s = appSettings();
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        placeOnFirstStart(available);
    else if (!available.contains(frameGeometry())) // a screen smaller than last time
        fitToScreen(available);
    if (!restoreState(s.value(QStringLiteral("window/state")).toByteArray()))
        arrangeDocks(windowfit::isCompact(available.size()));
}

// The first start: as large as the screen allows (maximized on small screens), docks in
// proportion.
void MainWindow::placeOnFirstStart(const QRect &available)
{
    setGeometry(windowfit::firstGeometry(available));
    if (windowfit::isCompact(available.size()))
        setWindowState(windowState() | Qt::WindowMaximized);
}

// A remembered window that does not fit this screen: moved inside it, or maximized when it is as
// large as the screen (a frame the window manager adds would make it stick out again).
void MainWindow::fitToScreen(const QRect &available)
{
    setGeometry(windowfit::fitted(geometry(), available, windowfit::kFrameAllowance));
    if (geometry().size() == available.marginsRemoved(windowfit::kFrameAllowance).size())
        setWindowState(windowState() | Qt::WindowMaximized);
}

// The docks in proportion to the window; on a small screen the scenario tree shares the right
// dock with the panel, so the field keeps the width it needs.
void MainWindow::arrangeDocks(bool compact)
{
    if (compact) {
        addDockWidget(Qt::RightDockWidgetArea, m_treeDock);
        tabifyDockWidget(m_panelDock, m_treeDock);
        m_panelDock->raise();
    }
    const QSize size = windowState() & Qt::WindowMaximized ? screen()->availableSize() : this->size();
    if (!compact)
        resizeDocks({m_treeDock}, {windowfit::treeWidth(size)}, Qt::Horizontal);
    resizeDocks({m_panelDock}, {windowfit::panelWidth(size, compact)}, Qt::Horizontal);
    resizeDocks({m_plotDock}, {windowfit::plotHeight(size)}, Qt::Vertical);
}

void MainWindow::writeSettings() const
{
    QSettings s = appSettings();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
}

} // namespace powerfield
