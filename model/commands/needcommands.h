// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changevalue.h"

namespace powerfield {

struct NeedKey
{
    QString party;
    QString desire;
    bool operator==(const NeedKey &o) const { return party == o.party && desire == o.desire; }
};

// Sets how much a party needs a desire; the need is added at the end of the party's list when
// absent (std::nullopt: absent, which undo restores).
class SetImportance : public ChangeValue<NeedKey, std::optional<double>>
{
public:
    SetImportance(Document *document, const QString &party, const QString &desire, double importance);

protected:
    std::optional<double> getValue() const override;
    void setValue(const std::optional<double> &value) override;
    QString describe(const std::optional<double> &value) const override;
};

// `party` comes to want `desire` at `importance`: the need appended to its list ("Abe wants Company").
QUndoCommand *addNeedCommand(Document *document, const QString &party, const QString &desire,
                             double importance);
// Removes the party's need for the desire, in the written scenario and in every event change
// that sets it (a need change would bring it back), as one step.
QUndoCommand *removeNeedCommand(Document *document, const QString &party, const QString &desire);

} // namespace powerfield
