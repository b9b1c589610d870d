// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changevalue.h"

namespace powerfield {

// A value of one desire, named by its id.
template<typename Value>
class DesireProperty : public ChangeValue<QString, Value>
{
public:
    using ChangeValue<QString, Value>::ChangeValue;

protected:
    const Desire &desire() const
    {
        return this->scenario().desires[this->scenario().desireIndex(this->key())];
    }
    void editDesire(DocumentChange::Field field, const std::function<void(Desire &)> &edit) const
    {
        DocumentChange c;
        c.kind = DocumentChange::Kind::Desire;
        c.field = field;
        c.id = this->key();
        c.index = this->scenario().desireIndex(c.id);
        this->editor().edit(c, [&](Scenario &s) { edit(s.desires[c.index]); });
    }
};

// Renames a desire.
class RenameDesire : public DesireProperty<QString>
{
public:
    RenameDesire(Document *document, const QString &id, const QString &name);

protected:
    QString getValue() const override { return desire().name; }
    void setValue(const QString &value) override;
    QString describe(const QString &value) const override;

private:
    QString m_oldName;
};

// Sets the base of power a desire rests on.
class SetDesireBase : public DesireProperty<PowerBase>
{
public:
    SetDesireBase(Document *document, const QString &id, PowerBase base);

protected:
    PowerBase getValue() const override { return desire().base; }
    void setValue(const PowerBase &value) override;
    QString describe(const PowerBase &value) const override;
};

QUndoCommand *addDesireCommand(Document *document, const Desire &desire);
// A new desire and `party`'s need for it at `importance`, as one step.
QUndoCommand *addWantedDesireCommand(Document *document, const Desire &desire, const QString &party,
                                     double importance);
// Removes a desire with the needs, provisions, offers and event changes that name it.
QUndoCommand *removeDesireCommand(Document *document, const QString &id);

} // namespace powerfield
