// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>

namespace powerfield {

namespace {

void applyRating(Rating &rating, const Change &change)
{
    if (change.quality)
        rating.quality = *change.quality;
    if (change.perceived)
        rating.perceived = change.perceived;
}

// A provision's or an investment's ids, shared with the record (no new string per key).
struct RecordKey
{
    QString a;
    QString b;
    QString c;
    bool operator==(const RecordKey &o) const { return a == o.a && b == o.b && c == o.c; }
};

size_t qHash(const RecordKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.a, k.b, k.c);
}

// Finds records by searching the lists: enough for one change.
struct LinearFinder
{
    const Scenario &s;
    int party(const QString &id) { return s.partyIndex(id); }
    int option(const QString &id) { return s.optionIndex(id); }
    int need(int party, const QString &desire) { return s.parties[party].needIndex(desire); }
    int offer(int option, const QString &desire) { return s.options[option].offerIndex(desire); }
    int provision(const Change &c) { return s.provisionIndex(c.party, c.other, c.desire); }
    int investment(const Change &c) { return s.investmentIndex(c.party, c.other); }
};

// Finds records through hashes built on first use and kept up with appended records, so that
// many events apply in linear time (a hostile file may hold 100,000 events and a million
// provisions).
class HashedFinder
{
public:
    explicit HashedFinder(const Scenario &s) : s(s) {}
    // Finds only the provisions and investments that `changes` name: the hashes hold those
    // records alone, which a scan decides by one id each (a time step in a large field names a
    // few of tens of thousands).
    HashedFinder(const Scenario &s, const QVector<const Change *> &changes) : s(s), m_filtered(true)
    {
        for (const Change *c : changes) {
            if (c->target == Change::Target::Provision)
                m_provisionsTo.insert(c->other);
            else if (c->target == Change::Target::Investment)
                m_investmentsOf.insert(c->party);
        }
    }
    int party(const QString &id) { return find(m_parties, s.parties, id, &Party::id); }
    int option(const QString &id) { return find(m_options, s.options, id, &OutsideOption::id); }
    int need(int party, const QString &desire)
    {
        return find(m_needs[party], s.parties[party].needs, desire, &Need::desire);
    }
    int offer(int option, const QString &desire)
    {
        return find(m_offers[option], s.options[option].offers, desire, &Offer::desire);
    }
    int provision(const Change &c)
    {
        return find(m_provisions, s.provisions, RecordKey{c.party, c.other, c.desire},
                    [](const Provision &p) { return RecordKey{p.from, p.to, p.desire}; },
                    [this](const Provision &p) { return !m_filtered || m_provisionsTo.contains(p.to); });
    }
    int investment(const Change &c)
    {
        return find(m_investments, s.investments, RecordKey{c.party, c.other, QString()},
                    [](const Investment &i) { return RecordKey{i.party, i.partner, QString()}; },
                    [this](const Investment &i) { return !m_filtered || m_investmentsOf.contains(i.party); });
    }

private:
    template<typename Key>
    struct Index
    {
        QHash<Key, int> at;
        int seen = 0;
    };
    template<typename Key, typename List, typename KeyOf>
    static int find(Index<Key> &index, const List &list, const Key &k, KeyOf keyOf)
    {
        return find(index, list, k, keyOf, [](const auto &) { return true; });
    }
    template<typename Key, typename List, typename KeyOf, typename Keep>
    static int find(Index<Key> &index, const List &list, const Key &k, KeyOf keyOf, Keep keep)
    {
        for (; index.seen < list.size(); ++index.seen) {
            if (keep(list[index.seen]))
                index.at.insert(std::invoke(keyOf, list[index.seen]), index.seen);
        }
        return index.at.value(k, -1);
    }

