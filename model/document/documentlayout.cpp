// SPDX-License-Identifier: GPL-3.0-or-later
// Document's edits for the automatic layout: many parties moved at once, and pinned parties.
#include "document.h"

#include "commands/layoutcommands.h"
#include "editchecks.h"
#include "layoutscenario.h"


namespace powerfield {

bool Document::moveParties(const QHash<QString, QPointF> &positions, const QString &text, QString *error)
{
    QVector<MoveParties::Move> moves;
    // In file order, so the command does the same on every run whatever the hash's order.
    for (const Party &p : scenario().parties) {
        const auto it = positions.constFind(p.id);
        if (it == positions.cend())
            continue;
        if (!checks::coordinate(it->x(), tr("x"), error) || !checks::coordinate(it->y(), tr("y"), error))
            return false;
        if (it->x() != p.x || it->y() != p.y)
            moves.append({p.id, QPointF(p.x, p.y), *it});
    }
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        if (!checks::party(scenario(), it.key(), error))
            return false;
    return moves.isEmpty() || push(new MoveParties(this, moves, text));
}

bool Document::isPartyPinned(const QString &id) const
{
    return pinnedParties(scenario()).contains(id);
}

bool Document::setPartyPinned(const QString &id, bool pinned, QString *error)
{
    if (!checks::party(scenario(), id, error))
        return false;
    return pinned == isPartyPinned(id) || push(new SetPartyPinned(this, id, pinned));
}

} // namespace powerfield
