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

} // namespace

Engine::Engine(Lens lens)
    : m_lens(lens)
{
}

void Engine::reset(const Field &field)
{
    m_desireCount = field.desireCount;
    m_parties.assign(field.parties.size(), PartyState());
    m_options.clear();
    m_investments.clear();
    m_dyads.clear();
    m_dyads.reserve(field.provisions.size());
    m_given.assign(size_t(m_desireCount), 0.0);
    for (size_t i = 0; i < field.parties.size(); ++i) {
        PartyState &p = m_parties[i];
        p.active = field.parties[i].active;
        p.comparisonLevel = field.parties[i].comparisonLevel;
        p.needs = field.parties[i].needs;
        p.needs.resize(size_t(m_desireCount), 0.0);
        p.alternatives.assign(size_t(m_desireCount), Alternatives());
        for (double w : p.needs)
            p.totalImportance += w;
    }
    for (const Field::Provision &pr : field.provisions)
        insertProvision(pr.from, pr.to, pr.desire, pr.rating);
    for (const Field::Option &o : field.options) {
        m_parties[size_t(o.owner)].options.push_back(int(m_options.size()));
        m_options.push_back(o);
    }
    for (const Field::Investment &inv : field.investments)
        m_investments[key(inv.party, inv.partner)] = {inv.amount, inv.exclusive};

    beginEdit();
    for (int p = 0; p < partyCount(); ++p) {
        for (const Link &link : m_parties[size_t(p)].partners) {
            if (link.partner > p)
                recomputeDyad(p, link.partner);
        }
    }
    m_touched.clear();
    for (int p = 0; p < partyCount(); ++p)
        m_touched.push_back(p);
    for (int p : m_touched)
        recomputeSums(p);
}

Field Engine::field() const
{
    Field f;
    f.desireCount = m_desireCount;
    for (int to = 0; to < partyCount(); ++to) {
        const PartyState &p = m_parties[size_t(to)];
        f.parties.push_back({p.active, p.comparisonLevel, p.needs});
        for (const Incoming &in : p.incoming)
            f.provisions.push_back({in.from, to, in.desire, in.rating});
    }
    std::sort(f.provisions.begin(), f.provisions.end(), [](const auto &x, const auto &y) {
        return std::tie(x.from, x.to, x.desire) < std::tie(y.from, y.to, y.desire);
    });
    f.options = m_options;
    for (const auto &[k, inv] : m_investments)
        f.investments.push_back({int(k >> 32), int(k & 0xffffffffu), inv.amount, inv.exclusive});
    std::sort(f.investments.begin(), f.investments.end(), [](const auto &x, const auto &y) {
        return std::tie(x.party, x.partner) < std::tie(y.party, y.partner);
    });
    return f;
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
    p.active = active;
    p.comparisonLevel = comparisonLevel;
    p.needs.assign(size_t(m_desireCount), 0.0);
    p.alternatives.assign(size_t(m_desireCount), Alternatives());
    m_parties.push_back(std::move(p));
    m_touched.assign(1, partyCount() - 1);
    return partyCount() - 1;
}

int Engine::addDesire()
{
    for (PartyState &p : m_parties) {
        p.needs.push_back(0.0);
        p.alternatives.push_back(Alternatives());
    }
    m_touched.clear();
    m_given.push_back(0.0);
    return m_desireCount++;
}

int Engine::addOption(int owner)
{
    m_options.push_back({owner, {}});
    m_parties[size_t(owner)].options.push_back(int(m_options.size()) - 1);
    m_touched.clear();
    return int(m_options.size()) - 1;
}

void Engine::setActive(int party, bool active)
{
    beginEdit();
    m_parties[size_t(party)].active = active;
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
    PartyState &p = m_parties[size_t(party)];
    p.needs[size_t(desire)] = importance;
    p.totalImportance = 0.0;
    for (double w : p.needs) // the same order as reset(), so results match a full recomputation
        p.totalImportance += w;
    m_dirty.push_back(party);
    finishEdit();
}

