// SPDX-License-Identifier: GPL-3.0-or-later
// The student page in a real browser: Debian's chromium, headless at 390x844, driven through the
// DevTools protocol. It joins, moves a slider and the Document changes and the field repaints
// with the new picture; an edit in the Document reaches the page. Skipped when chromium is not installed (scripts/setup installs it).
#include "classserver.h"
#include "document.h"
#include "fieldview.h"

#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWebSocket>

#include <memory>

using namespace powerfield;
using powerfield::classroom::ClassServer;

namespace {

Scenario classScenario()
{
    Scenario s;
    s.desires = {{QStringLiteral("company"), QStringLiteral("Company"), PowerBase::Referent},
                 {QStringLiteral("future"), QStringLiteral("A shared future"), PowerBase::Reward}};
    Party abe;
    abe.id = QStringLiteral("abe");
    abe.name = QStringLiteral("Abe");
    abe.needs = {{QStringLiteral("company"), 0.3}, {QStringLiteral("future"), 0.5}};
    Party mary;
    mary.id = QStringLiteral("mary");
    mary.name = QStringLiteral("Mary");
    mary.needs = {{QStringLiteral("company"), 0.9}};
    mary.x = 1;
    s.parties = {abe, mary};
    s.provisions = {{QStringLiteral("mary"), QStringLiteral("abe"), QStringLiteral("company"), {0.8, {}}},
                    {QStringLiteral("abe"), QStringLiteral("mary"), QStringLiteral("company"), {0.8, {}}}};
    s.duration = 4;
    Event e;
    e.time = 2;
    e.label = QStringLiteral("Mary's new job");
    e.caption = QStringLiteral("Mary moves to another city for work.");
    s.events = {e};
    return s;
}

// A DevTools protocol session with one page.
class DevTools
{
public:
    bool open(const QUrl &url)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            if (m.contains(QStringLiteral("id")))
                m_results.insert(m.value(QStringLiteral("id")).toInt(), m);
        });
        m_socket.open(url);
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 20000);
    }
    QJsonObject call(const QString &method, const QJsonObject &params = {})
    {
        const int id = ++m_id;
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
            {QStringLiteral("id"), id}, {QStringLiteral("method"), method},
            {QStringLiteral("params"), params}}).toJson(QJsonDocument::Compact)));
        (void)QTest::qWaitFor([&] { return m_results.contains(id); }, 20000);
        return m_results.take(id);
    }
    QJsonValue evaluate(const QString &expression)
    {
        const QJsonObject r = call(QStringLiteral("Runtime.evaluate"),
                                   {{QStringLiteral("expression"), expression},
                                    {QStringLiteral("returnByValue"), true}});
        return r[QStringLiteral("result")][QStringLiteral("result")][QStringLiteral("value")];
    }

    QString error() const { return m_socket.errorString(); }

private:
    QWebSocket m_socket;
    QHash<int, QJsonObject> m_results;
    int m_id = 0;
};

QByteArray httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    QByteArray reply;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { reply += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::connected,
                     [&] { socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                                  + "\r\nConnection: close\r\n\r\n");
                     });
    socket.connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 20000);
    return reply.mid(reply.indexOf("\r\n\r\n") + 4);
}

// Counts the paint events of a widget (the field's viewport).
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestClassBrowser : public QObject
{
    Q_OBJECT

private slots:
    void pageJoinsEditsAndFollows();
};

