// SPDX-License-Identifier: GPL-3.0-or-later
#include "dyadreading.h"

#include "dyadorder.h"
#include "explain.h"
#include "palette.h"

namespace powerfield {

namespace {

QStringList sentences(const Scenario &state, const QString &self, const QString &partner,
                      const core::SideResult &side, double relativePower)
{
    const QString name = partyName(state, self), other = partyName(state, partner);
    return {explain::quadrantSentence(name, other, side),
            explain::commitmentSentence(name, other, side, investmentAmount(state, self, partner)),
            explain::cooperationSentence(name, other, relativePower, side.cooperation),
            explain::responseSentence(name, other, side)};
}

} // namespace

Selection panelSelection(const Document &document)
{
    const Selection s = document.selection();
    if (!s.isEmpty())
        return inFileOrder(document.state(), s);
    if (const auto d = document.analysis().mostImbalancedDyad())
        return inFileOrder(document.state(), Selection{d->a, d->b});
    return Selection();
}

QColor partyColor(const Scenario &state, const QString &party)
{
    const int i = state.partyIndex(party);
    if (i < 0)
        return palette::balanced();
    const QColor c(state.parties[i].color);
    return c.isValid() ? c : palette::okabeIto(i);
}

QString partyName(const Scenario &state, const QString &party)
{
    const Party *p = state.party(party);
    return p ? p->name : party;
}

double investmentAmount(const Scenario &state, const QString &party, const QString &partner)
{
    const int i = state.investmentIndex(party, partner);
    return i < 0 ? 0.0 : state.investments[i].amount;
}

bool investmentExclusive(const Scenario &state, const QString &party, const QString &partner)
{
    const int i = state.investmentIndex(party, partner);
    return i >= 0 && state.investments[i].exclusive;
}

DyadReading readDyad(const Document &document, const QString &a, const QString &b)
{
    const Scenario &state = document.state();
    DyadReading r;
    r.a = a;
    r.b = b;
    r.meter.nameA = r.quadrantA.name = partyName(state, a);
    r.meter.nameB = r.quadrantB.name = partyName(state, b);
    r.meter.colorA = r.quadrantA.color = partyColor(state, a);
    r.meter.colorB = r.quadrantB.color = partyColor(state, b);
    if (const Party *p = state.party(a))
        r.meter.kindA = p->kind;
    if (const Party *p = state.party(b))
        r.meter.kindB = p->kind;
    const auto dyad = (a.isEmpty() || b.isEmpty()) ? std::nullopt : document.analysis().dyad(a, b);
    if (!dyad)
        return r;
    r.valid = r.meter.valid = r.quadrantA.valid = r.quadrantB.valid = true;
    r.result = *dyad;
    r.meter.dependenceA = dyad->sideA.dependence;
    r.meter.dependenceB = dyad->sideB.dependence;
    r.meter.relativePowerA = dyad->relativePowerA;
    r.meter.mutualDependence = dyad->mutualDependence;
    r.quadrantA.side = dyad->sideA;
    r.quadrantB.side = dyad->sideB;
    r.power = explain::powerSentence(r.meter.nameA, r.meter.nameB, *dyad);
    r.sentencesA = sentences(state, a, b, dyad->sideA, dyad->relativePowerA);
    r.sentencesB = sentences(state, b, a, dyad->sideB, -dyad->relativePowerA);
    return r;
}

} // namespace powerfield
