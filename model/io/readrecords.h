// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordreader.h"

namespace powerfield::scenariofile {

// The parts of a scenario after the top level, each reading into `s` in order, so later
// parts can check references against earlier ones.
bool readDesires(Reader &r, const QJsonArray &list, Scenario *s);
bool readParties(Reader &r, const QJsonArray &list, Scenario *s);
bool readProvisions(Reader &r, const QJsonArray &list, Scenario *s);
bool readOptions(Reader &r, const QJsonArray &list, Scenario *s);
bool readInvestments(Reader &r, const QJsonArray &list, Scenario *s);

} // namespace powerfield::scenariofile
