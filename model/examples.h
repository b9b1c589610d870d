// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace powerfield {

// The example scenarios embedded as ":/examples/NAME.powerfield.json", named by NAME
// (e.g. "abe-and-mary"); "abe-and-mary" comes first, the rest in name order.
QStringList exampleNames();
QString examplePath(const QString &name);
// The example's "title" (empty when it cannot be read).
QString exampleTitle(const QString &name);

} // namespace powerfield
