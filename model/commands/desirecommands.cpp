// SPDX-License-Identifier: GPL-3.0-or-later
#include "desirecommands.h"

#include "eventcommands.h"
#include "recordcommand.h"

namespace powerfield {

RenameDesire::RenameDesire(Document *document, const QString &id, const QString &name)
    : DesireProperty(document, CmdRenameDesire, id, name)
    , m_oldName(desire().name)
{
    updateText();
}

void RenameDesire::setValue(const QString &value)
{
    editDesire(DocumentChange::Field::Name, [&](Desire &d) { d.name = value; });
}

QString RenameDesire::describe(const QString &value) const
{
    return Commands::tr("Rename %1 to %2").arg(m_oldName, value);
}

SetDesireBase::SetDesireBase(Document *document, const QString &id, PowerBase base)
    : DesireProperty(document, CmdSetDesireBase, id, base)
{
    updateText();
}

void SetDesireBase::setValue(const PowerBase &value)
{
    editDesire(DocumentChange::Field::Base, [&](Desire &d) { d.base = value; });
}

QString SetDesireBase::describe(const PowerBase &value) const
{
    return Commands::tr("Set the base of %1 to %2").arg(desire().name, powerBaseName(value));
}

QUndoCommand *addDesireCommand(Document *document, const Desire &desire)
{
    auto *command = new DesireRecord(document, {-1, int(document->scenario().desires.size())},
                                     desire, true);
    command->setText(Commands::tr("Add %1").arg(desire.name));
    return command;
}

QUndoCommand *addWantedDesireCommand(Document *document, const Desire &desire, const QString &party,
                                     double importance)
{
    const Scenario &s = document->scenario();
    const int p = s.partyIndex(party);
    auto *command = new CompoundCommand(document, Commands::tr("Add %1, wanted by %2")
                                                      .arg(desire.name, s.parties[p].name));
    new DesireRecord(document, {-1, int(s.desires.size())}, desire, true, command);
    new NeedRecord(document, {p, int(s.parties[p].needs.size())}, {desire.id, importance}, true, command);
    return command;
}

// Children run from what refers to the desire to the desire itself, each list backwards, so
// that undo puts every record back at its index (see removePartyCommand).
QUndoCommand *removeDesireCommand(Document *document, const QString &id)
{
    const Scenario &s = document->scenario();
    const int index = s.desireIndex(id);
    auto *command = new CompoundCommand(document, Commands::tr("Remove %1").arg(s.desires[index].name));
    removeEventChanges(document, command, [&](const Change &c) {
        return c.target != Change::Target::Party && c.target != Change::Target::Investment
               && c.desire == id;
    });
    for (int i = int(s.provisions.size()) - 1; i >= 0; --i) {
        if (s.provisions[i].desire == id)
            ProvisionRecord::removal(document, {-1, i}, command);
    }
    for (int o = int(s.options.size()) - 1; o >= 0; --o) {
        const int i = s.options[o].offerIndex(id);
        if (i >= 0)
            OfferRecord::removal(document, {o, i}, command);
    }
    for (int p = int(s.parties.size()) - 1; p >= 0; --p) {
        const int i = s.parties[p].needIndex(id);
        if (i >= 0)
            NeedRecord::removal(document, {p, i}, command);
    }
    DesireRecord::removal(document, {-1, index}, command);
    return command;
}

} // namespace powerfield
