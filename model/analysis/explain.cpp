// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace powerfield::explain {

namespace {

// The translation context of these sentences, spelt so that lupdate finds it.
struct Explain
{
    Q_DECLARE_TR_FUNCTIONS(Explain)
};

QString num(double v)
{
    return formatNumber(v);
}

QString percent(double v)
{
    return formatPercent(v);
}

using core::Quadrant;
using core::Response;

} // namespace

QString definition(Term term)
{
    switch (term) {
    case Term::Dependence:
        return Explain::tr("Dependence: how much a party would lose without its partner, given what it wants "
                  "from the partner and how good its alternatives are (0 none, 1 total).");
    case Term::ComparisonLevel:
        return Explain::tr("Comparison level (CL): the outcome a party expects from a relationship; "
                  "above it the party is satisfied.");
    case Term::AlternativeLevel:
        return Explain::tr("Comparison level for alternatives (CLalt): the outcome a party could get from its "
                  "best alternatives; below it the party would leave.");
    case Term::Commitment:
        return Explain::tr("Commitment: the intent to stay, higher when the outcome beats the alternatives "
                  "and when more has been invested.");
    case Term::Investment:
        return Explain::tr("Investment: what a party has sunk into the relationship and would lose by "
                  "leaving (time, shared friends, plans).");
    case Term::Exclusive:
        return Explain::tr("Exclusive: the party has given up other parties as alternatives to this partner; "
                  "its outside options still count.");
    case Term::RelativePower:
        return Explain::tr("Relative power: the partner's dependence minus one's own; whoever needs the "
                  "relationship less holds more power.");
    case Term::Cooperation:
        return Explain::tr("Predicted cooperation: how often a party is expected to cooperate, highest when "
                  "power is equal (after du Plessis et al., 2023).");
    case Term::Response:
        return Explain::tr("Response: what a party is predicted to do if its partner stops cooperating: "
                  "accept, fight or walk away.");
    case Term::Importance:
        return Explain::tr("Importance: how much a party wants this desire, from 0 (not at all) to 1 "
                  "(above all else).");
    case Term::Provision:
        return Explain::tr("Provision: how well the partner meets this desire, from 0 (not at all) to 1 "
                  "(perfectly).");
    }
    return QString();
}

QString quadrantLabel(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::SatisfiedStable: return Explain::tr("satisfied and stable");
    case Quadrant::Trapped: return Explain::tr("trapped");
    case Quadrant::SatisfiedUnstable: return Explain::tr("satisfied but unstable");
    case Quadrant::UnsatisfiedUnstable: return Explain::tr("dissatisfied and unstable");
    case Quadrant::Indifferent: return Explain::tr("indifferent");
    }
    return QString();
}

QString responseLabel(Response response)
{
    switch (response) {
    case Response::Accept: return Explain::tr("accept");
    case Response::Fight: return Explain::tr("fight");
    case Response::WalkAway: return Explain::tr("walk away");
    }
    return QString();
}

QString powerSentence(const QString &nameA, const QString &nameB, const core::DyadResult &dyad)
{
    const double dA = dyad.sideA.dependence;
    const double dB = dyad.sideB.dependence;
    if (std::abs(dyad.relativePowerA) < kBalanced)
        return Explain::tr("%1 and %2 depend on each other about equally (%3 and %4): neither holds power "
                  "over the other.").arg(nameA, nameB, num(dA), num(dB));
    const bool aHolds = dyad.relativePowerA > 0;
    const QString weak = aHolds ? nameB : nameA;
    const QString strong = aHolds ? nameA : nameB;
    return Explain::tr("%1 depends on %2 (%3) more than %2 on %1 (%4): %2 holds more power.")
        .arg(weak, strong, num(aHolds ? dB : dA), num(aHolds ? dA : dB));
}

QString quadrantSentence(const QString &name, const QString &partner, const core::SideResult &s)
{
    const QString o = num(s.outcome), cl = num(s.outcome - s.satisfaction), alt = num(s.alternative);
    switch (s.quadrant) {
    case Quadrant::SatisfiedStable:
        return Explain::tr("%1 is satisfied and stays: the outcome with %2 (%3) meets %1's expectations "
                  "(%4) and beats the best alternatives (%5).").arg(name, partner, o, cl, alt);
    case Quadrant::Trapped:
        return Explain::tr("%1 is trapped: the outcome with %2 (%3) falls short of %1's expectations (%4), "
                  "but nothing better is on offer (%5).").arg(name, partner, o, cl, alt);
    case Quadrant::SatisfiedUnstable:
        return Explain::tr("%1 is satisfied but may leave: the outcome with %2 (%3) meets %1's expectations "
                  "(%4), yet the alternatives offer more (%5).").arg(name, partner, o, cl, alt);
    case Quadrant::UnsatisfiedUnstable:
        return Explain::tr("%1 is dissatisfied and may leave: the outcome with %2 (%3) is below %1's "
                  "expectations (%4) and below the alternatives (%5).").arg(name, partner, o, cl, alt);
    case Quadrant::Indifferent:
        break;
    }
    return Explain::tr("%1 wants nothing that a relationship could give, so %2 does not matter to %1.")
        .arg(name, partner);
}

QString commitmentSentence(const QString &name, const QString &partner,
                           const core::SideResult &side, double investment)
{
    return Explain::tr("%1's commitment to %2 is %3: the outcome (%4) against the best alternatives (%5), "
              "plus what %1 has invested (%6).")
        .arg(name, partner, num(side.commitment), num(side.outcome), num(side.alternative),
             num(investment));
}

QString cooperationSentence(const QString &name, const QString &partner, double relativePower,
                            double cooperation)
{
    if (std::abs(relativePower) < kBalanced)
        return Explain::tr("With power about equal, %1 is predicted to cooperate with %2 most often: %3% "
                  "of the time.").arg(name, partner, percent(cooperation));
    if (relativePower > 0)
        return Explain::tr("Holding more power than %2, %1 is predicted to cooperate less often: %3% of "
                  "the time.").arg(name, partner, percent(cooperation));
    return Explain::tr("With less power than %2, %1 is predicted to cooperate %3% of the time, less than "
              "between equals.").arg(name, partner, percent(cooperation));
}

QString responseSentence(const QString &name, const QString &partner, const core::SideResult &s)
{
    const QString o = num(s.outcome), alt = num(s.alternative);
    switch (s.response) {
    case Response::WalkAway:
        if (s.quadrant == Quadrant::Indifferent)
            return Explain::tr("%1 would walk away if %2 stopped cooperating: %1 wants nothing from the "
                      "relationship.").arg(name, partner);
        return Explain::tr("%1 would walk away if %2 stopped cooperating: the best alternatives (%3) beat "
                  "the outcome with %2 (%4).").arg(name, partner, alt, o);
    case Response::Fight:
        return Explain::tr("%1 would fight if %2 stopped cooperating: %1 needs %2 no more than %2 needs %1, "
                  "and has no better alternative (%3 against %4).").arg(name, partner, alt, o);
    case Response::Accept:
        break;
    }
    return Explain::tr("%1 would accept it if %2 stopped cooperating: %1 needs %2 more than %2 needs %1, "
              "and has no better alternative (%3 against %4).").arg(name, partner, alt, o);
}

} // namespace powerfield::explain
