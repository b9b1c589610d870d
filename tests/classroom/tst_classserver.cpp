// SPDX-License-Identifier: GPL-3.0-or-later
// The class session's server on loopback: students join with QWebSocket clients, edit their
// party's values, and hostile messages are refused while everyone else is still served.
#include "classserver.h"
#include "document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
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
    s.desires = {{QStringLiteral("company"), QStringLiteral("Company"), PowerBase::Referent}};
    Party abe;
    abe.id = QStringLiteral("abe");
    abe.name = QStringLiteral("Abe");
    abe.needs = {{QStringLiteral("company"), 0.3}};
    Party mary;
    mary.id = QStringLiteral("mary");
    mary.name = QStringLiteral("Mary");
    mary.needs = {{QStringLiteral("company"), 0.9}};
    abe.x = -1;
    mary.x = 1;
    s.parties = {abe, mary};
    s.provisions = {{QStringLiteral("abe"), QStringLiteral("mary"), QStringLiteral("company"), {0.8, {}}},
                    {QStringLiteral("mary"), QStringLiteral("abe"), QStringLiteral("company"), {0.8, {}}}};
    OutsideOption friends{QStringLiteral("friends"), QStringLiteral("mary"), QStringLiteral("Friends"),
                          {{QStringLiteral("company"), {0.4, {}}}}};
    OutsideOption club{QStringLiteral("club"), QStringLiteral("abe"), QStringLiteral("Club"),
                       {{QStringLiteral("company"), {0.2, {}}}}};
    s.options = {friends, club};
    return s;
}

// One student's browser: a WebSocket and every message the server sent it.
class Client
{
public:
    explicit Client(const QUrl &url)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        m_socket.open(url);
    }
    QWebSocket &socket() { return m_socket; }
    bool waitConnected() { return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }); }
    void send(const QJsonObject &message)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    void join(const QString &name, const QString &room, const QString &token = QString())
    {
        QJsonObject m{{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("name"), name},
                      {QStringLiteral("room"), room}};
        if (!token.isEmpty())
            m.insert(QStringLiteral("token"), token);
        send(m);
    }
    void edit(const QString &kind, const QString &id, double value)
    {
        send({{QStringLiteral("type"), QStringLiteral("edit")}, {QStringLiteral("kind"), kind},
              {QStringLiteral("id"), id}, {QStringLiteral("value"), value}});
    }
    // Waits for the next message of `type` after `from` and returns it (empty on none).
    QJsonObject next(const QString &type, int *from)
    {
        QJsonObject found;
        (void)QTest::qWaitFor([&] {
            for (; *from < m_messages.size(); ++*from) {
                if (m_messages[*from].value(QStringLiteral("type")).toString() == type) {
                    found = m_messages[(*from)++];
                    return true;
                }
            }
            return false;
        });
        return found;
    }
    QJsonObject last(const QString &type)
    {
        for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
            if (it->value(QStringLiteral("type")).toString() == type)
                return *it;
        }
        return {};
    }
    int count() const { return int(m_messages.size()); }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
};

double desireValue(const QJsonObject &state, const QString &id)
{
    for (const QJsonValue &d : state.value(QStringLiteral("desires")).toArray()) {
        if (d[QStringLiteral("id")].toString() == id)
            return d[QStringLiteral("value")].toDouble();
    }
    return -1.0;
}

QByteArray httpGet(quint16 port, const QByteArray &path)
{
    // Through the event loop: the server answers from this very thread.
    QTcpSocket socket;
    QByteArray reply;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { reply += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::connected,
                     [&] { socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n"); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; });
    return reply;
}

} // namespace

class TestClassServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void studentsGetPartiesInFileOrder();
    void editIsOneUndoEntryNamedWithTheStudent();
    void dragMergesIntoOneUndoEntry();
    void alternativeSetsThePerceivedValue();
    void undoInTheWindowReachesThePage();
    void hostileMessageIsRefused_data();
    void hostileMessageIsRefused();
    void oversizedFrameDropsOnlyThatClient();
    void floodIsSlowedThenDropped();
    void binaryFrameIsRefused();
    void wrongRoomCodeCannotConnect();
    void tokenReturnsTheSameParty();
    void studentLimitRefusesTheNext();
    void pageIsSmallAndSelfContained();
    void httpServesThePageAndNothingElse_data();
    void httpServesThePageAndNothingElse();

private:
    std::unique_ptr<Client> joined(const QString &name, QJsonObject *state = nullptr);
    QUrl wsUrl(const QString &room) const;

    std::unique_ptr<Document> m_document;
    std::unique_ptr<ClassServer> m_server;
};