void TestClassBrowser::pageJoinsEditsAndFollows()
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        QSKIP("chromium is not installed (scripts/setup installs it)");
    Document document;
    document.setScenario(classScenario());
    ClassServer server(&document);
    QVERIFY(server.start(QHostAddress::LocalHost, 0));
    // The projected field, as the class sees it.
    FieldView field(&document);
    field.resize(640, 480);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QTest::qWait(800); // the first fit's glide

    QTemporaryDir profile;
    QProcess browser;
    browser.setProcessChannelMode(QProcess::MergedChannels);
    browser.start(chromium, {QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                             QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                             QStringLiteral("--lang=en-US"), QStringLiteral("--remote-debugging-port=0"),
                             QStringLiteral("--remote-allow-origins=*"),
                             QStringLiteral("--window-size=390,844"),
                             QStringLiteral("--user-data-dir=") + profile.path(),
                             server.joinUrl().toString()});
    QVERIFY(browser.waitForStarted());
    // Chromium names its DevTools port on stderr.
    QByteArray said;
    const QRegularExpression listening(QStringLiteral(R"(DevTools listening on ws://127\.0\.0\.1:(\d+)/)"));
    QRegularExpressionMatch match;
    QVERIFY(QTest::qWaitFor([&] {
        said += browser.readAll();
        match = listening.match(QString::fromUtf8(said));
        return match.hasMatch();
    }, 60000));
    const quint16 port = quint16(match.captured(1).toUInt());
    QJsonArray targets;
    QVERIFY(QTest::qWaitFor([&] {
        targets = QJsonDocument::fromJson(httpGet(port, "/json/list")).array();
        for (const QJsonValue &t : std::as_const(targets)) {
            if (t[QStringLiteral("type")] == QLatin1String("page")
                && t[QStringLiteral("url")].toString().contains(QStringLiteral("room=")))
                return true;
        }
        return false;
    }, 60000));
    QUrl pageUrl;
    for (const QJsonValue &t : std::as_const(targets)) {
        if (t[QStringLiteral("type")] == QLatin1String("page"))
            pageUrl = QUrl(t[QStringLiteral("webSocketDebuggerUrl")].toString());
    }
    DevTools tools;
    QVERIFY2(tools.open(pageUrl), qPrintable(pageUrl.toString() + QLatin1Char(' ') + tools.error()));
    tools.call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
               {{QStringLiteral("width"), 390}, {QStringLiteral("height"), 844},
                {QStringLiteral("deviceScaleFactor"), 1}, {QStringLiteral("mobile"), true}});
    QTRY_COMPARE_WITH_TIMEOUT(tools.evaluate(QStringLiteral("document.readyState")).toString(),
                              QStringLiteral("complete"), 20000);
    // The QR code's address filled in the room code; the student gives a name and joins.
    QCOMPARE(tools.evaluate(QStringLiteral("document.getElementById('room').value")).toString(),
             server.roomCode());
    tools.evaluate(QStringLiteral("document.getElementById('name').value = 'Ana';"
                                  "document.getElementById('join').requestSubmit(); true"));
    QTRY_COMPARE_WITH_TIMEOUT(server.studentCount(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(tools.evaluate(QStringLiteral("document.getElementById('partyName').textContent")).toString(),
                              QStringLiteral("You are Abe"), 20000);
    QVERIFY(tools.evaluate(QStringLiteral("document.getElementById('readings').textContent")).toString()
                .contains(QStringLiteral("Mary")));
    // A slider moved on the page changes the Document, as one undo step named with the student.
    const int entries = document.undoStack()->count();
    const QImage before = field.viewport()->grab().toImage();
    PaintCounter counter;
    field.viewport()->installEventFilter(&counter);
    tools.evaluate(QStringLiteral(
        "(() => { const i = document.querySelector('#desires input[type=range]');"
        " i.value = 0.8; i.dispatchEvent(new Event('input')); i.dispatchEvent(new Event('change'));"
        " return i.getAttribute('aria-label'); })()"));
    QTRY_COMPARE_WITH_TIMEOUT(document.scenario().party(QStringLiteral("abe"))->importance(QStringLiteral("company")),
                              0.8, 20000);
    QCOMPARE(document.undoStack()->count(), entries + 1);
    QVERIFY(document.undoStack()->undoText().startsWith(QStringLiteral("Ana: ")));
    // The field repaints, and what it shows now differs from before the slider moved.
    QTRY_VERIFY_WITH_TIMEOUT(counter.paints > 0, 5000);
    QTest::qWait(800); // the easing of the new widths
    QVERIFY(field.viewport()->grab().toImage() != before);
    // An edit in the window reaches the page.
    QVERIFY(document.setImportance(QStringLiteral("abe"), QStringLiteral("company"), 0.15));
    QTRY_COMPARE_WITH_TIMEOUT(tools.evaluate(QStringLiteral("document.querySelector('#desires input[type=range]').value")).toString(),
                              QStringLiteral("0.15"), 20000);
    // The story sent forward: the page shows the caption.
    document.setCurrentTime(2);
    QTRY_VERIFY_WITH_TIMEOUT(tools.evaluate(QStringLiteral("document.getElementById('story').textContent")).toString()
                                 .contains(QStringLiteral("Mary moves to another city")), 20000);
    // Locked: the page says so, and a refused edit's reason reads in the page's language.
    const QString token = server.roster().first().token;
    server.setLocked(token, true);
    QTRY_COMPARE_WITH_TIMEOUT(tools.evaluate(QStringLiteral("document.getElementById('locked').hidden")).toBool(true),
                              false, 20000);
    tools.evaluate(QStringLiteral("(() => { const i = document.querySelector('#desires input[type=range]');"
                                  " i.disabled = false; i.value = 0.5; i.dispatchEvent(new Event('change')); })()"));
    QTRY_COMPARE_WITH_TIMEOUT(tools.evaluate(QStringLiteral("document.getElementById('status').textContent")).toString(),
                              QStringLiteral("Refused: the instructor has paused changes"), 20000);
    QCOMPARE(document.scenario().party(QStringLiteral("abe"))->importance(QStringLiteral("company")), 0.15);
    server.setLocked(token, false);
    QTRY_COMPARE_WITH_TIMEOUT(tools.evaluate(QStringLiteral("document.getElementById('locked').hidden")).toBool(false),
                              true, 20000);
    tools.evaluate(QStringLiteral("document.getElementById('status').textContent = ''; true"));
    // CLASS_SCREENSHOT=FILE.png: the page at 390x844 as the README shows it.
    const QString shot = qEnvironmentVariable("CLASS_SCREENSHOT");
    if (!shot.isEmpty()) {
        const QJsonObject r = tools.call(QStringLiteral("Page.captureScreenshot"), {{QStringLiteral("format"), QStringLiteral("png")}});
        QFile file(shot);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromBase64(r[QStringLiteral("result")][QStringLiteral("data")].toString().toLatin1()));
    }
    // Removed: the page says so and stops coming back.
    server.removeStudent(token);
    QTRY_COMPARE_WITH_TIMEOUT(tools.evaluate(QStringLiteral("document.getElementById('removed').hidden")).toBool(true),
                              false, 20000);
    QTest::qWait(1500); // a page that reconnected would have joined again by now
    QCOMPARE(server.studentCount(), 0);
    browser.kill();
    browser.waitForFinished();
}

QTEST_MAIN(TestClassBrowser)
#include "tst_classbrowser.moc"
