// SPDX-License-Identifier: GPL-3.0-or-later
// The instructor's Class dock in the real window, driven as an instructor would (keyboard and
// clicks under offscreen): the roster, assigning a party, locking, the page flags, the story
// sent forward, removing a student, and the CSV files written and read back.
#include "appsettings.h"
#include "classdock.h"
#include "classserver.h"
#include "classsession.h"
#include "document.h"
#include "mainactions.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QWebSocket>

using namespace powerfield;

namespace {

// A student's page: joins, keeps the last state and the last refusal.
struct Student
{
    QWebSocket socket;
    QJsonObject lastState;
    QJsonObject lastRefusal;
    bool removed = false;

    explicit Student(const classroom::ClassServer *server)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = m.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("state"))
                lastState = m;
            else if (type == QLatin1String("refused"))
                lastRefusal = m;
            else if (type == QLatin1String("removed"))
                removed = true;
        });
        QUrl url = server->joinUrl();
        url.setScheme(QStringLiteral("ws"));
        socket.open(url);
    }
    bool join(const QString &name, const QString &room)
    {
        if (!QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }))
            return false;
        send({{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("name"), name},
              {QStringLiteral("room"), room}});
        return QTest::qWaitFor([this] { return !lastState.isEmpty(); });
    }
    void send(const QJsonObject &m)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)));
    }
    void want(const QString &desire, double value)
    {
        send({{QStringLiteral("type"), QStringLiteral("edit")}, {QStringLiteral("kind"), QStringLiteral("importance")},
              {QStringLiteral("id"), desire}, {QStringLiteral("value"), value}});
    }
    QString party() const { return lastState[QStringLiteral("party")][QStringLiteral("id")].toString(); }
    QString firstDesire() const { return lastState[QStringLiteral("desires")][0][QStringLiteral("id")].toString(); }
};

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestClassDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dockAppearsWithTheSession();
    void toolbarActionStartsAndStops();
    void rosterListsStudentsLive();
    void partyComboReassignsTheStudent();
    void lockingRefusesThatStudentOnly();
    void pageFlagsFollowTheCheckBoxes();
    void storyButtonSendsTheCaption();
    void removeKeyRemovesTheStudent();
    void csvFilesAreWrittenAndReadBack();

private:
    std::unique_ptr<MainWindow> m_window;
    ClassDock *m_dock = nullptr;
    classroom::ClassServer *m_server = nullptr;
};

void TestClassDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestClassDock::init()
{
    appSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    QVERIFY(m_window->openExample(QStringLiteral("abe-and-mary")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_dock = m_window->classSession()->dock();
    m_server = m_window->classSession()->server();
}

void TestClassDock::cleanup()
{
    m_window.reset();
}

void TestClassDock::dockAppearsWithTheSession()
{
    QVERIFY(!m_dock->isVisible()); // nothing of the class before a session starts
    QVERIFY(m_window->actions()->viewMenu()->actions().contains(m_dock->toggleViewAction()));
    QVERIFY(m_window->classSession()->start(QHostAddress::LocalHost, 0));
    QTRY_VERIFY(m_dock->isVisible());
    QCOMPARE(m_dock->roster()->rowCount(), 0);
    // Every control says what it does.
    for (QWidget *w : std::initializer_list<QWidget *>{m_dock->showNumbersBox(), m_dock->showOthersBox(), m_dock->crowdBox(),
                                                       m_dock->lockAllButton(), m_dock->storyButton(), m_dock->removeButton()}) {
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
        QVERIFY(w->focusPolicy() & Qt::TabFocus);
    }
}

void TestClassDock::toolbarActionStartsAndStops()
{
    QAction *toggle = m_window->classSession()->sessionAction();
    QVERIFY(m_window->actions()->toolBar->actions().contains(toggle));
    QVERIFY(!toggle->isChecked());
    QVERIFY(m_window->classSession()->start(QHostAddress::LocalHost, 0));
    QVERIFY(toggle->isChecked()); // it shows the session runs
    toggle->trigger();            // and stops it
    QVERIFY(!m_server->isRunning());
    QVERIFY(!toggle->isChecked());
}

void TestClassDock::rosterListsStudentsLive()
{
    QVERIFY(m_window->classSession()->start(QHostAddress::LocalHost, 0));
    Student ana(m_server);
    QVERIFY(ana.join(QStringLiteral("Ana"), m_server->roomCode()));
    QTableWidget *table = m_dock->roster();
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, ClassDock::NameColumn)->text(), QStringLiteral("Ana"));
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(0, ClassDock::PartyColumn));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), ana.party());
    QCOMPARE(table->item(0, ClassDock::ConnectedColumn)->text(), QStringLiteral("connected"));
    ana.want(ana.firstDesire(), 0.95);
    QTRY_VERIFY(table->item(0, ClassDock::LastActionColumn)->text().endsWith(QStringLiteral("0.95")));
    ana.socket.close();
    QTRY_COMPARE(table->item(0, ClassDock::ConnectedColumn)->text(), QStringLiteral("away"));
}

