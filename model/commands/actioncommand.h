// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <memory>
#include <vector>

namespace powerfield {

// One user action as one undo entry: the parent of the edit commands the action is made of.
// Each child is done as it is added (so the next child is built from the scenario the earlier
// ones left), and the parent is pushed only when it has children; the stack's first redo() of
// the parent therefore does nothing. A child that merges into the one before it (a drag's moves
// within one gesture) is folded into it.
class ActionCommand : public QUndoCommand
{
public:
    explicit ActionCommand(const QString &text);
    ~ActionCommand() override;

    // Takes `command`, already done.
    void addDone(QUndoCommand *command);
    bool isEmpty() const { return m_children.empty(); }
    // The text of the last child (after merging: what a drag ended at); empty without children.
    QString lastChildText() const { return m_children.empty() ? QString() : m_children.back()->text(); }
    // Undoes every child done so far, last first, and forgets them (an action refused midway).
    void rollBack();

    void redo() override;
    void undo() override;

private:
    std::vector<std::unique_ptr<QUndoCommand>> m_children;
    bool m_done = true;
};

} // namespace powerfield
