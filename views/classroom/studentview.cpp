// SPDX-License-Identifier: GPL-3.0-or-later
#include "studentview.h"

#include "document.h"
#include "explain.h"

#include <QJsonArray>
#include <QUndoStack>

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

// Names the command the edit pushed (or merged into: merging renames it) with the student, and
// lets the undo actions show it.
void nameTopCommand(QUndoStack *stack, const QString &student)
{
    const QUndoCommand *top = stack->command(stack->index() - 1);
    const QString prefix = student + QStringLiteral(": ");
    if (!top || top->text().startsWith(prefix))
        return;
    const_cast<QUndoCommand *>(top)->setText(prefix + top->text());
    emit stack->undoTextChanged(stack->undoText());
}

} // namespace

QJsonObject studentState(const Document &document, const QString &partyId)
{
    const Party *party = document.state().party(partyId);
    if (!party)
        return {{QStringLiteral("type"), QStringLiteral("state")}};
    return {{QStringLiteral("type"), QStringLiteral("state")},
            {QStringLiteral("party"), QJsonObject{{QStringLiteral("id"), party->id},
                                                   {QStringLiteral("name"), party->name},
                                                   {QStringLiteral("color"), party->color}}},
            {QStringLiteral("desires"), desires(document.state(), *party)},
            {QStringLiteral("alternatives"), alternatives(document.state(), partyId)},
            {QStringLiteral("readings"), readings(document, *party)}};
}

bool applyStudentEdit(Document *document, const QString &student, const QString &party,
                      const ClientMessage &edit, QString *reason)
{
    const Scenario &written = document->scenario();
    QUndoStack *stack = document->undoStack();
    const int before = stack->index();
    const QUndoCommand *top = stack->command(before - 1);
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
    const bool pushed = stack->index() == before + 1;
    const bool merged = stack->index() == before && top && stack->command(before - 1) == top;
    if (done && (pushed || merged))
        nameTopCommand(stack, student);
    return done;
}

} // namespace powerfield::classroom