void TestClassServer::init()
{
    m_document = std::make_unique<Document>();
    m_document->setScenario(classScenario());
    m_server = std::make_unique<ClassServer>(m_document.get());
    QVERIFY(m_server->start(QHostAddress::LocalHost, 0));
    QCOMPARE(m_server->roomCode().size(), 4);
}

void TestClassServer::cleanup()
{
    m_server.reset();
    m_document.reset();
}

QUrl TestClassServer::wsUrl(const QString &room) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws?room=%2").arg(m_server->port()).arg(room));
}

std::unique_ptr<Client> TestClassServer::joined(const QString &name, QJsonObject *state)
{
    auto client = std::make_unique<Client>(wsUrl(m_server->roomCode()));
    if (!client->waitConnected())
        return nullptr;
    client->join(name, m_server->roomCode());
    int from = 0;
    if (client->next(QStringLiteral("welcome"), &from).isEmpty())
        return nullptr;
    const QJsonObject s = client->next(QStringLiteral("state"), &from);
    if (s.isEmpty())
        return nullptr;
    if (state)
        *state = s;
    return client;
}

void TestClassServer::studentsGetPartiesInFileOrder()
{
    QJsonObject ana, ben;
    auto a = joined(QStringLiteral("Ana"), &ana);
    auto b = joined(QStringLiteral("Ben"), &ben);
    QVERIFY(a && b);
    QCOMPARE(ana[QStringLiteral("party")][QStringLiteral("id")].toString(), QStringLiteral("abe"));
    QCOMPARE(ben[QStringLiteral("party")][QStringLiteral("id")].toString(), QStringLiteral("mary"));
    QCOMPARE(desireValue(ana, QStringLiteral("company")), 0.3);
    // Abe's only alternative (the club, 0.2) is worse than Mary's (friends, 0.4): he depends on
    // her more, and both pages say so from the analysis.
    const QJsonObject reading = ana[QStringLiteral("readings")].toArray().first().toObject();
    QCOMPARE(reading[QStringLiteral("partner")].toString(), QStringLiteral("mary"));
    QCOMPARE(reading[QStringLiteral("balance")].toString(), QStringLiteral("you"));
    QVERIFY(reading[QStringLiteral("mine")].toDouble() > reading[QStringLiteral("theirs")].toDouble());
    QVERIFY(reading[QStringLiteral("sentence")].toString().contains(QStringLiteral("Mary holds more power")));
    QCOMPARE(ben[QStringLiteral("readings")].toArray().first()[QStringLiteral("balance")].toString(),
             QStringLiteral("they"));

    QCOMPARE(ben[QStringLiteral("alternatives")].toArray().size(), 1);
    QCOMPARE(m_server->studentCount(), 2);
}

void TestClassServer::editIsOneUndoEntryNamedWithTheStudent()
{
    auto ana = joined(QStringLiteral("Ana"));
    QVERIFY(ana);
    const int entries = m_document->undoStack()->count();
    ana->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.8);
    QTRY_COMPARE(m_document->scenario().party(QStringLiteral("abe"))->importance(QStringLiteral("company")), 0.8);
    QCOMPARE(m_document->undoStack()->count(), entries + 1);
    QVERIFY2(m_document->undoStack()->undoText().startsWith(QStringLiteral("Ana: ")),
             qPrintable(m_document->undoStack()->undoText()));
    // The page hears of its own edit as of any other change.
    QTRY_COMPARE(desireValue(ana->last(QStringLiteral("state")), QStringLiteral("company")), 0.8);
}

