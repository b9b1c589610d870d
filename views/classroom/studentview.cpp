// SPDX-License-Identifier: GPL-3.0-or-later
#include "studentview.h"

#include "document.h"
#include "explain.h"
#include "timeline.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace powerfield::classroom {

namespace {

QString desireName(const Scenario &s, const QString &id)
{
    const int i = s.desireIndex(id);
    return i < 0 ? id : s.desires[i].name;
}

QJsonArray desires(const Scenario &state, const Party &party)
{
    QJsonArray list;
    for (const Need &need : party.needs) {
        list.append(QJsonObject{{QStringLiteral("id"), need.desire},
                                {QStringLiteral("name"), desireName(state, need.desire)},
                                {QStringLiteral("value"), need.importance}});
    }
    return list;
}

QJsonArray alternatives(const Scenario &state, const QString &party)
{
    QJsonArray list;
    for (const OutsideOption &option : state.options) {
        if (option.owner != party)
            continue;
        for (const Offer &offer : option.offers) {
            list.append(QJsonObject{{QStringLiteral("id"), option.id + QLatin1Char('/') + offer.desire},
                                    {QStringLiteral("option"), option.name},
                                    {QStringLiteral("desire"), desireName(state, offer.desire)},
                                    {QStringLiteral("value"), offer.rating.perceivedValue()}});
        }
    }
    return list;
}

QJsonArray readings(const Document &document, const Party &party)
{
    QJsonArray list;
    const Scenario &state = document.state();
    for (const Party &other : state.parties) {
        if (other.id == party.id || !other.active)
            continue;
        const auto dyad = document.analysis().dyad(party.id, other.id);
        if (!dyad)
            continue;
        const double r = dyad->relativePowerA;
        // "you": the student depends more; "they": the other party does; "even": balanced.
        const QString balance = std::abs(r) < explain::kBalanced ? QStringLiteral("even")
                                : r > 0                          ? QStringLiteral("they")
                                                                 : QStringLiteral("you");
        list.append(QJsonObject{{QStringLiteral("partner"), other.id},
                                {QStringLiteral("partnerName"), other.name},
                                {QStringLiteral("balance"), balance},
                                {QStringLiteral("mine"), dyad->sideA.dependence},
                                {QStringLiteral("theirs"), dyad->sideB.dependence},
                                {QStringLiteral("sentence"),
                                 explain::powerSentence(party.name, other.name, *dyad)}});
    }
    return list;
}

// The caption of the last event in force at the current time (the story's step), if any.
QJsonObject story(const Document &document)
{
    const Scenario &s = document.scenario();
    const int t = document.currentTime();
    const Event *current = nullptr;
    for (int i : eventOrder(s))
        if (s.events[i].time <= t)
            current = &s.events[i];
    QJsonObject out{{QStringLiteral("time"), t}};
    if (current) {
        out.insert(QStringLiteral("label"), current->label);
        out.insert(QStringLiteral("caption"), current->caption);
    }
    return out;
}

} // namespace

QJsonObject studentState(const Document &document, const QString &partyId, const PageOptions &options)
{
    const Party *party = document.state().party(partyId);
    if (!party)
        return {{QStringLiteral("type"), QStringLiteral("state")}};
    QJsonArray readingList = options.others ? readings(document, *party) : QJsonArray();
    if (!options.numbers) {
        for (QJsonValueRef r : readingList) {
            QJsonObject o = r.toObject();
            o.remove(QStringLiteral("mine"));
            o.remove(QStringLiteral("theirs"));
            r = o;
        }
    }
    return {{QStringLiteral("type"), QStringLiteral("state")},
            {QStringLiteral("numbers"), options.numbers},
            {QStringLiteral("others"), options.others},
            {QStringLiteral("locked"), options.locked},
            {QStringLiteral("story"), story(document)},
            {QStringLiteral("party"), QJsonObject{{QStringLiteral("id"), party->id},
                                                   {QStringLiteral("name"), party->name},
                                                   {QStringLiteral("color"), party->color}}},
            {QStringLiteral("desires"), desires(document.state(), *party)},
            {QStringLiteral("alternatives"), alternatives(document.state(), partyId)},
            {QStringLiteral("readings"), readingList}};
}

bool studentValue(const Document &document, const QString &party, const ClientMessage &edit,
                  double *value, QString *what)
{
    const Scenario &written = document.scenario();
    const Party *p = written.party(party);
    if (!p)
        return false;
    if (edit.kind == ClientMessage::Kind::Importance) {
        const int n = p->needIndex(edit.id);
        if (n < 0)
            return false;
        *value = p->needs[n].importance;
        *what = QCoreApplication::translate("StudentView", "how much %1 wants %2")
                    .arg(p->name, desireName(written, edit.id));
        return true;
    }
    const int i = written.optionIndex(edit.id.section(QLatin1Char('/'), 0, 0));
    const QString desire = edit.id.section(QLatin1Char('/'), 1);
    const int offer = i < 0 ? -1 : written.options[i].offerIndex(desire);
    if (offer < 0 || written.options[i].owner != party)
        return false;
    *value = written.options[i].offers[offer].rating.perceivedValue();
    *what = QCoreApplication::translate("StudentView", "how good %1 is for %2 to %3")
                .arg(written.options[i].name, desireName(written, desire), p->name);
    return true;
}

bool applyStudentEdit(Document *document, const QString &student, const QString &party,
                      const ClientMessage &edit, QString *reason)
{
    const Scenario &written = document->scenario();
    const Document::AuthorScope author(document, student); // the undo entry reads "Ana: ..."
    bool done = false;
    if (edit.kind == ClientMessage::Kind::Importance) {
        const Party *p = written.party(party);
        if (!p || p->needIndex(edit.id) < 0) {
            *reason = QStringLiteral("not a desire of your party");
            return false;
        }
        done = document->setImportance(party, edit.id, edit.value, reason);
    } else {
        const QString optionId = edit.id.section(QLatin1Char('/'), 0, 0);
        const QString desire = edit.id.section(QLatin1Char('/'), 1);
        const int i = written.optionIndex(optionId);
        const int offer = i < 0 ? -1 : written.options[i].offerIndex(desire);
        if (offer < 0 || written.options[i].owner != party) {
            *reason = QStringLiteral("not an alternative of your party");
            return false;
        }
        Rating rating = written.options[i].offers[offer].rating;
        rating.perceived = edit.value;
        done = document->setOffer(optionId, desire, rating, reason);
    }
    return done;
}

} // namespace powerfield::classroom
