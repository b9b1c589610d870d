// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingfolder.h"

#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace powerfield {

namespace {
const QString kKey = QStringLiteral("files/folder");
const QString kExportKey = QStringLiteral("export/path"); // see ViewExportChoice
} // namespace

QString workingFolder()
{
    const QString folder = appSettings().value(kKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void setWorkingFolder(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || path.startsWith(QLatin1Char(':'))) // an embedded example has no folder
        return;
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    QSettings s = appSettings();
    s.setValue(kKey, folder);
    // The next export goes there too, under the name it had.
    const QString exported = s.value(kExportKey).toString();
    if (!exported.isEmpty())
        s.setValue(kExportKey, QDir(folder).filePath(QFileInfo(exported).fileName()));
}

} // namespace powerfield
