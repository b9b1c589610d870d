// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include "timeline.h"

#include <algorithm>

namespace powerfield {

namespace {

// Copies the ids of `records` into `ids` and indexes them.
template<typename List>
void indexIds(const List &records, QVector<QString> &ids, core::IdIndex &index)
{
    ids.clear();
    ids.reserve(records.size());
    std::vector<std::u16string_view> views;
    views.reserve(size_t(records.size()));
    for (const auto &r : records) {
        ids.append(r.id);
        views.emplace_back(reinterpret_cast<const char16_t *>(ids.constLast().constData()), size_t(r.id.size()));
    }
    index.build(std::move(views));
}

// Ids of one kind to indices, -1 for none. Records usually come grouped by party, so a repeat of
// the previous id is answered without hashing, and so are the few desires of a scenario.
template<typename List>
class IndexOf
{
public:
    IndexOf(const List &records, const core::IdIndex &index)
        : m_records(records)
        , m_index(index)
    {
    }
    int operator()(const QString &id)
    {
        if (m_lastIndex >= 0 && sameId(id, m_lastId))
            return m_lastIndex;
        m_lastIndex = -1;
        if (m_records.size() <= kScanned) {
            // Shared copies first, which needs no read of the text, then equal text (a repeated
            // id, which validation rejects, may resolve to either record).
            for (qsizetype i = m_records.size() - 1; i >= 0 && m_lastIndex < 0; --i)
                m_lastIndex = m_records[i].id.constData() == id.constData() && m_records[i].id.size() == id.size() ? int(i) : -1;
            for (qsizetype i = m_records.size() - 1; i >= 0 && m_lastIndex < 0; --i)
                m_lastIndex = sameId(m_records[i].id, id) ? int(i) : -1;
        } else {
            m_lastIndex = m_index.find({reinterpret_cast<const char16_t *>(id.constData()), size_t(id.size())});
        }
        m_lastId = id;
        return m_lastIndex;
    }

private:
    static constexpr qsizetype kScanned = 8;
    const List &m_records;
    const core::IdIndex &m_index;
    QStringView m_lastId; // of a record of the scenario being read
    int m_lastIndex = -1;
};

} // namespace

Analysis::Analysis(Lens lens)
    : m_engine(lens)
{
}

void Analysis::reset(const Scenario &state)
{
    indexIds(state.parties, m_partyIds, m_partyIndex);
    indexIds(state.desires, m_desireIds, m_desireIndex);
    indexIds(state.options, m_optionIds, m_optionIndex);
    m_provisionRows.clear(); // the engine's indices may have changed
    m_engine.reset(toField(state));
}

// Records whose ids do not resolve are left out (a validated scenario has none).
core::Field Analysis::toField(const Scenario &state) const
{
    IndexOf desireOf(state.desires, m_desireIndex);
    IndexOf fromOf(state.parties, m_partyIndex);
    IndexOf toOf(state.parties, m_partyIndex);
    core::Field f;
    f.desireCount = int(state.desires.size());
    f.parties.reserve(size_t(state.parties.size()));
    for (const Party &p : state.parties) {
        core::Field::Party fp{p.active, p.comparisonLevel, std::vector<double>(size_t(f.desireCount), 0.0)};
        for (const Need &n : p.needs) {
            if (const int d = desireOf(n.desire); d >= 0)
                fp.needs[size_t(d)] = n.importance;
        }
        f.parties.push_back(std::move(fp));
    }
    f.provisions.reserve(size_t(state.provisions.size()));
    for (const Provision &p : state.provisions) {
        const int from = fromOf(p.from);
        const int to = toOf(p.to);
        const int d = desireOf(p.desire);
        if (from >= 0 && to >= 0 && d >= 0)
            f.provisions.push_back({from, to, d, toCore(p.rating)});
    }
    f.options.reserve(size_t(state.options.size()));
    for (const OutsideOption &o : state.options) {
        const int owner = toOf(o.owner);
        core::Field::Option fo{std::max(0, owner), {}}; // an option of no known party keeps its index
        fo.offers.reserve(size_t(owner >= 0 ? o.offers.size() : 0));
        for (const Offer &offer : o.offers) {
            if (const int d = desireOf(offer.desire); d >= 0 && owner >= 0)
                fo.offers.push_back({d, toCore(offer.rating)});
        }
        f.options.push_back(std::move(fo));
    }
    f.investments.reserve(size_t(state.investments.size()));
    for (const Investment &i : state.investments) {
        const int party = fromOf(i.party);
        const int partner = toOf(i.partner);
        if (party >= 0 && partner >= 0)
            f.investments.push_back({party, partner, i.amount, i.exclusive});
    }
    return f;
}

void Analysis::updateParty(const Scenario &state, const QString &id)
{
    const Party *p = state.party(id);
    const int index = partyIndex(id);
    if (!p || index < 0)
        return reset(state);
    if (m_engine.isActive(index) != p->active)
        m_engine.setActive(index, p->active);
    if (m_engine.comparisonLevel(index) != p->comparisonLevel)
        m_engine.setComparisonLevel(index, p->comparisonLevel);
    for (int d = 0; d < state.desires.size(); ++d) {
        const double w = p->importance(state.desires[d].id);
        if (m_engine.importance(index, d) != w)
            m_engine.setImportance(index, d, w);
    }
}

void Analysis::updateProvision(const Scenario &state, const QString &from, const QString &to,
                               const QString &desire)
{
    const int f = partyIndex(from);
    const int t = partyIndex(to);
    const int d = m_desireIndex.find(idView(desire));
    if (f < 0 || t < 0 || d < 0)
        return reset(state);
    const int i = provisionRow(state, f, t, d, from, to, desire);
    if (i < 0)
        m_engine.removeProvision(f, t, d);
    else
        m_engine.setProvision(f, t, d, toCore(state.provisions[i].rating));
}

int Analysis::provisionRow(const Scenario &state, int from, int to, int desire, const QString &fromId,
                           const QString &toId, const QString &desireId)
{
    const auto key = [](int f, int t, int d) { return (quint64(quint32(f)) << 40) ^ (quint64(quint32(t)) << 20) ^ quint64(quint32(d)); };
    const auto isRow = [&](int row) {
        if (row < 0 || row >= state.provisions.size())
            return false;
        const Provision &p = state.provisions[row];
        return p.from == fromId && p.to == toId && p.desire == desireId;
    };
    const auto it = m_provisionRows.constFind(key(from, to, desire));
    if (it != m_provisionRows.cend() && isRow(*it))
        return *it;
    // Not remembered, or the provisions moved: index them all again (one walk, then lookups
    // for the rest of a timeline's events), and answer from the fresh index.
    m_provisionRows.clear();
    m_provisionRows.reserve(state.provisions.size());
    for (int row = 0; row < state.provisions.size(); ++row) {
        const Provision &p = state.provisions[row];
        const int f = partyIndex(p.from);
        const int t = partyIndex(p.to);
        const int d = m_desireIndex.find(idView(p.desire));
        if (f >= 0 && t >= 0 && d >= 0)
            m_provisionRows.insert(key(f, t, d), row);
    }
    const auto found = m_provisionRows.constFind(key(from, to, desire));
    return found != m_provisionRows.cend() && isRow(*found) ? *found : -1;
}

void Analysis::updateOffer(const Scenario &state, const QString &option, const QString &desire)
{
    const int o = m_optionIndex.find(idView(option));
    const int d = m_desireIndex.find(idView(desire));
    const int inState = state.optionIndex(option);
    if (o < 0 || d < 0 || inState < 0)
        return reset(state);
    const OutsideOption &opt = state.options[inState];
    const int i = opt.offerIndex(desire);
    if (i < 0)
        m_engine.removeOffer(o, d);
    else
        m_engine.setOffer(o, d, toCore(opt.offers[i].rating));
}

void Analysis::updateInvestment(const Scenario &state, const QString &party, const QString &partner)
{
    const int p = partyIndex(party);
    const int q = partyIndex(partner);
    if (p < 0 || q < 0)
        return reset(state);
    const int i = state.investmentIndex(party, partner);
    if (i < 0)
        m_engine.setInvestment(p, q, 0.0, false);
    else
        m_engine.setInvestment(p, q, state.investments[i].amount, state.investments[i].exclusive);
}

void Analysis::apply(Scenario &state, const Change &c)
{
    RecordFinder find(state, false);
    apply(state, c, find);
}

void Analysis::apply(Scenario &state, const Change &c, RecordFinder &find)
{
    applyChange(state, c, find);
    switch (c.target) {
    case Change::Target::Party:
        if (c.active || c.comparisonLevel)
            updateParty(state, c.party);
        break;
    case Change::Target::Need: {
        const int p = partyIndex(c.party);
        const int d = m_desireIndex.find(idView(c.desire));
        if (p < 0 || d < 0)
            return reset(state);
        m_engine.setImportance(p, d, state.parties[p].importance(c.desire));
        break;
    }
    case Change::Target::Provision:
        updateProvision(state, c.party, c.other, c.desire);
        break;
    case Change::Target::Option:
        updateOffer(state, c.option, c.desire);
        break;
    case Change::Target::Investment:
        updateInvestment(state, c.party, c.other);
        break;
    }
}

std::optional<core::DyadResult> Analysis::dyad(const QString &a, const QString &b) const
{
    const int x = partyIndex(a);
    const int y = partyIndex(b);
    if (x < 0 || y < 0)
        return std::nullopt;
    const core::DyadResult *d = m_engine.dyad(x, y);
    if (!d)
        return std::nullopt;
    core::DyadResult r = *d;
    if (r.a != x) { // stored the other way round: swap the sides
        std::swap(r.a, r.b);
        std::swap(r.sideA, r.sideB);
        r.relativePowerA = -r.relativePowerA;
    }
    return r;
}

QVector<DyadReport> Analysis::dyads() const
{
    QVector<DyadReport> out;
    out.reserve(m_engine.dyadCount());
    m_engine.forEachDyad([&](const core::DyadResult &d) {
        QString a = partyId(d.a);
        QString b = partyId(d.b);
        if (b < a) // ids are ASCII, so QString order is byte order
            std::swap(a, b);
        out.append({a, b, *dyad(a, b)});
    });
    std::sort(out.begin(), out.end(), [](const DyadReport &x, const DyadReport &y) {
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return out;
}

std::optional<DyadReport> Analysis::mostImbalancedDyad() const
{
    // The walk over dyads() in id order keeps the first |R| greater than the best so far by more
    // than the tolerance. Its winner lies within the tolerance of the largest |R|, M. When no |R|
    // lies in [M - 3 tol, M - tol), every other dyad is beaten by any of those near M, so walking
    // only those in id order gives the same winner: one pass and a sort of a few, not of all.
    double top = -1.0;
    m_engine.forEachDyad([&](const core::DyadResult &d) { top = std::max(top, qAbs(d.relativePowerA)); });
    if (top < 0.0)
        return std::nullopt;
    struct Near
    {
        const QString *a; // a < b by id
        const QString *b;
        double imbalance;
    };
    std::vector<Near> near;
    bool separated = true;
    m_engine.forEachDyad([&](const core::DyadResult &d) {
        const double imbalance = qAbs(d.relativePowerA);
        if (imbalance >= top - core::kTolerance) {
            const QString *a = &m_partyIds[d.a];
            const QString *b = &m_partyIds[d.b];
            if (*b < *a) // ids are ASCII, so QString order is byte order
                std::swap(a, b);
            near.push_back({a, b, imbalance});
        } else if (imbalance >= top - 3 * core::kTolerance) {
            separated = false;
        }
    });
    if (!separated)
        return walkInIdOrder();
    std::sort(near.begin(), near.end(), [](const Near &x, const Near &y) {
        return *x.a != *y.a ? *x.a < *y.a : *x.b < *y.b;
    });
    const Near *best = nullptr;
    for (const Near &e : near) {
        if (!best || core::greaterThan(e.imbalance, best->imbalance))
            best = &e;
    }
    return DyadReport{*best->a, *best->b, *dyad(*best->a, *best->b)};
}

std::optional<DyadReport> Analysis::walkInIdOrder() const
{
    // Each party's rank in id order (ids are unique, so ranks order the dyads as their ids do),
    // the dyads sorted by their ranks, and only the winner's report made.
    const int n = int(m_partyIds.size());
    std::vector<int> byId(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        byId[size_t(i)] = i;
    std::sort(byId.begin(), byId.end(), [&](int x, int y) { return m_partyIds[x] < m_partyIds[y]; });
    std::vector<int> rank(static_cast<size_t>(n));
    for (int k = 0; k < n; ++k)
        rank[size_t(byId[size_t(k)])] = k;
    struct Entry
    {
        int a; // ranks, a < b
        int b;
        double imbalance;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(m_engine.dyadCount()));
    m_engine.forEachDyad([&](const core::DyadResult &d) {
        const int a = rank[size_t(d.a)];
        const int b = rank[size_t(d.b)];
        entries.push_back({std::min(a, b), std::max(a, b), qAbs(d.relativePowerA)});
    });
    std::sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    const Entry *best = nullptr;
    for (const Entry &e : entries) {
        if (!best || core::greaterThan(e.imbalance, best->imbalance))
            best = &e;
    }
    if (!best)
        return std::nullopt;
    const QString &a = m_partyIds[byId[size_t(best->a)]];
    const QString &b = m_partyIds[byId[size_t(best->b)]];
    return DyadReport{a, b, *dyad(a, b)};
}

bool Analysis::matches(const Scenario &state) const
{
    return m_partyIds.size() == state.parties.size() && m_engine.desireCount() == state.desires.size()
           && m_optionIndex.size() == state.options.size();
}

} // namespace powerfield
