// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dyadmath.h"
#include "field.h"

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

namespace powerfield::core {

// The analysis of MODEL.md 3 kept up to date under edits. It holds, per party and desire, the
// best and second-best provider and the best outside option, so that a party's alternative to
// any one partner is O(1); an edit recomputes only the dyads whose inputs it changed.
class Engine
{
public:
    explicit Engine(Lens lens = Lens::Perceived);

    void reset(const Field &field); // full recomputation
    Field field() const;            // the state the engine holds, for checks and rebuilding
    Lens lens() const { return m_lens; }
    void setLens(Lens lens);

    int addParty(double comparisonLevel = 0.5, bool active = true);
    int addDesire();
    int addOption(int owner);
    void setActive(int party, bool active);
    void setComparisonLevel(int party, double value);
    void setImportance(int party, int desire, double importance);
    void setProvision(int from, int to, int desire, Rating rating);
    void removeProvision(int from, int to, int desire);
    void setOffer(int option, int desire, Rating rating);
    void removeOffer(int option, int desire);
    void setInvestment(int party, int partner, double amount, bool exclusive);

    int partyCount() const { return int(m_parties.size()); }
    int desireCount() const { return m_desireCount; }
    bool isActive(int party) const { return m_parties[size_t(party)].active; }
    double comparisonLevel(int party) const { return m_parties[size_t(party)].comparisonLevel; }
    double importance(int party, int desire) const { return m_parties[size_t(party)].needs[size_t(desire)]; }
    double fieldPower(int party) const { return m_parties[size_t(party)].fieldPower; }
    double fieldDependence(int party) const { return m_parties[size_t(party)].fieldDependence; }
    // The dyad of two active parties, with `a` and `b` as stored (a < b by index); nullptr if none.
    const DyadResult *dyad(int a, int b) const;
    // Every dyad, in no particular order.
    void forEachDyad(const std::function<void(const DyadResult &)> &visit) const;
    int dyadCount() const { return int(m_dyads.size()); }
    // Parties whose dyads the last edit recomputed (both ends), for views that repaint parts.
    const std::vector<int> &lastTouched() const { return m_touched; }

private:
    struct Alternatives // for one receiver and desire
    {
        double best = 0.0;
        int bestProvider = -1;
        double second = 0.0;
        double bestOption = 0.0;
        bool valid = false;
    };
    struct Incoming // one provision, kept with its receiver
    {
        int from;
        int desire;
        Rating rating;
    };
    struct Link // a partner and how many provision records join the two
    {
        int partner;
        int records;
        bool operator<(int p) const { return partner < p; }
    };
    struct PartyState
    {
        bool active = true;
        double comparisonLevel = 0.5;
        double totalImportance = 0.0;
        std::vector<double> needs;
        std::vector<Incoming> incoming;
        std::vector<Link> partners; // sorted by partner: sums run in a fixed order
        std::vector<int> options;
        mutable std::vector<Alternatives> alternatives; // per desire, filled lazily
        double fieldPower = 0.0;
        double fieldDependence = 0.0;
    };
    struct InvestmentState
    {
        double amount = 0.0;
        bool exclusive = false;
    };

    static std::uint64_t key(int x, int y) { return (std::uint64_t(std::uint32_t(x)) << 32) | std::uint32_t(y); }

    Incoming *incoming(int from, int to, int desire);
    const Alternatives &alternatives(int party, int desire) const;
    double alternativeTo(int party, int desire, int partner, bool exclusive) const;
    SideResult side(int party, int partner) const;
    bool linked(int x, int y) const;
    void recomputeDyad(int x, int y);
    void recomputeDyadsOf(int party);
    void recomputeSums(int party);
    void invalidate(int party, int desire);
    void invalidateReceiversOf(int provider);
    void beginEdit();
    void finishEdit();
    void linkPair(int x, int y, int delta);
    void insertProvision(int from, int to, int desire, Rating rating);

    Lens m_lens;
    int m_desireCount = 0;
    std::vector<PartyState> m_parties;
    std::vector<Field::Option> m_options;
    std::unordered_map<std::uint64_t, InvestmentState> m_investments; // (party, partner)
    std::unordered_map<std::uint64_t, DyadResult> m_dyads;            // (low, high)
    mutable std::vector<double> m_given;                              // scratch: per desire
    std::vector<int> m_dirty; // parties whose every dyad needs recomputing
    std::vector<std::uint64_t> m_dirtyPairs;
    std::vector<int> m_touched;
};

} // namespace powerfield::core