void Engine::setProvision(int from, int to, int desire, Rating rating)
{
    beginEdit();
    insertProvision(from, to, desire, rating);
    invalidate(to, desire);
    m_dirty.push_back(to);
    finishEdit();
}

void Engine::removeProvision(int from, int to, int desire)
{
    auto &list = m_parties[size_t(to)].incoming;
    auto found = std::find_if(list.begin(), list.end(), [&](const Incoming &in) {
        return in.from == from && in.desire == desire;
    });
    if (found == list.end())
        return;
    beginEdit();
    list.erase(found);
    linkPair(from, to, -1);
    invalidate(to, desire);
    m_dirty.push_back(to);
    finishEdit();
}

void Engine::setOffer(int option, int desire, Rating rating)
{
    beginEdit();
    Field::Option &o = m_options[size_t(option)];
    auto found = std::find_if(o.offers.begin(), o.offers.end(), [desire](const Field::Offer &f) { return f.desire == desire; });
    if (found == o.offers.end())
        o.offers.push_back({desire, rating});
    else
        found->rating = rating;
    invalidate(o.owner, desire);
    m_dirty.push_back(o.owner);
    finishEdit();
}

void Engine::removeOffer(int option, int desire)
{
    Field::Option &o = m_options[size_t(option)];
    auto found = std::find_if(o.offers.begin(), o.offers.end(), [desire](const Field::Offer &f) { return f.desire == desire; });
    if (found == o.offers.end())
        return;
    beginEdit();
    o.offers.erase(found);
    invalidate(o.owner, desire);
    m_dirty.push_back(o.owner);
    finishEdit();
}

void Engine::setInvestment(int party, int partner, double amount, bool exclusive)
{
    beginEdit();
    m_investments[key(party, partner)] = {amount, exclusive};
    m_dirtyPairs.push_back(key(std::min(party, partner), std::max(party, partner)));
    finishEdit();
}

const DyadResult *Engine::dyad(int a, int b) const
{
    auto it = m_dyads.find(key(std::min(a, b), std::max(a, b)));
    return it == m_dyads.end() ? nullptr : &it->second;
}

void Engine::forEachDyad(const std::function<void(const DyadResult &)> &visit) const
{
    for (const auto &entry : m_dyads)
        visit(entry.second);
}

Engine::Incoming *Engine::incoming(int from, int to, int desire)
{
    for (Incoming &in : m_parties[size_t(to)].incoming) {
        if (in.from == from && in.desire == desire)
            return &in;
    }
    return nullptr;
}


const Engine::Alternatives &Engine::alternatives(int party, int desire) const
{
    const PartyState &p = m_parties[size_t(party)];
    Alternatives &alt = p.alternatives[size_t(desire)];
    if (alt.valid)
        return alt;
    alt = Alternatives();
    alt.valid = true;
    for (const Incoming &in : p.incoming) {
        if (in.desire != desire || !m_parties[size_t(in.from)].active)
            continue;
        const double v = in.rating.value(m_lens);
        if (alt.bestProvider < 0 || v > alt.best) {
            alt.second = alt.bestProvider < 0 ? 0.0 : alt.best;
            alt.best = v;
            alt.bestProvider = in.from;
        } else if (v > alt.second) {
            alt.second = v;
        }
    }
    for (int option : p.options) {
        for (const Field::Offer &offer : m_options[size_t(option)].offers) {
            if (offer.desire == desire)
                alt.bestOption = std::max(alt.bestOption, offer.rating.value(m_lens));
        }
    }
    return alt;
}

double Engine::alternativeTo(int party, int desire, int partner, bool exclusive) const
{
    const Alternatives &alt = alternatives(party, desire);
    double fromParties = 0.0;
    if (!exclusive)
        fromParties = alt.bestProvider == partner ? alt.second : alt.best;
    return std::max({0.0, fromParties, alt.bestOption});
}

