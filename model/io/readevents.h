// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordreader.h"

namespace powerfield::scenariofile {

// A scenario's events and their changes, read into `s` after every record they can name.
bool readEvents(Reader &r, const QJsonArray &list, Scenario *s);

} // namespace powerfield::scenariofile
