// SPDX-License-Identifier: GPL-3.0-or-later
#include "examples.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace powerfield {

namespace {
const QString kSuffix = QStringLiteral(".powerfield.json");
const QString kFirst = QStringLiteral("abe-and-mary");
} // namespace

QStringList exampleNames()
{
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/examples")).entryList({QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(kSuffix.size()));
    if (names.removeOne(kFirst))
        names.prepend(kFirst);
    return names;
}

QString examplePath(const QString &name)
{
    return QStringLiteral(":/examples/") + name + kSuffix;
}

QString exampleTitle(const QString &name)
{
    QFile file(examplePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("title")).toString();
}

} // namespace powerfield
