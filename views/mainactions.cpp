// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainactions.h"

#include <QAction>
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

QAction *MainActions::create(const QString &objectName, const QString &text,
                             const QString &iconName, const QList<QKeySequence> &shortcuts,
                             const QString &statusTip)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(objectName);
    if (!iconName.isEmpty())
        action->setIcon(icon(iconName));
    action->setShortcuts(shortcuts);
    action->setStatusTip(statusTip);
    if (!shortcuts.isEmpty()) {
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                             shortcuts.first().toString(QKeySequence::NativeText)));
    }
    return action;
}

MainActions::MainActions(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
{
    newFile = create(QStringLiteral("newFile"), tr("&New"), QStringLiteral("document-new"),
                     {QKeySequence::New}, tr("Start an empty scenario"));
    open = create(QStringLiteral("open"), tr("&Open…"), QStringLiteral("document-open"),
                  {QKeySequence::Open}, tr("Open a scenario file"));
    save = create(QStringLiteral("save"), tr("&Save"), QStringLiteral("document-save"),
                  {QKeySequence::Save}, tr("Save the scenario"));
    saveAs = create(QStringLiteral("saveAs"), tr("Save &As…"), QStringLiteral("document-save-as"),
                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
                    tr("Save the scenario under a new name"));
    quit = create(QStringLiteral("quit"), tr("&Quit"), QStringLiteral("application-exit"),
                  {QKeySequence(Qt::CTRL | Qt::Key_Q)}, tr("Quit Powerfield"));
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setIcon(icon(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setIconText(tr("Undo")); // the toolbar keeps its width; the menu shows what is undone
    redo = undoStack->createRedoAction(window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setIcon(icon(QStringLiteral("edit-redo")));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                        QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIconText(tr("Redo"));
    for (QAction *action : {undo, redo})
        connect(action, &QAction::changed, action, [action] {
            const QString tip = QString(action->text()).remove(QLatin1Char('&'));
            if (action->toolTip() != tip)
                action->setToolTip(tip);
        });
    resetToSaved = create(QStringLiteral("resetToSaved"), tr("Reset to &Saved"),
                          QStringLiteral("document-revert"), {QKeySequence(Qt::CTRL | Qt::Key_R)},
                          tr("Return to the scenario as loaded or last saved (undoable)"));
    addParty = create(QStringLiteral("addParty"), tr("Add &Party"), QStringLiteral("party-add"),
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
                      tr("Add a party to the field"));
    addDesire = create(QStringLiteral("addDesire"), tr("Add &Desire"), QStringLiteral("desire-add"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
                       tr("Add something parties can want"));

    about = create(QStringLiteral("about"), tr("&About Powerfield"), QStringLiteral("help-about"),
                   {}, tr("What Powerfield is"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = create(QStringLiteral("aboutQt"), tr("About &Qt"), QString(), {}, QString());
    aboutQt->setMenuRole(QAction::AboutQtRole);

    recentMenu = new QMenu(tr("Open &Recent"), window);
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    recentMenu->setIcon(icon(QStringLiteral("document-open-recent")));
    examplesMenu = new QMenu(tr("E&xamples"), window);
    examplesMenu->setObjectName(QStringLiteral("examplesMenu"));
    toolBar = new QToolBar(tr("Main Toolbar"), window);
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
}

void MainActions::populate(const QList<QAction *> &dockToggles)
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->addActions({newFile, open});
    file->addMenu(recentMenu);
    file->addSeparator();
    file->addActions({save, saveAs});
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({addParty, addDesire});
    edit->addSeparator();
    edit->addAction(resetToSaved);

    m_window->menuBar()->addMenu(examplesMenu);

    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    view->addActions(dockToggles);
    view->addAction(toolBar->toggleViewAction());

    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addActions({about, aboutQt});

    toolBar->addActions({newFile, open, save});
    toolBar->addSeparator();
    toolBar->addActions({undo, redo});
    toolBar->addSeparator();
    toolBar->addActions({addParty, addDesire});
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_window->addToolBar(Qt::TopToolBarArea, toolBar);
}

} // namespace powerfield
