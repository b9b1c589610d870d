// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcommands.h"

#include "layoutscenario.h"

namespace powerfield {

namespace {

DocumentChange positionChange(const Scenario &scenario, const QString &id)
{
    DocumentChange c;
    c.kind = DocumentChange::Kind::Party;
    c.field = DocumentChange::Field::Position;
    c.id = id;
    c.index = scenario.partyIndex(id);
    return c;
}

} // namespace

MoveParties::MoveParties(Document *document, QVector<Move> moves, const QString &text)
    : QUndoCommand(text)
    , m_editor(document)
    , m_moves(std::move(moves))
{
}

void MoveParties::apply(bool forward)
{
    DocumentEditor::Batch batch(m_editor);
    for (const Move &m : std::as_const(m_moves)) {
        const QPointF at = forward ? m.to : m.from;
        const DocumentChange c = positionChange(m_editor.scenario(), m.id);
        m_editor.edit(c, [&](Scenario &s) {
            s.parties[c.index].x = at.x();
            s.parties[c.index].y = at.y();
        });
    }
}

SetPartyPinned::SetPartyPinned(Document *document, const QString &id, bool pinned)
    : m_editor(document)
    , m_id(id)
    , m_pinned(pinned)
{
    const QString name = document->scenario().party(id)->name;
    setText(pinned ? Commands::tr("Pin %1 in place").arg(name) : Commands::tr("Release %1 from its place").arg(name));
}

void SetPartyPinned::redo()
{
    m_oldUi = m_editor.scenario().ui;
    m_oldHasUi = m_editor.scenario().hasUi;
    apply([this](Scenario &s) {
        QStringList ids = pinnedParties(s);
        ids.removeAll(m_id);
        if (m_pinned)
            ids << m_id;
        setPinnedParties(s, ids);
    });
}

void SetPartyPinned::undo()
{
    apply([this](Scenario &s) {
        s.ui = m_oldUi;
        s.hasUi = m_oldHasUi;
    });
}

// The pin belongs to the party's placement, so it is announced as a change of its position.
void SetPartyPinned::apply(const std::function<void(Scenario &)> &edit)
{
    m_editor.edit(positionChange(m_editor.scenario(), m_id), edit);
}

} // namespace powerfield
