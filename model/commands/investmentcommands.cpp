// SPDX-License-Identifier: GPL-3.0-or-later
#include "investmentcommands.h"

namespace powerfield {

SetInvestment::SetInvestment(Document *document, CommandId id, const Investment &investment)
    : ChangeValue(document, id, {investment.party, investment.partner}, investment)
{
    updateText();
}

std::optional<Investment> SetInvestment::getValue() const
{
    const int i = scenario().investmentIndex(key().party, key().partner);
    return i < 0 ? std::nullopt : std::optional<Investment>(scenario().investments[i]);
}

void SetInvestment::setValue(const std::optional<Investment> &value)
{
    const QVector<Investment> &list = scenario().investments;
    const int row = scenario().investmentIndex(key().party, key().partner);
    DocumentChange c;
    c.kind = DocumentChange::Kind::Investment;
    c.id = key().party;
    c.other = key().partner;
    c.index = row < 0 ? int(list.size()) : row;
    c.action = row < 0 ? DocumentChange::Action::Added
                       : (value ? DocumentChange::Action::Changed : DocumentChange::Action::Removed);
    c.field = id() == CmdSetInvestment ? DocumentChange::Field::Amount : DocumentChange::Field::Exclusive;
    editor().edit(c, [&](Scenario &s) {
        if (!value)
            s.investments.remove(c.index);
        else if (row < 0)
            s.investments.append(*value);
        else
            s.investments[row] = *value;
    });
}

QString SetInvestment::describe(const std::optional<Investment> &value) const
{
    const Scenario &s = scenario();
    const QString party = s.party(key().party)->name;
    const QString partner = s.party(key().partner)->name;
    if (id() == CmdSetInvestmentExclusive) {
        return (value && value->exclusive
                    ? Commands::tr("Make %1's investment in %2 exclusive")
                    : Commands::tr("Make %1's investment in %2 not exclusive"))
            .arg(party, partner);
    }
    return Commands::tr("Set %1's investment in %2 to %3")
        .arg(party, partner, formatValue(value ? value->amount : 0.0));
}

} // namespace powerfield
