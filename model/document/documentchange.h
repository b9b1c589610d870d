// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace powerfield {

// What one edit of the written scenario changed, so views and item models update only that part.
struct DocumentChange
{
    enum class Kind { Party, Need, Desire, Provision, Option, Offer, Investment, Event, Meta };
    enum class Action { Added, Removed, Changed };
    // Which field a Changed action touched, so item models signal exactly the changed cells.
    enum class Field {
        All, Name, Kind, Color, Position, ComparisonLevel, Active, Importance, Base, Quality,
        Perceived, Amount, Exclusive, Time, Label, Caption, Changes, Title, Duration
    };
    Kind kind = Kind::Meta;
    Action action = Action::Changed;
    Field field = Field::All;
    QString id;     // party, desire or option id; provision: from; investment: party; need: party
    QString other;  // provision: to; investment: partner
    QString desire; // need, provision and offer: the desire
    int index = -1; // row of the record in its list of the written scenario (events: event index)
};

} // namespace powerfield

Q_DECLARE_METATYPE(powerfield::DocumentChange)