SideResult Engine::side(int party, int partner) const
{
    const PartyState &p = m_parties[size_t(party)];
    SideInputs in;
    in.totalImportance = p.totalImportance;
    in.comparisonLevel = p.comparisonLevel;
    bool exclusive = false;
    if (auto inv = m_investments.find(key(party, partner)); inv != m_investments.end()) {
        in.investment = inv->second.amount;
        exclusive = inv->second.exclusive;
    }
    if (in.totalImportance != 0.0) {
        std::fill(m_given.begin(), m_given.end(), 0.0);
        for (const Incoming &i : p.incoming) {
            if (i.from == partner)
                m_given[size_t(i.desire)] = i.rating.value(m_lens);
        }
        for (int d = 0; d < m_desireCount; ++d) {
            const double w = p.needs[size_t(d)];
            if (w == 0.0)
                continue;
            const double q = m_given[size_t(d)];
            const double alt = alternativeTo(party, d, partner, exclusive);
            in.weightedGain += w * std::max(0.0, q - alt);
            in.weightedOutcome += w * q;
            in.weightedAlternative += w * alt;
        }
    }
    return sideFromInputs(in);
}

bool Engine::linked(int x, int y) const
{
    const auto &links = m_parties[size_t(x)].partners;
    auto it = std::lower_bound(links.begin(), links.end(), y);
    return it != links.end() && it->partner == y;
}

void Engine::recomputeDyad(int x, int y)
{
    const int lo = std::min(x, y);
    const int hi = std::max(x, y);
    if (linked(lo, hi) && m_parties[size_t(lo)].active && m_parties[size_t(hi)].active)
        m_dyads[key(lo, hi)] = combineSides(lo, hi, side(lo, hi), side(hi, lo));
    else
        m_dyads.erase(key(lo, hi));
    m_touched.push_back(lo);
    m_touched.push_back(hi);
}

void Engine::recomputeDyadsOf(int party)
{
    for (const Link &link : m_parties[size_t(party)].partners)
        recomputeDyad(party, link.partner);
}

void Engine::recomputeSums(int party)
{
    PartyState &p = m_parties[size_t(party)];
    p.fieldPower = 0.0;
    p.fieldDependence = 0.0;
    for (const Link &link : p.partners) {
        const DyadResult *d = dyad(party, link.partner);
        if (!d)
            continue;
        const bool isA = d->a == party;
        p.fieldPower += isA ? d->sideB.dependence : d->sideA.dependence;
        p.fieldDependence += isA ? d->sideA.dependence : d->sideB.dependence;
    }
}

void Engine::invalidate(int party, int desire)
{
    m_parties[size_t(party)].alternatives[size_t(desire)].valid = false;
}

void Engine::invalidateReceiversOf(int provider)
{
    for (const Link &link : m_parties[size_t(provider)].partners) {
        bool receives = false;
        for (const Incoming &in : m_parties[size_t(link.partner)].incoming) {
            if (in.from == provider) {
                invalidate(link.partner, in.desire);
                receives = true;
            }
        }
        if (receives)
            m_dirty.push_back(link.partner);
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
    for (int party : m_dirty)
        recomputeDyadsOf(party);
    for (std::uint64_t pair : m_dirtyPairs)
        recomputeDyad(int(pair >> 32), int(pair & 0xffffffffu));
    sortUnique(m_touched);
    for (int party : m_touched)
        recomputeSums(party);
}

void Engine::linkPair(int x, int y, int delta)
{
    const auto adjust = [delta](std::vector<Link> &links, int partner) {
        auto it = std::lower_bound(links.begin(), links.end(), partner);
        if (it == links.end() || it->partner != partner)
            it = links.insert(it, {partner, 0});
        it->records += delta;
        if (it->records > 0)
            return false;
        links.erase(it);
        return true;
    };
    const bool unlinked = adjust(m_parties[size_t(x)].partners, y);
    adjust(m_parties[size_t(y)].partners, x);
    if (!unlinked)
        return;
    m_dyads.erase(key(std::min(x, y), std::max(x, y)));
    m_touched.push_back(x);
    m_touched.push_back(y);
}

void Engine::insertProvision(int from, int to, int desire, Rating rating)
{
    if (Incoming *existing = incoming(from, to, desire)) {
        existing->rating = rating;
        return;
    }
    m_parties[size_t(to)].incoming.push_back({from, desire, rating});
    linkPair(from, to, +1);
}

} // namespace powerfield::core
