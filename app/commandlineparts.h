// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace powerfield::cli {

// A failure that ends the run: its exit status and the one line for stderr.
struct Failure
{
    int status;
    QString message;
};

// The translation context of the command line's messages, spelt so that lupdate finds it.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

Failure usage(const QString &reason);
int fail(const Failure &failure); // prints it, returns its status

void addOptions(QCommandLineParser &parser);
// Installs the translations of the environment's language (LANGUAGE, LANG, ...), as the window
// does on first start, so that --help and the messages speak it. Needs an application object.
void useEnvironmentLanguage();
// Refuses an option given twice, and any option set that `allowed` does not hold: the mode
// (named `mode`, such as "--analyze") would ignore it. Options are named without dashes.
std::optional<Failure> onlyOptions(const QCommandLineParser &parser, const QString &mode,
                                   const QStringList &allowed);
std::optional<Failure> noRepeatedOption(const QCommandLineParser &parser);
// The --help part about --export: its views, sizes and themes.
QString exportHelpText();
// The parts every mode shares; each returns a failure or fills its output.
std::optional<Failure> lensFrom(const QCommandLineParser &parser, Lens *lens);
// The input file or example; `path` receives the file read.
std::optional<Failure> inputFrom(const QCommandLineParser &parser, Scenario *scenario, QString *path);
std::optional<Failure> timeFrom(const QCommandLineParser &parser, const Scenario &scenario, int *time);

} // namespace powerfield::cli
