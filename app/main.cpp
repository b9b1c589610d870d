// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>

#include <cstdio>

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
        std::fprintf(stderr, "powerfield: --export is not available in this version yet\n");
        return powerfield::ExitUsage;
    case powerfield::RunMode::Window:
        break;
    }
    std::fprintf(stderr, "powerfield: the window is not available in this build yet\n");
    return powerfield::ExitUsage;
}