void TestClassServer::dragMergesIntoOneUndoEntry()
{
    auto ana = joined(QStringLiteral("Ana"));
    QVERIFY(ana);
    const int entries = m_document->undoStack()->count();
    for (const double v : {0.4, 0.5, 0.6}) {
        ana->send({{QStringLiteral("type"), QStringLiteral("edit")}, {QStringLiteral("kind"), QStringLiteral("importance")},
                   {QStringLiteral("id"), QStringLiteral("company")}, {QStringLiteral("value"), v},
                   {QStringLiteral("final"), false}});
    }
    ana->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.7); // the release
    QTRY_COMPARE(m_document->scenario().party(QStringLiteral("abe"))->importance(QStringLiteral("company")), 0.7);
    QCOMPARE(m_document->undoStack()->count(), entries + 1);
    QVERIFY2(m_document->undoStack()->undoText().startsWith(QStringLiteral("Ana: ")),
             qPrintable(m_document->undoStack()->undoText()));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->scenario().party(QStringLiteral("abe"))->importance(QStringLiteral("company")), 0.3);
    // The next release is an undo step of its own.
    ana->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.2);
    ana->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.1);
    QTRY_COMPARE(m_document->scenario().party(QStringLiteral("abe"))->importance(QStringLiteral("company")), 0.1);
    QCOMPARE(m_document->undoStack()->count(), entries + 2);
}

void TestClassServer::alternativeSetsThePerceivedValue()
{
    auto ana = joined(QStringLiteral("Ana"));
    auto ben = joined(QStringLiteral("Ben"));
    QVERIFY(ana && ben);
    ben->edit(QStringLiteral("alternative"), QStringLiteral("friends/company"), 0.7);
    const Scenario &s = m_document->scenario();
    QTRY_VERIFY(s.options[s.optionIndex(QStringLiteral("friends"))].offers[0].rating.perceived.has_value());
    QCOMPARE(*s.options[s.optionIndex(QStringLiteral("friends"))].offers[0].rating.perceived, 0.7);
    QCOMPARE(s.options[s.optionIndex(QStringLiteral("friends"))].offers[0].rating.quality, 0.4);
    QVERIFY(m_document->undoStack()->undoText().startsWith(QStringLiteral("Ben: ")));
}

void TestClassServer::undoInTheWindowReachesThePage()
{
    auto ana = joined(QStringLiteral("Ana"));
    QVERIFY(ana);
    ana->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.8);
    QTRY_COMPARE(desireValue(ana->last(QStringLiteral("state")), QStringLiteral("company")), 0.8);
    m_document->undoStack()->undo();
    QTRY_COMPARE(desireValue(ana->last(QStringLiteral("state")), QStringLiteral("company")), 0.3);
}

void TestClassServer::hostileMessageIsRefused_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("garbage") << QByteArray("\x01\x02{{not json");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("unknown type") << QByteArray(R"({"type":"shutdown"})");
    QTest::newRow("unknown field") << QByteArray(R"({"type":"edit","kind":"importance","id":"company","value":0.5,"admin":true})");
    QTest::newRow("NaN") << QByteArray(R"({"type":"edit","kind":"importance","id":"company","value":NaN})");
    QTest::newRow("NaN as text") << QByteArray(R"({"type":"edit","kind":"importance","id":"company","value":"NaN"})");
    QTest::newRow("infinite") << QByteArray(R"({"type":"edit","kind":"importance","id":"company","value":1e999})");
    QTest::newRow("above one") << QByteArray(R"({"type":"edit","kind":"importance","id":"company","value":1.5})");
    QTest::newRow("below zero") << QByteArray(R"({"type":"edit","kind":"importance","id":"company","value":-0.1})");
    QTest::newRow("final as text") << QByteArray(R"({"type":"edit","kind":"importance","id":"company","value":0.5,"final":"no"})");
    QTest::newRow("missing value") << QByteArray(R"({"type":"edit","kind":"importance","id":"company"})");
    QTest::newRow("wrong kind") << QByteArray(R"({"type":"edit","kind":"quality","id":"company","value":0.5})");
    QTest::newRow("unknown desire") << QByteArray(R"({"type":"edit","kind":"importance","id":"future","value":0.5})");
    QTest::newRow("other party's alternative") << QByteArray(R"({"type":"edit","kind":"alternative","id":"friends/company","value":0.9})");
    QTest::newRow("join again") << QByteArray(R"({"type":"join","name":"Eve","room":"ABCD"})");
    QTest::newRow("oversized") << (QByteArray(R"({"type":"edit","kind":"importance","id":")")
                                   + QByteArray(8000, 'x') + QByteArray(R"(","value":0.5})"));
}

