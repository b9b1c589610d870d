// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changevalue.h"

namespace powerfield {

struct ProvisionKey
{
    QString from;
    QString to;
    QString desire;
    bool operator==(const ProvisionKey &o) const
    {
        return from == o.from && to == o.to && desire == o.desire;
    }
};

// A value of one provision, named by (from, to, desire).
template<typename Value>
class ProvisionProperty : public ChangeValue<ProvisionKey, Value>
{
public:
    using ChangeValue<ProvisionKey, Value>::ChangeValue;

protected:
    const Rating &rating() const
    {
        const ProvisionKey &k = this->key();
        return this->scenario().provisions[this->scenario().provisionIndex(k.from, k.to, k.desire)].rating;
    }
    void editRating(DocumentChange::Field field, const std::function<void(Rating &)> &edit) const;
    QString names() const; // "Abe's Company for Mary"
};

// Sets how well a party meets another's desire.
class SetProvisionQuality : public ProvisionProperty<double>
{
public:
    SetProvisionQuality(Document *document, const ProvisionKey &key, double quality);

protected:
    double getValue() const override { return rating().quality; }
    void setValue(const double &value) override;
    QString describe(const double &value) const override;
};

// Sets what the receiver believes of a provision (std::nullopt: the belief follows the quality).
class SetProvisionPerceived : public ProvisionProperty<std::optional<double>>
{
public:
    SetProvisionPerceived(Document *document, const ProvisionKey &key, std::optional<double> perceived);

protected:
    std::optional<double> getValue() const override { return rating().perceived; }
    void setValue(const std::optional<double> &value) override;
    QString describe(const std::optional<double> &value) const override;
};

QUndoCommand *addProvisionCommand(Document *document, const Provision &provision);
// The receiver's need for the desire at `importance` and the provision, as one step.
QUndoCommand *addWantedProvisionCommand(Document *document, const Provision &provision, double importance);
QUndoCommand *removeProvisionCommand(Document *document, const ProvisionKey &key);

} // namespace powerfield
