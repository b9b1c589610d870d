// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustroom.h"

#include "classprotocol.h"
#include "classserver.h"
#include "trustcsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace powerfield::classroom {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonArray tableJson(const int points[2][2])
{
    return QJsonArray{QJsonArray{points[0][0], points[0][1]}, QJsonArray{points[1][0], points[1][1]}};
}

QString refusal(TrustGame::ChoiceResult result)
{
    switch (result) {
    case TrustGame::ChoiceResult::NoRoundOpen:
        return QStringLiteral("no round is open");
    case TrustGame::ChoiceResult::UnknownPlayer:
        return QStringLiteral("not in the trust game");
    case TrustGame::ChoiceResult::NotPaired:
        return QStringLiteral("wait for the next pairing");
    case TrustGame::ChoiceResult::AlreadyChosen:
        return QStringLiteral("already chosen this round");
    case TrustGame::ChoiceResult::NoChoice:
        return QStringLiteral("choice must be cooperate or defect");
    case TrustGame::ChoiceResult::Accepted:
    case TrustGame::ChoiceResult::Revealed:
        break;
    }
    return QString();
}

} // namespace

TrustRoom::TrustRoom(ClassServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    server->setMessageHook([this](const QString &token, const QString &text, QString *reason) {
        return message(token, text, reason);
    });
    connect(server, &ClassServer::studentJoined, this, &TrustRoom::joined);
    connect(server, &ClassServer::studentLeft, this, &TrustRoom::left);
}

TrustRoom::~TrustRoom()
{
    if (m_server)
        m_server->setMessageHook({});
}

bool TrustRoom::start(int rounds, quint32 seed)
{
    if (rounds < 1 || rounds > kMaxRounds)
        return false;
    m_game = std::make_unique<TrustGame>(seed);
    m_players.clear();
    m_rounds = rounds;
    m_clock.start();
    if (m_server) {
        for (const auto &[token, name] : m_server->connectedStudents())
            m_players.insert(token, m_game->addPlayer(name));
    }
    m_game->reshufflePairs();
    sendAll(QStringLiteral("started"));
    emit changed();
    return true;
}

void TrustRoom::stop()
{
    if (!m_game)
        return;
    m_game.reset();
    if (m_server) {
        for (auto it = m_players.cbegin(); it != m_players.cend(); ++it)
            m_server->sendToStudent(it.key(), compact({{QStringLiteral("type"), QStringLiteral("trustEnd")}}));
    }
    m_players.clear();
    emit changed();
}

bool TrustRoom::openRound()
{
    if (!m_game || m_game->round() >= m_rounds || !m_game->startRound(now()))
        return false;
    sendAll(QStringLiteral("roundOpen"));
    emit changed();
    return true;
}

bool TrustRoom::closeRound()
{
    if (!m_game || !m_game->roundOpen())
        return false;
    m_game->closeRound();
    sendAll(QStringLiteral("roundClosed"));
    emit changed();
    return true;
}

bool TrustRoom::reshuffle()
{
    if (!m_game || !m_game->reshufflePairs())
        return false;
    sendAll(QStringLiteral("reshuffled"));
    emit changed();
    return true;
}

bool TrustRoom::swapRoles()
{
    if (!m_game || !m_game->swapRoles())
        return false;
    sendAll(QStringLiteral("swapped"));
    emit changed();
    return true;
}

bool TrustRoom::setManipulations(const TrustManipulations &manipulations)
{
    if (m_game && !m_game->roundOpen() && m_game->manipulations() == manipulations)
        return true; // nothing changes: the pages are not told
    if (!m_game || !m_game->setManipulations(manipulations))
        return false;
    sendAll(QStringLiteral("manipulations"));
    emit changed();
    return true;
}

QByteArray TrustRoom::logCsv() const
{
    return trustLogCsv(m_game ? m_game->log() : QVector<TrustLogRow>(), m_namesOn);
}

QByteArray TrustRoom::summaryCsv() const
{
    return trustSummaryCsv(trustResults(m_game ? m_game->log() : QVector<TrustLogRow>()));
}

QJsonObject TrustRoom::trustView(const TrustPlayerView &view, int round, int rounds, const QString &notice)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("trust")},
                  {QStringLiteral("round"), round},
                  {QStringLiteral("rounds"), rounds},
                  {QStringLiteral("roundOpen"), view.roundOpen},
                  {QStringLiteral("paired"), view.paired},
                  {QStringLiteral("left"), view.left}};
    if (!notice.isEmpty())
        o.insert(QStringLiteral("notice"), notice);
    if (!view.paired)
        return o;
    o.insert(QStringLiteral("role"), roleId(view.shownRole));
    o.insert(QStringLiteral("inControl"), view.toldInControl);
    o.insert(QStringLiteral("outsideThreat"), view.outsideThreat);
    o.insert(QStringLiteral("partner"), view.partnerIsComputer ? QStringLiteral("computer")
                                        : view.partnerReplaced ? QStringLiteral("replaced")
                                                               : QStringLiteral("student"));
    o.insert(QStringLiteral("own"), tableJson(view.table.own));
    o.insert(QStringLiteral("partnerPoints"), tableJson(view.table.partner));
    o.insert(QStringLiteral("choice"), choiceId(view.ownChoice));
    o.insert(QStringLiteral("revealed"), view.revealed);
    if (view.revealed) { // nothing of the partner before both chose
        o.insert(QStringLiteral("partnerChoice"), choiceId(view.partnerChoice));
        o.insert(QStringLiteral("payoff"), view.ownPayoff);
        o.insert(QStringLiteral("partnerPayoff"), view.partnerPayoff);
    }
    return o;
}

