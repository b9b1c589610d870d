// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QPointF>

#include <functional>

namespace powerfield::newrecords {

// The one way new ids are made: the first "STEM-N" (N = 1, 2, ...) that `taken` does not hold.
QString freshId(const QString &stem, const std::function<bool(const QString &)> &taken);

// The one place new records get their ids and default names.
// A party "Party N" at `position`, with the palette colour of its place in the list.
Party party(const Scenario &s, QPointF position);
// A desire named `name`, or "Desire N" when `name` is empty.
Desire desire(const Scenario &s, const QString &name = QString());
// "OWNER's alternative", offering `desire` at 0.5 when `desire` is not empty.
OutsideOption option(const Scenario &s, const QString &owner, const QString &desire);

// The quality a new offer starts at.
constexpr double kNewOfferQuality = 0.5;

} // namespace powerfield::newrecords
