// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedescription.h"

#include "document.h"
#include "explain.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QStringList>
#include <QLocale>

namespace powerfield {

namespace {

// The translation context of these sentences, spelt so that lupdate finds it.
struct Describe
{
    Q_DECLARE_TR_FUNCTIONS(Describe)
};

constexpr double kNone = 0.005; // rounds to 0.00 in every sentence

QString num(double v)
{
    return formatNumber(v);
}

QString partyName(const Scenario &state, const QString &id)
{
    const Party *party = state.party(id);
    return party && !party->name.isEmpty() ? party->name : id;
}

QString heading(const Document &document)
{
    const Scenario &written = document.scenario();
    const QString title = written.title.isEmpty() ? Describe::tr("Untitled scenario") : written.title;
    const QString where = document.lens() == Lens::Actual
        ? Describe::tr("%1 at step %2 of %3, as things actually are.")
        : Describe::tr("%1 at step %2 of %3, as the parties see it.");
    return where.arg(title).arg(document.currentTime()).arg(written.duration);
}

// The label and caption of every event at the current time: what has just happened.
QStringList eventLines(const Document &document)
{
    QStringList lines;
    for (const Event &event : document.scenario().events) {
        if (event.time != document.currentTime() || (event.label.isEmpty() && event.caption.isEmpty()))
            continue;
        if (event.caption.isEmpty())
            lines.append(Describe::tr("Now: %1.").arg(event.label));
        else if (event.label.isEmpty())
            lines.append(event.caption);
        else
            lines.append(Describe::tr("Now: %1. %2").arg(event.label, event.caption));
    }
    return lines;
}

// Who holds the most power over others, and who depends most on others, in the whole field
// (the first in file order on ties).
QString fieldLine(const Document &document)
{
    const core::Engine &engine = document.analysis().engine();
    const Party *strongest = nullptr;
    const Party *neediest = nullptr;
    double power = 0.0;
    double need = 0.0;
    for (const Party &party : document.state().parties) {
        const int index = document.analysis().partyIndex(party.id);
        if (!party.active || index < 0)
            continue;
        if (!strongest || engine.fieldPower(index) > power) {
            strongest = &party;
            power = engine.fieldPower(index);
        }
        if (!neediest || engine.fieldDependence(index) > need) {
            neediest = &party;
            need = engine.fieldDependence(index);
        }
    }
    if (!strongest)
        return QString();
    return Describe::tr("Across the field, %1 holds the most power (others depend on %1 by %2 in all) and "
              "%3 depends most on others (%4 in all).")
        .arg(partyName(document.state(), strongest->id), num(power),
             partyName(document.state(), neediest->id), num(need));
}

// Two linked parties that need nothing from each other do not "depend equally": say so.
QString dyadLine(const QString &a, const QString &b, const core::DyadResult &dyad)
{
    if (dyad.sideA.dependence < kNone && dyad.sideB.dependence < kNone)
        return Describe::tr("%1 and %2 are linked, but neither depends on the other.").arg(a, b);
    return explain::powerSentence(a, b, dyad);
}

} // namespace

QString describeState(const Document &document)
{
    const Scenario &state = document.state();
    QStringList lines{heading(document)};
    lines += eventLines(document);
    const QVector<DyadReport> dyads = document.analysis().dyads();
    for (const DyadReport &dyad : dyads)
        lines.append(dyadLine(partyName(state, dyad.a), partyName(state, dyad.b), dyad.result));
    if (dyads.isEmpty())
        lines.append(Describe::tr("Nobody depends on anybody yet: no party provides anything to another."));
    if (dyads.size() > 1)
        lines.append(fieldLine(document));
    return lines.join(QLatin1Char('\n'));
}

} // namespace powerfield
