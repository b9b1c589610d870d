// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlinetrust.h"

#include "commandlineparts.h"

#include "regularfile.h"
#include "trustcsv.h"
#include "trustsimulation.h"
#include "trusttally.h"

#include <QFileInfo>

#include <cstdio>

namespace powerfield::cli {

namespace {

const QString &modeName()
{
    static const QString name = QStringLiteral("--simulate-trust-game");
    return name;
}

// A whole number in [min, max] from a required option.
std::optional<Failure> countFrom(const QCommandLineParser &parser, const QString &option, int min, int max, int *value)
{
    if (!parser.isSet(option))
        return usage(CommandLine::tr("%1 needs --%2, a whole number from %3 to %4").arg(modeName(), option).arg(min).arg(max));
    bool ok = false;
    const QString text = parser.value(option);
    *value = text.toInt(&ok);
    if (!ok || *value < min || *value > max)
        return usage(CommandLine::tr("--%1 must be a whole number from %2 to %3, not '%4'").arg(option).arg(min).arg(max).arg(text));
    return std::nullopt;
}

std::optional<Failure> seedFrom(const QCommandLineParser &parser, quint32 *seed)
{
    if (!parser.isSet(QStringLiteral("seed")))
        return std::nullopt;
    bool ok = false;
    const QString text = parser.value(QStringLiteral("seed"));
    const qulonglong value = text.toULongLong(&ok);
    if (!ok || value > 0xffffffffULL)
        return usage(CommandLine::tr("--seed must be a whole number from 0 to 4294967295, not '%1'").arg(text));
    *seed = quint32(value);
    return std::nullopt;
}

// The output files, checked before the class plays.
std::optional<Failure> outputsFrom(const QCommandLineParser &parser)
{
    QStringList paths;
    for (const QString &option : {QStringLiteral("log"), QStringLiteral("summary")}) {
        if (!parser.isSet(option))
            continue;
        const QString path = parser.value(option);
        if (path.isEmpty())
            return usage(CommandLine::tr("--%1 needs a file name").arg(option));
        const QString why = notRegularFile(path);
        if (!why.isEmpty())
            return Failure{ExitCannotWrite, path + QStringLiteral(": ") + why};
        paths.append(QFileInfo(path).absoluteFilePath());
    }
    if (paths.size() == 2 && paths[0] == paths[1])
        return usage(CommandLine::tr("--log and --summary name the same file"));
    return std::nullopt;
}

bool writeStdout(const QByteArray &data)
{
    const bool written = std::fwrite(data.constData(), 1, size_t(data.size()), stdout) == size_t(data.size());
    return std::fflush(stdout) == 0 && written;
}

int simulate(const QCommandLineParser &parser)
{
    QStringList allowed = trustGameOptions();
    allowed.append(QStringLiteral("simulate-trust-game"));
    if (auto f = onlyOptions(parser, modeName(), allowed))
        return fail(*f);
    if (!parser.positionalArguments().isEmpty())
        return fail(usage(CommandLine::tr("%1 takes no FILE").arg(modeName())));
    int students = 0;
    int rounds = 0;
    quint32 seed = 1;
    if (auto f = countFrom(parser, QStringLiteral("students"), 1, kTrustMaxStudents, &students))
        return fail(*f);
    if (auto f = countFrom(parser, QStringLiteral("rounds"), 1, kTrustMaxRounds, &rounds))
        return fail(*f);
    if (auto f = seedFrom(parser, &seed))
        return fail(*f);
    if (auto f = outputsFrom(parser))
        return fail(*f);
    const TrustGame game = simulateTrustGame(students, rounds, seed);
    const TrustResults results = trustResults(game.log());
    QString error;
    if (parser.isSet(QStringLiteral("log"))
        && !writeTrustFile(parser.value(QStringLiteral("log")), trustLogCsv(game.log(), false), &error))
        return fail({ExitCannotWrite, error});
    const QByteArray summary = trustSummaryCsv(results);
    if (!parser.isSet(QStringLiteral("summary")))
        return writeStdout(summary) ? ExitOk : fail({ExitCannotWrite, CommandLine::tr("powerfield: cannot write to standard output")});
    if (!writeTrustFile(parser.value(QStringLiteral("summary")), summary, &error))
        return fail({ExitCannotWrite, error});
    return writeStdout(results.reading().toUtf8() + '\n') ? ExitOk : ExitCannotWrite;
}

} // namespace

QStringList trustGameOptions()
{
    return {QStringLiteral("students"), QStringLiteral("rounds"), QStringLiteral("seed"), QStringLiteral("log"),
            QStringLiteral("summary")};
}

bool runTrustGameMode(const QCommandLineParser &parser, int *status)
{
    if (parser.isSet(QStringLiteral("simulate-trust-game"))) {
        *status = simulate(parser);
        return true;
    }
    for (const QString &option : trustGameOptions()) {
        if (parser.isSet(option)) {
            *status = fail(usage(CommandLine::tr("--%1 goes with %2").arg(option, modeName())));
            return true;
        }
    }
    return false;
}

QString trustGameHelpText()
{
    return CommandLine::tr("\n"
              "The trust game (a simulated class, no display):\n"
              "  powerfield --simulate-trust-game --students N --rounds R [--seed S]\n"
              "             [--log LOG.csv] [--summary SUMMARY.csv]\n"
              "                  N students (1 to 10000) play R rounds (1 to 1000), paired anew each\n"
              "                  round; each cooperates with the published rate of their role. The\n"
              "                  same seed (default 1) plays the same game. --log writes every\n"
              "                  choice, --summary the rates by condition and role with 95 % Wilson\n"
              "                  intervals and prints whether the class reproduced the published\n"
              "                  ordering; without --summary the summary goes to standard output\n");
}

} // namespace powerfield::cli
