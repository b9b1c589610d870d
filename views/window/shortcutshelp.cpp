// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutshelp.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace powerfield {

namespace {

QString keysText(const QAction *action)
{
    QStringList keys;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence &key : shortcuts)
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

// The action's name without mnemonic and ellipsis ("&Open…" reads "Open").
QString nameOf(const QAction *action)
{
    QString name = action->iconText();
    if (name.endsWith(QChar(0x2026)))
        name.chop(1);
    return name.trimmed();
}

bool listed(const QAction *action)
{
    return !action->isSeparator() && !action->menu() && !action->shortcuts().isEmpty();
}

void addEntry(QList<ShortcutEntry> &entries, QSet<const QAction *> &seen, const QString &group,
              const QAction *action)
{
    if (!listed(action) || seen.contains(action))
        return;
    seen.insert(action);
    entries.append({group, nameOf(action), keysText(action), action->statusTip()});
}

void addMenu(QList<ShortcutEntry> &entries, QSet<const QAction *> &seen, const QString &group,
             const QMenu *menu)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->menu())
            addMenu(entries, seen, group, action->menu());
        else
            addEntry(entries, seen, group, action);
    }
}

// The dock an action's widget sits in, for the group's name; empty for the window itself.
QString placeOf(const QAction *action)
{
    const QObjectList objects = action->associatedObjects();
    for (const QObject *object : objects) {
        for (const QObject *o = object; o; o = o->parent()) {
            if (auto *dock = qobject_cast<const QDockWidget *>(o))
                return dock->windowTitle();
        }
    }
    return QString();
}

} // namespace

QList<ShortcutEntry> collectShortcuts(QWidget *window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        const QList<QAction *> menus = main->menuBar()->actions();
        for (const QAction *menuAction : menus) {
            if (menuAction->menu())
                addMenu(entries, seen, menuAction->menu()->title().remove(QLatin1Char('&')),
                        menuAction->menu());
        }
    }
    // Actions on no widget have shortcuts that do nothing: leave them out.
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->associatedObjects().isEmpty())
            continue;
        const QString place = placeOf(action);
        addEntry(entries, seen, place.isEmpty() ? ShortcutsHelp::tr("Window") : place, action);
    }
    return entries;
}

ShortcutsHelp::ShortcutsHelp(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsHelp"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsHelp::applyFilter);
    resize(520, 560);
    retranslate();
    refresh();
}

QAction *ShortcutsHelp::createAction(QWidget *window)
{
    auto *action = new QAction(tr("&Keyboard Shortcuts"), window);
    action->setObjectName(QStringLiteral("shortcutsHelpAction"));
    action->setShortcut(QKeySequence(Qt::Key_Question)); // F1 is help on the focused view
    action->setStatusTip(tr("List every keyboard shortcut"));
    window->addAction(action);
    connect(action, &QAction::triggered, window, [window] {
        auto *dialog = window->findChild<ShortcutsHelp *>(QString(), Qt::FindDirectChildrenOnly);
        if (!dialog)
            dialog = new ShortcutsHelp(window, window);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    return action;
}

void ShortcutsHelp::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
}

void ShortcutsHelp::refresh()
{
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    const QList<ShortcutEntry> entries = collectShortcuts(m_window);
    for (const ShortcutEntry &entry : entries) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_tree, {entry.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {entry.action, entry.keys});
        item->setToolTip(0, entry.description);
        item->setData(0, Qt::AccessibleTextRole, entry.action + QStringLiteral(": ") + entry.keys);
    }
    m_tree->expandAll();
    applyFilter();
}

void ShortcutsHelp::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                || item->text(1).contains(text, Qt::CaseInsensitive)
                || group->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}

void ShortcutsHelp::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The actions retranslate on the same event; read them once they have.
        QTimer::singleShot(0, this, &ShortcutsHelp::refresh);
    }
    QDialog::changeEvent(event);
}

void ShortcutsHelp::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

} // namespace powerfield
