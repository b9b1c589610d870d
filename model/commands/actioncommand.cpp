// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioncommand.h"

#include <utility>

namespace powerfield {

ActionCommand::ActionCommand(const QString &text)
{
    setText(text);
}

ActionCommand::~ActionCommand() = default;

void ActionCommand::addDone(QUndoCommand *command)
{
    std::unique_ptr<QUndoCommand> owned(command);
    if (text().isEmpty())
        setText(command->text());
    if (!m_children.empty()) {
        QUndoCommand *last = m_children.back().get();
        if (command->id() != -1 && last->id() == command->id() && last->mergeWith(command))
            return; // folded into the one before
    }
    m_children.push_back(std::move(owned));
}

void ActionCommand::rollBack()
{
    for (auto it = m_children.rbegin(); it != m_children.rend(); ++it)
        (*it)->undo();
    m_children.clear();
}

void ActionCommand::redo()
{
    if (std::exchange(m_done, false))
        return; // the children were done as they were added
    for (const auto &child : m_children)
        child->redo();
}

void ActionCommand::undo()
{
    for (auto it = m_children.rbegin(); it != m_children.rend(); ++it)
        (*it)->undo();
}

} // namespace powerfield
