// SPDX-License-Identifier: GPL-3.0-or-later
#include "edittimecommand.h"

namespace powerfield {

EditAtTime::EditAtTime(Document *document, const Event &event)
    : m_editor(document)
    , m_index(int(document->scenario().events.size()))
    , m_create(true)
    , m_event(event)
    , m_new(event.changes)
    , m_gesture(m_editor.gesture())
{
    describe();
}

EditAtTime::EditAtTime(Document *document, int index, const QVector<Change> &changes)
    : m_editor(document)
    , m_index(index)
    , m_create(false)
    , m_old(document->scenario().events[index].changes)
    , m_new(changes)
    , m_gesture(m_editor.gesture())
{
    describe();
}

void EditAtTime::describe()
{
    const int time = m_create ? m_event.time : m_editor.scenario().events[m_index].time;
    setText(m_create ? Commands::tr("Add the event at %1").arg(time)
                     : Commands::tr("Edit a change of the event at %1").arg(time));
}

void EditAtTime::redo()
{
    if (!m_create)
        return setChanges(m_new);
    DocumentChange c;
    c.kind = DocumentChange::Kind::Event;
    c.action = DocumentChange::Action::Added;
    c.index = m_index;
    Event event = m_event;
    event.changes = m_new;
    m_editor.edit(c, [&](Scenario &s) { s.events.insert(m_index, event); });
}

void EditAtTime::undo()
{
    if (!m_create)
        return setChanges(m_old);
    DocumentChange c;
    c.kind = DocumentChange::Kind::Event;
    c.action = DocumentChange::Action::Removed;
    c.index = m_index;
    m_editor.edit(c, [&](Scenario &s) { s.events.remove(m_index); });
}

void EditAtTime::setChanges(const QVector<Change> &changes)
{
    DocumentChange c;
    c.kind = DocumentChange::Kind::Event;
    c.field = DocumentChange::Field::Changes;
    c.index = m_index;
    m_editor.edit(c, [&](Scenario &s) { s.events[m_index].changes = changes; });
}

// The later command has already set the event's changes: keep its list as ours.
bool EditAtTime::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditAtTime *>(other);
    if (m_gesture == 0 || o->m_gesture != m_gesture || o->m_create || o->m_index != m_index)
        return false;
    m_new = o->m_new;
    setObsolete(!m_create && m_new == m_old);
    return true;
}

} // namespace powerfield
