// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace powerfield {

// The folder the user last worked in (opened, saved or exported a file): Open, Save As and
// Export View all start there, so a student finds the slide beside the scenario it came from.
// The Documents folder until then.
QString workingFolder();
// Remembers the folder of `path` (a file, or a folder).
void setWorkingFolder(const QString &path);

} // namespace powerfield
