// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changevalue.h"

namespace powerfield {

struct InvestmentKey
{
    QString party;
    QString partner;
    bool operator==(const InvestmentKey &o) const { return party == o.party && partner == o.partner; }
};

// Sets what a party has sunk into its relationship with a partner (CmdSetInvestment) or
// whether that investment is exclusive (CmdSetInvestmentExclusive); the investment is added at
// the end when absent (std::nullopt: absent, which undo restores).
class SetInvestment : public ChangeValue<InvestmentKey, std::optional<Investment>>
{
public:
    SetInvestment(Document *document, CommandId id, const Investment &investment);

protected:
    std::optional<Investment> getValue() const override;
    void setValue(const std::optional<Investment> &value) override;
    QString describe(const std::optional<Investment> &value) const override;
};

} // namespace powerfield