void TestClassDock::partyComboReassignsTheStudent()
{
    QVERIFY(m_window->classSession()->start(QHostAddress::LocalHost, 0));
    Student ana(m_server);
    QVERIFY(ana.join(QStringLiteral("Ana"), m_server->roomCode()));
    const QString first = ana.party();
    QTRY_COMPARE(m_dock->roster()->rowCount(), 1);
    auto *combo = qobject_cast<QComboBox *>(m_dock->roster()->cellWidget(0, ClassDock::PartyColumn));
    QVERIFY(combo && combo->count() >= 2);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // the next party, by keyboard
    const QString second = combo->currentData().toString();
    QVERIFY(second != first);
    QTRY_COMPARE(ana.party(), second); // the page follows
    QCOMPARE(m_server->roster().first().party, second);
    // The combo of the refreshed roster still shows it.
    combo = qobject_cast<QComboBox *>(m_dock->roster()->cellWidget(0, ClassDock::PartyColumn));
    QCOMPARE(combo->currentData().toString(), second);
}

void TestClassDock::lockingRefusesThatStudentOnly()
{
    QVERIFY(m_window->classSession()->start(QHostAddress::LocalHost, 0));
    Student ana(m_server);
    Student ben(m_server);
    QVERIFY(ana.join(QStringLiteral("Ana"), m_server->roomCode()));
    QVERIFY(ben.join(QStringLiteral("Ben"), m_server->roomCode()));
    QTableWidget *table = m_dock->roster();
    QTRY_COMPARE(table->rowCount(), 2);
    // Select Ana and lock her with the keyboard (Ctrl+Shift+K in the roster).
    table->setFocus();
    table->setCurrentCell(0, ClassDock::NameColumn);
    QVERIFY(m_dock->lockAction()->isEnabled());
    m_dock->lockAction()->trigger();
    QTRY_COMPARE(table->item(0, ClassDock::LockedColumn)->checkState(), Qt::Checked);
    QTRY_VERIFY(ana.lastState[QStringLiteral("locked")].toBool());
    const Document *document = m_window->document();
    const QString desire = ana.firstDesire();
    const double before = document->scenario().party(ana.party())->importance(desire);
    ana.want(desire, before > 0.5 ? 0.1 : 0.9);
    QTRY_COMPARE(ana.lastRefusal[QStringLiteral("code")].toString(), QStringLiteral("locked"));
    QCOMPARE(document->scenario().party(ana.party())->importance(desire), before);
    QVERIFY(ben.lastRefusal.isEmpty());
    ben.want(ben.firstDesire(), 0.05);
    QTRY_COMPARE(document->scenario().party(ben.party())->importance(ben.firstDesire()), 0.05);
    // Unlock her with the check box in her row, as a click does.
    table->item(0, ClassDock::LockedColumn)->setCheckState(Qt::Unchecked);
    QVERIFY(!m_server->roster().first().locked);
    ana.want(desire, 0.42);
    QTRY_COMPARE(document->scenario().party(ana.party())->importance(desire), 0.42);
    // Lock All: both refused.
    QTest::mouseClick(m_dock->lockAllButton(), Qt::LeftButton);
    QTRY_VERIFY(ben.lastState[QStringLiteral("locked")].toBool());
    ben.want(ben.firstDesire(), 0.5);
    QTRY_COMPARE(ben.lastRefusal[QStringLiteral("code")].toString(), QStringLiteral("locked"));
    QCOMPARE(table->item(1, ClassDock::LockedColumn)->checkState(), Qt::Checked);
    // CLASS_DOCK_SCREENSHOT=FILE.png: the window with the dock, as the README shows it.
    const QString shot = qEnvironmentVariable("CLASS_DOCK_SCREENSHOT");
    if (!shot.isEmpty()) {
        QTest::mouseClick(m_dock->unlockAllButton(), Qt::LeftButton);
        m_server->setLocked(m_server->roster().first().token, true);
        m_window->resize(1280, 720);
        QTest::qWait(1500);
        QVERIFY(m_window->grab().save(shot));
    }
}

