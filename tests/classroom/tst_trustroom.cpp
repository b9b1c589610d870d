// SPDX-License-Identifier: GPL-3.0-or-later
// The trust game played in a class session on loopback: a class of five joins with QWebSocket
// clients, plays rounds with hidden choices, a student leaves mid-round, the instructor's
// manipulations reach the pages, hostile trust messages are refused, the CSVs read back.
#include "classserver.h"
#include "document.h"
#include "trustcsv.h"
#include "trustroom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <algorithm>
#include <memory>

using namespace powerfield;
using powerfield::classroom::ClassServer;
using powerfield::classroom::TrustRoom;

namespace {

Scenario classScenario(int parties)
{
    Scenario s;
    s.desires = {{QStringLiteral("company"), QStringLiteral("Company"), PowerBase::Referent}};
    for (int i = 0; i < parties; ++i) {
        Party p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = QStringLiteral("P%1").arg(i);
        p.needs = {{QStringLiteral("company"), 0.5}};
        p.x = i;
        s.parties.append(p);
    }
    return s;
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

class Client
{
public:
    explicit Client(const QUrl &url)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
            m_texts.append(text);
        });
        m_socket.open(url);
    }
    QWebSocket &socket() { return m_socket; }
    bool waitConnected() { return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }); }
    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    void send(const QJsonObject &m) { sendText(jsonText(m)); }
    void choose(const QString &choice)
    {
        send({{QStringLiteral("type"), QStringLiteral("trustChoose")}, {QStringLiteral("choice"), choice}});
    }
    // Waits for a message of `type` after the `from`-th and returns it (empty on none).
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
    QJsonObject last(const QString &type) const
    {
        for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
            if (it->value(QStringLiteral("type")).toString() == type)
                return *it;
        }
        return {};
    }
    int count() const { return int(m_messages.size()); }
    const QStringList &texts() const { return m_texts; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    QStringList m_texts;
};

QByteArray httpGet(quint16 port, const QByteArray &path)
{
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

class TestTrustRoom : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void classOfFivePairsWithTheComputer();
    void choicesStayHiddenUntilBothChose();
    void studentLeavingMidRoundIsReplaced();
    void manipulationsReachThePages();
    void hostileTrustMessageIsRefused_data();
    void hostileTrustMessageIsRefused();
    void csvFilesReadBack();
    void lateJoinerWaitsAndRoundsAreLimited();
    void pageServesTheTrustScript();

private:
    // Index of the client whose player is `player`.
    int clientOf(int player) const;
    // Waits until every client's latest trust message is for round `round` with `notice`.
    bool allSee(const QString &notice);

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<ClassServer> m_server;
    std::unique_ptr<TrustRoom> m_room;
    std::vector<std::unique_ptr<Client>> m_clients;
    QStringList m_tokens;
};

void TestTrustRoom::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->setScenario(classScenario(2)); // more students than parties: the game takes them all
    m_server = std::make_unique<ClassServer>(m_doc.get());
    QVERIFY(m_server->start(QHostAddress::LocalHost, 0));
    m_room = std::make_unique<TrustRoom>(m_server.get());
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws?room=%2").arg(m_server->port()).arg(m_server->roomCode()));
    m_clients.clear();
    m_tokens.clear();
    for (int i = 0; i < 5; ++i) {
        m_clients.push_back(std::make_unique<Client>(url));
        QVERIFY(m_clients.back()->waitConnected());
        m_clients.back()->send({{QStringLiteral("type"), QStringLiteral("join")},
                                {QStringLiteral("name"), QStringLiteral("Student %1").arg(i)},
                                {QStringLiteral("room"), m_server->roomCode()}});
        int from = 0;
        const QJsonObject welcome = m_clients.back()->next(QStringLiteral("welcome"), &from);
        QVERIFY(!welcome.isEmpty());
        m_tokens.append(welcome.value(QStringLiteral("token")).toString());
    }
    QCOMPARE(m_server->studentCount(), 5);
}

