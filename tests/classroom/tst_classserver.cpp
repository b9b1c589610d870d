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
    void drag(const QString &id, double value)
    {
        send({{QStringLiteral("type"), QStringLiteral("edit")}, {QStringLiteral("kind"), QStringLiteral("importance")},
              {QStringLiteral("id"), id}, {QStringLiteral("value"), value}, {QStringLiteral("final"), false}});
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

double abeWants(const Document &document)
{
    return document.scenario().party(QStringLiteral("abe"))->importance(QStringLiteral("company"));
}

QString tokenOf(Client &client)
{
    return client.last(QStringLiteral("welcome"))[QStringLiteral("token")].toString();
}

QString partyOf(const QJsonObject &state)
{
    return state[QStringLiteral("party")][QStringLiteral("id")].toString();
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
    void lockedStudentIsRefusedAlone();
    void lockAllRefusesEveryoneAndNewcomers();
    void reassignedStudentEditsTheNewParty();
    void removedStudentCannotRejoinWithTheToken();
    void pageFollowsNumbersAndOthersFlags();
    void storyCaptionReachesThePage();
    void twoStudentsDraggingAtOnceGetOneEntryEach();
    void crowdOfThreeTakesTheMedian();
    void crowdOfFourTakesTheMeanOfTheMiddleTwo();
    void logRecordsEditsAndPowerAfterEach();
    void fortyStudentsReturnToTheirParties();

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

void TestClassServer::lockedStudentIsRefusedAlone()
{
    auto ana = joined(QStringLiteral("Ana"));
    auto ben = joined(QStringLiteral("Ben"));
    QVERIFY(ana && ben);
    m_server->setLocked(tokenOf(*ana), true);
    QTRY_VERIFY(ana->last(QStringLiteral("state"))[QStringLiteral("locked")].toBool());
    QVERIFY(!ben->last(QStringLiteral("state"))[QStringLiteral("locked")].toBool());
    const int benMessages = ben->count();
    int from = ana->count();
    ana->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.9);
    const QJsonObject refusal = ana->next(QStringLiteral("refused"), &from);
    QCOMPARE(refusal[QStringLiteral("code")].toString(), QStringLiteral("locked"));
    QCOMPARE(abeWants(*m_document), 0.3);
    QCOMPARE(ben->count(), benMessages); // the refusal went to Ana alone
    // Ben is not locked, and Ana may edit again once unlocked.
    ben->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.5);
    QTRY_COMPARE(m_document->scenario().party(QStringLiteral("mary"))->importance(QStringLiteral("company")), 0.5);
    m_server->setLocked(tokenOf(*ana), false);
    ana->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.9);
    QTRY_COMPARE(abeWants(*m_document), 0.9);
    QVERIFY(!m_server->roster().first().locked);
}

void TestClassServer::lockAllRefusesEveryoneAndNewcomers()
{
    auto ana = joined(QStringLiteral("Ana"));
    QVERIFY(ana);
    m_server->setAllLocked(true);
    auto ben = joined(QStringLiteral("Ben"));
    QVERIFY(ben);
    QVERIFY(ben->last(QStringLiteral("state"))[QStringLiteral("locked")].toBool());
    for (Client *c : {ana.get(), ben.get()}) {
        int from = c->count();
        c->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.9);
        QCOMPARE(c->next(QStringLiteral("refused"), &from)[QStringLiteral("code")].toString(), QStringLiteral("locked"));
    }
    QCOMPARE(abeWants(*m_document), 0.3);
    m_server->setAllLocked(false);
    ben->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.1);
    QTRY_COMPARE(m_document->scenario().party(QStringLiteral("mary"))->importance(QStringLiteral("company")), 0.1);
}

