// SPDX-License-Identifier: GPL-3.0-or-later
#include "partycommands.h"

#include "eventcommands.h"
#include "recordcommand.h"

namespace powerfield {

using Field = DocumentChange::Field;

RenameParty::RenameParty(Document *document, const QString &id, const QString &name)
    : PartyProperty(document, CmdRenameParty, id, name)
    , m_oldName(party().name)
{
    updateText();
}

void RenameParty::setValue(const QString &value)
{
    editParty(Field::Name, [&](Party &p) { p.name = value; });
}

QString RenameParty::describe(const QString &value) const
{
    return Commands::tr("Rename %1 to %2").arg(m_oldName, value);
}

SetPartyColor::SetPartyColor(Document *document, const QString &id, const QString &color)
    : PartyProperty(document, CmdSetPartyColor, id, color)
{
    updateText();
}

void SetPartyColor::setValue(const QString &value)
{
    editParty(Field::Color, [&](Party &p) { p.color = value; });
}

QString SetPartyColor::describe(const QString &value) const
{
    return Commands::tr("Set %1's colour to %2").arg(party().name, value);
}

SetPartyKind::SetPartyKind(Document *document, const QString &id, PartyKind kind)
    : PartyProperty(document, CmdSetPartyKind, id, kind)
{
    updateText();
}

void SetPartyKind::setValue(const PartyKind &value)
{
    editParty(Field::Kind, [&](Party &p) { p.kind = value; });
}

QString SetPartyKind::describe(const PartyKind &value) const
{
    return Commands::tr("Make %1 a %2").arg(party().name, partyKindName(value));
}

SetPartyActive::SetPartyActive(Document *document, const QString &id, bool active)
    : PartyProperty(document, CmdSetPartyActive, id, active)
{
    updateText();
}

void SetPartyActive::setValue(const bool &value)
{
    editParty(Field::Active, [&](Party &p) { p.active = value; });
}

QString SetPartyActive::describe(const bool &value) const
{
    return (value ? Commands::tr("Bring %1 into the field") : Commands::tr("Take %1 out of the field"))
        .arg(party().name);
}

SetComparisonLevel::SetComparisonLevel(Document *document, const QString &id, double value)
    : PartyProperty(document, CmdSetComparisonLevel, id, value)
{
    updateText();
}

void SetComparisonLevel::setValue(const double &value)
{
    editParty(Field::ComparisonLevel, [&](Party &p) { p.comparisonLevel = value; });
}

QString SetComparisonLevel::describe(const double &value) const
{
    return Commands::tr("Set %1's comparison level to %2").arg(party().name, formatValue(value));
}

MoveParty::MoveParty(Document *document, const QString &id, QPointF position)
    : PartyProperty(document, CmdMoveParty, id, position)
{
    updateText();
}

void MoveParty::setValue(const QPointF &value)
{
    editParty(Field::Position, [&](Party &p) {
        p.x = value.x();
        p.y = value.y();
    });
}

QString MoveParty::describe(const QPointF &) const
{
    return Commands::tr("Move %1").arg(party().name);
}

QUndoCommand *addPartyCommand(Document *document, const Party &party)
{
    auto *command = new PartyRecord(document, {-1, int(document->scenario().parties.size())},
                                    party, true);
    command->setText(Commands::tr("Add %1").arg(party.name));
    return command;
}

// Children run in order on redo and in reverse on undo: first what refers to the party, from
// the end of each list backwards, so every index stays valid and undo restores it in place.
QUndoCommand *removePartyCommand(Document *document, const QString &id)
{
    const Scenario &s = document->scenario();
    auto *command = new CompoundCommand(document, Commands::tr("Remove %1").arg(s.party(id)->name));
    removeEventChanges(document, command, [&](const Change &c) {
        return c.party == id || c.other == id
               || (c.target == Change::Target::Option && s.options[s.optionIndex(c.option)].owner == id);
    });
    for (int i = int(s.investments.size()) - 1; i >= 0; --i) {
        if (s.investments[i].party == id || s.investments[i].partner == id)
            InvestmentRecord::removal(document, {-1, i}, command);
    }
    for (int i = int(s.options.size()) - 1; i >= 0; --i) {
        if (s.options[i].owner == id)
            OptionRecord::removal(document, {-1, i}, command);
    }
    for (int i = int(s.provisions.size()) - 1; i >= 0; --i) {
        if (s.provisions[i].from == id || s.provisions[i].to == id)
            ProvisionRecord::removal(document, {-1, i}, command);
    }
    PartyRecord::removal(document, {-1, s.partyIndex(id)}, command);
    return command;
}

} // namespace powerfield
