// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QString>

namespace powerfield {

// Why a file was refused: the file, the place in it (a JSON path such as
// "$.parties[2].needs.company", or "line 4, column 7" for malformed text) and the reason.
struct ScenarioError
{
    QString file;
    QString place;
    QString reason;
    QString message() const; // "FILE: PLACE: REASON", one line
};

// Reads a scenario file and checks every rule of docs/file-format.md §Reading rules. On failure
// returns false, fills `error` with the first problem found and leaves `out` untouched.
bool readScenario(const QByteArray &data, const QString &fileName, Scenario *out,
                  ScenarioError *error);
bool readScenarioFile(const QString &path, Scenario *out, ScenarioError *error);

} // namespace powerfield