void TestClassServer::reassignedStudentEditsTheNewParty()
{
    auto ana = joined(QStringLiteral("Ana"));
    QVERIFY(ana);
    QVERIFY(!m_server->assignParty(tokenOf(*ana), QStringLiteral("nobody")));
    QVERIFY(m_server->assignParty(tokenOf(*ana), QStringLiteral("mary")));
    QTRY_COMPARE(partyOf(ana->last(QStringLiteral("state"))), QStringLiteral("mary"));
    QCOMPARE(m_server->roster().first().party, QStringLiteral("mary"));
    int from = ana->count();
    ana->edit(QStringLiteral("alternative"), QStringLiteral("club/company"), 0.9); // Abe's: no longer hers
    QCOMPARE(ana->next(QStringLiteral("refused"), &from)[QStringLiteral("code")].toString(), QStringLiteral("notyours"));
    ana->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.4);
    QTRY_COMPARE(m_document->scenario().party(QStringLiteral("mary"))->importance(QStringLiteral("company")), 0.4);
    QCOMPARE(abeWants(*m_document), 0.3);
    // Back to Abe: the page follows again.
    QVERIFY(m_server->assignParty(tokenOf(*ana), QStringLiteral("abe")));
    QTRY_COMPARE(partyOf(ana->last(QStringLiteral("state"))), QStringLiteral("abe"));
}

void TestClassServer::removedStudentCannotRejoinWithTheToken()
{
    auto ana = joined(QStringLiteral("Ana"));
    auto ben = joined(QStringLiteral("Ben"));
    QVERIFY(ana && ben);
    const QString token = tokenOf(*ana);
    QSignalSpy closed(&ana->socket(), &QWebSocket::disconnected);
    int from = ana->count();
    m_server->removeStudent(token);
    QVERIFY(!ana->next(QStringLiteral("removed"), &from).isEmpty());
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(m_server->roster().size(), 1);
    QCOMPARE(m_server->roster().first().name, QStringLiteral("Ben"));
    Client back(wsUrl(m_server->roomCode()));
    QVERIFY(back.waitConnected());
    back.join(QStringLiteral("Ana"), m_server->roomCode(), token);
    from = 0;
    QCOMPARE(back.next(QStringLiteral("refused"), &from)[QStringLiteral("code")].toString(), QStringLiteral("removed"));
    QVERIFY(back.last(QStringLiteral("state")).isEmpty());
    back.edit(QStringLiteral("importance"), QStringLiteral("company"), 0.9);
    QCOMPARE(back.next(QStringLiteral("refused"), &from)[QStringLiteral("code")].toString(), QStringLiteral("join"));
    QCOMPARE(abeWants(*m_document), 0.3);
}

void TestClassServer::pageFollowsNumbersAndOthersFlags()
{
    auto ana = joined(QStringLiteral("Ana"));
    QVERIFY(ana);
    QJsonObject state = ana->last(QStringLiteral("state"));
    QVERIFY(state[QStringLiteral("numbers")].toBool());
    QVERIFY(state[QStringLiteral("readings")].toArray().first().toObject().contains(QStringLiteral("mine")));
    int from = ana->count();
    m_server->setShowNumbers(false);
    state = ana->next(QStringLiteral("state"), &from);
    QCOMPARE(state[QStringLiteral("numbers")].toBool(true), false);
    QVERIFY(!state[QStringLiteral("readings")].toArray().first().toObject().contains(QStringLiteral("mine")));
    m_server->setShowOthers(false);
    state = ana->next(QStringLiteral("state"), &from);
    QCOMPARE(state[QStringLiteral("others")].toBool(true), false);
    QVERIFY(state[QStringLiteral("readings")].toArray().isEmpty());
    m_server->setShowOthers(true);
    m_server->setShowNumbers(true);
    QTRY_VERIFY(ana->last(QStringLiteral("state"))[QStringLiteral("readings")].toArray().first().toObject().contains(QStringLiteral("mine")));
}

void TestClassServer::storyCaptionReachesThePage()
{
    Scenario s = classScenario();
    s.duration = 4;
    Event e;
    e.time = 2;
    e.label = QStringLiteral("The club closes");
    e.caption = QStringLiteral("Abe loses his evenings out.");
    s.events = {e};
    m_document->setScenario(s);
    auto ana = joined(QStringLiteral("Ana"));
    QVERIFY(ana);
    QVERIFY(ana->last(QStringLiteral("state"))[QStringLiteral("story")][QStringLiteral("caption")].toString().isEmpty());
    m_document->setCurrentTime(2);
    QTRY_COMPARE(ana->last(QStringLiteral("state"))[QStringLiteral("story")][QStringLiteral("caption")].toString(),
                 e.caption);
    QCOMPARE(ana->last(QStringLiteral("state"))[QStringLiteral("story")][QStringLiteral("time")].toInt(), 2);
}

