// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include <algorithm>
#include <tuple>

namespace powerfield::core {

namespace {

template<typename T>
void sortUnique(std::vector<T> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

template<typename List>
auto findPartner(List &list, int partner)
{
    return std::lower_bound(list.begin(), list.end(), partner,
                            [](const auto &entry, int p) { return entry.partner < p; });
}

template<typename List>
auto findFrom(List &list, int from, int desire = -1)
{
    return std::lower_bound(list.begin(), list.end(), std::make_pair(from, desire),
                            [](const auto &in, std::pair<int, int> key) {
                                return in.from != key.first ? in.from < key.first : in.desire < key.second;
                            });
}

} // namespace

Engine::Engine(Lens lens)
    : m_lens(lens)
{
}

void Engine::setLens(Lens lens)
{
    if (lens == m_lens)
        return;
    m_lens = lens;
    reset(field());
}

int Engine::addParty(double comparisonLevel, bool active)
{
    PartyState p;
    p.comparisonLevel = comparisonLevel;
    m_parties.push_back(std::move(p));
    m_active.push_back(active);
    m_sums.emplace_back();
    m_needs.resize(m_needs.size() + size_t(m_desireCount), 0.0);
    m_alternatives.resize(m_needs.size());
    m_touched.assign(1, partyCount() - 1);
    return partyCount() - 1;
}

int Engine::addDesire()
{
    const size_t before = size_t(m_desireCount);
    std::vector<double> needs(m_parties.size() * (before + 1), 0.0);
    for (size_t p = 0; p < m_parties.size(); ++p)
        std::copy_n(m_needs.begin() + std::ptrdiff_t(p * before), before, needs.begin() + std::ptrdiff_t(p * (before + 1)));
    m_needs.swap(needs);
    ++m_desireCount;
    m_alternatives.resize(m_needs.size());
    for (int p = 0; p < partyCount(); ++p)
        invalidate(p);
    m_touched.clear();
    return m_desireCount - 1;
}

int Engine::addOption(int owner)
{
    m_optionOwners.push_back(owner);
    m_touched.clear();
    return int(m_optionOwners.size()) - 1;
}

void Engine::setActive(int party, bool active)
{
    beginEdit();
    m_active[size_t(party)] = active;
    invalidateReceiversOf(party);
    m_dirty.push_back(party);
    finishEdit();
}

void Engine::setComparisonLevel(int party, double value)
{
    beginEdit();
    m_parties[size_t(party)].comparisonLevel = value;
    m_dirty.push_back(party);
    finishEdit();
}

void Engine::setImportance(int party, int desire, double importance)
{
    beginEdit();
    m_needs[needIndex(party, desire)] = importance;
    sumImportance(party);
    m_dirty.push_back(party);
    finishEdit();
}

void Engine::setProvision(int from, int to, int desire, Rating rating)
{
    beginEdit();
    insertProvision(from, to, desire, rating);
    invalidate(to);
    m_dirty.push_back(to);
    finishEdit();
}

void Engine::removeProvision(int from, int to, int desire)
{
    auto &list = m_parties[size_t(to)].incoming;
    const auto found = findFrom(list, from, desire);
    if (found == list.end() || found->from != from || found->desire != desire)
        return;
    beginEdit();
    list.erase(found);
    linkPair(from, to, -1);
    invalidate(to);
    m_dirty.push_back(to);
    finishEdit();
}

void Engine::setOffer(int option, int desire, Rating rating)
{
    beginEdit();
    const int owner = m_optionOwners[size_t(option)];
    auto &offers = m_parties[size_t(owner)].offers;
    auto found = std::find_if(offers.begin(), offers.end(), [=](const OwnedOffer &o) {
        return o.option == option && o.desire == desire;
    });
    if (found == offers.end())
        offers.push_back({option, desire, rating});
    else
        found->rating = rating;
    invalidate(owner);
    m_dirty.push_back(owner);
    finishEdit();
}

void Engine::removeOffer(int option, int desire)
{
    const int owner = m_optionOwners[size_t(option)];
    auto &offers = m_parties[size_t(owner)].offers;
    auto found = std::find_if(offers.begin(), offers.end(), [=](const OwnedOffer &o) {
        return o.option == option && o.desire == desire;
    });
    if (found == offers.end())
        return;
    beginEdit();
    offers.erase(found);
    invalidate(owner);
    m_dirty.push_back(owner);
    finishEdit();
}

void Engine::setInvestment(int party, int partner, double amount, bool exclusive)
{
    beginEdit();
    auto &stakes = m_parties[size_t(party)].stakes;
    auto it = findPartner(stakes, partner);
    if (it == stakes.end() || it->partner != partner)
        stakes.insert(it, {partner, amount, exclusive});
    else
        *it = {partner, amount, exclusive};
    m_dirtyPairs.emplace_back(party, partner);
    finishEdit();
}

const DyadResult *Engine::dyad(int a, int b) const
{
    const Link *l = link(std::min(a, b), std::max(a, b));
    return l && l->dyad >= 0 ? &m_dyads[size_t(l->dyad)] : nullptr;
}

void Engine::forEachDyad(const std::function<void(const DyadResult &)> &visit) const
{
    for (const DyadResult &d : m_dyads)
        visit(d);
}

Engine::Link *Engine::link(int x, int y)
{
    auto &links = m_parties[size_t(x)].partners;
    const auto it = findPartner(links, y);
    return it != links.end() && it->partner == y ? &*it : nullptr;
}

const Engine::Link *Engine::link(int x, int y) const
{
    return const_cast<Engine *>(this)->link(x, y);
}

// Best and second-best provider and best option for every desire of one party, in one pass.
const Engine::Alternatives *Engine::alternatives(int party) const
{
    const PartyState &p = m_parties[size_t(party)];
    Alternatives *alts = m_alternatives.data() + needIndex(party, 0);
    if (p.alternativesValid)
        return alts;
    p.alternativesValid = true;
    std::fill_n(alts, m_desireCount, Alternatives());
    for (const Incoming &in : p.incoming) {
        if (!m_active[size_t(in.from)])
            continue;
        Alternatives &alt = alts[in.desire];
        const double v = in.rating.value(m_lens);
        if (alt.bestProvider < 0 || v > alt.best) {
            alt.second = alt.bestProvider < 0 ? 0.0 : alt.best;
            alt.best = v;
            alt.bestProvider = in.from;
        } else if (v > alt.second) {
            alt.second = v;
        }
    }
    for (const OwnedOffer &offer : p.offers) {
        if (offer.desire >= 0 && offer.desire < m_desireCount)
            alts[offer.desire].bestOption = std::max(alts[offer.desire].bestOption, offer.rating.value(m_lens));
    }
    return alts;
}

SideResult Engine::side(int party, int partner) const
{
    const PartyState &p = m_parties[size_t(party)];
    SideInputs in;
    in.totalImportance = p.totalImportance;
    in.comparisonLevel = p.comparisonLevel;
    bool exclusive = false;
    if (const auto stake = findPartner(p.stakes, partner); stake != p.stakes.end() && stake->partner == partner) {
        in.investment = stake->amount;
        exclusive = stake->exclusive;
    }
    if (in.totalImportance == 0.0)
        return sideFromInputs(in);
    const Alternatives *alts = alternatives(party);
    const double *needs = m_needs.data() + needIndex(party, 0);
    auto given = findFrom(p.incoming, partner); // the partner's provisions, by desire
    for (int d = 0; d < m_desireCount; ++d) {
        double q = 0.0;
        if (given != p.incoming.end() && given->from == partner && given->desire == d) {
            q = given->rating.value(m_lens);
            ++given;
        }
        const double w = needs[d];
        if (w == 0.0)
            continue;
        const Alternatives &alt = alts[d];
        const double fromParties = exclusive ? 0.0 : alt.bestProvider == partner ? alt.second : alt.best;
        const double a = std::max({0.0, fromParties, alt.bestOption});
        in.weightedGain += w * std::max(0.0, q - a);
        in.weightedOutcome += w * q;
        in.weightedAlternative += w * a;
    }
    return sideFromInputs(in);
}

void Engine::recomputeDyad(int x, int y)
{
    if (x == y) // no party forms a dyad with itself
        return;
    const int lo = std::min(x, y);
    const int hi = std::max(x, y);
    Link *l = link(lo, hi);
    if (l && m_active[size_t(lo)] && m_active[size_t(hi)]) {
        const DyadResult d = combineSides(lo, hi, side(lo, hi), side(hi, lo));
        if (l->dyad < 0) {
            l->dyad = int(m_dyads.size());
            link(hi, lo)->dyad = l->dyad;
            m_dyads.push_back(d);
        } else {
            m_dyads[size_t(l->dyad)] = d;
        }
    } else if (l) {
        dropDyad(lo, hi);
    }
    m_touched.push_back(lo);
    m_touched.push_back(hi);
}

// Removes a dyad by moving the last one into its slot.
void Engine::dropDyad(int lo, int hi)
{
    Link *l = link(lo, hi);
    if (!l || l->dyad < 0)
        return;
    const int slot = l->dyad;
    l->dyad = -1;
    link(hi, lo)->dyad = -1;
    const int last = int(m_dyads.size()) - 1;
    if (slot != last) {
        const DyadResult &moved = m_dyads[size_t(slot)] = m_dyads[size_t(last)];
        link(moved.a, moved.b)->dyad = slot;
        link(moved.b, moved.a)->dyad = slot;
    }
    m_dyads.pop_back();
}

void Engine::recomputeSums(int party)
{
    Sums &sums = m_sums[size_t(party)];
    sums = Sums();
    for (const Link &l : m_parties[size_t(party)].partners) { // in the order buildDyads() sums
        if (l.dyad < 0)
            continue;
        const DyadResult &d = m_dyads[size_t(l.dyad)];
        const bool isA = d.a == party;
        sums.power += isA ? d.sideB.dependence : d.sideA.dependence;
        sums.dependence += isA ? d.sideA.dependence : d.sideB.dependence;
    }
}

void Engine::invalidateReceiversOf(int provider)
{
    for (const Link &l : m_parties[size_t(provider)].partners) {
        const auto &incoming = m_parties[size_t(l.partner)].incoming;
        const auto first = findFrom(incoming, provider);
        if (first != incoming.end() && first->from == provider) {
            invalidate(l.partner);
            m_dirty.push_back(l.partner);
        }
    }
}

void Engine::beginEdit()
{
    m_dirty.clear();
    m_dirtyPairs.clear();
    m_touched.clear();
}

void Engine::finishEdit()
{
    sortUnique(m_dirty);
    for (int party : m_dirty) {
        for (size_t i = 0; i < m_parties[size_t(party)].partners.size(); ++i)
            recomputeDyad(party, m_parties[size_t(party)].partners[i].partner);
    }
    for (const auto &[x, y] : m_dirtyPairs)
        recomputeDyad(x, y);
    sortUnique(m_touched);
    for (int party : m_touched)
        recomputeSums(party);
}

void Engine::linkPair(int x, int y, int delta)
{
    for (const auto &[p, q] : {std::make_pair(x, y), std::make_pair(y, x)}) {
        auto &links = m_parties[size_t(p)].partners;
        const auto it = findPartner(links, q);
        if (it == links.end() || it->partner != q)
            links.insert(it, {q, 0, -1});
    }
    Link *l = link(x, y);
    l->records += delta;
    link(y, x)->records += delta; // twice on one link for a party providing to itself, as in reset()
    if (l->records > 0)
        return;
    dropDyad(std::min(x, y), std::max(x, y));
    for (const auto &[p, q] : {std::make_pair(x, y), std::make_pair(y, x)}) {
        auto &links = m_parties[size_t(p)].partners;
        if (const auto it = findPartner(links, q); it != links.end() && it->partner == q)
            links.erase(it);
    }
    m_touched.push_back(x);
    m_touched.push_back(y);
}

void Engine::insertProvision(int from, int to, int desire, Rating rating)
{
    auto &list = m_parties[size_t(to)].incoming;
    const auto it = findFrom(list, from, desire);
    if (it != list.end() && it->from == from && it->desire == desire) {
        it->rating = rating;
        return;
    }
    list.insert(it, {from, desire, rating});
    linkPair(from, to, +1);
}

} // namespace powerfield::core

// ----------------------------------------------------------------------------------------------
// The full recomputation and its inverse: per-party lists built with one allocation each and
// dyads written to a flat array, so that a field of 10,000 parties is analysed in milliseconds.

namespace powerfield::core {

namespace {

// Stable, so that of repeated records the last one wins, as repeated assignments would; the
// per-party lists are short, where insertion sort is fastest and allocates nothing.
template<typename T, typename Less>
void stableSort(std::vector<T> &v, Less less)
{
    if (v.size() > 32) {
        std::stable_sort(v.begin(), v.end(), less);
        return;
    }
    for (size_t i = 1; i < v.size(); ++i) {
        const T x = v[i];
        size_t j = i;
        for (; j > 0 && less(x, v[j - 1]); --j)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

// Merges each run of records with equal keys into its first element.
template<typename T, typename Same, typename Merge>
void mergeRuns(std::vector<T> &v, Same same, Merge merge)
{
    if (v.empty())
        return;
    size_t out = 0;
    for (size_t i = 1; i < v.size(); ++i) {
        if (same(v[out], v[i]))
            merge(v[out], v[i]);
        else
            v[++out] = v[i];
    }
    v.resize(out + 1);
}

} // namespace

void Engine::reset(const Field &field)
{
    const size_t n = field.parties.size();
    m_desireCount = std::max(0, field.desireCount);
    const size_t desires = size_t(m_desireCount);
    m_parties.resize(n); // reuses the lists' capacity when the same engine is reset again
    m_needs.assign(n * desires, 0.0);
    m_alternatives.resize(n * desires);
    m_active.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const Field::Party &in = field.parties[i];
        PartyState &p = m_parties[i];
        m_active[i] = in.active;
        p.alternativesValid = false;
        p.comparisonLevel = in.comparisonLevel;
        p.incoming.clear();
        p.partners.clear();
        p.offers.clear();
        p.stakes.clear();
        std::copy_n(in.needs.begin(), std::min(in.needs.size(), desires), m_needs.begin() + std::ptrdiff_t(i * desires));
        sumImportance(int(i));
    }

    std::vector<int> &count = m_touched; // scratch until the end
    count.assign(n, 0);
    for (const Field::Provision &pr : field.provisions)
        ++count[size_t(pr.to)];
    for (size_t i = 0; i < n; ++i)
        m_parties[i].incoming.reserve(size_t(count[i]));
    for (const Field::Provision &pr : field.provisions)
        m_parties[size_t(pr.to)].incoming.push_back({pr.from, pr.desire, pr.rating});
    for (PartyState &p : m_parties) {
        stableSort(p.incoming, [](const Incoming &x, const Incoming &y) {
            return std::tie(x.from, x.desire) < std::tie(y.from, y.desire);
        });
        mergeRuns(p.incoming, [](const Incoming &x, const Incoming &y) { return x.from == y.from && x.desire == y.desire; },
                  [](Incoming &into, const Incoming &later) { into.rating = later.rating; });
    }

    m_optionOwners.clear();
    m_optionOwners.reserve(field.options.size());
    for (const Field::Option &o : field.options) {
        for (const Field::Offer &offer : o.offers)
            m_parties[size_t(o.owner)].offers.push_back({int(m_optionOwners.size()), offer.desire, offer.rating});
        m_optionOwners.push_back(o.owner);
    }
    for (const Field::Investment &inv : field.investments)
        m_parties[size_t(inv.party)].stakes.push_back({inv.partner, inv.amount, inv.exclusive});
    for (PartyState &p : m_parties) {
        stableSort(p.stakes, [](const Stake &x, const Stake &y) { return x.partner < y.partner; });
        mergeRuns(p.stakes, [](const Stake &x, const Stake &y) { return x.partner == y.partner; },
                  [](Stake &into, const Stake &later) { into = later; });
    }

    buildLinks(n);
    buildDyads();
    m_touched.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_touched[i] = int(i);
    m_dirty.clear();
    m_dirtyPairs.clear();
}

// Partner lists from the incoming lists: one link per provision at either end, sorted by partner
// and merged into a count of records.
void Engine::buildLinks(size_t parties)
{
    std::vector<int> &degree = m_dirty; // scratch
    degree.assign(parties, 0);
    for (size_t t = 0; t < parties; ++t) {
        degree[t] += int(m_parties[t].incoming.size());
        for (const Incoming &in : m_parties[t].incoming)
            ++degree[size_t(in.from)];
    }
    for (size_t p = 0; p < parties; ++p)
        m_parties[p].partners.reserve(size_t(degree[p]));
    for (int t = 0; t < int(parties); ++t) {
        for (const Incoming &in : m_parties[size_t(t)].incoming) {
            m_parties[size_t(t)].partners.push_back({in.from, 1, -1});
            m_parties[size_t(in.from)].partners.push_back({t, 1, -1});
        }
    }
    for (PartyState &p : m_parties) {
        stableSort(p.partners, [](const Link &x, const Link &y) { return x.partner < y.partner; });
        mergeRuns(p.partners, [](const Link &x, const Link &y) { return x.partner == y.partner; },
                  [](Link &into, const Link &later) { into.records += later.records; });
    }
}

// Every dyad from scratch, party by party so that each side reads only its own party's lists.
// Dyads are numbered by (a, b); summing them in that order adds each party's dependences in the
// order of its partner list, as recomputeSums() does after an edit, so results agree to the bit.
void Engine::buildDyads()
{
    const int n = partyCount();
    std::vector<int> &lowerSeen = m_dirty; // scratch: per party, links from lower parties numbered
    lowerSeen.assign(size_t(n), 0);
    int count = 0;
    for (int p = 0; p < n; ++p) {
        for (Link &l : m_parties[size_t(p)].partners) {
            if (l.partner <= p)
                continue;
            // The partner's links are sorted, so its links to lower parties come in this order.
            Link &back = m_parties[size_t(l.partner)].partners[size_t(lowerSeen[size_t(l.partner)]++)];
            l.dyad = back.dyad = m_active[size_t(p)] && m_active[size_t(l.partner)] ? count++ : -1;
        }
    }
    m_dyads.resize(size_t(count));
    for (int p = 0; p < n; ++p) {
        for (const Link &l : m_parties[size_t(p)].partners) {
            if (l.dyad < 0)
                continue;
            DyadResult &d = m_dyads[size_t(l.dyad)];
            if (p < l.partner) {
                d.a = p;
                d.b = l.partner;
                d.sideA = side(p, l.partner);
            } else {
                d.sideB = side(p, l.partner);
            }
        }
    }
    m_sums.assign(size_t(n), Sums());
    for (DyadResult &d : m_dyads) {
        d = combineSides(d.a, d.b, d.sideA, d.sideB);
        m_sums[size_t(d.a)].power += d.sideB.dependence;
        m_sums[size_t(d.a)].dependence += d.sideA.dependence;
        m_sums[size_t(d.b)].power += d.sideA.dependence;
        m_sums[size_t(d.b)].dependence += d.sideB.dependence;
    }
}

Field Engine::field() const
{
    Field f;
    f.desireCount = m_desireCount;
    f.parties.reserve(m_parties.size());
    f.options.reserve(m_optionOwners.size());
    for (int owner : m_optionOwners)
        f.options.push_back({owner, {}});
    for (int to = 0; to < partyCount(); ++to) {
        const PartyState &p = m_parties[size_t(to)];
        const auto needs = m_needs.begin() + std::ptrdiff_t(needIndex(to, 0));
        f.parties.push_back({m_active[size_t(to)] != 0, p.comparisonLevel, std::vector<double>(needs, needs + m_desireCount)});
        for (const Incoming &in : p.incoming)
            f.provisions.push_back({in.from, to, in.desire, in.rating});
        for (const OwnedOffer &o : p.offers)
            f.options[size_t(o.option)].offers.push_back({o.desire, o.rating});
        for (const Stake &s : p.stakes)
            f.investments.push_back({to, s.partner, s.amount, s.exclusive});
    }
    std::sort(f.provisions.begin(), f.provisions.end(), [](const auto &x, const auto &y) {
        return std::tie(x.from, x.to, x.desire) < std::tie(y.from, y.to, y.desire);
    });
    return f;
}

void Engine::sumImportance(int party)
{
    double total = 0.0;
    const double *needs = m_needs.data() + needIndex(party, 0);
    for (int d = 0; d < m_desireCount; ++d) // always in this order: edits match a full recomputation
        total += needs[d];
    m_parties[size_t(party)].totalImportance = total;
}

} // namespace powerfield::core
