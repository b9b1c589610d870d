// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "examples.h"
#include "exportcommand.h"
#include "mainwindow.h"
#include "terminationwatcher.h"
#include "translations.h"

#include <QApplication>

#include <cstdio>

namespace {

// The window's file comes as the one plain argument; without one, the first example opens.
int runWindow(int argc, char *argv[], const QStringList &arguments)
{
    const QStringList files = arguments.mid(1);
    for (const QString &arg : files) {
        if (arg.startsWith(u'-')) {
            std::fprintf(stderr, "powerfield: unknown option '%s'\nTry 'powerfield --help' for more information.\n",
                         arg.toLocal8Bit().constData());
            return powerfield::ExitUsage;
        }
    }
    if (files.size() > 1) {
        std::fprintf(stderr, "powerfield: give at most one file to open\n");
        return powerfield::ExitUsage;
    }
    QApplication app(argc, argv);
    powerfield::Translations::instance()->restore(); // the language chosen last, else the system's
    powerfield::MainWindow window;
    if (!files.isEmpty())
        window.openFile(files.first());
    else
        window.openExample(powerfield::exampleNames().value(0));
    powerfield::TerminationWatcher termination;
    QObject::connect(&termination, &powerfield::TerminationWatcher::terminationRequested, &window,
                     &powerfield::MainWindow::quitKeepingRecovery);
    window.show();
    window.offerRecovery();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCoreApplication::setOrganizationName(QStringLiteral("Powerfield"));
    QCoreApplication::setApplicationName(QStringLiteral("Powerfield"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POWERFIELD_VERSION));

    switch (powerfield::runModeFor(arguments)) {
    case powerfield::RunMode::Console: {
        QCoreApplication app(argc, argv);
        return powerfield::runConsole(arguments);
    }
    case powerfield::RunMode::Export:
        return powerfield::runExport(argc, argv, arguments);
    case powerfield::RunMode::Window:
        break;
    }
    return runWindow(argc, argv, arguments);
}
