// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

namespace powerfield::changes {

// Event changes naming one record, with no field set yet (docs/file-format.md §Events).
inline Change party(const QString &id)
{
    Change c;
    c.target = Change::Target::Party;
    c.party = id;
    return c;
}

inline Change need(const QString &party, const QString &desire)
{
    Change c = changes::party(party);
    c.target = Change::Target::Need;
    c.desire = desire;
    return c;
}

inline Change provision(const QString &from, const QString &to, const QString &desire)
{
    Change c = changes::need(from, desire);
    c.target = Change::Target::Provision;
    c.other = to;
    return c;
}

inline Change offer(const QString &option, const QString &desire)
{
    Change c;
    c.target = Change::Target::Option;
    c.option = option;
    c.desire = desire;
    return c;
}

inline Change investment(const QString &party, const QString &partner)
{
    Change c = changes::party(party);
    c.target = Change::Target::Investment;
    c.other = partner;
    return c;
}

} // namespace powerfield::changes
