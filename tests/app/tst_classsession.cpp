// SPDX-License-Identifier: GPL-3.0-or-later
// The window's Class menu and join card, and `powerfield --class-session` as a user starts it.
#include "appsettings.h"
#include "classserver.h"
#include "classsession.h"
#include "document.h"
#include "joincard.h"
#include "mainactions.h"
#include "mainwindow.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWebSocket>

using namespace powerfield;

namespace {

// A student's page: joins and keeps the last state the server sent.
struct Student
{
    QWebSocket socket;
    QJsonObject lastState;
    bool refused = false;

    Student(const classroom::ClassServer *server)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            if (m.value(QStringLiteral("type")) == QLatin1String("state"))
                lastState = m;
            refused = refused || m.value(QStringLiteral("type")) == QLatin1String("refused");
        });
        QUrl url = server->joinUrl();
        url.setScheme(QStringLiteral("ws"));
        socket.open(url);
    }
    bool join(const QString &name, const QString &room)
    {
        if (!QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }))
            return false;
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("name"), name},
            {QStringLiteral("room"), room}}).toJson(QJsonDocument::Compact)));
        return QTest::qWaitFor([this] { return !lastState.isEmpty(); });
    }
    double importance() const
    {
        return lastState[QStringLiteral("desires")][0][QStringLiteral("value")].toDouble();
    }
};

} // namespace

class TestClassSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { appSettings().clear(); }
    void classMenuStartsAndStops();
    void windowUndoReachesTheStudent();
    void joinCardShowsTheSession();
    void joinCardQrCodeDecodesToTheAddress();
    void commandLineStartsASession();
    void commandLineRefusesStrayOptions_data();
    void commandLineRefusesStrayOptions();
};

void TestClassSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestClassSession::classMenuStartsAndStops()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openExample(QStringLiteral("abe-and-mary")));
    ClassSession *session = window.classSession();
    QVERIFY(window.menuBar()->actions().contains(session->menu()->menuAction()));
    QVERIFY(session->startAction()->isEnabled());
    QVERIFY(!session->stopAction()->isEnabled());
    QVERIFY(!session->server()->isRunning()); // nothing listens before a session starts
    QVERIFY(session->start(QHostAddress::LocalHost, 0));
    QVERIFY(!session->startAction()->isEnabled());
    QVERIFY(session->stopAction()->isEnabled());
    Student ana(session->server());
    QVERIFY(ana.join(QStringLiteral("Ana"), session->server()->roomCode()));
    QCOMPARE(session->server()->studentCount(), 1);
    session->stopAction()->trigger();
    QTRY_COMPARE(ana.socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(!session->server()->isRunning());
    QVERIFY(session->startAction()->isEnabled());
}

void TestClassSession::windowUndoReachesTheStudent()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openExample(QStringLiteral("abe-and-mary")));
    QVERIFY(window.classSession()->start(QHostAddress::LocalHost, 0));
    Student ana(window.classSession()->server());
    QVERIFY(ana.join(QStringLiteral("Ana"), window.classSession()->server()->roomCode()));
    const double before = ana.importance();
    ana.socket.sendTextMessage(QStringLiteral(
        R"({"type":"edit","kind":"importance","id":"company","value":0.65})"));
    QTRY_COMPARE(ana.importance(), 0.65);
    // The window's Edit > Undo names the student, and undoing it reaches the page.
    QVERIFY2(window.actions()->undo->text().contains(QStringLiteral("Ana: ")),
             qPrintable(window.actions()->undo->text()));
    window.actions()->undo->trigger();
    QTRY_COMPARE(ana.importance(), before);
}