void TestClassDock::pageFlagsFollowTheCheckBoxes()
{
    QVERIFY(m_window->classSession()->start(QHostAddress::LocalHost, 0));
    Student ana(m_server);
    QVERIFY(ana.join(QStringLiteral("Ana"), m_server->roomCode()));
    QVERIFY(ana.lastState[QStringLiteral("numbers")].toBool());
    QVERIFY(!ana.lastState[QStringLiteral("readings")].toArray().isEmpty());
    QTest::mouseClick(m_dock->showNumbersBox(), Qt::LeftButton);
    QTRY_COMPARE(ana.lastState[QStringLiteral("numbers")].toBool(true), false);
    m_dock->showOthersBox()->setFocus();
    QTest::keyClick(m_dock->showOthersBox(), Qt::Key_Space);
    QTRY_VERIFY(ana.lastState[QStringLiteral("readings")].toArray().isEmpty());
    QTest::mouseClick(m_dock->showOthersBox(), Qt::LeftButton);
    QTRY_VERIFY(!ana.lastState[QStringLiteral("readings")].toArray().isEmpty());
}

void TestClassDock::storyButtonSendsTheCaption()
{
    Document *document = m_window->document();
    Scenario s = document->scenario();
    s.duration = qMax(s.duration, 5);
    Event e;
    e.time = 3;
    e.label = QStringLiteral("Mary moves away");
    e.caption = QStringLiteral("Mary takes a job in another city.");
    s.events = {e};
    document->setScenario(s);
    QVERIFY(m_window->classSession()->start(QHostAddress::LocalHost, 0));
    Student ana(m_server);
    QVERIFY(ana.join(QStringLiteral("Ana"), m_server->roomCode()));
    QVERIFY(m_dock->storyButton()->isEnabled());
    QTest::mouseClick(m_dock->storyButton(), Qt::LeftButton);
    QCOMPARE(document->currentTime(), 3);
    QTRY_COMPARE(ana.lastState[QStringLiteral("story")][QStringLiteral("caption")].toString(), e.caption);
}

void TestClassDock::removeKeyRemovesTheStudent()
{
    QVERIFY(m_window->classSession()->start(QHostAddress::LocalHost, 0));
    Student ana(m_server);
    QVERIFY(ana.join(QStringLiteral("Ana"), m_server->roomCode()));
    QTableWidget *table = m_dock->roster();
    QTRY_COMPARE(table->rowCount(), 1);
    QVERIFY(!m_dock->removeButton()->isEnabled()); // nobody selected yet
    table->setCurrentCell(0, ClassDock::NameColumn);
    QVERIFY(m_dock->removeButton()->isEnabled());
    QTest::mouseClick(m_dock->removeButton(), Qt::LeftButton);
    QTRY_VERIFY(ana.removed);
    QTRY_COMPARE(ana.socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(table->rowCount(), 0);
}

void TestClassDock::csvFilesAreWrittenAndReadBack()
{
    QVERIFY(m_window->classSession()->start(QHostAddress::LocalHost, 0));
    Student ana(m_server);
    QVERIFY(ana.join(QStringLiteral("Ana, \"the first\""), m_server->roomCode()));
    const Document *document = m_window->document();
    const QString desire = ana.firstDesire();
    const double before = document->scenario().party(ana.party())->importance(desire);
    ana.want(desire, 0.25);
    QTRY_COMPARE(document->scenario().party(ana.party())->importance(desire), 0.25);
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("log.csv"));
    const QString power = dir.filePath(QStringLiteral("power.csv"));
    QVERIFY(m_dock->saveLog(log));
    QVERIFY(m_dock->savePower(power));
    const QStringList lines = readLines(log);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("time,student,party,what,old,new"));
    // The name with a comma and quotes stays one field.
    QVERIFY2(lines[1].contains(QStringLiteral(",\"Ana, \"\"the first\"\"\",") + ana.party() + QLatin1Char(',')),
             qPrintable(lines[1]));
    QVERIFY(lines[1].endsWith(QStringLiteral(",%1,0.250").arg(before, 0, 'f', 3)));
    const QStringList rows = readLines(power);
    QCOMPARE(rows[0], QStringLiteral("change,time,party,partner,dependence,power"));
    const int dyads = int(document->analysis().dyads().size());
    QCOMPARE(rows.size(), 1 + 2 * dyads);
    // Each row's dependence and power are the analysis's, after the change.
    for (const QString &row : rows.mid(1)) {
        const QStringList f = row.split(QLatin1Char(','));
        QCOMPARE(f.size(), 6);
        const auto dyad = document->analysis().dyad(f[2], f[3]);
        QVERIFY(dyad);
        QCOMPARE(f[4], QString::number(dyad->sideA.dependence, 'f', 3));
        QCOMPARE(f[5], QString::number(dyad->relativePowerA, 'f', 3));
    }
}

QTEST_MAIN(TestClassDock)
#include "tst_classdock.moc"
