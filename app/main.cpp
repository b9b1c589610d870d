// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commandlineparts.h"
#include "exportcommand.h"
#include "mainwindow.h"
#include "terminationwatcher.h"
#include "translations.h"
#include "windowstart.h"

#include <QApplication>

namespace {

int runWindow(int argc, char *argv[], const QStringList &arguments)
{
    powerfield::WindowStart start;
    if (powerfield::windowStartFrom(arguments, &start)) {
        // Say why in the environment's language, as the other modes do.
        QCoreApplication app(argc, argv);
        powerfield::cli::useEnvironmentLanguage();
        return powerfield::cli::fail(*powerfield::windowStartFrom(arguments, &start));
    }
    QApplication app(argc, argv);
    powerfield::Translations::instance()->restore(); // the language chosen last, else the system's
    powerfield::MainWindow window;
    powerfield::TerminationWatcher termination;
    QObject::connect(&termination, &powerfield::TerminationWatcher::terminationRequested, &window,
                     &powerfield::MainWindow::quitKeepingRecovery);
    powerfield::startWindow(window, start);
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
        powerfield::cli::useEnvironmentLanguage();
        return powerfield::runConsole(arguments);
    }
    case powerfield::RunMode::Export:
        return powerfield::runExport(argc, argv, arguments);
    case powerfield::RunMode::Window:
        break;
    }
    return runWindow(argc, argv, arguments);
}