bool TrustRoom::message(const QString &token, const QString &text, QString *reason)
{
    if (text.size() > kMaxMessageBytes)
        return false; // the session refuses it
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    const QJsonValue type = json.object().value(QStringLiteral("type"));
    if (!json.isObject() || !type.isString() || !type.toString().startsWith(QLatin1String("trust")))
        return false; // not ours
    const QJsonObject object = json.object();
    if (token.isEmpty()) {
        *reason = QStringLiteral("join first");
        return true;
    }
    if (!m_game) {
        *reason = QStringLiteral("no trust game is running");
        return true;
    }
    const QString kind = type.toString();
    const QSet<QString> known = kind == QLatin1String("trustChoose")
                                    ? QSet<QString>{QStringLiteral("type"), QStringLiteral("choice")}
                                    : QSet<QString>{QStringLiteral("type")};
    if (kind != QLatin1String("trustReady") && kind != QLatin1String("trustChoose")) {
        *reason = QStringLiteral("type must be trustReady or trustChoose");
        return true;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *reason = QStringLiteral("unknown field: %1").arg(it.key().left(40));
            return true;
        }
    }
    const int player = m_players.value(token, 0);
    if (kind == QLatin1String("trustReady")) {
        sendView(token);
        return true;
    }
    const QJsonValue value = object.value(QStringLiteral("choice"));
    const std::optional<TrustChoice> choice = value.isString() ? choiceFromId(value.toString()) : std::nullopt;
    if (!choice) {
        *reason = QStringLiteral("choice must be cooperate or defect");
        return true;
    }
    const int pairIndex = m_game->pairIndexOf(player);
    const TrustGame::ChoiceResult result = m_game->choose(player, *choice, now());
    if (result == TrustGame::ChoiceResult::Accepted) {
        sendView(token);
    } else if (result == TrustGame::ChoiceResult::Revealed) {
        if (!m_game->roundOpen()) {
            sendAll(QStringLiteral("roundClosed")); // the last pair chose: the round is over
        } else {
            const TrustPair &pair = m_game->pairs().at(pairIndex);
            for (auto it = m_players.cbegin(); it != m_players.cend(); ++it) {
                if (it.value() == pair.players[0] || it.value() == pair.players[1])
                    sendView(it.key());
            }
        }
    } else {
        *reason = refusal(result);
        return true;
    }
    emit changed();
    return true;
}

void TrustRoom::joined(const QString &token, const QString &name)
{
    if (!m_game)
        return;
    const TrustPlayer *player = m_game->player(m_players.value(token, 0));
    if (!player || player->left) { // new, or back after leaving: waits for the next pairing
        m_players.insert(token, m_game->addPlayer(name));
        emit changed();
    }
    sendView(token);
}

void TrustRoom::left(const QString &token)
{
    if (!m_game || !m_players.contains(token))
        return;
    const int id = m_players.value(token);
    const int pairIndex = m_game->pairIndexOf(id);
    if (!m_game->removePlayer(id, now()))
        return;
    if (pairIndex >= 0) { // the partner's page says the computer plays in their place
        const TrustPair &pair = m_game->pairs().at(pairIndex);
        const int partner = pair.players[0] == id ? pair.players[1] : pair.players[0];
        for (auto it = m_players.cbegin(); it != m_players.cend(); ++it) {
            if (it.value() == partner)
                sendView(it.key(), QStringLiteral("partnerLeft"));
        }
        if (!m_game->roundOpen())
            sendAll(); // the computer's choice may have ended the round
    }
    emit changed();
}

double TrustRoom::now() const
{
    return m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0.0;
}

void TrustRoom::sendView(const QString &token, const QString &notice)
{
    if (!m_game || !m_server)
        return;
    const TrustPlayerView view = m_game->view(m_players.value(token, 0));
    m_server->sendToStudent(token, compact(trustView(view, m_game->round(), m_rounds, notice)));
}

void TrustRoom::sendAll(const QString &notice)
{
    for (auto it = m_players.cbegin(); it != m_players.cend(); ++it)
        sendView(it.key(), notice);
}

} // namespace powerfield::classroom
