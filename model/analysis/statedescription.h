// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace powerfield {

class Document;

// The state the document shows (its current time, under its lens) as plain sentences, one a
// line: where the story is, what happens at this step, who depends on whom and who holds power
// in every dyad, and, with more than one dyad, who holds the most power in the field. For
// screen readers and slide notes; translatable (context "Describe").
QString describeState(const Document &document);

} // namespace powerfield
