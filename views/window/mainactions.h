// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;

namespace powerfield {

// The main window's actions with their texts, shortcuts, icons and object names, and the menus
// and toolbar that show them; what they do is wired by the window.
class MainActions : public QObject
{
    Q_OBJECT

public:
    MainActions(QMainWindow *window, QUndoStack *undoStack);

    // Builds the menu bar (File, Edit, Examples, View, Help) and the main toolbar; `dockToggles`
    // are the toggle actions of the window's docks.
    void populate(const QList<QAction *> &dockToggles);

    // An icon from the desktop theme, else the one shipped as ":/icons/NAME.svg".
    static QIcon icon(const QString &name);

    QAction *newFile;
    QAction *open;
    QAction *save;
    QAction *saveAs;
    QAction *quit;
    QAction *undo;
    QAction *redo;
    QAction *resetToSaved;
    QAction *addParty;
    QAction *addDesire;
    QAction *addOption;   // an outside option for the selected party
    QAction *exportView;  // File > Export View…
    QAction *properties;  // File > Properties…: title, description, teacher notes
    QAction *copyImage;   // the focused view (else the field) to the clipboard
    QAction *lensActual;  // checkable: the actual values instead of what the parties perceive
    QAction *about;
    QAction *aboutQt;
    QMenu *recentMenu;
    QMenu *examplesMenu;
    QToolBar *toolBar;

    // The menu bar's menus, for entries added by the window (null before populate()).
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }

    // Sets every text in the current language; runs on the window's QEvent::LanguageChange.
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *create(const QString &objectName, const QString &iconName,
                    const QList<QKeySequence> &shortcuts);
    void setTexts(QAction *action, const QString &text, const QString &statusTip);
    void updateUndoTexts();

    QMainWindow *m_window;
    QUndoStack *m_undoStack;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace powerfield