void TestClassServer::hostileMessageIsRefused()
{
    QFETCH(QByteArray, message);
    auto eve = joined(QStringLiteral("Eve")); // holds abe
    auto ben = joined(QStringLiteral("Ben")); // holds mary
    QVERIFY(eve && ben);
    const Scenario before = m_document->scenario();
    const int entries = m_document->undoStack()->count();
    int from = eve->count();
    eve->socket().sendTextMessage(QString::fromUtf8(message));
    const QJsonObject refusal = eve->next(QStringLiteral("refused"), &from);
    QVERIFY(!refusal.value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(m_document->scenario(), before);
    QCOMPARE(m_document->undoStack()->count(), entries);
    QCOMPARE(eve->socket().state(), QAbstractSocket::ConnectedState);
    // Everyone else is still served.
    ben->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.5);
    QTRY_COMPARE(m_document->scenario().party(QStringLiteral("mary"))->importance(QStringLiteral("company")), 0.5);
}

void TestClassServer::oversizedFrameDropsOnlyThatClient()
{
    auto eve = joined(QStringLiteral("Eve"));
    auto ben = joined(QStringLiteral("Ben"));
    QVERIFY(eve && ben);
    eve->socket().sendTextMessage(QString(1024 * 1024, QLatin1Char('x')));
    QTRY_COMPARE(eve->socket().state(), QAbstractSocket::UnconnectedState);
    ben->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.5);
    QTRY_COMPARE(m_document->scenario().party(QStringLiteral("mary"))->importance(QStringLiteral("company")), 0.5);
}

void TestClassServer::floodIsSlowedThenDropped()
{
    auto eve = joined(QStringLiteral("Eve"));
    auto ben = joined(QStringLiteral("Ben"));
    QVERIFY(eve && ben);
    int from = eve->count();
    for (int i = 0; i < 3 * ClassServer::kDropPerSecond; ++i)
        eve->edit(QStringLiteral("importance"), QStringLiteral("company"), (i % 10) / 10.0);
    const QJsonObject refusal = eve->next(QStringLiteral("refused"), &from);
    QVERIFY(refusal[QStringLiteral("reason")].toString().contains(QStringLiteral("slow down")));
    QTRY_COMPARE(eve->socket().state(), QAbstractSocket::UnconnectedState);
    // Ben is still served.
    ben->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.5);
    QTRY_COMPARE(m_document->scenario().party(QStringLiteral("mary"))->importance(QStringLiteral("company")), 0.5);
}

void TestClassServer::binaryFrameIsRefused()
{
    auto eve = joined(QStringLiteral("Eve"));
    QVERIFY(eve);
    int from = eve->count();
    eve->socket().sendBinaryMessage(QByteArray("\x00\xff\x10", 3));
    QVERIFY(!eve->next(QStringLiteral("refused"), &from).isEmpty());
    QCOMPARE(eve->socket().state(), QAbstractSocket::ConnectedState);
}

