// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "document.h"
#include "scenarioreader.h"
#include "scenariowriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace powerfield {

namespace {

constexpr int kDefaultInterval = 60 * 1000;
const QString kCopySuffix = QStringLiteral(".powerfield.json");
const QString kSidecarSuffix = QStringLiteral(".recovery.json");
const QString kLockSuffix = QStringLiteral(".lock");

QString pathFor(const QString &id, const QString &suffix)
{
    return Autosave::folder() + QLatin1Char('/') + id + suffix;
}

QString idOf(const QString &copyPath)
{
    return QFileInfo(copyPath).fileName().chopped(kCopySuffix.size());
}

bool writeSidecar(const QString &path, const Document &document, QString *error)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("powerfield-recovery"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("original"), document.filePath());
    o.insert(QStringLiteral("title"), document.scenario().title);
    o.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(o).toJson();
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (error)
        *error = path + QLatin1String(": ") + file.errorString();
    return false;
}

// The copy with what its sidecar says; a missing or damaged sidecar leaves the file's time.
RecoveryCopy describe(const QString &copyPath)
{
    RecoveryCopy copy{copyPath, QString(), QString(), QFileInfo(copyPath).lastModified()};
    QFile file(pathFor(idOf(copyPath), kSidecarSuffix));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return copy;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    copy.originalPath = o.value(QStringLiteral("original")).toString();
    copy.title = o.value(QStringLiteral("title")).toString();
    const QDateTime time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (time.isValid())
        copy.time = time;
    return copy;
}

} // namespace

Autosave::Autosave(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultInterval());
    connect(&m_timer, &QTimer::timeout, this, &Autosave::timeout);
    connect(document, &Document::modifiedChanged, this, &Autosave::documentChanged);
    connect(document, &Document::changed, this, &Autosave::documentChanged);
    connect(document, &Document::scenarioReset, this, &Autosave::documentChanged);
    connect(document, &QObject::destroyed, this, [this] { // the copy stays, as after a crash
        m_timer.stop();
        m_document = nullptr;
    });
}

Autosave::~Autosave() = default;

int Autosave::defaultInterval()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("POWERFIELD_AUTOSAVE_MS", &ok);
    return ok && ms > 0 ? ms : kDefaultInterval;
}

QString Autosave::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QLatin1String("/Powerfield/Powerfield/recovery");
}

QString Autosave::copyPath() const
{
    return pathFor(m_id, kCopySuffix);
}

bool Autosave::hasCopy() const
{
    return QFileInfo::exists(copyPath());
}

// An edit starts the interval; edits within it are in the copy written when it ends.
void Autosave::documentChanged()
{
    if (!m_document)
        return;
    if (!m_document->isModified())
        discard();
    else if (!m_timer.isActive())
        m_timer.start();
}

void Autosave::timeout()
{
    QString error;
    if (!saveNow(&error))
        emit saveFailed(error);
}

bool Autosave::saveNow(QString *error)
{
    m_timer.stop();
    if (!m_document)
        return true;
    if (!m_document->isModified()) {
        discard();
        return true;
    }
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = folder() + QLatin1String(": cannot create the recovery folder");
        return false;
    }
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(pathFor(m_id, kLockSuffix));
        m_lock->setStaleLockTime(0); // stale only when its process is gone, however old
        m_lock->tryLock(0);
    }
    return writeScenarioFile(copyPath(), m_document->scenario(), error)
           && writeSidecar(pathFor(m_id, kSidecarSuffix), *m_document, error);
}

void Autosave::discard()
{
    m_timer.stop();
    QFile::remove(pathFor(m_id, kSidecarSuffix));
    QFile::remove(copyPath());
    m_lock.reset(); // unlocks and removes the lock file
}

QVector<RecoveryCopy> Autosave::findCopies()
{
    QVector<RecoveryCopy> copies;
    QDir dir(folder());
    const QStringList names = dir.entryList({QLatin1Char('*') + kCopySuffix}, QDir::Files);
    for (const QString &name : names) {
        QLockFile lock(pathFor(idOf(name), kLockSuffix));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its session is still running (maybe this one)
        lock.unlock();
        copies.append(describe(dir.filePath(name)));
    }
    std::sort(copies.begin(), copies.end(),
              [](const RecoveryCopy &a, const RecoveryCopy &b) { return a.time > b.time; });
    return copies;
}

void Autosave::discardCopy(const RecoveryCopy &copy)
{
    QFile::remove(pathFor(idOf(copy.copyPath), kSidecarSuffix));
    QFile::remove(copy.copyPath);
}

bool Autosave::restore(const RecoveryCopy &copy, QString *error)
{
    Scenario recovered;
    ScenarioError problem;
    if (!readScenarioFile(copy.copyPath, &recovered, &problem)) {
        if (error)
            *error = problem.message();
        return false;
    }
    Scenario base;
    if (!copy.originalPath.isEmpty())
        readScenarioFile(copy.originalPath, &base, nullptr); // gone or changed: Save recreates it
    m_document->setScenario(base, copy.originalPath);
    m_document->recover(recovered);
    if (!saveNow(error))
        return false; // the old copy stays until this session has its own
    discardCopy(copy);
    return true;
}

} // namespace powerfield
