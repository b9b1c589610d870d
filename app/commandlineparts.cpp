// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlineparts.h"

#include "examples.h"
#include "scenarioreader.h"
#include "translations.h"

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
        {QStringLiteral("class-session"), QString()},
        {QStringLiteral("port"), QString(), QStringLiteral("P")},
        {QStringLiteral("listen"), QString(), QStringLiteral("ADDRESS")},
        {QStringLiteral("simulate-trust-game"), QString()},
        {QStringLiteral("students"), QString(), QStringLiteral("N")},
        {QStringLiteral("rounds"), QString(), QStringLiteral("R")},
        {QStringLiteral("seed"), QString(), QStringLiteral("S")},
        {QStringLiteral("log"), QString(), QStringLiteral("LOG")},
        {QStringLiteral("summary"), QString(), QStringLiteral("SUMMARY")},
    });
}

void useEnvironmentLanguage()
{
    Translations::instance()->setLanguage(QString(), false); // the system's, not remembered
}

namespace {

QString canonicalName(const QString &name)
{
    if (name == QLatin1String("h"))
        return QStringLiteral("help");
    if (name == QLatin1String("v"))
        return QStringLiteral("version");
    return name;
}

QString dashed(const QString &name)
{
    return QStringLiteral("--") + name;
}

} // namespace

std::optional<Failure> noRepeatedOption(const QCommandLineParser &parser)
{
    QStringList seen;
    for (const QString &name : parser.optionNames()) {
        const QString option = canonicalName(name);
        if (seen.contains(option))
            return usage(CommandLine::tr("%1 is given more than once").arg(dashed(option)));
        seen.append(option);
    }
    return std::nullopt;
}

std::optional<Failure> onlyOptions(const QCommandLineParser &parser, const QString &mode,
                                   const QStringList &allowed)
{
    if (auto failure = noRepeatedOption(parser))
        return failure;
    for (const QString &name : parser.optionNames()) {
        const QString option = canonicalName(name);
        if (!allowed.contains(option))
            return usage(CommandLine::tr("%1 does not go with %2").arg(dashed(option), mode));
    }
    return std::nullopt;
}

QString exportHelpText()
{
    return CommandLine::tr("\n"
              "Pictures:\n"
              "  powerfield --export OUT.png|svg|pdf --view VIEW FILE [options]\n"
              "  --view VIEW     field, panel, plot, window (the main views side by side, as on\n"
              "                  screen) or slide (title, caption, field with legend, plot below)\n"
              "  --dyad A,B      the dyad the panel and plot show (default: the saved one, else\n"
              "                  the most imbalanced)\n"
              "  --size WxH      the picture's size in logical pixels (default 1600x900). The\n"
              "                  layout follows its shape: 1920x1080 gives a 16:9 slide,\n"
              "                  1024x768 a 4:3 one\n"
              "  --scale S       1 to 4: PNG pixels per logical pixel (1920x1080 at 2 is 3840x2160)\n"
              "  --theme THEME   print (white, the default), projector (dark, heavy lines) or\n"
              "                  transparent (for slides with their own background)\n"
              "  --presentation  large type and thick lines, for the back row\n"
              "  --layout        run the automatic layout to rest before drawing\n"
              "SVG and PDF keep the text as text.\n");
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
    if (!example && files.first().isEmpty())
        return usage(CommandLine::tr("the FILE name is empty"));
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
