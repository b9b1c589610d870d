// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dyadmath.h"
#include "field.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace powerfield::core {

// The analysis of docs/model.md §Dyad quantities kept up to date under edits. It holds, per party
// and desire, the best and second-best provider and the best outside option, so that a party's
// alternative to any one partner is O(1); an edit recomputes only the dyads whose inputs it
// changed.
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
    bool isActive(int party) const { return m_active[size_t(party)] != 0; }
    double comparisonLevel(int party) const { return m_parties[size_t(party)].comparisonLevel; }
    double importance(int party, int desire) const { return m_needs[needIndex(party, desire)]; }
    double fieldPower(int party) const { return m_sums[size_t(party)].power; }
    double fieldDependence(int party) const { return m_sums[size_t(party)].dependence; }
    // The dyad of two active parties, with `a` and `b` as stored (a < b by index); nullptr if none.
    // Pointers stay valid until the next edit or reset.
    const DyadResult *dyad(int a, int b) const;
    // Every dyad, in no particular order (after reset(): by (a, b)).
    void forEachDyad(const std::function<void(const DyadResult &)> &visit) const;
    const std::vector<DyadResult> &dyads() const { return m_dyads; }
    int dyadCount() const { return int(m_dyads.size()); }
    // Parties whose dyads the last edit recomputed (both ends), for views that repaint parts.
    const std::vector<int> &lastTouched() const { return m_touched; }

private:
    struct Alternatives // for one receiver and desire
    {
        double best = 0.0;
        double second = 0.0;
        double bestOption = 0.0;
        int bestProvider = -1;
    };
    struct Incoming // one provision, kept with its receiver, sorted by (from, desire)
    {
        int from;
        int desire;
        Rating rating;
    };
    struct Link // a partner, how many provision records join the two, and their dyad's slot
    {
        int partner;
        int records;
        int dyad; // index into m_dyads, -1 while either party is inactive
    };
    struct OwnedOffer // an offer of one of the party's outside options
    {
        int option;
        int desire;
        Rating rating;
    };
    struct Stake // what the party invested in one partner, sorted by partner
    {
        int partner;
        double amount;
        bool exclusive;
    };
    struct PartyState
    {
        mutable bool alternativesValid = false; // m_alternatives of this party, filled lazily
        double comparisonLevel = 0.5;
        double totalImportance = 0.0;
        std::vector<Incoming> incoming;
        std::vector<Link> partners; // sorted by partner: sums run in a fixed order
        std::vector<OwnedOffer> offers;
        std::vector<Stake> stakes;
    };
    struct Sums // over a party's dyads
    {
        double power = 0.0;
        double dependence = 0.0;
    };

    size_t needIndex(int party, int desire) const { return size_t(party) * size_t(m_desireCount) + size_t(desire); }
    Link *link(int x, int y);
    const Link *link(int x, int y) const;
    const Alternatives *alternatives(int party) const;
    SideResult side(int party, int partner) const;
    void buildLinks(size_t parties);
    void buildDyads();
    void sumImportance(int party);
    void recomputeDyad(int x, int y);
    void dropDyad(int lo, int hi);
    void recomputeSums(int party);
    void invalidate(int party) { m_parties[size_t(party)].alternativesValid = false; }
    void invalidateReceiversOf(int provider);
    void beginEdit();
    void finishEdit();
    void linkPair(int x, int y, int delta);
    void insertProvision(int from, int to, int desire, Rating rating);

    Lens m_lens;
    int m_desireCount = 0;
    std::vector<PartyState> m_parties;
    // Kept apart from PartyState: compact arrays that a full recomputation reads and writes in
    // random order stay in cache.
    std::vector<std::uint8_t> m_active;
    std::vector<Sums> m_sums;
    std::vector<double> m_needs;                      // importance, per party and desire
    mutable std::vector<Alternatives> m_alternatives; // per party and desire
    std::vector<int> m_optionOwners;                  // per option
    std::vector<DyadResult> m_dyads;                  // a = low index, b = high index
    std::vector<int> m_dirty; // parties whose every dyad needs recomputing
    std::vector<std::pair<int, int>> m_dirtyPairs;
    std::vector<int> m_touched;
};

} // namespace powerfield::core
