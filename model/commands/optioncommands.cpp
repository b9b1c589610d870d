// SPDX-License-Identifier: GPL-3.0-or-later
#include "optioncommands.h"

#include "eventcommands.h"
#include "recordcommand.h"

namespace powerfield {

namespace {

const OutsideOption &optionOf(const Scenario &s, const QString &id)
{
    return s.options[s.optionIndex(id)];
}

} // namespace

RenameOption::RenameOption(Document *document, const QString &id, const QString &name)
    : ChangeValue(document, CmdRenameOption, id, name)
    , m_oldName(optionOf(scenario(), id).name)
{
    updateText();
}

QString RenameOption::getValue() const
{
    return optionOf(scenario(), key()).name;
}

void RenameOption::setValue(const QString &value)
{
    DocumentChange c;
    c.kind = DocumentChange::Kind::Option;
    c.field = DocumentChange::Field::Name;
    c.id = key();
    c.index = scenario().optionIndex(key());
    editor().edit(c, [&](Scenario &s) { s.options[c.index].name = value; });
}

QString RenameOption::describe(const QString &value) const
{
    return Commands::tr("Rename %1 to %2").arg(m_oldName, value);
}

SetOffer::SetOffer(Document *document, const OfferKey &key, const Rating &rating)
    : ChangeValue(document, CmdSetOffer, key, rating)
{
    updateText();
}

std::optional<Rating> SetOffer::getValue() const
{
    const OutsideOption &o = optionOf(scenario(), key().option);
    const int i = o.offerIndex(key().desire);
    return i < 0 ? std::nullopt : std::optional<Rating>(o.offers[i].rating);
}

void SetOffer::setValue(const std::optional<Rating> &value)
{
    const int option = scenario().optionIndex(key().option);
    const OutsideOption &o = scenario().options[option];
    const int row = o.offerIndex(key().desire);
    DocumentChange c;
    c.kind = DocumentChange::Kind::Offer;
    c.id = key().option;
    c.desire = key().desire;
    c.index = row < 0 ? int(o.offers.size()) : row;
    c.action = row < 0 ? DocumentChange::Action::Added
                       : (value ? DocumentChange::Action::Changed : DocumentChange::Action::Removed);
    editor().edit(c, [&](Scenario &s) {
        QVector<Offer> &offers = s.options[option].offers;
        if (!value)
            offers.remove(c.index);
        else if (row < 0)
            offers.append({key().desire, *value});
        else
            offers[row].rating = *value;
    });
}

QString SetOffer::describe(const std::optional<Rating> &value) const
{
    const Scenario &s = scenario();
    return Commands::tr("Set what %1 offers for %2 to %3")
        .arg(optionOf(s, key().option).name, s.desires[s.desireIndex(key().desire)].name,
             formatValue(value ? value->quality : 0.0));
}

QUndoCommand *addOptionCommand(Document *document, const OutsideOption &option)
{
    auto *command = new OptionRecord(document, {-1, int(document->scenario().options.size())},
                                     option, true);
    command->setText(Commands::tr("Add %1").arg(option.name));
    return command;
}

QUndoCommand *removeOptionCommand(Document *document, const QString &id)
{
    const Scenario &s = document->scenario();
    auto *command = new CompoundCommand(document, Commands::tr("Remove %1").arg(optionOf(s, id).name));
    removeEventChanges(document, command, [&](const Change &c) {
        return c.target == Change::Target::Option && c.option == id;
    });
    OptionRecord::removal(document, {-1, s.optionIndex(id)}, command);
    return command;
}

QUndoCommand *removeOfferCommand(Document *document, const OfferKey &key)
{
    const Scenario &s = document->scenario();
    const int o = s.optionIndex(key.option);
    auto *command = OfferRecord::removal(document, {o, s.options[o].offerIndex(key.desire)});
    command->setText(Commands::tr("Remove what %1 offers for %2")
                         .arg(s.options[o].name, s.desires[s.desireIndex(key.desire)].name));
    return command;
}

} // namespace powerfield