void TestClassServer::twoStudentsDraggingAtOnceGetOneEntryEach()
{
    auto ana = joined(QStringLiteral("Ana"));
    auto ben = joined(QStringLiteral("Ben"));
    QVERIFY(ana && ben);
    const int entries = m_document->undoStack()->count();
    // Their drags interleave: each is still one undo entry named with its student.
    for (const double v : {0.4, 0.5, 0.6}) {
        ana->drag(QStringLiteral("company"), v);
        ben->drag(QStringLiteral("company"), 1.0 - v);
        QTRY_COMPARE(m_document->scenario().party(QStringLiteral("mary"))->importance(QStringLiteral("company")), 1.0 - v);
    }
    ana->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.7);
    QTRY_COMPARE(abeWants(*m_document), 0.7);
    ben->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.2);
    QTRY_COMPARE(m_document->scenario().party(QStringLiteral("mary"))->importance(QStringLiteral("company")), 0.2);
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->count(), entries + 2);
    QVERIFY2(stack->text(entries).startsWith(QStringLiteral("Ana: ")), qPrintable(stack->text(entries)));
    QVERIFY2(stack->text(entries + 1).startsWith(QStringLiteral("Ben: ")), qPrintable(stack->text(entries + 1)));
    stack->undo();
    QCOMPARE(m_document->scenario().party(QStringLiteral("mary"))->importance(QStringLiteral("company")), 0.9);
    QCOMPARE(abeWants(*m_document), 0.7);
    stack->undo();
    QCOMPARE(abeWants(*m_document), 0.3);
}

void TestClassServer::crowdOfThreeTakesTheMedian()
{
    m_server->setCrowd(true);
    std::vector<std::unique_ptr<Client>> students;
    for (int i = 0; i < 6; ++i) { // Abe, Mary, Abe, Mary, Abe, Mary
        QJsonObject state;
        students.push_back(joined(QStringLiteral("S%1").arg(i), &state));
        QVERIFY(students.back());
        QCOMPARE(partyOf(state), i % 2 ? QStringLiteral("mary") : QStringLiteral("abe"));
    }
    // Abe's three students set 0.2, 0.9, 0.5: by hand, 0.2; then (0.2 + 0.9) / 2 = 0.55; then
    // the middle of 0.2, 0.5, 0.9 = 0.5.
    students[0]->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.2);
    QTRY_COMPARE(abeWants(*m_document), 0.2);
    students[2]->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.9);
    QTRY_COMPARE(abeWants(*m_document), 0.55);
    students[4]->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.5);
    QTRY_COMPARE(abeWants(*m_document), 0.5);
    // One changes their mind: 0.2, 0.5, 0.1 -> 0.2.
    students[2]->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.1);
    QTRY_COMPARE(abeWants(*m_document), 0.2);
    QCOMPARE(m_document->scenario().party(QStringLiteral("mary"))->importance(QStringLiteral("company")), 0.9);
    // Every page of the party shows the party's value.
    QTRY_COMPARE(desireValue(students[4]->last(QStringLiteral("state")), QStringLiteral("company")), 0.2);
    QVERIFY(m_document->undoStack()->undoText().startsWith(QStringLiteral("S2: ")));
}

void TestClassServer::crowdOfFourTakesTheMeanOfTheMiddleTwo()
{
    m_server->setCrowd(true);
    std::vector<std::unique_ptr<Client>> students;
    for (int i = 0; i < 4; ++i) {
        students.push_back(joined(QStringLiteral("S%1").arg(i)));
        QVERIFY(students.back());
    }
    for (int i : {1, 3})
        QVERIFY(m_server->assignParty(tokenOf(*students[i]), QStringLiteral("abe")));
    // 0.2, 1.0, 0.4, 0.6: by hand, after three the middle of 0.2, 0.4, 1.0 is 0.4; after four,
    // (0.4 + 0.6) / 2 = 0.5.
    const double values[] = {0.2, 1.0, 0.4, 0.6};
    for (int i = 0; i < 4; ++i)
        students[i]->edit(QStringLiteral("importance"), QStringLiteral("company"), values[i]);
    QTRY_COMPARE(abeWants(*m_document), 0.5);
    QVERIFY(qAbs(classroom::median({0.2, 1.0, 0.4}) - 0.4) < 1e-12);
    QCOMPARE(m_document->scenario().party(QStringLiteral("mary"))->importance(QStringLiteral("company")), 0.9);
}

