// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace powerfield {

// The one selection all views share: nothing, a party (a only) or a dyad (a and b).
struct Selection
{
    QString a;
    QString b;
    bool isEmpty() const { return a.isEmpty(); }
    bool isDyad() const { return !a.isEmpty() && !b.isEmpty(); }
    bool operator==(const Selection &o) const { return a == o.a && b == o.b; }
    bool operator!=(const Selection &o) const { return !(*this == o); }
};

} // namespace powerfield

Q_DECLARE_METATYPE(powerfield::Selection)
