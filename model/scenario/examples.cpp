// SPDX-License-Identifier: GPL-3.0-or-later
#include "examples.h"

#include "scenario.h"
#include "scenarioreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace powerfield {

namespace {

const QString kSuffix = QStringLiteral(".powerfield.json");
const QString kFirst = QStringLiteral("abe-and-mary");

void translate(QString *text)
{
    if (!text->isEmpty())
        *text = QCoreApplication::translate("Example", text->toUtf8().constData());
}

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
    QString title = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("title")).toString();
    translate(&title);
    return title;
}

bool readExample(const QString &name, Scenario *scenario, ScenarioError *error)
{
    if (!readScenarioFile(examplePath(name), scenario, error))
        return false;
    translateExample(scenario);
    return true;
}

void translateExample(Scenario *scenario)
{
    for (QString *text : {&scenario->title, &scenario->description, &scenario->notes})
        translate(text);
    for (Desire &desire : scenario->desires)
        translate(&desire.name);
    for (Party &party : scenario->parties)
        translate(&party.name);
    for (OutsideOption &option : scenario->options)
        translate(&option.name);
    for (Event &event : scenario->events) {
        translate(&event.label);
        translate(&event.caption);
    }
}

} // namespace powerfield
