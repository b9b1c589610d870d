// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencepanel.h"
#include "document.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "starterscenario.h"

#include <QAction>
#include <QDockWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace powerfield;

// The window after the student's everyday moves (issue 17, item 9): a reopened file shows the
// panel from its top and no wider than its dock, and a lens toggle that changes nothing says so.
class TestWindowFollows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reopenedFileFitsThePanel();
    void lensToggleThatChangesNothingSaysSo();
    void lensToggleThatChangesSomethingIsQuiet();

private:
    DependencePanel *panel() const { return m_window->findChild<DependencePanel *>(); }
    QAction *lensAction() const { return m_window->findChild<QAction *>(QStringLiteral("lensActual")); }

    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
};

void TestWindowFollows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestWindowFollows::init()
{
    m_window = new MainWindow;
    m_window->setInteractive(false);
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestWindowFollows::cleanup()
{
    delete m_window;
}

void TestWindowFollows::reopenedFileFitsThePanel()
{
    const QString path = m_dir.filePath(QStringLiteral("roommates.powerfield.json"));
    Document saved;
    saved.setScenario(twoPeopleScenario());
    QString error;
    QVERIFY2(saved.save(path, &error), qPrintable(error));
    QVERIFY(m_window->openExample(QStringLiteral("abe-and-mary")));
    QScrollBar *bar = panel()->scrollArea()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    // A narrow dock, as a student may leave it: the panel's content still fits its width.
    auto *dock = qobject_cast<QDockWidget *>(panel()->parentWidget());
    QVERIFY(dock);
    m_window->resizeDocks({dock}, {240}, Qt::Horizontal);
    QVERIFY(m_window->openFile(path));
    m_window->document()->setSelection({QStringLiteral("me"), QStringLiteral("roommate")});
    QTest::qWait(100);
    QCOMPARE(bar->value(), 0);
    QVERIFY(!panel()->scrollArea()->horizontalScrollBar()->isVisible());
    const QWidget *content = panel()->scrollArea()->widget();
    QVERIFY2(content->width() <= panel()->scrollArea()->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(content->width()).arg(panel()->scrollArea()->viewport()->width())));
}

void TestWindowFollows::lensToggleThatChangesNothingSaysSo()
{
    m_window->document()->setScenario(twoPeopleScenario());
    QVERIFY(lensAction());
    lensAction()->trigger();
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("no belief differs")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestWindowFollows::lensToggleThatChangesSomethingIsQuiet()
{
    QVERIFY(m_window->openExample(QStringLiteral("abe-and-mary")));
    m_window->document()->setCurrentTime(6); // Abe rates Mary's company above its quality
    m_window->statusBar()->clearMessage();
    lensAction()->trigger();
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QStringLiteral("no belief differs")));
}

QTEST_MAIN(TestWindowFollows)
#include "tst_windowfollows.moc"
