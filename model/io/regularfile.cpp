// SPDX-License-Identifier: GPL-3.0-or-later
#include "regularfile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace powerfield {

// Nothing there, or what stat() cannot tell, is left for opening the file to report.
QString notRegularFile(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("no file named");
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QString();
    if (S_ISREG(info.st_mode))
        return QString();
    if (S_ISDIR(info.st_mode))
        return QStringLiteral("is a directory, not a file");
    if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
        return QStringLiteral("is a device, not a file");
    if (S_ISFIFO(info.st_mode))
        return QStringLiteral("is a named pipe (FIFO), not a file");
    if (S_ISSOCK(info.st_mode))
        return QStringLiteral("is a socket, not a file");
    return QStringLiteral("is not a regular file");
#else
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return QString();
    return info.isDir() ? QStringLiteral("is a directory, not a file") : QStringLiteral("is not a regular file");
#endif
}

} // namespace powerfield
