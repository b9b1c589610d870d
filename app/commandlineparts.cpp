// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlineparts.h"

#include "examples.h"
#include "scenarioreader.h"

#include <QCoreApplication>

#include <cstdio>

namespace powerfield::cli {

int fail(const Failure &failure)
{
    std::fprintf(stderr, "%s\n", failure.message.toLocal8Bit().constData());
    if (failure.status == ExitUsage)
        std::fprintf(stderr, "%s\n", CommandLine::tr("Try 'powerfield --help' for more information.").toLocal8Bit().constData());
    return failure.status;
}

Failure usage(const QString &reason)
{
    return {ExitUsage, QStringLiteral("powerfield: ") + reason};
}

void addOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {QStringLiteral("analyze"), QString()},
        {QStringLiteral("series"), QString()},
        {QStringLiteral("csv"), QString()},
        {QStringLiteral("list-examples"), QString()},
        {QStringLiteral("example"), QString(), QStringLiteral("NAME")},
        {QStringLiteral("time"), QString(), QStringLiteral("T")},
        {QStringLiteral("lens"), QString(), QStringLiteral("L")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QString()},
        {{QStringLiteral("v"), QStringLiteral("version")}, QString()},
        {QStringLiteral("export"), QString(), QStringLiteral("OUT")},
        {QStringLiteral("view"), QString(), QStringLiteral("VIEW")},
        {QStringLiteral("dyad"), QString(), QStringLiteral("A,B")},
        {QStringLiteral("size"), QString(), QStringLiteral("WxH")},
        {QStringLiteral("scale"), QString(), QStringLiteral("S")},
        {QStringLiteral("theme"), QString(), QStringLiteral("THEME")},
        {QStringLiteral("presentation"), QString()},
        {QStringLiteral("layout"), QString()},
    });
}

std::optional<Failure> lensFrom(const QCommandLineParser &parser, Lens *lens)
{
    if (!parser.isSet(QStringLiteral("lens")))
        return std::nullopt;
    const QString name = parser.value(QStringLiteral("lens"));
    if (name == QLatin1String("perceived"))
        *lens = Lens::Perceived;
    else if (name == QLatin1String("actual"))
        *lens = Lens::Actual;
    else
        return usage(CommandLine::tr("--lens must be 'perceived' or 'actual', not '%1'").arg(name));
    return std::nullopt;
}

std::optional<Failure> inputFrom(const QCommandLineParser &parser, Scenario *scenario, QString *path)
{
    const QStringList files = parser.positionalArguments();
    const bool example = parser.isSet(QStringLiteral("example"));
    if (files.size() > 1)
        return usage(CommandLine::tr("expected one input file, got %1").arg(files.size()));
    if (example == !files.isEmpty())
        return usage(CommandLine::tr("give either a FILE or --example NAME"));
    *path = example ? QString() : files.first();
    if (example) {
        const QString name = parser.value(QStringLiteral("example"));
        if (!exampleNames().contains(name))
            return usage(CommandLine::tr("no example named '%1' (see --list-examples)").arg(name));
        *path = examplePath(name);
    }
    ScenarioError error;
    if (!readScenarioFile(*path, scenario, &error))
        return Failure{ExitBadInput, error.message()};
    return std::nullopt;
}

std::optional<Failure> timeFrom(const QCommandLineParser &parser, const Scenario &scenario, int *time)
{
    if (!parser.isSet(QStringLiteral("time")))
        return std::nullopt;
    const QString text = parser.value(QStringLiteral("time"));
    bool ok = false;
    *time = text.toInt(&ok);
    if (!ok || *time < 0 || *time > scenario.duration)
        return usage(CommandLine::tr("--time must be an integer from 0 to %1, not '%2'").arg(scenario.duration).arg(text));
    return std::nullopt;
}

} // namespace powerfield::cli
