// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include "timeline.h"

#include <algorithm>

namespace powerfield {

namespace {

template<typename List>
QHash<QString, int> indexIds(const List &list)
{
    QHash<QString, int> index;
    index.reserve(list.size());
    for (int i = 0; i < list.size(); ++i)
        index.insert(list[i].id, i);
    return index;
}

} // namespace

Analysis::Analysis(Lens lens)
    : m_engine(lens)
{
}

void Analysis::reset(const Scenario &state)
{
    m_partyIndex = indexIds(state.parties);
    m_desireIndex = indexIds(state.desires);
    m_optionIndex = indexIds(state.options);
    m_partyIds.clear();
    for (const Party &p : state.parties)
        m_partyIds.append(p.id);
    m_engine.reset(toField(state));
}

core::Field Analysis::toField(const Scenario &state) const
{
    core::Field f;
    f.desireCount = int(state.desires.size());
    for (const Party &p : state.parties) {
        core::Field::Party fp{p.active, p.comparisonLevel, std::vector<double>(size_t(f.desireCount), 0.0)};
        for (const Need &n : p.needs)
            fp.needs[size_t(m_desireIndex.value(n.desire))] = n.importance;
        f.parties.push_back(std::move(fp));
    }
    for (const Provision &p : state.provisions)
        f.provisions.push_back({partyIndex(p.from), partyIndex(p.to), m_desireIndex.value(p.desire), toCore(p.rating)});
    for (const OutsideOption &o : state.options) {
        core::Field::Option fo{partyIndex(o.owner), {}};
        for (const Offer &offer : o.offers)
            fo.offers.push_back({m_desireIndex.value(offer.desire), toCore(offer.rating)});
        f.options.push_back(std::move(fo));
    }
    for (const Investment &i : state.investments)
        f.investments.push_back({partyIndex(i.party), partyIndex(i.partner), i.amount, i.exclusive});
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
    const int d = m_desireIndex.value(desire, -1);
    if (f < 0 || t < 0 || d < 0)
        return reset(state);
    const int i = state.provisionIndex(from, to, desire);
    if (i < 0)
        m_engine.removeProvision(f, t, d);
    else
        m_engine.setProvision(f, t, d, toCore(state.provisions[i].rating));
}

void Analysis::updateOffer(const Scenario &state, const QString &option, const QString &desire)
{
    const int o = m_optionIndex.value(option, -1);
    const int d = m_desireIndex.value(desire, -1);
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
    applyChange(state, c);
    switch (c.target) {
    case Change::Target::Party:
        if (c.active || c.comparisonLevel)
            updateParty(state, c.party);
        break;
    case Change::Target::Need: {
        const int p = partyIndex(c.party);
        const int d = m_desireIndex.value(c.desire, -1);
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
    std::optional<DyadReport> best;
    for (const DyadReport &d : dyads()) {
        if (!best || core::greaterThan(qAbs(d.result.relativePowerA), qAbs(best->result.relativePowerA)))
            best = d;
    }
    return best;
}

bool Analysis::matches(const Scenario &state) const
{
    return m_partyIds.size() == state.parties.size() && m_engine.desireCount() == state.desires.size()
           && m_optionIndex.size() == state.options.size();
}

} // namespace powerfield
