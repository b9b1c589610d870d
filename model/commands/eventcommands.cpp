// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcommands.h"

#include "recordcommand.h"

namespace powerfield {

using Field = DocumentChange::Field;

template<typename Value>
QString EventProperty<Value>::eventName() const
{
    const Event &e = event();
    return e.label.isEmpty() ? Commands::tr("the event at %1").arg(e.time) : e.label;
}

SetEventTime::SetEventTime(Document *document, int index, int time)
    : EventProperty(document, CmdSetEventTime, index, time)
{
    updateText();
}

void SetEventTime::setValue(const int &value)
{
    editEvent(Field::Time, [&](Event &e) { e.time = value; });
}

QString SetEventTime::describe(const int &value) const
{
    return Commands::tr("Move %1 to time %2").arg(eventName()).arg(value);
}

SetEventLabel::SetEventLabel(Document *document, int index, const QString &label)
    : EventProperty(document, CmdSetEventLabel, index, label)
{
    updateText();
}

void SetEventLabel::setValue(const QString &value)
{
    editEvent(Field::Label, [&](Event &e) { e.label = value; });
}

QString SetEventLabel::describe(const QString &value) const
{
    return Commands::tr("Label the event at %1 \"%2\"").arg(event().time).arg(value);
}

SetEventCaption::SetEventCaption(Document *document, int index, const QString &caption)
    : EventProperty(document, CmdSetEventCaption, index, caption)
{
    updateText();
}

void SetEventCaption::setValue(const QString &value)
{
    editEvent(Field::Caption, [&](Event &e) { e.caption = value; });
}

QString SetEventCaption::describe(const QString &) const
{
    return Commands::tr("Change the caption of %1").arg(eventName());
}

SetEventChange::SetEventChange(Document *document, int index, int changeIndex, const Change &change)
    : ChangeValue(document, CmdSetEventChange, {index, changeIndex}, change)
{
    updateText();
}

Change SetEventChange::getValue() const
{
    return scenario().events[key().event].changes[key().change];
}

void SetEventChange::setValue(const Change &value)
{
    DocumentChange c;
    c.kind = DocumentChange::Kind::Event;
    c.field = Field::Changes;
    c.index = key().event;
    editor().edit(c, [&](Scenario &s) { s.events[key().event].changes[key().change] = value; });
}

QString SetEventChange::describe(const Change &) const
{
    return Commands::tr("Edit a change of the event at %1").arg(scenario().events[key().event].time);
}

QUndoCommand *addEventCommand(Document *document, const Event &event)
{
    auto *command = new EventRecord(document, {-1, int(document->scenario().events.size())},
                                    event, true);
    command->setText(Commands::tr("Add the event at %1").arg(event.time));
    return command;
}

QUndoCommand *removeEventCommand(Document *document, int index)
{
    auto *command = EventRecord::removal(document, {-1, index});
    command->setText(Commands::tr("Remove the event at %1").arg(document->scenario().events[index].time));
    return command;
}

QUndoCommand *addEventChangeCommand(Document *document, int index, const Change &change)
{
    const int row = int(document->scenario().events[index].changes.size());
    auto *command = new EventChangeRecord(document, {index, row}, change, true);
    command->setText(Commands::tr("Add a change to the event at %1").arg(document->scenario().events[index].time));
    return command;
}

QUndoCommand *removeEventChangeCommand(Document *document, int index, int changeIndex)
{
    auto *command = EventChangeRecord::removal(document, {index, changeIndex});
    command->setText(Commands::tr("Remove a change of the event at %1").arg(document->scenario().events[index].time));
    return command;
}

void removeEventChanges(Document *document, QUndoCommand *parent,
                        const std::function<bool(const Change &)> &names)
{
    const QVector<Event> &events = document->scenario().events;
    for (int e = int(events.size()) - 1; e >= 0; --e) {
        for (int c = int(events[e].changes.size()) - 1; c >= 0; --c) {
            if (names(events[e].changes[c]))
                EventChangeRecord::removal(document, {e, c}, parent);
        }
    }
}

} // namespace powerfield
