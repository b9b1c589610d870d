// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>

namespace powerfield {

// The program's settings store (organisation and application "Powerfield"), the same whatever
// names the application object was given; tests move it with QStandardPaths' test mode.
inline QSettings appSettings()
{
    return QSettings(QStringLiteral("Powerfield"), QStringLiteral("Powerfield"));
}

} // namespace powerfield