void TestTrustRoom::cleanup()
{
    m_clients.clear();
    m_room.reset();
    m_server.reset();
    m_doc.reset();
}

int TestTrustRoom::clientOf(int player) const
{
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (m_room->playerOf(m_tokens[i]) == player)
            return i;
    }
    return -1;
}

bool TestTrustRoom::allSee(const QString &notice)
{
    return QTest::qWaitFor([&] {
        for (const auto &c : m_clients) {
            if (c->socket().state() == QAbstractSocket::ConnectedState
                && c->last(QStringLiteral("trust")).value(QStringLiteral("notice")).toString() != notice)
                return false;
        }
        return true;
    });
}

void TestTrustRoom::classOfFivePairsWithTheComputer()
{
    QVERIFY(m_room->start(3, 7));
    QVERIFY(allSee(QStringLiteral("started")));
    QCOMPARE(m_room->game()->pairs().size(), 3);
    int computer = 0;
    for (const auto &c : m_clients) {
        const QJsonObject view = c->last(QStringLiteral("trust"));
        QVERIFY(view.value(QStringLiteral("paired")).toBool());
        QCOMPARE(view.value(QStringLiteral("rounds")).toInt(), 3);
        const QStringList roles{QStringLiteral("equal"), QStringLiteral("low"), QStringLiteral("high")};
        QVERIFY(roles.contains(view.value(QStringLiteral("role")).toString()));
        QCOMPARE(view.value(QStringLiteral("own")).toArray().size(), 2);
        if (view.value(QStringLiteral("partner")).toString() == QLatin1String("computer"))
            ++computer;
    }
    QCOMPARE(computer, 1); // the odd one out, told so on their page
    // The odd one chooses and sees the outcome at once: the computer chose when the round opened.
    QVERIFY(m_room->openRound());
    QVERIFY(allSee(QStringLiteral("roundOpen")));
    for (const auto &c : m_clients) {
        if (c->last(QStringLiteral("trust")).value(QStringLiteral("partner")).toString() != QLatin1String("computer"))
            continue;
        int from = c->count();
        c->choose(QStringLiteral("cooperate"));
        const QJsonObject view = c->next(QStringLiteral("trust"), &from);
        QVERIFY(view.value(QStringLiteral("revealed")).toBool());
        QVERIFY(!view.value(QStringLiteral("partnerChoice")).toString().isEmpty());
    }
}

void TestTrustRoom::choicesStayHiddenUntilBothChose()
{
    QVERIFY(m_room->start(2, 3));
    QVERIFY(m_room->openRound());
    QVERIFY(allSee(QStringLiteral("roundOpen")));
    // A pair of two students.
    const TrustPair *pair = nullptr;
    for (const TrustPair &p : m_room->game()->pairs()) {
        if (clientOf(p.players[0]) >= 0 && clientOf(p.players[1]) >= 0)
            pair = &p;
    }
    QVERIFY(pair);
    Client &a = *m_clients[size_t(clientOf(pair->players[0]))];
    Client &b = *m_clients[size_t(clientOf(pair->players[1]))];
    int fromA = a.count();
    const int fromB = b.count();
    a.choose(QStringLiteral("defect"));
    const QJsonObject waiting = a.next(QStringLiteral("trust"), &fromA);
    QCOMPARE(waiting.value(QStringLiteral("choice")).toString(), QStringLiteral("defect"));
    QVERIFY(!waiting.value(QStringLiteral("revealed")).toBool());
    QVERIFY(!waiting.contains(QStringLiteral("partnerChoice")));
    QVERIFY(!waiting.contains(QStringLiteral("payoff")));
    QTest::qWait(50);
    for (int i = fromB; i < b.texts().size(); ++i) // nothing of a's choice reached b
        QVERIFY2(!b.texts()[i].contains(QLatin1String("defect")), qPrintable(b.texts()[i]));
    int fromB2 = b.count();
    b.choose(QStringLiteral("cooperate"));
    const QJsonObject outcomeB = b.next(QStringLiteral("trust"), &fromB2);
    QVERIFY(outcomeB.value(QStringLiteral("revealed")).toBool());
    QCOMPARE(outcomeB.value(QStringLiteral("partnerChoice")).toString(), QStringLiteral("defect"));
    const QJsonObject outcomeA = a.next(QStringLiteral("trust"), &fromA);
    QCOMPARE(outcomeA.value(QStringLiteral("partnerChoice")).toString(), QStringLiteral("cooperate"));
    QCOMPARE(outcomeA.value(QStringLiteral("payoff")).toInt(), outcomeB.value(QStringLiteral("partnerPayoff")).toInt());
}

