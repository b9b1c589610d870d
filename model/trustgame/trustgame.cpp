// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustgame.h"

#include <utility>

namespace powerfield {

QString seatKindId(TrustSeatKind kind)
{
    switch (kind) {
    case TrustSeatKind::Student:
        return QStringLiteral("student");
    case TrustSeatKind::Computer:
        return QStringLiteral("computer");
    case TrustSeatKind::Replaced:
        return QStringLiteral("replaced");
    }
    return QString();
}

std::optional<TrustSeatKind> seatKindFromId(const QString &id)
{
    for (TrustSeatKind k : {TrustSeatKind::Student, TrustSeatKind::Computer, TrustSeatKind::Replaced}) {
        if (seatKindId(k) == id)
            return k;
    }
    return std::nullopt;
}

bool TrustLogRow::operator==(const TrustLogRow &o) const
{
    return round == o.round && pair == o.pair && condition == o.condition && role == o.role && choice == o.choice
           && payoff == o.payoff && qFuzzyCompare(1.0 + time, 1.0 + o.time) && player == o.player && seat == o.seat
           && manipulations == o.manipulations && highShare == o.highShare && name == o.name;
}

TrustGame::TrustGame(quint32 seed)
    : m_random(seed)
{
}

int TrustGame::addPlayer(const QString &name)
{
    TrustPlayer p;
    p.id = m_nextId++;
    p.name = name;
    m_players.append(p);
    return p.id;
}

const TrustPlayer *TrustGame::player(int id) const
{
    for (const TrustPlayer &p : m_players) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

TrustPlayer *TrustGame::mutablePlayer(int id)
{
    return const_cast<TrustPlayer *>(std::as_const(*this).player(id));
}

int TrustGame::pairIndexOf(int playerId) const
{
    for (int i = 0; i < m_pairs.size(); ++i) {
        if (m_pairs[i].players[0] == playerId || m_pairs[i].players[1] == playerId)
            return i;
    }
    return -1;
}

TrustSeatKind TrustGame::seatKind(int playerId) const
{
    const TrustPlayer *p = player(playerId);
    if (p && p->computer)
        return TrustSeatKind::Computer;
    return p && p->left ? TrustSeatKind::Replaced : TrustSeatKind::Student;
}

bool TrustGame::playedByComputer(int playerId) const
{
    return seatKind(playerId) != TrustSeatKind::Student;
}

// The one computer player of the game, made on first need.
int TrustGame::computerPartner()
{
    for (const TrustPlayer &p : std::as_const(m_players)) {
        if (p.computer)
            return p.id;
    }
    TrustPlayer p;
    p.id = m_nextId++;
    p.computer = true;
    m_players.append(p);
    return p.id;
}

bool TrustGame::removePlayer(int id, double time)
{
    TrustPlayer *p = mutablePlayer(id);
    if (!p || p->computer || p->left)
        return false;
    p->left = true;
    const int pairIndex = pairIndexOf(id);
    if (m_roundOpen && pairIndex >= 0 && !m_current[pairIndex].revealed) {
        const int seat = m_pairs[pairIndex].players[0] == id ? 0 : 1;
        if (m_current[pairIndex].seats[seat].choice == TrustChoice::None)
            computerChooses(pairIndex, seat, time);
    }
    return true;
}

bool TrustGame::reshufflePairs()
{
    if (m_roundOpen)
        return false;
    QVector<int> ids;
    for (const TrustPlayer &p : std::as_const(m_players)) {
        if (!p.computer && !p.left)
            ids.append(p.id);
    }
    m_pairs.clear();
    m_current.clear();
    if (ids.isEmpty())
        return false;
    if (ids.size() % 2 == 1)
        ids.append(computerPartner());
    for (int i = int(ids.size()) - 1; i > 0; --i) // Fisher-Yates with the game's generator
        std::swap(ids[i], ids[int(m_random.bounded(i + 1))]);
    for (int i = 0; i + 1 < ids.size(); i += 2) {
        TrustPair pair;
        pair.number = int(m_pairs.size()) + 1;
        pair.players[0] = ids[i];
        pair.players[1] = ids[i + 1];
        // Every third pair equal: as many equal, low and high seats, whatever the class size.
        pair.condition = m_pairs.size() % 3 == 0 ? TrustCondition::Equal : TrustCondition::Unequal;
        if (pair.condition == TrustCondition::Unequal) {
            pair.roles[0] = TrustRole::High; // the shuffle made the first seat a random student
            pair.roles[1] = TrustRole::Low;
        }
        m_pairs.append(pair);
    }
    m_current.resize(m_pairs.size());
    return true;
}

bool TrustGame::swapRoles()
{
    if (m_roundOpen || m_pairs.isEmpty())
        return false;
    for (TrustPair &pair : m_pairs)
        std::swap(pair.roles[0], pair.roles[1]);
    return true;
}

bool TrustGame::setManipulations(const TrustManipulations &manipulations)
{
    if (m_roundOpen)
        return false;
    m_manipulations = manipulations;
    return true;
}

bool TrustGame::setHighShare(int playerId, int share)
{
    const int pairIndex = pairIndexOf(playerId);
    if (pairIndex < 0 || share < kTrustMinHighShare || share > kTrustMaxHighShare)
        return false;
    TrustPair &pair = m_pairs[pairIndex];
    const int seat = pair.players[0] == playerId ? 0 : 1;
    if (pair.roles[seat] != TrustRole::High)
        return false;
    const PairRound &now = m_current[pairIndex];
    if (m_roundOpen && (now.seats[0].choice != TrustChoice::None || now.seats[1].choice != TrustChoice::None))
        return false;
    pair.highShare = share;
    return true;
}

bool TrustGame::startRound(double time)
{
    if (m_roundOpen)
        return false;
    if (m_pairs.isEmpty() && !reshufflePairs())
        return false;
    ++m_round;
    m_roundOpen = true;
    m_roundManipulations = m_manipulations;
    m_current.fill(PairRound());
    for (int i = 0; i < m_pairs.size(); ++i) {
        for (int seat = 0; seat < 2; ++seat) {
            if (playedByComputer(m_pairs[i].players[seat]))
                computerChooses(i, seat, time);
        }
    }
    return true;
}

void TrustGame::computerChooses(int pairIndex, int seat, double time)
{
    const TrustPair &pair = m_pairs[pairIndex];
    const double p = trustPredictedCooperation(pair.roles[seat], m_roundManipulations, pair.highShare);
    const TrustChoice choice = m_random.generateDouble() < p ? TrustChoice::Cooperate : TrustChoice::Defect;
    record(pairIndex, seat, choice, time);
}

TrustGame::ChoiceResult TrustGame::choose(int playerId, TrustChoice choice, double time)
{
    if (choice == TrustChoice::None)
        return ChoiceResult::NoChoice;
    const TrustPlayer *p = player(playerId);
    if (!p || p->computer || p->left)
        return ChoiceResult::UnknownPlayer;
    if (!m_roundOpen)
        return ChoiceResult::NoRoundOpen;
    const int pairIndex = pairIndexOf(playerId);
    if (pairIndex < 0)
        return ChoiceResult::NotPaired;
    return record(pairIndex, m_pairs[pairIndex].players[0] == playerId ? 0 : 1, choice, time);
}

TrustGame::ChoiceResult TrustGame::record(int pairIndex, int seat, TrustChoice choice, double time)
{
    PairRound &now = m_current[pairIndex];
    if (now.revealed || now.seats[seat].choice != TrustChoice::None)
        return ChoiceResult::AlreadyChosen;
    now.seats[seat] = Seat{choice, time, seatKind(m_pairs[pairIndex].players[seat])};
    if (now.seats[1 - seat].choice == TrustChoice::None)
        return ChoiceResult::Accepted;
    reveal(pairIndex);
    return ChoiceResult::Revealed;
}

int TrustGame::payoffOf(int pairIndex, int seat) const
{
    const TrustPair &pair = m_pairs[pairIndex];
    const PairRound &now = m_current[pairIndex];
    return trustPayoffTable(pair.roles[seat], m_roundManipulations, pair.highShare)
        .ownPoints(now.seats[seat].choice, now.seats[1 - seat].choice);
}

void TrustGame::reveal(int pairIndex)
{
    const TrustPair &pair = m_pairs[pairIndex];
    PairRound &now = m_current[pairIndex];
    now.revealed = true;
    for (int seat = 0; seat < 2; ++seat) {
        TrustLogRow row;
        row.round = m_round;
        row.pair = pair.number;
        row.condition = pair.condition;
        row.role = pair.roles[seat];
        row.choice = now.seats[seat].choice;
        row.payoff = payoffOf(pairIndex, seat);
        row.time = now.seats[seat].time;
        row.player = pair.players[seat];
        row.seat = now.seats[seat].kind;
        row.manipulations = m_roundManipulations;
        row.highShare = pair.highShare;
        if (const TrustPlayer *p = player(row.player))
            row.name = p->name;
        m_log.append(row);
    }
    bool all = true;
    for (const PairRound &r : std::as_const(m_current))
        all = all && r.revealed;
    if (all)
        m_roundOpen = false;
}

void TrustGame::closeRound()
{
    m_roundOpen = false;
}

TrustPlayerView TrustGame::view(int playerId) const
{
    TrustPlayerView v;
    const TrustPlayer *p = player(playerId);
    const int pairIndex = pairIndexOf(playerId);
    v.known = p != nullptr;
    v.left = p && p->left;
    v.round = m_round;
    v.roundOpen = m_roundOpen;
    if (!p || pairIndex < 0)
        return v;
    const TrustPair &pair = m_pairs[pairIndex];
    const int seat = pair.players[0] == playerId ? 0 : 1;
    const TrustManipulations m = m_roundOpen ? m_roundManipulations : m_manipulations;
    const bool unequal = pair.condition == TrustCondition::Unequal;
    v.paired = true;
    v.pair = pair.number;
    v.condition = pair.condition;
    v.shownRole = unequal && m.bothFeelPowerful ? TrustRole::High : pair.roles[seat];
    v.toldInControl = v.shownRole == TrustRole::High;
    v.outsideThreat = m.outsideThreat;
    const TrustSeatKind partner = seatKind(pair.players[1 - seat]);
    v.partnerIsComputer = partner == TrustSeatKind::Computer;
    v.partnerReplaced = partner == TrustSeatKind::Replaced;
    v.table = trustPayoffTable(v.shownRole, m, pair.highShare);
    const PairRound &now = m_current[pairIndex];
    v.ownChoice = now.seats[seat].choice;
    v.revealed = now.revealed;
    if (now.revealed) {
        v.partnerChoice = now.seats[1 - seat].choice;
        v.ownPayoff = payoffOf(pairIndex, seat);
        v.partnerPayoff = payoffOf(pairIndex, 1 - seat);
    }
    return v;
}

} // namespace powerfield
