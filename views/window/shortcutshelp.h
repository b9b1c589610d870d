// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace powerfield {

// One action with its shortcuts, as the shortcuts help lists it.
struct ShortcutEntry
{
    QString group; // the menu (or dock) it belongs to
    QString action;
    QString keys;  // every shortcut, in the platform's notation, comma separated
    QString description;
};

// Every action of `window` that has a shortcut and can be triggered by it: the menu bar's menus
// in their order first (submenus inside their menu), then actions placed on other widgets of the
// window, grouped by their dock.
QList<ShortcutEntry> collectShortcuts(QWidget *window);

// A dialog listing the keyboard shortcuts of a window, read from its actions at each opening,
// with a filter.
class ShortcutsHelp : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsHelp(QWidget *window, QWidget *parent = nullptr);

    // The "Keyboard Shortcuts" action (F1, and ? where no text is being typed) that opens this
    // dialog for `window`; it is added to the window so that its keys work from the start.
    static QAction *createAction(QWidget *window);

    void refresh();
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyFilter();

    QWidget *m_window;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace powerfield
