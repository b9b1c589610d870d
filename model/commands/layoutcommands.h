// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documenteditor.h"

#include <QJsonObject>
#include <QPointF>
#include <QUndoCommand>
#include <QVector>

namespace powerfield {

// Moves many parties at once (the automatic layout coming to rest), as one undo step that
// recomputes the analysis once rather than once per party.
class MoveParties : public QUndoCommand
{
public:
    struct Move
    {
        QString id;
        QPointF from;
        QPointF to;
    };
    MoveParties(Document *document, QVector<Move> moves, const QString &text);

    void redo() override { apply(true); }
    void undo() override { apply(false); }

private:
    void apply(bool forward);

    DocumentEditor m_editor;
    QVector<Move> m_moves;
};

// Pins a party where the user placed it (the automatic layout leaves it there) or releases it;
// the pins live in the scenario's `ui`, so they are saved with the file.
class SetPartyPinned : public QUndoCommand
{
public:
    SetPartyPinned(Document *document, const QString &id, bool pinned);

    void redo() override;
    void undo() override;

private:
    void apply(const std::function<void(Scenario &)> &edit);

    DocumentEditor m_editor;
    QString m_id;
    bool m_pinned;
    QJsonObject m_oldUi; // restored exactly on undo, with whether the file had a `ui` at all
    bool m_oldHasUi = false;
};

} // namespace powerfield
