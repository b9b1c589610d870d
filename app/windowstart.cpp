// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowstart.h"

#include "examples.h"
#include "mainwindow.h"
#include "presentationmode.h"

#include <QCommandLineParser>

namespace powerfield {

using namespace cli;

std::optional<Failure> windowStartFrom(const QStringList &arguments, WindowStart *start)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    for (const QString &name : parser.optionNames()) {
        if (name != QLatin1String("example") && name != QLatin1String("presentation"))
            return usage(CommandLine::tr("--%1 goes with --export; the window takes FILE or --example NAME, "
                                         "and --presentation").arg(name));
    }
    if (auto failure = noRepeatedOption(parser))
        return failure;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return usage(CommandLine::tr("give at most one file to open"));
    *start = WindowStart();
    start->presentation = parser.isSet(QStringLiteral("presentation"));
    if (parser.isSet(QStringLiteral("example"))) {
        if (!files.isEmpty())
            return usage(CommandLine::tr("give either a FILE or --example NAME"));
        start->example = parser.value(QStringLiteral("example"));
        if (!exampleNames().contains(start->example))
            return usage(CommandLine::tr("no example named '%1' (see --list-examples)").arg(start->example));
    } else if (!files.isEmpty()) {
        start->file = files.first();
        if (start->file.isEmpty())
            return usage(CommandLine::tr("the FILE name is empty"));
    }
    return std::nullopt;
}

bool startWindow(MainWindow &window, const WindowStart &start)
{
    bool opened = true;
    if (!start.file.isEmpty())
        opened = window.openFile(start.file);
    else
        opened = window.openExample(start.example.isEmpty() ? exampleNames().value(0) : start.example);
    window.show();
    if (start.presentation)
        window.presentationMode()->setActive(true); // after show(): it goes full screen
    return opened;
}

} // namespace powerfield
