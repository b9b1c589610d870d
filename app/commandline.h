// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace powerfield {

// Exit statuses of the command line (docs/architecture.md §Command line).
enum ExitStatus { ExitOk = 0, ExitUsage = 2, ExitBadInput = 3, ExitCannotWrite = 4 };

// What the arguments ask for, before any application object exists.
enum class RunMode { Window, Console, Export };
RunMode runModeFor(const QStringList &arguments);

// Runs the display-free modes (--analyze, --series, --list-examples, --help, --version) and
// returns the exit status. Needs a QCoreApplication.
int runConsole(const QStringList &arguments);

} // namespace powerfield
