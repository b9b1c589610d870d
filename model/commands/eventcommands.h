// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changevalue.h"

namespace powerfield {

// A value of one event, named by its index.
template<typename Value>
class EventProperty : public ChangeValue<int, Value>
{
public:
    using ChangeValue<int, Value>::ChangeValue;

protected:
    const Event &event() const { return this->scenario().events[this->key()]; }
    void editEvent(DocumentChange::Field field, const std::function<void(Event &)> &edit) const
    {
        DocumentChange c;
        c.kind = DocumentChange::Kind::Event;
        c.field = field;
        c.index = this->key();
        this->editor().edit(c, [&](Scenario &s) { edit(s.events[c.index]); });
    }
    QString eventName() const;
};

// Moves an event to another time.
class SetEventTime : public EventProperty<int>
{
public:
    SetEventTime(Document *document, int index, int time);

protected:
    int getValue() const override { return event().time; }
    void setValue(const int &value) override;
    QString describe(const int &value) const override;
};

// Sets an event's label.
class SetEventLabel : public EventProperty<QString>
{
public:
    SetEventLabel(Document *document, int index, const QString &label);

protected:
    QString getValue() const override { return event().label; }
    void setValue(const QString &value) override;
    QString describe(const QString &value) const override;
};

// Sets an event's caption.
class SetEventCaption : public EventProperty<QString>
{
public:
    SetEventCaption(Document *document, int index, const QString &caption);

protected:
    QString getValue() const override { return event().caption; }
    void setValue(const QString &value) override;
    QString describe(const QString &value) const override;
};

struct EventChangeKey
{
    int event = -1;
    int change = -1;
    bool operator==(const EventChangeKey &o) const { return event == o.event && change == o.change; }
};

// Replaces one change of an event.
class SetEventChange : public ChangeValue<EventChangeKey, Change>
{
public:
    SetEventChange(Document *document, int index, int changeIndex, const Change &change);

protected:
    Change getValue() const override;
    void setValue(const Change &value) override;
    QString describe(const Change &value) const override;
};

QUndoCommand *addEventCommand(Document *document, const Event &event);
QUndoCommand *removeEventCommand(Document *document, int index);
QUndoCommand *addEventChangeCommand(Document *document, int index, const Change &change);
QUndoCommand *removeEventChangeCommand(Document *document, int index, int changeIndex);
// Adds to `parent` the removal of every event change that `names` says refers to a record,
// from the last backwards.
void removeEventChanges(Document *document, QUndoCommand *parent,
                        const std::function<bool(const Change &)> &names);

} // namespace powerfield
