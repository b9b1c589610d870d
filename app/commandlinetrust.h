// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace powerfield::cli {

// `--simulate-trust-game`: a class of simulated students plays the trust game with no display
// (docs/trustgame.md). The options it owns, without dashes, for runModeFor() and addOptions().
QStringList trustGameOptions();
// Runs it when asked for (returns true with the exit status in `status`), or refuses one of its
// options given without it.
bool runTrustGameMode(const QCommandLineParser &parser, int *status);
QString trustGameHelpText();

} // namespace powerfield::cli
