// SPDX-License-Identifier: GPL-3.0-or-later
// The full recomputation and its inverse: per-party lists built with one allocation each and
// dyads written to a flat array, so that a field of 10,000 parties is analysed in milliseconds.
#include "engine.h"

#include <algorithm>
#include <tuple>

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
