// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisioncommands.h"

#include "recordcommand.h"

namespace powerfield {

namespace {

QString provisionNames(const Scenario &s, const QString &from, const QString &to, const QString &desire)
{
    return Commands::tr("%1's %2 for %3")
        .arg(s.party(from)->name, s.desires[s.desireIndex(desire)].name, s.party(to)->name);
}

} // namespace

template<typename Value>
void ProvisionProperty<Value>::editRating(DocumentChange::Field field,
                                          const std::function<void(Rating &)> &edit) const
{
    const ProvisionKey &k = this->key();
    DocumentChange c;
    c.kind = DocumentChange::Kind::Provision;
    c.field = field;
    c.id = k.from;
    c.other = k.to;
    c.desire = k.desire;
    c.index = this->scenario().provisionIndex(k.from, k.to, k.desire);
    this->editor().edit(c, [&](Scenario &s) { edit(s.provisions[c.index].rating); });
}

template<typename Value>
QString ProvisionProperty<Value>::names() const
{
    return provisionNames(this->scenario(), this->key().from, this->key().to, this->key().desire);
}

SetProvisionQuality::SetProvisionQuality(Document *document, const ProvisionKey &key, double quality)
    : ProvisionProperty(document, CmdSetProvisionQuality, key, quality)
{
    updateText();
}

void SetProvisionQuality::setValue(const double &value)
{
    editRating(DocumentChange::Field::Quality, [&](Rating &r) { r.quality = value; });
}

QString SetProvisionQuality::describe(const double &value) const
{
    return Commands::tr("Set the quality of %1 to %2").arg(names(), formatValue(value));
}

SetProvisionPerceived::SetProvisionPerceived(Document *document, const ProvisionKey &key,
                                             std::optional<double> perceived)
    : ProvisionProperty(document, CmdSetProvisionPerceived, key, perceived)
{
    updateText();
}

void SetProvisionPerceived::setValue(const std::optional<double> &value)
{
    editRating(DocumentChange::Field::Perceived, [&](Rating &r) { r.perceived = value; });
}

QString SetProvisionPerceived::describe(const std::optional<double> &value) const
{
    if (!value)
        return Commands::tr("Let the belief in %1 follow its quality").arg(names());
    return Commands::tr("Set the perceived quality of %1 to %2").arg(names(), formatValue(*value));
}

QUndoCommand *addProvisionCommand(Document *document, const Provision &provision)
{
    const Scenario &s = document->scenario();
    auto *command = new ProvisionRecord(document, {-1, int(s.provisions.size())}, provision, true);
    command->setText(Commands::tr("Add %1").arg(provisionNames(s, provision.from, provision.to, provision.desire)));
    return command;
}

QUndoCommand *addWantedProvisionCommand(Document *document, const Provision &provision, double importance)
{
    const Scenario &s = document->scenario();
    const int to = s.partyIndex(provision.to);
    auto *command = new CompoundCommand(
        document, Commands::tr("Add %1, which %2 wants")
                      .arg(provisionNames(s, provision.from, provision.to, provision.desire), s.parties[to].name));
    new NeedRecord(document, {to, int(s.parties[to].needs.size())}, {provision.desire, importance}, true,
                   command);
    new ProvisionRecord(document, {-1, int(s.provisions.size())}, provision, true, command);
    return command;
}

QUndoCommand *removeProvisionCommand(Document *document, const ProvisionKey &k)
{
    const Scenario &s = document->scenario();
    auto *command = ProvisionRecord::removal(document, {-1, s.provisionIndex(k.from, k.to, k.desire)});
    command->setText(Commands::tr("Remove %1").arg(provisionNames(s, k.from, k.to, k.desire)));
    return command;
}

} // namespace powerfield
