// SPDX-License-Identifier: GPL-3.0-or-later
#include "needcommands.h"

#include "eventcommands.h"
#include "recordcommand.h"

namespace powerfield {

SetImportance::SetImportance(Document *document, const QString &party, const QString &desire,
                             double importance)
    : ChangeValue(document, CmdSetImportance, {party, desire}, importance)
{
    updateText();
}

std::optional<double> SetImportance::getValue() const
{
    const Party &p = *scenario().party(key().party);
    const int i = p.needIndex(key().desire);
    return i < 0 ? std::nullopt : std::optional<double>(p.needs[i].importance);
}

void SetImportance::setValue(const std::optional<double> &value)
{
    const int party = scenario().partyIndex(key().party);
    const Party &p = scenario().parties[party];
    const int row = p.needIndex(key().desire);
    DocumentChange c;
    c.kind = DocumentChange::Kind::Need;
    c.id = key().party;
    c.desire = key().desire;
    c.index = row < 0 ? int(p.needs.size()) : row;
    c.action = row < 0 ? DocumentChange::Action::Added
                       : (value ? DocumentChange::Action::Changed : DocumentChange::Action::Removed);
    c.field = DocumentChange::Field::Importance;
    editor().edit(c, [&](Scenario &s) {
        QVector<Need> &needs = s.parties[party].needs;
        if (!value)
            needs.remove(c.index);
        else if (row < 0)
            needs.append({key().desire, *value});
        else
            needs[row].importance = *value;
    });
}

QString SetImportance::describe(const std::optional<double> &value) const
{
    const Scenario &s = scenario();
    return Commands::tr("Set %1's need for %2 to %3")
        .arg(s.party(key().party)->name, s.desires[s.desireIndex(key().desire)].name,
             formatValue(value.value_or(0.0)));
}

QUndoCommand *addNeedCommand(Document *document, const QString &party, const QString &desire,
                             double importance)
{
    const Scenario &s = document->scenario();
    const int p = s.partyIndex(party);
    auto *command = new NeedRecord(document, {p, int(s.parties[p].needs.size())}, {desire, importance},
                                   true);
    command->setText(Commands::tr("%1 wants %2").arg(s.parties[p].name, s.desires[s.desireIndex(desire)].name));
    return command;
}

// The event changes that set the need go first, backwards, then the need itself, so that undo
// puts every record back at its index (see removePartyCommand).
QUndoCommand *removeNeedCommand(Document *document, const QString &party, const QString &desire)
{
    const Scenario &s = document->scenario();
    const int p = s.partyIndex(party);
    auto *command = new CompoundCommand(document, Commands::tr("Remove %1's need for %2")
                                                      .arg(s.parties[p].name, s.desires[s.desireIndex(desire)].name));
    removeEventChanges(document, command, [&](const Change &c) {
        return c.target == Change::Target::Need && c.party == party && c.desire == desire;
    });
    const int i = s.parties[p].needIndex(desire);
    if (i >= 0)
        NeedRecord::removal(document, {p, i}, command);
    return command;
}

} // namespace powerfield
