// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QString>

namespace powerfield {

// Writes a scenario as `.powerfield.json` text: keys in a fixed order, numbers in their shortest
// exact form, a `perceived` left out where it was never given; reading it back gives an equal
// Scenario and writing that again the same bytes.
QByteArray writeScenario(const Scenario &scenario);
// Atomic (QSaveFile): on failure the old file is intact and `error` says why, naming the file.
// Writes only a regular file or a new one, never a device, FIFO, socket or folder (regularfile.h).
bool writeScenarioFile(const QString &path, const Scenario &scenario, QString *error);

} // namespace powerfield
