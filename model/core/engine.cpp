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
    m_provided.clear();
    m_providers.clear();
    m_investments.clear();
    m_dyads.clear();
    m_provided.reserve(field.provisions.size());
    m_providers.reserve(field.provisions.size());
    m_dyads.reserve(field.provisions.size());
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
        for (const auto &[partner, count] : m_parties[size_t(p)].partners) {
            if (partner > p)
                recomputeDyad(p, partner);
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
    for (const PartyState &p : m_parties)
        f.parties.push_back({p.active, p.comparisonLevel, p.needs});
    for (const auto &[k, list] : m_provided) {
        for (const Provided &pr : list)
            f.provisions.push_back({int(k >> 32), int(k & 0xffffffffu), pr.desire, pr.rating});
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
    auto it = m_provided.find(key(from, to));
    if (it == m_provided.end())
        return;
    auto &list = it->second;
    auto found = std::find_if(list.begin(), list.end(), [desire](const Provided &p) { return p.desire == desire; });
    if (found == list.end())
        return;
    beginEdit();
    list.erase(found);
    if (list.empty())
        m_provided.erase(it);
    auto &providers = m_providers[key(to, desire)];
    providers.erase(std::find(providers.begin(), providers.end(), from));
    if (providers.empty())
        m_providers.erase(key(to, desire));
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

const Rating *Engine::provision(int from, int to, int desire) const
{
    auto it = m_provided.find(key(from, to));
    return it == m_provided.end() ? nullptr : find(&it->second, desire);
}

const Rating *Engine::find(const std::vector<Provided> *list, int desire)
{
    if (!list)
        return nullptr;
    for (const Provided &p : *list) {
        if (p.desire == desire)
            return &p.rating;
    }
    return nullptr;
}

const Engine::Alternatives &Engine::alternatives(int party, int desire) const
{
    Alternatives &alt = m_parties[size_t(party)].alternatives[size_t(desire)];
    if (alt.valid)
        return alt;
    alt = Alternatives();
    alt.valid = true;
    auto providers = m_providers.find(key(party, desire));
    if (providers != m_providers.end()) {
        for (int from : providers->second) {
            if (!m_parties[size_t(from)].active)
                continue;
            const double v = provision(from, party, desire)->value(m_lens);
            if (alt.bestProvider < 0 || v > alt.best) {
                alt.second = alt.bestProvider < 0 ? 0.0 : alt.best;
                alt.best = v;
                alt.bestProvider = from;
            } else if (v > alt.second) {
                alt.second = v;
            }
        }
    }
    for (int option : m_parties[size_t(party)].options) {
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
        auto pair = m_provided.find(key(partner, party));
        const std::vector<Provided> *provided = pair == m_provided.end() ? nullptr : &pair->second;
        for (int d = 0; d < m_desireCount; ++d) {
            const double w = p.needs[size_t(d)];
            if (w == 0.0)
                continue;
            const Rating *given = find(provided, d);
            const double q = given ? given->value(m_lens) : 0.0;
            const double alt = alternativeTo(party, d, partner, exclusive);
            in.weightedGain += w * std::max(0.0, q - alt);
            in.weightedOutcome += w * q;
            in.weightedAlternative += w * alt;
        }
    }
    return sideFromInputs(in);
}

void Engine::recomputeDyad(int x, int y)
{
    const int lo = std::min(x, y);
    const int hi = std::max(x, y);
    const PartyState &low = m_parties[size_t(lo)];
    const bool linked = low.partners.count(hi) > 0;
    if (linked && low.active && m_parties[size_t(hi)].active)
        m_dyads[key(lo, hi)] = combineSides(lo, hi, side(lo, hi), side(hi, lo));
    else
        m_dyads.erase(key(lo, hi));
    m_touched.push_back(lo);
    m_touched.push_back(hi);
}

void Engine::recomputeDyadsOf(int party)
{
    for (const auto &[partner, count] : m_parties[size_t(party)].partners)
        recomputeDyad(party, partner);
}

void Engine::recomputeSums(int party)
{
    PartyState &p = m_parties[size_t(party)];
    p.fieldPower = 0.0;
    p.fieldDependence = 0.0;
    for (const auto &[partner, count] : p.partners) {
        const DyadResult *d = dyad(party, partner);
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
    for (const auto &[receiver, count] : m_parties[size_t(provider)].partners) {
        auto it = m_provided.find(key(provider, receiver));
        if (it == m_provided.end())
            continue;
        for (const Provided &p : it->second)
            invalidate(receiver, p.desire);
        m_dirty.push_back(receiver);
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
    auto &countX = m_parties[size_t(x)].partners[y];
    countX += delta;
    m_parties[size_t(y)].partners[x] += delta;
    if (countX > 0)
        return;
    m_parties[size_t(x)].partners.erase(y);
    m_parties[size_t(y)].partners.erase(x);
    m_dyads.erase(key(std::min(x, y), std::max(x, y)));
    m_touched.push_back(x);
    m_touched.push_back(y);
}

void Engine::insertProvision(int from, int to, int desire, Rating rating)
{
    auto &list = m_provided[key(from, to)];
    for (Provided &p : list) {
        if (p.desire == desire) {
            p.rating = rating;
            return;
        }
    }
    list.push_back({desire, rating});
    m_providers[key(to, desire)].push_back(from);
    linkPair(from, to, +1);
}

} // namespace powerfield::core