void TestClassServer::wrongRoomCodeCannotConnect()
{
    const QString wrong = m_server->roomCode() == QStringLiteral("ZZZZ") ? QStringLiteral("YYYY")
                                                                        : QStringLiteral("ZZZZ");
    Client stranger(wsUrl(wrong));
    QSignalSpy closed(&stranger.socket(), &QWebSocket::disconnected);
    QSignalSpy error(&stranger.socket(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    QTRY_VERIFY(closed.count() + error.count() > 0);
    QVERIFY(stranger.socket().state() != QAbstractSocket::ConnectedState);
    // The right code in the address but a wrong one in the join message is refused too.
    Client confused(wsUrl(m_server->roomCode()));
    QVERIFY(confused.waitConnected());
    confused.join(QStringLiteral("Cy"), wrong);
    int from = 0;
    QVERIFY(!confused.next(QStringLiteral("refused"), &from).isEmpty());
    QCOMPARE(m_server->studentCount(), 0);
}

void TestClassServer::tokenReturnsTheSameParty()
{
    auto ana = joined(QStringLiteral("Ana"));
    QVERIFY(ana);
    const QString token = ana->last(QStringLiteral("welcome"))[QStringLiteral("token")].toString();
    QVERIFY(!token.isEmpty());
    ana->socket().close();
    QTRY_COMPARE(m_server->studentCount(), 0);
    auto ben = joined(QStringLiteral("Ben")); // the free party now is mary, not abe
    QVERIFY(ben);
    QCOMPARE(ben->last(QStringLiteral("state"))[QStringLiteral("party")][QStringLiteral("id")].toString(),
             QStringLiteral("mary"));
    Client back(wsUrl(m_server->roomCode()));
    QVERIFY(back.waitConnected());
    back.join(QStringLiteral("Ana"), m_server->roomCode(), token);
    int from = 0;
    const QJsonObject state = back.next(QStringLiteral("state"), &from);
    QCOMPARE(state[QStringLiteral("party")][QStringLiteral("id")].toString(), QStringLiteral("abe"));
    QCOMPARE(m_server->studentCount(), 2);
}

void TestClassServer::studentLimitRefusesTheNext()
{
    m_server->setStudentLimit(1);
    auto ana = joined(QStringLiteral("Ana"));
    QVERIFY(ana);
    Client ben(wsUrl(m_server->roomCode()));
    QSignalSpy closed(&ben.socket(), &QWebSocket::disconnected);
    QSignalSpy error(&ben.socket(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    QTRY_VERIFY(closed.count() + error.count() > 0);
    QCOMPARE(m_server->studentCount(), 1);
}

void TestClassServer::pageIsSmallAndSelfContained()
{
    // The room may have no internet: the page makes no request outside the program, and a phone
    // on a weak network loads it quickly.
    qsizetype total = 0;
    for (const QByteArray &path : {QByteArray("/"), QByteArray("/student.css"), QByteArray("/student.js")}) {
        const QByteArray reply = httpGet(m_server->port(), path);
        QVERIFY(reply.startsWith("HTTP/1.1 200"));
        const QByteArray body = reply.mid(reply.indexOf("\r\n\r\n") + 4);
        total += body.size();
        QVERIFY2(!body.contains("http://") && !body.contains("https://") && !body.contains("src=\"//"),
                 path.constData());
    }
    QVERIFY2(total < 100 * 1024, qPrintable(QString::number(total)));
}

void TestClassServer::httpServesThePageAndNothingElse_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("contains");
    QTest::newRow("page") << QByteArray("/") << QByteArray("200") << QByteArray("<html");
    QTest::newRow("page with code") << QByteArray("/?room=ABCD") << QByteArray("200") << QByteArray("student.js");
    QTest::newRow("script") << QByteArray("/student.js") << QByteArray("200") << QByteArray("WebSocket");
    QTest::newRow("style") << QByteArray("/student.css") << QByteArray("200") << QByteArray("body");
    QTest::newRow("source file") << QByteArray("/CMakeLists.txt") << QByteArray("404") << QByteArray();
    QTest::newRow("climbing out") << QByteArray("/../../etc/passwd") << QByteArray("404") << QByteArray();
    QTest::newRow("resource path") << QByteArray("/:/classroom/index.html") << QByteArray("404") << QByteArray();
    QTest::newRow("absolute") << QByteArray("/etc/hostname") << QByteArray("404") << QByteArray();
}

void TestClassServer::httpServesThePageAndNothingElse()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, contains);
    const QByteArray reply = httpGet(m_server->port(), path);
    QVERIFY2(reply.startsWith("HTTP/1.1 " + status), reply.left(60).constData());
    QVERIFY(reply.contains(contains));
}

QTEST_GUILESS_MAIN(TestClassServer)
#include "tst_classserver.moc"
