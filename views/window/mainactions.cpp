// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainactions.h"

#include "toolbarfit.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace powerfield {

QIcon MainActions::icon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QAction *MainActions::create(const QString &objectName, const QString &iconName,
                             const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(m_window);
    action->setObjectName(objectName);
    if (!iconName.isEmpty())
        action->setIcon(icon(iconName));
    action->setShortcuts(shortcuts);
    return action;
}

void MainActions::setTexts(QAction *action, const QString &text, const QString &statusTip)
{
    action->setText(text);
    action->setStatusTip(statusTip);
    if (!action->shortcuts().isEmpty()) {
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                             action->shortcut().toString(QKeySequence::NativeText)));
    }
}

MainActions::MainActions(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
    , m_undoStack(undoStack)
{
    newFile = create(QStringLiteral("newFile"), QStringLiteral("document-new"), {QKeySequence::New});
    open = create(QStringLiteral("open"), QStringLiteral("document-open"), {QKeySequence::Open});
    save = create(QStringLiteral("save"), QStringLiteral("document-save"), {QKeySequence::Save});
    saveAs = create(QStringLiteral("saveAs"), QStringLiteral("document-save-as"),
                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    quit = create(QStringLiteral("quit"), QStringLiteral("application-exit"),
                  {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    quit->setMenuRole(QAction::QuitRole);

    // Own undo and redo actions rather than QUndoStack's, whose prefix cannot be retranslated.
    undo = create(QStringLiteral("undo"), QStringLiteral("edit-undo"), {QKeySequence(Qt::CTRL | Qt::Key_Z)});
    redo = create(QStringLiteral("redo"), QStringLiteral("edit-redo"),
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(undo, &QAction::triggered, undoStack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, undoStack, &QUndoStack::redo);
    connect(undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::undoTextChanged, this, &MainActions::updateUndoTexts);
    connect(undoStack, &QUndoStack::redoTextChanged, this, &MainActions::updateUndoTexts);
    undo->setEnabled(undoStack->canUndo());
    redo->setEnabled(undoStack->canRedo());

    resetToSaved = create(QStringLiteral("resetToSaved"), QStringLiteral("document-revert"),
                          {QKeySequence(Qt::CTRL | Qt::Key_R)});
    addParty = create(QStringLiteral("addParty"), QStringLiteral("party-add"),
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    addDesire = create(QStringLiteral("addDesire"), QStringLiteral("desire-add"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    addOption = create(QStringLiteral("addOption"), QStringLiteral("option-add"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    exportView = create(QStringLiteral("exportView"), QStringLiteral("document-export"),
                        {QKeySequence(Qt::CTRL | Qt::Key_E)});
    properties = create(QStringLiteral("properties"), QStringLiteral("document-properties"),
                        {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Return)});
    copyImage = create(QStringLiteral("copyImage"), QStringLiteral("edit-copy"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    lensActual = create(QStringLiteral("lensActual"), QStringLiteral("lens-actual"),
                        {QKeySequence(Qt::CTRL | Qt::Key_L)});
    lensActual->setCheckable(true);
    about = create(QStringLiteral("about"), QStringLiteral("help-about"), {});
    about->setMenuRole(QAction::AboutRole);
    aboutQt = create(QStringLiteral("aboutQt"), QString(), {});
    aboutQt->setMenuRole(QAction::AboutQtRole);

    recentMenu = new QMenu(window);
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    recentMenu->setIcon(icon(QStringLiteral("document-open-recent")));
    examplesMenu = new QMenu(window);
    examplesMenu->setObjectName(QStringLiteral("examplesMenu"));
    toolBar = new QToolBar(window);
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    retranslate();
    window->installEventFilter(this); // the window's LanguageChange retranslates the actions
}

void MainActions::retranslate()
{
    setTexts(newFile, tr("&New"), tr("Start an empty scenario"));
    setTexts(open, tr("&Open…"), tr("Open a scenario file"));
    setTexts(save, tr("&Save"), tr("Save the scenario"));
    setTexts(saveAs, tr("Save &As…"), tr("Save the scenario under a new name"));
    setTexts(quit, tr("&Quit"), tr("Quit Powerfield"));
    setTexts(resetToSaved, tr("Reset to &Saved"),
             tr("Return to the scenario as loaded or last saved (undoable)"));
    setTexts(addParty, tr("Add &Party"), tr("Add a party to the field"));
    setTexts(addDesire, tr("Add &Desire"), tr("Add something parties can want"));
    setTexts(addOption, tr("Add &Outside Option"), tr("Give the selected party an alternative outside the relationship"));
    setTexts(exportView, tr("&Export View…"), tr("Write a view, the whole window or a slide to a PNG, SVG or PDF file"));
    setTexts(properties, tr("P&roperties…"), tr("The scenario's title, description and teacher notes"));
    setTexts(copyImage, tr("Copy &Image"), tr("Copy the view that has the focus (else the field) to the clipboard as an image"));
    setTexts(lensActual, tr("&Lens: Actual Values"),
             tr("Checked: every view shows the actual values; unchecked: what each party perceives"));
    lensActual->setIconText(tr("Actual Values"));
    setTexts(about, tr("&About Powerfield"), tr("What Powerfield is"));
    aboutQt->setText(tr("About &Qt"));
    undo->setIconText(tr("Undo")); // the toolbar keeps its width; the menu shows what is undone
    redo->setIconText(tr("Redo"));
    updateUndoTexts();
    recentMenu->setTitle(tr("Open &Recent"));
    examplesMenu->setTitle(tr("E&xamples"));
    toolBar->setWindowTitle(tr("Main Toolbar"));
    if (m_fileMenu) {
        m_fileMenu->setTitle(tr("&File"));
        m_editMenu->setTitle(tr("&Edit"));
        m_viewMenu->setTitle(tr("&View"));
        m_helpMenu->setTitle(tr("&Help"));
    }
}

void MainActions::updateUndoTexts()
{
    const QString undone = m_undoStack->undoText();
    const QString redone = m_undoStack->redoText();
    undo->setText(undone.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undone));
    redo->setText(redone.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redone));
    for (QAction *action : {undo, redo})
        action->setToolTip(QString(action->text()).remove(QLatin1Char('&')));
}

bool MainActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void MainActions::populate(const QList<QAction *> &dockToggles)
{
    QMenu *file = m_fileMenu = m_window->menuBar()->addMenu(tr("&File"));
    file->addActions({newFile, open});
    file->addMenu(recentMenu);
    file->addSeparator();
    file->addActions({save, saveAs});
    file->addSeparator();
    file->addAction(exportView);
    file->addAction(properties);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = m_editMenu = m_window->menuBar()->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({addParty, addDesire, addOption});
    edit->addSeparator();
    edit->addAction(copyImage);
    edit->addSeparator();
    edit->addAction(resetToSaved);

    m_window->menuBar()->addMenu(examplesMenu);

    QMenu *view = m_viewMenu = m_window->menuBar()->addMenu(tr("&View"));
    view->addActions(dockToggles);
    view->addAction(toolBar->toggleViewAction());
    view->addSeparator();
    view->addAction(lensActual);

    QMenu *help = m_helpMenu = m_window->menuBar()->addMenu(tr("&Help"));
    help->addActions({about, aboutQt});

    toolBar->addActions({newFile, open, save});
    toolBar->addSeparator();
    toolBar->addActions({undo, redo});
    toolBar->addSeparator();
    toolBar->addActions({addParty, addDesire, addOption});
    toolBar->addSeparator();
    toolBar->addActions({lensActual, exportView});
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    new ToolBarFit(toolBar); // symbols alone when the named buttons do not fit
    m_window->addToolBar(Qt::TopToolBarArea, toolBar);
}

} // namespace powerfield