void TestTrustRoom::studentLeavingMidRoundIsReplaced()
{
    QVERIFY(m_room->start(2, 5));
    QVERIFY(m_room->openRound());
    QVERIFY(allSee(QStringLiteral("roundOpen")));
    const TrustPair *pair = nullptr;
    for (const TrustPair &p : m_room->game()->pairs()) {
        if (clientOf(p.players[0]) >= 0 && clientOf(p.players[1]) >= 0)
            pair = &p;
    }
    QVERIFY(pair);
    const int leaver = pair->players[0];
    Client &stays = *m_clients[size_t(clientOf(pair->players[1]))];
    int from = stays.count();
    m_clients[size_t(clientOf(leaver))]->socket().close();
    const QJsonObject view = stays.next(QStringLiteral("trust"), &from);
    QCOMPARE(view.value(QStringLiteral("notice")).toString(), QStringLiteral("partnerLeft"));
    QCOMPARE(view.value(QStringLiteral("partner")).toString(), QStringLiteral("replaced"));
    from = stays.count();
    stays.choose(QStringLiteral("cooperate"));
    QVERIFY(stays.next(QStringLiteral("trust"), &from).value(QStringLiteral("revealed")).toBool());
    bool marked = false;
    for (const TrustLogRow &row : m_room->game()->log()) {
        if (row.player == leaver)
            marked = row.seat == TrustSeatKind::Replaced;
    }
    QVERIFY(marked);
    QVERIFY(m_server->studentCount() == 4);
}

void TestTrustRoom::manipulationsReachThePages()
{
    QVERIFY(m_room->start(5, 11));
    QVERIFY(allSee(QStringLiteral("started")));
    QHash<int, QString> roles;
    for (int i = 0; i < 5; ++i)
        roles.insert(i, m_clients[size_t(i)]->last(QStringLiteral("trust")).value(QStringLiteral("role")).toString());
    QVERIFY(m_room->swapRoles());
    QVERIFY(allSee(QStringLiteral("swapped")));
    for (int i = 0; i < 5; ++i) {
        const QString now = m_clients[size_t(i)]->last(QStringLiteral("trust")).value(QStringLiteral("role")).toString();
        const QString before = roles.value(i);
        QCOMPARE(now, before == QLatin1String("high") ? QStringLiteral("low")
                      : before == QLatin1String("low") ? QStringLiteral("high") : before);
    }
    QVERIFY(m_room->setManipulations({true, false})); // both feel powerful
    QVERIFY(allSee(QStringLiteral("manipulations")));
    for (const auto &c : m_clients) {
        const QJsonObject v = c->last(QStringLiteral("trust"));
        if (v.value(QStringLiteral("role")).toString() != QLatin1String("equal"))
            QCOMPARE(v.value(QStringLiteral("role")).toString(), QStringLiteral("high"));
        QCOMPARE(v.value(QStringLiteral("inControl")).toBool(), v.value(QStringLiteral("role")).toString() == QLatin1String("high"));
    }
    QVERIFY(m_room->setManipulations({false, true})); // outside threat
    QVERIFY(QTest::qWaitFor([&] {
        return std::all_of(m_clients.begin(), m_clients.end(), [](const auto &c) {
            return c->last(QStringLiteral("trust")).value(QStringLiteral("outsideThreat")).toBool();
        });
    }));
    for (const auto &c : m_clients) {
        const QJsonObject v = c->last(QStringLiteral("trust"));
        QVERIFY(v.value(QStringLiteral("outsideThreat")).toBool());
        const QJsonArray own = v.value(QStringLiteral("own")).toArray();
        QCOMPARE(own[0].toArray()[1].toInt(), 0);
        QCOMPARE(own[1].toArray()[0].toInt(), 0);
        QCOMPARE(own[1].toArray()[1].toInt(), 0);
        QVERIFY(own[0].toArray()[0].toInt() > 0);
    }
    QVERIFY(m_room->reshuffle());
    QVERIFY(allSee(QStringLiteral("reshuffled")));
    // Between rounds only.
    QVERIFY(m_room->openRound());
    QVERIFY(!m_room->reshuffle());
    QVERIFY(!m_room->swapRoles());
    QVERIFY(!m_room->setManipulations({}));
    QVERIFY(m_room->closeRound());
    QVERIFY(allSee(QStringLiteral("roundClosed")));
}

