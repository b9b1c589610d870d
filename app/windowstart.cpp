// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowstart.h"

#include "classserver.h"
#include "classsession.h"
#include "examples.h"
#include "mainwindow.h"
#include "presentationmode.h"

#include <QCommandLineParser>
#include <QHostAddress>

#include <cstdio>

namespace powerfield {

using namespace cli;

namespace {

std::optional<Failure> classSessionFrom(const QCommandLineParser &parser, WindowStart *start)
{
    start->classSession = parser.isSet(QStringLiteral("class-session"));
    for (const char *option : {"port", "listen"}) {
        if (parser.isSet(QLatin1String(option)) && !start->classSession)
            return usage(CommandLine::tr("--%1 goes with --class-session").arg(QLatin1String(option)));
    }
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return usage(CommandLine::tr("--port takes a number from 0 (any free port) to 65535"));
        start->port = quint16(port);
    }
    if (parser.isSet(QStringLiteral("listen"))) {
        start->listen = parser.value(QStringLiteral("listen"));
        if (QHostAddress(start->listen).isNull())
            return usage(CommandLine::tr("--listen takes an IP address such as 192.168.1.20, not '%1'")
                             .arg(start->listen));
    }
    return std::nullopt;
}

bool startClassSession(MainWindow &window, const WindowStart &start)
{
    const QHostAddress address = start.listen.isEmpty() ? QHostAddress(QHostAddress::AnyIPv4)
                                                        : QHostAddress(start.listen);
    QString error;
    ClassSession *session = window.classSession();
    if (!session->start(address, start.port, &error)) {
        std::fprintf(stderr, "%s\n", CommandLine::tr("powerfield: the class session could not start: %1")
                                         .arg(error).toLocal8Bit().constData());
        return false;
    }
    const QByteArray lines = session->server()->joinUrl().toString().toUtf8() + '\n'
                             + session->server()->roomCode().toUtf8() + '\n';
    std::fwrite(lines.constData(), 1, size_t(lines.size()), stdout);
    std::fflush(stdout);
    session->showJoinCard();
    return true;
}

} // namespace

std::optional<Failure> windowStartFrom(const QStringList &arguments, WindowStart *start)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    static const QStringList windowOptions = {QStringLiteral("example"), QStringLiteral("presentation"),
                                              QStringLiteral("class-session"), QStringLiteral("port"),
                                              QStringLiteral("listen")};
    for (const QString &name : parser.optionNames()) {
        if (!windowOptions.contains(name))
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
    if (auto failure = classSessionFrom(parser, start))
        return failure;
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
    if (start.classSession && !startClassSession(window, start))
        return false;
    return opened;
}

} // namespace powerfield
