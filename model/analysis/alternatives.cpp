// SPDX-License-Identifier: GPL-3.0-or-later
#include "alternatives.h"

#include <algorithm>

namespace powerfield {

namespace {

bool isExclusive(const Scenario &state, const QString &party, const QString &partner)
{
    const int i = state.investmentIndex(party, partner);
    return i >= 0 && state.investments[i].exclusive;
}

void consider(AlternativeSource &best, AlternativeSource candidate)
{
    if (best.isNone() || candidate.value > best.value)
        best = std::move(candidate);
}

} // namespace

AlternativeSource bestAlternative(const Scenario &state, Lens lens, const QString &party,
                                  const QString &desire, const QString &excludedPartner)
{
    AlternativeSource best;
    if (!isExclusive(state, party, excludedPartner)) {
        for (const Provision &p : state.provisions) {
            if (p.to != party || p.desire != desire || p.from == excludedPartner || p.from == party)
                continue;
            const Party *provider = state.party(p.from);
            if (!provider || !provider->active)
                continue;
            consider(best, {AlternativeSource::Kind::Party, p.from, QString(), p.rating.value(lens)});
        }
    }
    for (const OutsideOption &o : state.options) {
        const int i = o.owner == party ? o.offerIndex(desire) : -1;
        if (i >= 0)
            consider(best, {AlternativeSource::Kind::Option, QString(), o.id, o.offers[i].rating.value(lens)});
    }
    best.value = std::max(0.0, best.value);
    return best;
}

double DesireTerm::weightedGain() const
{
    return importance * std::max(0.0, provided - alternative.value);
}

QVector<DesireTerm> desireTerms(const Scenario &state, Lens lens, const QString &party,
                                const QString &partner)
{
    QVector<DesireTerm> terms;
    const Party *p = state.party(party);
    if (!p)
        return terms;
    for (const Need &need : p->needs) {
        DesireTerm t;
        t.desire = need.desire;
        t.importance = need.importance;
        const int i = state.provisionIndex(partner, party, need.desire);
        t.provided = i >= 0 ? state.provisions[i].rating.value(lens) : 0.0;
        t.alternative = bestAlternative(state, lens, party, need.desire, partner);
        terms.append(t);
    }
    return terms;
}

QString alternativeName(const Scenario &state, const AlternativeSource &source)
{
    switch (source.kind) {
    case AlternativeSource::Kind::Party:
        if (const Party *p = state.party(source.partyId))
            return p->name;
        return source.partyId;
    case AlternativeSource::Kind::Option: {
        const int i = state.optionIndex(source.optionId);
        return i >= 0 ? state.options[i].name : source.optionId;
    }
    case AlternativeSource::Kind::None:
        break;
    }
    return QString();
}

} // namespace powerfield