    const Scenario &s;
    bool m_filtered = false;
    QSet<QString> m_provisionsTo, m_investmentsOf;
    Index<QString> m_parties, m_options;
    Index<RecordKey> m_provisions, m_investments;
    QHash<int, Index<QString>> m_needs, m_offers;
};

template<typename Finder>
void applyToParty(Scenario &state, const Change &c, Finder &find)
{
    const int i = find.party(c.party);
    if (i < 0)
        return;
    Party &p = state.parties[i];
    if (c.target == Change::Target::Need) {
        const int n = find.need(i, c.desire);
        if (n < 0)
            p.needs.append({c.desire, c.importance.value_or(0.0)});
        else if (c.importance)
            p.needs[n].importance = *c.importance;
        return;
    }
    if (c.active)
        p.active = *c.active;
    if (c.comparisonLevel)
        p.comparisonLevel = *c.comparisonLevel;
    if (c.x)
        p.x = *c.x;
    if (c.y)
        p.y = *c.y;
}

template<typename List, typename Record>
int findOrAppend(List &list, int index, Record record)
{
    if (index >= 0)
        return index;
    list.append(std::move(record));
    return int(list.size()) - 1;
}

template<typename Finder>
void apply(Scenario &state, const Change &c, Finder &find)
{
    switch (c.target) {
    case Change::Target::Party:
    case Change::Target::Need:
        applyToParty(state, c, find);
        break;
    case Change::Target::Provision: {
        const int i = findOrAppend(state.provisions, find.provision(c),
                                   Provision{c.party, c.other, c.desire, Rating()});
        applyRating(state.provisions[i].rating, c);
        break;
    }
    case Change::Target::Option: {
        const int o = find.option(c.option);
        if (o < 0)
            return;
        OutsideOption &option = state.options[o];
        const int i = findOrAppend(option.offers, find.offer(o, c.desire), Offer{c.desire, Rating()});
        applyRating(option.offers[i].rating, c);
        break;
    }
    case Change::Target::Investment: {
        const int i = findOrAppend(state.investments, find.investment(c),
                                   Investment{c.party, c.other, 0.0, false});
        if (c.amount)
            state.investments[i].amount = *c.amount;
        if (c.exclusive)
            state.investments[i].exclusive = *c.exclusive;
        break;
    }
    }
}

} // namespace

void applyChange(Scenario &state, const Change &c)
{
    LinearFinder find{state};
    apply(state, c, find);
}

struct RecordFinder::Hashes
{
    Hashes(const Scenario &s, bool hashed) : linear{s}, hashes(s), hashed(hashed) {}
    Hashes(const Scenario &s, const QVector<const Change *> &changes) : linear{s}, hashes(s, changes), hashed(true) {}
    LinearFinder linear;
    HashedFinder hashes;
    bool hashed;
};

RecordFinder::RecordFinder(const Scenario &state, bool hashed)
    : m_hashes(std::make_unique<Hashes>(state, hashed))
{
}

RecordFinder::RecordFinder(const Scenario &state, const QVector<const Change *> &changes)
    : m_hashes(std::make_unique<Hashes>(state, changes))
{
}

RecordFinder::~RecordFinder() = default;

int RecordFinder::party(const QString &id)
{
    return m_hashes->hashed ? m_hashes->hashes.party(id) : m_hashes->linear.party(id);
}

int RecordFinder::option(const QString &id)
{
    return m_hashes->hashed ? m_hashes->hashes.option(id) : m_hashes->linear.option(id);
}

int RecordFinder::provision(const Change &c)
{
    return m_hashes->hashed ? m_hashes->hashes.provision(c) : m_hashes->linear.provision(c);
}

int RecordFinder::investment(const Change &c)
{
    return m_hashes->hashed ? m_hashes->hashes.investment(c) : m_hashes->linear.investment(c);
}

void applyChange(Scenario &state, const Change &c, RecordFinder &find)
{
    if (find.m_hashes->hashed)
        apply(state, c, find.m_hashes->hashes);
    else
        apply(state, c, find.m_hashes->linear);
}

QVector<int> eventOrder(const Scenario &scenario)
{
    QVector<int> order(scenario.events.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return scenario.events[x].time < scenario.events[y].time;
    });
    return order;
}

Scenario stateAt(const Scenario &scenario, int time)
{
    // The changes first, so that the hashes hold only the provisions and investments they name:
    // hashing every record of a large field cost more than applying its events.
    QVector<const Change *> changes;
    for (int i : eventOrder(scenario)) {
        const Event &event = scenario.events[i];
        if (event.time > time)
            break;
        for (const Change &change : event.changes)
            changes.append(&change);
    }
    Scenario state = scenario;
    HashedFinder find(state, changes);
    for (const Change *change : changes)
        apply(state, *change, find);
    return state;
}

Party partyAt(const Scenario &scenario, int index, int time)
{
    Scenario one;
    one.parties.append(scenario.parties.at(index));
    LinearFinder find{one};
    const QString &id = one.parties.first().id;
    for (int i : eventOrder(scenario)) {
        const Event &event = scenario.events[i];
        if (event.time > time)
            break;
        for (const Change &change : event.changes) {
            const bool ofParty = change.target == Change::Target::Party || change.target == Change::Target::Need;
            if (ofParty && change.party == id)
                applyToParty(one, change, find);
        }
    }
    return one.parties.first();
}

} // namespace powerfield
