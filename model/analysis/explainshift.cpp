// SPDX-License-Identifier: GPL-3.0-or-later
// Explained shifts: which input moved a party's dependence, said in one sentence.
#include "explainshift.h"

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

constexpr double kMoved = 0.005; // smaller moves are not worth a sentence at two decimals

double totalImportance(const SideSnapshot &s)
{
    double w = 0.0;
    for (const DesireTerm &t : s.terms)
        w += t.importance;
    return w;
}

int termIndex(const SideSnapshot &s, const QString &desire)
{
    for (int i = 0; i < s.terms.size(); ++i) {
        if (s.terms[i].desire == desire)
            return i;
    }
    return -1;
}

double share(const SideSnapshot &s, int i, double w)
{
    return i < 0 || w <= 0.0 ? 0.0 : s.terms[i].weightedGain() / w;
}

// The desire (index into `after`, or -1) whose share of the dependence moved most.
int mainDesire(const SideSnapshot &before, const SideSnapshot &after)
{
    const double wb = totalImportance(before), wa = totalImportance(after);
    int best = -1;
    double bestMove = 0.0;
    for (int i = 0; i < after.terms.size(); ++i) {
        const double move = std::abs(share(after, i, wa)
                                     - share(before, termIndex(before, after.terms[i].desire), wb));
        if (move > bestMove) {
            bestMove = move;
            best = i;
        }
    }
    return best;
}

enum class Cause { None, Alternative, Provision, Importance };

Cause mainCause(const DesireTerm &b, const DesireTerm &a)
{
    const double alt = std::abs(a.alternative.value - b.alternative.value);
    const double prov = std::abs(a.provided - b.provided);
    const double imp = std::abs(a.importance - b.importance);
    if (alt < 1e-9 && prov < 1e-9 && imp < 1e-9)
        return Cause::None;
    if (alt >= prov && alt >= imp)
        return Cause::Alternative;
    return prov >= imp ? Cause::Provision : Cause::Importance;
}

} // namespace

SideSnapshot snapshot(const Scenario &state, Lens lens, const QString &party,
                      const QString &partner, double dependence)
{
    SideSnapshot s;
    const Party *p = state.party(party);
    const Party *q = state.party(partner);
    s.name = p ? p->name : party;
    s.partnerName = q ? q->name : partner;
    s.dependence = dependence;
    s.terms = desireTerms(state, lens, party, partner);
    for (const DesireTerm &t : std::as_const(s.terms)) {
        const int d = state.desireIndex(t.desire);
        s.desireNames.append(d >= 0 ? state.desires[d].name : t.desire);
        s.alternativeNames.append(alternativeName(state, t.alternative));
    }
    return s;
}

QString shiftSentence(const SideSnapshot &before, const SideSnapshot &after)
{
    const double from = before.dependence, to = after.dependence;
    if (std::abs(to - from) < kMoved)
        return QString();
    const bool rose = to > from;
    const QString who = after.name, partner = after.partnerName;
    const int i = mainDesire(before, after);
    const int j = i < 0 ? -1 : termIndex(before, after.terms[i].desire);
    const Cause cause = j < 0 ? Cause::None : mainCause(before.terms[j], after.terms[i]);
    if (cause == Cause::Alternative) {
        const DesireTerm &b = before.terms[j], &a = after.terms[i];
        const QString source = a.alternative.isNone() ? before.alternativeNames[j] : after.alternativeNames[i];
        const bool altRose = a.alternative.value > b.alternative.value;
        if (altRose && !rose)
            return Explain::tr("%1's dependence on %2 fell from %3 to %4 because %1's best alternative for "
                      "%5 (%6) rose to %7, against %8 from %2.")
                .arg(who, partner, num(from), num(to), after.desireNames[i], source,
                     num(a.alternative.value), num(a.provided));
        if (!altRose && rose)
            return Explain::tr("%1's dependence on %2 rose from %3 to %4 because %1's best alternative for "
                      "%5 (%6) fell to %7, against %8 from %2.")
                .arg(who, partner, num(from), num(to), after.desireNames[i], source,
                     num(a.alternative.value), num(a.provided));
    } else if (cause == Cause::Provision) {
        const DesireTerm &b = before.terms[j], &a = after.terms[i];
        if (rose && a.provided > b.provided)
            return Explain::tr("%1's dependence on %2 rose from %3 to %4 because %2 now provides %5 at %6 "
                      "(it was %7).").arg(who, partner, num(from), num(to), after.desireNames[i],
                                          num(a.provided), num(b.provided));
        if (!rose && a.provided < b.provided)
            return Explain::tr("%1's dependence on %2 fell from %3 to %4 because %2 now provides %5 at only "
                      "%6 (it was %7).").arg(who, partner, num(from), num(to), after.desireNames[i],
                                             num(a.provided), num(b.provided));
    } else if (cause == Cause::Importance) {
        const DesireTerm &b = before.terms[j], &a = after.terms[i];
        if (rose && a.importance > b.importance)
            return Explain::tr("%1's dependence on %2 rose from %3 to %4 because %1 now cares more about %5 "
                      "(importance %6, it was %7).").arg(who, partner, num(from), num(to),
                                                         after.desireNames[i], num(a.importance),
                                                         num(b.importance));
        if (!rose && a.importance < b.importance)
            return Explain::tr("%1's dependence on %2 fell from %3 to %4 because %1 now cares less about %5 "
                      "(importance %6, it was %7).").arg(who, partner, num(from), num(to),
                                                         after.desireNames[i], num(a.importance),
                                                         num(b.importance));
    }
    if (rose)
        return Explain::tr("%1's dependence on %2 rose from %3 to %4.").arg(who, partner, num(from), num(to));
    return Explain::tr("%1's dependence on %2 fell from %3 to %4.").arg(who, partner, num(from), num(to));
}

} // namespace powerfield::explain
