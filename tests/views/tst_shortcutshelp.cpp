// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutshelp.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QtTest>

using namespace powerfield;

class TestShortcutsHelp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void collectsMenusInOrder();
    void collectsDockActionsAndSkipsUnplacedOnes();
    void dialogListsEveryShortcut();
    void filterHidesOtherRows();
    void secondPressReusesTheDialog();
    void questionMarkOpensTheDialog();
    void questionMarkTypesInTextFields();
    void followsChangedActions();

private:
    QAction *addAction(QWidget *to, const QString &text, const QKeySequence &key);
    ShortcutsHelp *openedDialog() const;

    QMainWindow *m_window = nullptr;
    QLineEdit *m_edit = nullptr;
    QAction *m_help = nullptr;
};

QAction *TestShortcutsHelp::addAction(QWidget *to, const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, m_window);
    if (!key.isEmpty())
        action->setShortcut(key);
    to->addAction(action);
    return action;
}

void TestShortcutsHelp::init()
{
    m_window = new QMainWindow;
    QMenu *file = m_window->menuBar()->addMenu(QStringLiteral("&File"));
    addAction(file, QStringLiteral("&Open…"), QKeySequence(Qt::CTRL | Qt::Key_O))
        ->setStatusTip(QStringLiteral("Open a file"));
    file->addSeparator();
    addAction(file, QStringLiteral("No Shortcut"), QKeySequence());
    QMenu *recent = file->addMenu(QStringLiteral("Open &Recent"));
    addAction(recent, QStringLiteral("Clear"), QKeySequence(Qt::CTRL | Qt::Key_L));
    QMenu *help = m_window->menuBar()->addMenu(QStringLiteral("&Help"));
    m_help = ShortcutsHelp::createAction(m_window);
    help->addAction(m_help);
    auto *redo = addAction(m_window->menuBar()->addMenu(QStringLiteral("&Edit")),
                           QStringLiteral("&Redo"), QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    auto *dock = new QDockWidget(QStringLiteral("Glossary"), m_window);
    dock->setWidget(new QWidget);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    addAction(dock, QStringLiteral("Copy &Description"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    new QAction(QStringLiteral("Nowhere"), m_window); // on no widget: its keys do nothing

    m_edit = new QLineEdit;
    m_window->setCentralWidget(m_edit);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestShortcutsHelp::cleanup()
{
    delete m_window;
}

ShortcutsHelp *TestShortcutsHelp::openedDialog() const
{
    auto *dialog = m_window->findChild<ShortcutsHelp *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestShortcutsHelp::collectsMenusInOrder()
{
    const QList<ShortcutEntry> entries = collectShortcuts(m_window);
    QVERIFY(entries.size() >= 4);
    QCOMPARE(entries.at(0).group, QStringLiteral("File"));
    QCOMPARE(entries.at(0).action, QStringLiteral("Open"));
    QCOMPARE(entries.at(0).keys, QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText));
    QCOMPARE(entries.at(0).description, QStringLiteral("Open a file"));
    QCOMPARE(entries.at(1).group, QStringLiteral("File"));
    QCOMPARE(entries.at(1).action, QStringLiteral("Clear"));
    QCOMPARE(entries.at(2).group, QStringLiteral("Help"));
    QCOMPARE(entries.at(2).action, QStringLiteral("Keyboard Shortcuts"));
    QCOMPARE(entries.at(2).keys, QStringLiteral("?"));
    QCOMPARE(entries.at(3).group, QStringLiteral("Edit"));
    QCOMPARE(entries.at(3).keys, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText)
                                     + QStringLiteral(", ")
                                     + QKeySequence(Qt::CTRL | Qt::Key_Y).toString(QKeySequence::NativeText));
}

void TestShortcutsHelp::collectsDockActionsAndSkipsUnplacedOnes()
{
    const QList<ShortcutEntry> entries = collectShortcuts(m_window);
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.last().group, QStringLiteral("Glossary"));
    QCOMPARE(entries.last().action, QStringLiteral("Copy Description"));
    for (const ShortcutEntry &entry : entries) {
        QVERIFY(entry.action != QStringLiteral("No Shortcut"));
        QVERIFY(entry.action != QStringLiteral("Nowhere"));
    }
}

void TestShortcutsHelp::dialogListsEveryShortcut()
{
    ShortcutsHelp dialog(m_window);
    QTreeWidget *tree = dialog.tree();
    QCOMPARE(tree->topLevelItemCount(), 4); // File, Help, Edit, Glossary
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("File"));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(1), QStringLiteral("?"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->toolTip(0), QStringLiteral("Open a file"));
}

void TestShortcutsHelp::filterHidesOtherRows()
{
    ShortcutsHelp dialog(m_window);
    dialog.filter()->setText(QStringLiteral("clear"));
    QTreeWidget *tree = dialog.tree();
    QVERIFY(!tree->topLevelItem(0)->isHidden());
    QVERIFY(tree->topLevelItem(0)->child(0)->isHidden());
    QVERIFY(!tree->topLevelItem(0)->child(1)->isHidden());
    QVERIFY(tree->topLevelItem(1)->isHidden());
    dialog.filter()->clear();
    QVERIFY(!tree->topLevelItem(1)->isHidden());
}

void TestShortcutsHelp::secondPressReusesTheDialog()
{
    m_edit->setReadOnly(true); // a read-only field takes no typing
    m_edit->setFocus();
    QTest::keyClick(m_edit, Qt::Key_Question);
    QTRY_VERIFY(openedDialog());
    QCOMPARE(openedDialog()->tree()->topLevelItemCount(), 4);
    QTest::keyClick(m_window, Qt::Key_Question); // a second press reuses the dialog
    QCOMPARE(m_window->findChildren<ShortcutsHelp *>().size(), 1);
}

void TestShortcutsHelp::questionMarkOpensTheDialog()
{
    m_window->setFocus();
    m_edit->setReadOnly(true); // a read-only field takes no typing
    m_edit->setFocus();
    QTest::keyClick(m_edit, Qt::Key_Question);
    QTRY_VERIFY(openedDialog());
}

void TestShortcutsHelp::questionMarkTypesInTextFields()
{
    m_edit->setFocus();
    QTest::keyClicks(m_edit, QStringLiteral("why?"));
    QCOMPARE(m_edit->text(), QStringLiteral("why?"));
    QVERIFY(!openedDialog());
}

void TestShortcutsHelp::followsChangedActions()
{
    ShortcutsHelp dialog(m_window);
    addAction(m_window->menuBar()->actions().first()->menu(), QStringLiteral("Save"),
              QKeySequence(Qt::CTRL | Qt::Key_S));
    dialog.show();
    QCOMPARE(dialog.tree()->topLevelItem(0)->childCount(), 3);
}

QTEST_MAIN(TestShortcutsHelp)
#include "tst_shortcutshelp.moc"
