// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commandlineparts.h"
#include "commandlinetrust.h"

#include "examples.h"
#include "report.h"
#include "scenarioreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <optional>

namespace powerfield {

namespace {

using namespace cli;

bool writeStdout(const QByteArray &data)
{
    const bool written = std::fwrite(data.constData(), 1, size_t(data.size()), stdout) == size_t(data.size());
    return std::fflush(stdout) == 0 && written;
}

QString helpText()
{
    return CommandLine::tr("Usage:\n"
              "  powerfield [FILE]                                   open the window (with FILE, or the first example)\n"
              "  powerfield --analyze FILE [--time T] [--lens L]     analysis at one time, JSON on stdout\n"
              "  powerfield --series FILE [--lens L] [--csv]         every step, JSON (or CSV) on stdout\n"
              "  powerfield --list-examples                          names of the built-in examples\n"
              "  --example NAME                                      use a built-in example instead of FILE\n"
              "\n"
              "Options:\n"
              "  --time T        integer time step, 0..duration (default 0)\n"
              "  --lens L        perceived (default: each party's beliefs) or actual\n"
              "  --csv           with --series: one row per step and dyad, with a header row\n"
              "  -h, --help      show this help\n"
              "  -v, --version   show the version\n"
              "\n"
              "Exit status: 0 success, 2 usage error, 3 unreadable or invalid input file,\n"
              "4 cannot write the output.\n");
}

int cannotWrite()
{
    return fail({ExitCannotWrite, CommandLine::tr("powerfield: cannot write to standard output")});
}

QString windowHelpText()
{
    return CommandLine::tr("\n"
              "The window:\n"
              "  powerfield --example NAME                           open the window on a built-in example\n"
              "  powerfield --presentation [FILE | --example NAME]   open it in presentation mode, full\n"
              "                                                      screen (Esc leaves)\n")
           + CommandLine::tr("  powerfield --class-session [--port P] [--listen ADDRESS] [FILE | --example NAME]\n"
              "                  open it with a class session running: students join from their\n"
              "                  browsers; prints the join address and the room code, one a line\n"
              "                  (port 8080 or the next free one, 0 for any; all networks unless\n"
              "                  --listen names one address)\n");
}

int listExamples()
{
    QByteArray out;
    for (const QString &name : exampleNames())
        out += name.toUtf8() + '\t' + exampleTitle(name).toUtf8() + '\n';
    return writeStdout(out) ? ExitOk : cannotWrite();
}

int analyze(const QCommandLineParser &parser)
{
    const bool series = parser.isSet(QStringLiteral("series"));
    if (series && parser.isSet(QStringLiteral("analyze")))
        return fail(usage(CommandLine::tr("--analyze and --series cannot be combined")));
    if (parser.isSet(QStringLiteral("csv")) && !series)
        return fail(usage(CommandLine::tr("--csv goes with --series")));
    if (series && parser.isSet(QStringLiteral("time")))
        return fail(usage(CommandLine::tr("--time goes with --analyze; --series covers every step")));
    const QStringList allowed = series ? QStringList{QStringLiteral("series"), QStringLiteral("example"),
                                                     QStringLiteral("lens"), QStringLiteral("csv")}
                                       : QStringList{QStringLiteral("analyze"), QStringLiteral("example"),
                                                     QStringLiteral("lens"), QStringLiteral("time")};
    if (auto failure = onlyOptions(parser, series ? QStringLiteral("--series") : QStringLiteral("--analyze"), allowed))
        return fail(*failure);
    Lens lens = Lens::Perceived;
    Scenario scenario;
    int time = 0;
    if (auto failure = lensFrom(parser, &lens))
        return fail(*failure);
    QString path;
    if (auto failure = inputFrom(parser, &scenario, &path))
        return fail(*failure);
    if (auto failure = timeFrom(parser, scenario, &time))
        return fail(*failure);
    if (!series)
        return writeStdout(analysisJson(scenario, time, lens)) ? ExitOk : cannotWrite();
    // Streamed: a million steps are gigabytes of text, written as they are computed.
    const ReportSink sink = [](const QByteArray &piece) { return writeStdout(piece); };
    const bool written = parser.isSet(QStringLiteral("csv")) ? streamSeriesCsv(scenario, lens, sink)
                                                             : streamSeriesJson(scenario, lens, sink);
    return written ? ExitOk : cannotWrite();
}

} // namespace

RunMode runModeFor(const QStringList &arguments)
{
    // --help and --version answer whatever else is asked.
    static const QStringList answers = {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version"),
                                        QStringLiteral("-v")};
    for (const QString &arg : arguments.mid(1)) {
        if (answers.contains(arg))
            return RunMode::Console;
    }
    for (const QString &arg : arguments.mid(1)) {
        if (arg == QLatin1String("--export") || arg.startsWith(QLatin1String("--export=")))
            return RunMode::Export;
    }
    static const QStringList console = {QStringLiteral("--analyze"), QStringLiteral("--series"),
                                        QStringLiteral("--list-examples"), QStringLiteral("--help"),
                                        QStringLiteral("-h"), QStringLiteral("--version"),
                                        QStringLiteral("-v"), QStringLiteral("--csv"),
                                        QStringLiteral("--time"), QStringLiteral("--lens"),
                                        QStringLiteral("--simulate-trust-game")};
    QStringList trust = cli::trustGameOptions();
    for (QString &option : trust)
        option.prepend(QStringLiteral("--"));
    for (const QString &arg : arguments.mid(1)) {
        const QString option = arg.section(QLatin1Char('='), 0, 0);
        if (console.contains(option) || trust.contains(option))
            return RunMode::Console;
    }
    return RunMode::Window;
}

int runConsole(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(usage(parser.errorText()));
    if (parser.isSet(QStringLiteral("help")))
        return writeStdout((helpText() + trustGameHelpText() + windowHelpText() + exportHelpText()).toUtf8())
                   ? ExitOk : ExitCannotWrite;
    if (parser.isSet(QStringLiteral("version")))
        return writeStdout("powerfield " POWERFIELD_VERSION "\n") ? ExitOk : ExitCannotWrite;
    if (parser.isSet(QStringLiteral("list-examples"))) {
        if (auto failure = onlyOptions(parser, QStringLiteral("--list-examples"), {QStringLiteral("list-examples")}))
            return fail(*failure);
        if (!parser.positionalArguments().isEmpty())
            return fail(usage(CommandLine::tr("--list-examples takes no FILE")));
        return listExamples();
    }
    if (int status = 0; runTrustGameMode(parser, &status))
        return status;
    if (!parser.isSet(QStringLiteral("analyze")) && !parser.isSet(QStringLiteral("series")))
        return fail(usage(CommandLine::tr("say what to do: --analyze, --series or --list-examples")));
    return analyze(parser);
}

} // namespace powerfield
