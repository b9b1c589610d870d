// SPDX-License-Identifier: GPL-3.0-or-later
#include "contexthelp.h"
#include "dependencepanel.h"
#include "eventseditor.h"
#include "fieldview.h"
#include "glossary.h"
#include "glossarydock.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "powerplot.h"
#include "scenariotree.h"
#include "shortcutshelp.h"

#include <QMenu>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QtTest>

using namespace powerfield;

// F1 opens the help page on the view with the keyboard focus (issue 17, item 8); the keyboard
// shortcuts stay in the Help menu with their own key.
class TestContextHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void f1OnView_data();
    void f1OnView();
    void eventsEditorHasItsPage();
    void pagesInEveryLanguage_data();
    void pagesInEveryLanguage();
    void shortcutsStayInTheHelpMenu();

private:
    QWidget *view(const QString &name) const;

    MainWindow *m_window = nullptr;
};

void TestContextHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestContextHelp::init()
{
    m_window = new MainWindow;
    m_window->setInteractive(false);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_window->openExample(QStringLiteral("abe-and-mary")));
}

void TestContextHelp::cleanup()
{
    delete m_window;
}

QWidget *TestContextHelp::view(const QString &name) const
{
    if (name == QLatin1String("field"))
        return m_window->fieldView();
    if (name == QLatin1String("tree"))
        return m_window->scenarioTree();
    if (name == QLatin1String("panel"))
        return m_window->findChild<DependencePanel *>();
    return m_window->findChild<PowerPlot *>();
}

void TestContextHelp::f1OnView_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"field", "tree", "panel", "plot"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestContextHelp::f1OnView()
{
    QFETCH(QString, name);
    QWidget *shown = view(name);
    QVERIFY(shown);
    // The deepest focusable widget inside the view, as a click would give it the focus.
    QWidget *target = shown;
    for (QWidget *child : shown->findChildren<QWidget *>()) {
        if (child->isVisible() && child->focusPolicy() != Qt::NoFocus) {
            target = child;
            break;
        }
    }
    target->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(target->hasFocus());
    QTest::keyClick(target, Qt::Key_F1);
    GlossaryDock *dock = m_window->glossaryDock();
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(dock->currentTerm(), QStringLiteral("views"));
    QCOMPARE(dock->browser()->source().fragment(), name);
    QVERIFY(!m_window->findChild<ShortcutsHelp *>()); // F1 no longer lists the shortcuts
}

void TestContextHelp::eventsEditorHasItsPage()
{
    EventsEditor *events = m_window->findChild<EventsEditor *>();
    QVERIFY(events);
    QCOMPARE(contexthelp::termFor(events), QStringLiteral("views#events"));
    QCOMPARE(contexthelp::termFor(nullptr), QStringLiteral("getting-started"));
}

void TestContextHelp::pagesInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
}

void TestContextHelp::pagesInEveryLanguage()
{
    QFETCH(QString, language);
    const QString path = language.isEmpty() ? QStringLiteral(":/glossary/views.html")
                                            : QStringLiteral(":/glossary/%1/views.html").arg(language);
    QFile page(path);
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(path));
    const QString text = QString::fromUtf8(page.readAll());
    for (const char *anchor : {"field", "panel", "plot", "tree", "events"})
        QVERIFY2(text.contains(QStringLiteral("name=\"%1\"").arg(QLatin1String(anchor))), anchor);
}

void TestContextHelp::shortcutsStayInTheHelpMenu()
{
    QAction *shortcuts = m_window->findChild<QAction *>(QStringLiteral("shortcutsHelpAction"));
    QVERIFY(shortcuts);
    QVERIFY(m_window->actions()->helpMenu()->actions().contains(shortcuts));
    QCOMPARE(shortcuts->shortcut(), QKeySequence(Qt::Key_Question));
    QAction *help = m_window->findChild<QAction *>(QStringLiteral("contextHelp"));
    QVERIFY(help);
    QVERIFY(m_window->actions()->helpMenu()->actions().contains(help));
    QCOMPARE(help->shortcut(), QKeySequence(Qt::Key_F1));
    QCOMPARE(help->text(), QStringLiteral("&Help on This View"));
}

QTEST_MAIN(TestContextHelp)
#include "tst_contexthelp.moc"