void TestTrustRoom::hostileTrustMessageIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown field") << QStringLiteral(R"({"type":"trustChoose","choice":"defect","points":99})") << QStringLiteral("unknown field: points");
    QTest::newRow("bad choice") << QStringLiteral(R"({"type":"trustChoose","choice":"steal"})") << QStringLiteral("choice must be cooperate or defect");
    QTest::newRow("number choice") << QStringLiteral(R"({"type":"trustChoose","choice":1})") << QStringLiteral("choice must be cooperate or defect");
    QTest::newRow("no choice") << QStringLiteral(R"({"type":"trustChoose"})") << QStringLiteral("choice must be cooperate or defect");
    QTest::newRow("unknown trust type") << QStringLiteral(R"({"type":"trustReveal","player":2})") << QStringLiteral("type must be trustReady or trustChoose");
    QTest::newRow("ready with a field") << QStringLiteral(R"({"type":"trustReady","player":2})") << QStringLiteral("unknown field: player");
    QTest::newRow("not an object") << QStringLiteral(R"(["trustChoose"])") << QStringLiteral("not a JSON object");
    QTest::newRow("huge") << QStringLiteral(R"({"type":"trustChoose","choice":"%1"})").arg(QString(5000, QLatin1Char('c')))
                          << QStringLiteral("message too large");
}

void TestTrustRoom::hostileTrustMessageIsRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QVERIFY(m_room->start(2, 1));
    QVERIFY(m_room->openRound());
    QVERIFY(allSee(QStringLiteral("roundOpen")));
    Client &bad = *m_clients[0];
    int from = bad.count();
    bad.sendText(text);
    QCOMPARE(bad.next(QStringLiteral("refused"), &from).value(QStringLiteral("reason")).toString(), reason);
    QVERIFY(bad.socket().state() == QAbstractSocket::ConnectedState);
    QVERIFY(m_room->game()->log().isEmpty() || m_room->game()->view(m_room->playerOf(m_tokens[0])).ownChoice == TrustChoice::None);
    // The others are still served, and no one else was told of the refusal.
    Client &good = *m_clients[1];
    int fromGood = good.count();
    good.choose(QStringLiteral("cooperate"));
    QCOMPARE(good.next(QStringLiteral("trust"), &fromGood).value(QStringLiteral("choice")).toString(),
             QStringLiteral("cooperate"));
    QVERIFY(good.last(QStringLiteral("refused")).isEmpty());
}