void TestClassSession::joinCardShowsTheSession()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openExample(QStringLiteral("abe-and-mary")));
    ClassSession *session = window.classSession();
    QVERIFY(!session->joinCardAction()->isEnabled());
    QVERIFY(session->start(QHostAddress::LocalHost, 0));
    session->joinCardAction()->trigger();
    JoinCard *card = session->joinCard();
    QVERIFY(card && card->isVisible());
    const QString room = session->server()->roomCode();
    QVERIFY(card->roomText().contains(room));
    QCOMPARE(card->addressText(),
             QStringLiteral("127.0.0.1:%1").arg(session->server()->port()));
    QVERIFY(card->countText().contains(QLatin1Char('0')));
    Student ana(session->server());
    QVERIFY(ana.join(QStringLiteral("Ana"), room));
    QTRY_VERIFY(card->countText().contains(QLatin1Char('1')));
}

void TestClassSession::joinCardQrCodeDecodesToTheAddress()
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty())
        QSKIP("zbarimg (zbar-tools, installed by scripts/setup) is missing");
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openExample(QStringLiteral("abe-and-mary")));
    ClassSession *session = window.classSession();
    QVERIFY(session->start(QHostAddress::LocalHost, 0));
    session->showJoinCard();
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(session->joinCard()->qrCode().save(png));
    QProcess zbar;
    zbar.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY(zbar.waitForFinished());
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(),
             session->server()->joinUrl().toString());
}

void TestClassSession::commandLineStartsASession()
{
    QProcess program;
    program.setProcessEnvironment([] {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }());
    program.start(QStringLiteral(POWERFIELD_BINARY),
                  {QStringLiteral("--class-session"), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--example"),
                   QStringLiteral("abe-and-mary")});
    QVERIFY(program.waitForStarted());
    QStringList lines;
    QVERIFY(QTest::qWaitFor([&] {
        program.waitForReadyRead(100);
        while (program.canReadLine())
            lines.append(QString::fromUtf8(program.readLine()).trimmed());
        return lines.size() >= 2;
    }, 30000));
    const QRegularExpression address(QStringLiteral(R"(^http://127\.0\.0\.1:(\d+)/\?room=([A-Z]{4})$)"));
    const auto match = address.match(lines[0]);
    QVERIFY2(match.hasMatch(), qPrintable(lines[0]));
    QCOMPARE(lines[1], match.captured(2));
    // The page is there at that address.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(match.captured(1).toUInt()));
    QVERIFY(socket.waitForConnected());
    socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray reply;
    QVERIFY(QTest::qWaitFor([&] {
        socket.waitForReadyRead(100);
        reply += socket.readAll();
        return reply.contains("</html>");
    }, 30000));
    QVERIFY(reply.startsWith("HTTP/1.1 200"));
    program.kill();
    program.waitForFinished();
}

void TestClassSession::commandLineRefusesStrayOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("port alone") << QStringList{QStringLiteral("--port"), QStringLiteral("8080")}
                                << QStringLiteral("--port goes with --class-session");
    QTest::newRow("listen alone") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")}
                                  << QStringLiteral("--listen goes with --class-session");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--class-session"), QStringLiteral("--port"), QStringLiteral("80000")}
                              << QStringLiteral("--port takes a number");
    QTest::newRow("bad address") << QStringList{QStringLiteral("--class-session"), QStringLiteral("--listen"), QStringLiteral("school")}
                                 << QStringLiteral("--listen takes an IP address");
    QTest::newRow("with export") << QStringList{QStringLiteral("--class-session"), QStringLiteral("--export"), QStringLiteral("/tmp/x.png")}
                                 << QStringLiteral("--class-session");
    QTest::newRow("with analyze") << QStringList{QStringLiteral("--class-session"), QStringLiteral("--analyze"), QStringLiteral("--example"), QStringLiteral("abe-and-mary")}
                                  << QStringLiteral("--class-session");
}

void TestClassSession::commandLineRefusesStrayOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    program.setProcessEnvironment(env);
    program.start(QStringLiteral(POWERFIELD_BINARY), arguments);
    QVERIFY(program.waitForFinished(30000));
    QCOMPARE(program.exitCode(), 2);
    const QString err = QString::fromLocal8Bit(program.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_MAIN(TestClassSession)
#include "tst_classsession.moc"