void TestClassServer::logRecordsEditsAndPowerAfterEach()
{
    auto ana = joined(QStringLiteral("Ana"));
    QVERIFY(ana);
    ana->drag(QStringLiteral("company"), 0.4);
    ana->drag(QStringLiteral("company"), 0.5);
    ana->edit(QStringLiteral("importance"), QStringLiteral("company"), 0.6);
    QTRY_COMPARE(m_server->log().entries().size(), 1); // the drag is one entry, as in the undo history
    const auto entry = m_server->log().entries().first();
    QCOMPARE(entry.student, QStringLiteral("Ana"));
    QCOMPARE(entry.party, QStringLiteral("abe"));
    QCOMPARE(entry.oldValue, 0.3);
    QCOMPARE(entry.newValue, 0.6);
    QVERIFY(entry.what.contains(QStringLiteral("Company")));
    QCOMPARE(m_server->roster().first().lastAction, entry.what + QStringLiteral(" 0.30 -> 0.60"));
    // One dyad: a row per side, with what the analysis gives.
    const auto power = m_server->log().power();
    QCOMPARE(power.size(), 2);
    const auto dyad = m_document->analysis().dyad(QStringLiteral("abe"), QStringLiteral("mary"));
    for (const auto &row : power) {
        const bool abe = row.party == QStringLiteral("abe");
        QCOMPARE(row.dependence, abe ? dyad->sideA.dependence : dyad->sideB.dependence);
        QCOMPARE(row.power, abe ? dyad->relativePowerA : -dyad->relativePowerA);
    }
}

void TestClassServer::fortyStudentsReturnToTheirParties()
{
    Scenario s;
    s.desires = {{QStringLiteral("company"), QStringLiteral("Company"), PowerBase::Referent}};
    for (int i = 0; i < 40; ++i) {
        Party p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = QStringLiteral("Party %1").arg(i);
        p.needs = {{QStringLiteral("company"), 0.5}};
        p.x = i;
        s.parties.append(p);
        if (i % 2)
            s.provisions.append({s.parties[i - 1].id, p.id, QStringLiteral("company"), {0.6, {}}});
    }
    m_document->setScenario(s);
    std::vector<std::unique_ptr<Client>> students;
    QStringList tokens;
    for (int i = 0; i < 40; ++i) {
        QJsonObject state;
        students.push_back(joined(QStringLiteral("Student %1").arg(i), &state));
        QVERIFY(students.back());
        QCOMPARE(partyOf(state), QStringLiteral("p%1").arg(i));
        tokens.append(tokenOf(*students.back()));
    }
    for (int i = 0; i < 40; ++i)
        students[i]->edit(QStringLiteral("importance"), QStringLiteral("company"), (i % 20 + 1) / 21.0);
    QTRY_VERIFY(m_server->log().entries().size() == 40);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(m_document->scenario().parties[i].importance(QStringLiteral("company")), (i % 20 + 1) / 21.0);
    for (auto &c : students)
        c->socket().close();
    QTRY_COMPARE(m_server->studentCount(), 0);
    students.clear();
    // They come back in reverse order, each with its token, to its own party and value.
    for (int i = 39; i >= 0; --i) {
        auto back = std::make_unique<Client>(wsUrl(m_server->roomCode()));
        QVERIFY(back->waitConnected());
        back->join(QStringLiteral("Student %1").arg(i), m_server->roomCode(), tokens[i]);
        int from = 0;
        const QJsonObject state = back->next(QStringLiteral("state"), &from);
        QCOMPARE(partyOf(state), QStringLiteral("p%1").arg(i));
        QCOMPARE(desireValue(state, QStringLiteral("company")), (i % 20 + 1) / 21.0);
        students.push_back(std::move(back));
    }
    QCOMPARE(m_server->studentCount(), 40);
    QCOMPARE(m_server->roster().size(), 40);
}

QTEST_GUILESS_MAIN(TestClassServer)
#include "tst_classserver.moc"
