// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changevalue.h"

namespace powerfield {

// Renames an outside option.
class RenameOption : public ChangeValue<QString, QString>
{
public:
    RenameOption(Document *document, const QString &id, const QString &name);

protected:
    QString getValue() const override;
    void setValue(const QString &value) override;
    QString describe(const QString &value) const override;

private:
    QString m_oldName;
};

struct OfferKey
{
    QString option;
    QString desire;
    bool operator==(const OfferKey &o) const { return option == o.option && desire == o.desire; }
};

// Sets what an outside option offers for a desire; the offer is added at the end when absent
// (std::nullopt: absent, which undo restores).
class SetOffer : public ChangeValue<OfferKey, std::optional<Rating>>
{
public:
    SetOffer(Document *document, const OfferKey &key, const Rating &rating);

protected:
    std::optional<Rating> getValue() const override;
    void setValue(const std::optional<Rating> &value) override;
    QString describe(const std::optional<Rating> &value) const override;
};

QUndoCommand *addOptionCommand(Document *document, const OutsideOption &option);
// Removes an option with the event changes that name it.
QUndoCommand *removeOptionCommand(Document *document, const QString &id);
QUndoCommand *removeOfferCommand(Document *document, const OfferKey &key);

} // namespace powerfield
