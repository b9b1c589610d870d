// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changevalue.h"

#include <QPointF>

namespace powerfield {

// A value of one party, named by its id.
template<typename Value>
class PartyProperty : public ChangeValue<QString, Value>
{
public:
    using ChangeValue<QString, Value>::ChangeValue;

protected:
    const Party &party() const { return *this->scenario().party(this->key()); }
    void editParty(DocumentChange::Field field, const std::function<void(Party &)> &edit) const
    {
        DocumentChange c;
        c.kind = DocumentChange::Kind::Party;
        c.field = field;
        c.id = this->key();
        c.index = this->scenario().partyIndex(c.id);
        this->editor().edit(c, [&](Scenario &s) { edit(s.parties[c.index]); });
    }
};

// Renames a party.
class RenameParty : public PartyProperty<QString>
{
public:
    RenameParty(Document *document, const QString &id, const QString &name);

protected:
    QString getValue() const override { return party().name; }
    void setValue(const QString &value) override;
    QString describe(const QString &value) const override;

private:
    QString m_oldName;
};

// Sets a party's colour.
class SetPartyColor : public PartyProperty<QString>
{
public:
    SetPartyColor(Document *document, const QString &id, const QString &color);

protected:
    QString getValue() const override { return party().color; }
    void setValue(const QString &value) override;
    QString describe(const QString &value) const override;
};

// Sets a party's kind (person, group, organization, country).
class SetPartyKind : public PartyProperty<PartyKind>
{
public:
    SetPartyKind(Document *document, const QString &id, PartyKind kind);

protected:
    PartyKind getValue() const override { return party().kind; }
    void setValue(const PartyKind &value) override;
    QString describe(const PartyKind &value) const override;
};

// Takes a party into the field or out of it.
class SetPartyActive : public PartyProperty<bool>
{
public:
    SetPartyActive(Document *document, const QString &id, bool active);

protected:
    bool getValue() const override { return party().active; }
    void setValue(const bool &value) override;
    QString describe(const bool &value) const override;
};

// Sets a party's comparison level.
class SetComparisonLevel : public PartyProperty<double>
{
public:
    SetComparisonLevel(Document *document, const QString &id, double value);

protected:
    double getValue() const override { return party().comparisonLevel; }
    void setValue(const double &value) override;
    QString describe(const double &value) const override;
};

// Moves a party on the field.
class MoveParty : public PartyProperty<QPointF>
{
public:
    MoveParty(Document *document, const QString &id, QPointF position);

protected:
    QPointF getValue() const override { return {party().x, party().y}; }
    void setValue(const QPointF &value) override;
    QString describe(const QPointF &value) const override;
};

// Adds a party at the end of the list.
QUndoCommand *addPartyCommand(Document *document, const Party &party);
// Removes a party with everything that refers to it; undo restores all of it in place.
QUndoCommand *removePartyCommand(Document *document, const QString &id);

} // namespace powerfield
