// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossarydock.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "shortcutshelp.h"
#include "statedescription.h"

#include <QClipboard>
#include <QMenu>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace powerfield;

// The help parts as the main window wires them: glossary dock, shortcuts help, language menu.
class TestHelpWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void glossaryDockSitsBesideThePanel();
    void questionMarkListsTheWindowsShortcuts();
    void copyDescriptionIsInTheEditMenu();
    void languageMenuIsInTheViewMenu();

private:
    MainWindow *m_window = nullptr;
};

void TestHelpWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHelpWindow::init()
{
    m_window = new MainWindow;
    m_window->setInteractive(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_window->openExample(QStringLiteral("abe-and-mary")));
}

void TestHelpWindow::cleanup()
{
    delete m_window;
}

void TestHelpWindow::glossaryDockSitsBesideThePanel()
{
    GlossaryDock *dock = m_window->glossaryDock();
    QVERIFY(dock);
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::RightDockWidgetArea);
    QVERIFY(m_window->actions()->viewMenu()->actions().contains(dock->toggleViewAction()));
    QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F1));
    QVERIFY(dock->showTerm(QStringLiteral("notes")));
    QVERIFY(dock->browser()->toPlainText().contains(QStringLiteral("Learning goal")));
}

void TestHelpWindow::questionMarkListsTheWindowsShortcuts()
{
    QTest::keyClick(m_window, Qt::Key_Question);
    ShortcutsHelp *help = nullptr;
    QTRY_VERIFY((help = m_window->findChild<ShortcutsHelp *>()) && help->isVisible());
    const QList<QTreeWidgetItem *> save = help->tree()->findItems(
        QStringLiteral("Save"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(save.size(), 1);
    QCOMPARE(save.first()->text(1), QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    QCOMPARE(save.first()->parent()->text(0), QStringLiteral("File"));
    QVERIFY(!help->tree()->findItems(QStringLiteral("Keyboard Shortcuts"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
}

void TestHelpWindow::copyDescriptionIsInTheEditMenu()
{
    QAction *copy = m_window->glossaryDock()->copyDescriptionAction();
    QVERIFY(m_window->actions()->editMenu()->actions().contains(copy));
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), describeState(*m_window->document()));
}

void TestHelpWindow::languageMenuIsInTheViewMenu()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QVERIFY(m_window->actions()->viewMenu()->actions().contains(menu->menuAction()));
    QCOMPARE(menu->actions().size(), 5); // system, separator, English, Deutsch, Español
}

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
