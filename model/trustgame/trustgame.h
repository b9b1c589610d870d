// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trustpayoffs.h"
#include "trusttypes.h"

#include <QRandomGenerator>
#include <QString>
#include <QVector>

namespace powerfield {

// Who plays a seat: a student, the computer partner of an odd class, or the computer in the
// place of a student who left (marked, so tallies can leave it out).
enum class TrustSeatKind { Student, Computer, Replaced };
QString seatKindId(TrustSeatKind kind); // student|computer|replaced
std::optional<TrustSeatKind> seatKindFromId(const QString &id);

struct TrustPlayer
{
    int id = 0;
    QString name;          // written to the log only when names are on
    bool computer = false; // the computer partner of an odd class
    bool left = false;     // a student who left: the computer plays their seat
};

// Two seats of a round: their players, roles and the high player's split of a joint pot.
struct TrustPair
{
    int number = 0; // 1, 2, ... in the order of the pairing
    TrustCondition condition = TrustCondition::Equal;
    int players[2] = {0, 0};
    TrustRole roles[2] = {TrustRole::Equal, TrustRole::Equal};
    int highShare = kTrustDefaultHighShare;
};

// One choice of the log (the log CSV's row).
struct TrustLogRow
{
    int round = 0;
    int pair = 0;
    TrustCondition condition = TrustCondition::Equal;
    TrustRole role = TrustRole::Equal;
    TrustChoice choice = TrustChoice::Cooperate;
    int payoff = 0;
    double time = 0.0; // seconds since the game began, as the caller counts them
    int player = 0;
    TrustSeatKind seat = TrustSeatKind::Student;
    TrustManipulations manipulations;
    int highShare = kTrustDefaultHighShare;
    QString name;

    bool operator==(const TrustLogRow &o) const;
};

// What one player may see: their own pair only, the partner's choice only once both chose.
struct TrustPlayerView
{
    bool known = false;  // a player of this game
    bool paired = false; // false for a student who joined after the pairing (waits for the next)
    bool left = false;
    int round = 0;       // the open or the last round, 0 before the first
    bool roundOpen = false;
    int pair = 0;
    TrustCondition condition = TrustCondition::Equal;
    TrustRole shownRole = TrustRole::Equal; // "both feel powerful": High for both of an unequal pair
    bool toldInControl = false;             // the page says: you have the final say over the split
    bool outsideThreat = false;
    bool partnerIsComputer = false;         // the page says so
    bool partnerReplaced = false;           // the partner left; the computer plays in their place
    TrustPayoffTable table;                 // the shown role's table
    TrustChoice ownChoice = TrustChoice::None;
    TrustChoice partnerChoice = TrustChoice::None; // None until both chose
    bool revealed = false;
    int ownPayoff = 0;     // once revealed
    int partnerPayoff = 0; // once revealed
};

// The trust game of issue 14 as pure logic, with no network and no clock: a server layer feeds
// it joins, choices and leaves with the time it measured, and sends each student view(id).
// Pairs are drawn with a seeded generator, so a seed replays the same class.
class TrustGame
{
public:
    enum class ChoiceResult { Accepted, Revealed, NoRoundOpen, UnknownPlayer, NotPaired, AlreadyChosen, NoChoice };

    explicit TrustGame(quint32 seed = 1);

    // A student joins; the id is theirs for the game. Joining after the pairing waits for the
    // next reshuffle.
    int addPlayer(const QString &name = QString());
    // A student leaves: from now on the computer plays their seat, marked `Replaced`; in an open
    // round it chooses for them at `time` if they had not chosen. False for an unknown id.
    bool removePlayer(int id, double time);

    // Draws pairs among the present students (an odd one out plays the computer partner) and
    // gives every third pair equal power, the others unequal with a random high player. Between
    // rounds only (false while a round is open); also the "reshuffle pairs" manipulation.
    bool reshufflePairs();
    bool swapRoles();                                          // high and low trade places
    bool setManipulations(const TrustManipulations &manipulations); // for the coming rounds
    // The high player's final say: their share of the pot when both cooperate (6..10), before
    // either of the pair has chosen in the open round, or between rounds.
    bool setHighShare(int player, int share);

    // Opens the next round at `time` (pairing first if never paired); the computer seats choose
    // at once, hidden like everyone's. False while a round is open or with no pair.
    bool startRound(double time);
    ChoiceResult choose(int player, TrustChoice choice, double time);
    // Ends the open round early; pairs that did not both choose leave no rows. A round ends by
    // itself once every pair has chosen.
    void closeRound();

    int round() const { return m_round; }
    bool roundOpen() const { return m_roundOpen; }
    TrustManipulations manipulations() const { return m_manipulations; }
    const QVector<TrustPlayer> &players() const { return m_players; }
    const QVector<TrustPair> &pairs() const { return m_pairs; }
    const TrustPlayer *player(int id) const;
    int pairIndexOf(int player) const; // -1 when not paired
    TrustPlayerView view(int player) const;
    const QVector<TrustLogRow> &log() const { return m_log; }

private:
    struct Seat
    {
        TrustChoice choice = TrustChoice::None;
        double time = 0.0;
        TrustSeatKind kind = TrustSeatKind::Student; // who chose
    };
    struct PairRound
    {
        Seat seats[2];
        bool revealed = false;
    };

    TrustPlayer *mutablePlayer(int id);
    TrustSeatKind seatKind(int playerId) const;
    bool playedByComputer(int playerId) const;
    int computerPartner();
    void computerChooses(int pairIndex, int seat, double time);
    ChoiceResult record(int pairIndex, int seat, TrustChoice choice, double time);
    void reveal(int pairIndex);
    int payoffOf(int pairIndex, int seat) const;

    QRandomGenerator m_random;
    QVector<TrustPlayer> m_players;
    QVector<TrustPair> m_pairs;
    QVector<PairRound> m_current; // one per pair, for the open or last round
    QVector<TrustLogRow> m_log;
    TrustManipulations m_manipulations;     // for the coming rounds
    TrustManipulations m_roundManipulations; // of the open or last round
    int m_round = 0;
    bool m_roundOpen = false;
    int m_nextId = 1;
};

} // namespace powerfield
