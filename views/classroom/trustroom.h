// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trustgame.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace powerfield::classroom {

class ClassServer;

// The trust game of issue 14 played live in a class session: owns a TrustGame, gives every
// student of the session a player, takes the pages' trust messages through the server's message
// hook and sends each student only their own pair's view. A student whose connection closes in
// an open round is replaced by the computer partner (docs/trustgame.md).
//
// Messages from a page, checked like the session's own (an object, known fields only):
//   {"type":"trustReady"}                         send me my view
//   {"type":"trustChoose","choice":"cooperate"}   or "defect"
// To a page: {"type":"trust", ...} (trustView()), {"type":"trustEnd"} when the game stops.
class TrustRoom : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRounds = 100;

    explicit TrustRoom(ClassServer *server, QObject *parent = nullptr);
    ~TrustRoom() override;

    // Starts a game of `rounds` rounds with every connected student (later joiners wait for the
    // next reshuffle). Replaces a running game. False for a count out of 1..kMaxRounds.
    bool start(int rounds, quint32 seed = 1);
    void stop(); // the pages go back to the session
    bool isActive() const { return bool(m_game); }
    int plannedRounds() const { return m_rounds; }

    // The instructor's buttons; each is false when the game refuses it (a round open, no pair,
    // every planned round played).
    bool openRound();
    bool closeRound();
    bool reshuffle();
    bool swapRoles();
    bool setManipulations(const TrustManipulations &manipulations);

    void setNamesOn(bool on) { m_namesOn = on; }
    bool namesOn() const { return m_namesOn; }

    const TrustGame *game() const { return m_game.get(); }
    int playerOf(const QString &token) const { return m_players.value(token, 0); }
    QByteArray logCsv() const;
    QByteArray summaryCsv() const;

    // What the page of `player` is sent: their own pair only (TrustGame::view()).
    static QJsonObject trustView(const TrustPlayerView &view, int round, int rounds, const QString &notice);

signals:
    void changed(); // a choice, a join or leave, a round opened or closed: redraw

private:
    bool message(const QString &token, const QString &text, QString *reason);
    void joined(const QString &token, const QString &name);
    void left(const QString &token);
    double now() const;
    void sendView(const QString &token, const QString &notice = QString());
    void sendAll(const QString &notice = QString());

    QPointer<ClassServer> m_server;
    std::unique_ptr<TrustGame> m_game;
    QElapsedTimer m_clock;
    QHash<QString, int> m_players; // token -> player id of the game
    int m_rounds = 0;
    bool m_namesOn = false;
};

} // namespace powerfield::classroom