void TestTrustRoom::csvFilesReadBack()
{
    // Twice in a round, before the game, and before joining: refused with a reason.
    int from = m_clients[0]->count();
    m_clients[0]->choose(QStringLiteral("cooperate"));
    QCOMPARE(m_clients[0]->next(QStringLiteral("refused"), &from).value(QStringLiteral("reason")).toString(),
             QStringLiteral("no trust game is running"));
    QVERIFY(m_room->start(2, 9));
    m_room->setNamesOn(true);
    for (int round = 1; round <= 2; ++round) {
        QVERIFY(m_room->openRound());
        for (size_t i = 0; i < m_clients.size(); ++i)
            m_clients[i]->choose(i % 2 ? QStringLiteral("defect") : QStringLiteral("cooperate"));
        QVERIFY(QTest::qWaitFor([&] { return !m_room->game()->roundOpen(); }));
    }
    QVERIFY(!m_room->openRound()); // two rounds were planned
    from = m_clients[0]->count();
    m_clients[0]->choose(QStringLiteral("cooperate"));
    QCOMPARE(m_clients[0]->next(QStringLiteral("refused"), &from).value(QStringLiteral("reason")).toString(),
             QStringLiteral("no round is open"));
    QCOMPARE(m_room->game()->log().size(), 12); // 3 pairs, 2 rounds
    QVector<TrustLogRow> log;
    QString error;
    QVERIFY2(readTrustLogCsv(m_room->logCsv(), &log, &error), qPrintable(error));
    QCOMPARE(log, m_room->game()->log());
    QVERIFY(m_room->logCsv().contains("Student 0"));
    m_room->setNamesOn(false);
    QVERIFY(!m_room->logCsv().contains("Student 0"));
    QVector<TrustSummaryRow> summary;
    QVERIFY2(readTrustSummaryCsv(m_room->summaryCsv(), &summary, &error), qPrintable(error));
    QCOMPARE(summary.size(), 3);
    int choices = 0;
    for (const TrustSummaryRow &row : summary)
        choices += row.proportion.choices;
    QCOMPARE(choices, 10); // the students' choices, not the computer's
}

void TestTrustRoom::lateJoinerWaitsAndRoundsAreLimited()
{
    QVERIFY(m_room->start(1, 2));
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws?room=%2").arg(m_server->port()).arg(m_server->roomCode()));
    Client late(url);
    QVERIFY(late.waitConnected());
    late.send({{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("name"), QStringLiteral("Late")},
               {QStringLiteral("room"), m_server->roomCode()}});
    int from = 0;
    const QJsonObject view = late.next(QStringLiteral("trust"), &from);
    QVERIFY(!view.isEmpty());
    QVERIFY(!view.value(QStringLiteral("paired")).toBool());
    QVERIFY(m_room->reshuffle()); // now six students: no computer partner
    const QJsonObject paired = late.next(QStringLiteral("trust"), &from);
    QVERIFY(paired.value(QStringLiteral("paired")).toBool());
    QCOMPARE(paired.value(QStringLiteral("partner")).toString(), QStringLiteral("student"));
    m_room->stop();
    QVERIFY(!late.next(QStringLiteral("trustEnd"), &from).isEmpty());
}

void TestTrustRoom::pageServesTheTrustScript()
{
    const QByteArray page = httpGet(m_server->port(), "/");
    QVERIFY(page.contains("<script src=\"trust.js\"></script>"));
    QVERIFY(page.contains("id=\"trustC\""));
    const QByteArray script = httpGet(m_server->port(), "/trust.js");
    QVERIFY(script.startsWith("HTTP/1.1 200"));
    QVERIFY(script.contains("trustChoose"));
    QVERIFY(!script.contains("http://") && !script.contains("https://")); // no external request
    qsizetype total = 0;
    for (const QByteArray &path : {QByteArray("/"), QByteArray("/student.css"), QByteArray("/student.js"),
                                   QByteArray("/trust.js")})
        total += httpGet(m_server->port(), path).size();
    QVERIFY2(total < 100 * 1024, qPrintable(QString::number(total)));
}

QTEST_MAIN(TestTrustRoom)
#include "tst_trustroom.moc"
