// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alternatives.h"
#include "valueslider.h"

namespace powerfield {

class Document;

// A model value the panel shows and edits: how to read it from the state at the current time
// and how to write it through the document's edit functions, and the same value as a sweep names
// it (none when there is no record to vary yet).
struct ValueAccess
{
    ValueSlider::Read read;
    ValueSlider::Write write;
    std::optional<SweepTarget> target;
};

namespace paneledits {

ValueAccess importance(Document *document, const QString &party, const QString &desire);
// The provision's quality, or its belief when `perceived` (the belief is created on first edit).
ValueAccess provision(Document *document, const QString &from, const QString &to,
                      const QString &desire, bool perceived);
// The value under the document's lens of the record `source` names (a third party's provision or
// an outside option's offer); the belief when the lens is perceived and one was given.
ValueAccess alternative(Document *document, const AlternativeSource &source, const QString &party,
                        const QString &desire);
ValueAccess investment(Document *document, const QString &party, const QString &partner);
ValueAccess comparisonLevel(Document *document, const QString &party);

// Whether the receiver's belief about a provision differs from its quality at the current time.
bool beliefDiffers(const Scenario &state, const QString &from, const QString &to, const QString &desire);
// The first outside option of `party`, or empty: where a missing alternative can be written.
QString firstOption(const Scenario &state, const QString &party);
// Whether one of `party`'s own outside options offers `desire`.
bool hasOwnOffer(const Scenario &state, const QString &party, const QString &desire);
// Adds an outside option for `party` offering `desire` at 0.5, with a fresh id; false if refused.
bool addOption(Document *document, const QString &party, const QString &desire);

} // namespace paneledits

} // namespace powerfield
