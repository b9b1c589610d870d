// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandid.h"
#include "documenteditor.h"

#include <QUndoCommand>

namespace powerfield {

// An edit in time (Document::editAtCurrentTime at t > 0): sets the changes of the event at t,
// creating the event when there is none. Within one gesture every later edit of the same event
// merges into it, so a drag that creates the event is still one undo entry.
class EditAtTime : public QUndoCommand
{
public:
    // Creates `event`, appended at the end of the list.
    EditAtTime(Document *document, const Event &event);
    // Gives the event at `index` the list `changes`.
    EditAtTime(Document *document, int index, const QVector<Change> &changes);

    void undo() override;
    void redo() override;
    int id() const override { return CmdEditAtTime; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void setChanges(const QVector<Change> &changes);
    void describe();

    DocumentEditor m_editor;
    int m_index;
    bool m_create;
    Event m_event; // when creating: the whole event as it will be
    QVector<Change> m_old;
    QVector<Change> m_new;
    int m_gesture;
};

} // namespace powerfield
