// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave: a recovery copy exists exactly while the document has unsaved changes, holds the
// latest of them after one interval, and is offered (and restored) only once its session is gone.
#include "autosave.h"
#include "document.h"
#include "scenarioreader.h"
#include "scenariofixture.h"
#include "scenariowriter.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace powerfield;
using namespace powerfield::test;

namespace {

constexpr int kInterval = 50;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject sidecarOf(const QString &copyPath)
{
    QString path = copyPath;
    path.replace(QStringLiteral(".powerfield.json"), QStringLiteral(".recovery.json"));
    return QJsonDocument::fromJson(readAll(path)).object();
}

} // namespace

// The recovery copy's life: written, refreshed, removed, found, restored.
class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noCopyWhileClean();
    void copyAfterOneInterval();
    void laterEditsReachTheCopy();
    void cleanDocumentHasNoCopy();
    void documentGoneFirstKeepsCopy();
    void runningSessionIsNotOffered();
    void endedSessionIsOffered();
    void killedSessionIsOffered();
    void restoreOnTheOriginalFile();
    void restoreUntitled();
    void damagedCopyIsRefused();
    void intervalFromEnvironment();

private:
    QString m_path;
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<Autosave> m_autosave;
};

void TestAutosave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Autosave::folder().contains(QStringLiteral(".qttest")));
    m_path = m_dir.filePath(QStringLiteral("course.powerfield.json"));
}

void TestAutosave::init()
{
    QDir(Autosave::folder()).removeRecursively();
    QString error;
    QVERIFY2(writeScenarioFile(m_path, abeAndMary(), &error), qPrintable(error));
    m_doc = std::make_unique<Document>();
    QVERIFY2(m_doc->load(m_path, &error), qPrintable(error));
    m_autosave = std::make_unique<Autosave>(m_doc.get());
    m_autosave->setInterval(kInterval);
}

void TestAutosave::cleanup()
{
    m_autosave.reset();
    m_doc.reset();
}

void TestAutosave::noCopyWhileClean()
{
    QTest::qWait(3 * kInterval);
    QVERIFY(!m_autosave->hasCopy());
    QVERIFY(m_autosave->saveNow());
    QVERIFY(!m_autosave->hasCopy());
}

void TestAutosave::copyAfterOneInterval()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(m_doc->renameParty(QStringLiteral("abe"), QStringLiteral("Abraham")));
    QVERIFY(!m_autosave->hasCopy()); // not on every keystroke: after the interval
    QTRY_VERIFY_WITH_TIMEOUT(m_autosave->hasCopy(), 5000);
    QCOMPARE(readAll(m_autosave->copyPath()), writeScenario(m_doc->scenario()));
    const QJsonObject sidecar = sidecarOf(m_autosave->copyPath());
    QCOMPARE(sidecar.value(QStringLiteral("original")).toString(), m_path);
    QCOMPARE(sidecar.value(QStringLiteral("title")).toString(), QStringLiteral("Abe and Mary"));
    const QDateTime time = QDateTime::fromString(sidecar.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    QVERIFY(time >= before && time <= QDateTime::currentDateTimeUtc());
    QVERIFY(QFileInfo(m_autosave->copyPath()).absolutePath().endsWith(QStringLiteral("/Powerfield/Powerfield/recovery")));
}

void TestAutosave::laterEditsReachTheCopy()
{
    QVERIFY(m_doc->renameParty(QStringLiteral("abe"), QStringLiteral("Abraham")));
    QTRY_VERIFY_WITH_TIMEOUT(m_autosave->hasCopy(), 5000);
    QVERIFY(m_doc->setComparisonLevel(QStringLiteral("mary"), 0.9));
    const QByteArray expected = writeScenario(m_doc->scenario());
    QTRY_COMPARE_WITH_TIMEOUT(readAll(m_autosave->copyPath()), expected, 5000);
}

void TestAutosave::cleanDocumentHasNoCopy()
{
    QVERIFY(m_doc->renameParty(QStringLiteral("abe"), QStringLiteral("Abraham")));
    QVERIFY(m_autosave->saveNow());
    QVERIFY(m_autosave->hasCopy());
    m_doc->undoStack()->undo(); // back to the file as saved
    QVERIFY(!m_autosave->hasCopy());
    m_doc->undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(m_autosave->hasCopy(), 5000);
    QString error;
    QVERIFY2(m_doc->save(m_path, &error), qPrintable(error));
    QVERIFY(!m_autosave->hasCopy());
    QVERIFY(QDir(Autosave::folder()).entryList(QDir::Files).isEmpty()); // the lock is gone too
}

// As in the window, whose document is destroyed before its autosave.
void TestAutosave::documentGoneFirstKeepsCopy()
{
    QVERIFY(m_doc->renameParty(QStringLiteral("abe"), QStringLiteral("Abraham")));
    QVERIFY(m_autosave->saveNow());
    m_doc.reset();
    QVERIFY(m_autosave->hasCopy());
    QVERIFY(m_autosave->saveNow());
    QVERIFY(m_autosave->hasCopy());
}

void TestAutosave::runningSessionIsNotOffered()
{
    QVERIFY(m_doc->renameParty(QStringLiteral("abe"), QStringLiteral("Abraham")));
    QVERIFY(m_autosave->saveNow());
    QVERIFY(Autosave::findCopies().isEmpty());
}

// A session that quit keeping its copy (a termination signal) leaves it to the next one.
void TestAutosave::endedSessionIsOffered()
{
    QVERIFY(m_doc->renameParty(QStringLiteral("abe"), QStringLiteral("Abraham")));
    QVERIFY(m_autosave->saveNow());
    const QString copyPath = m_autosave->copyPath();
    m_autosave.reset();
    const QVector<RecoveryCopy> copies = Autosave::findCopies();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].copyPath, copyPath);
    QCOMPARE(copies[0].originalPath, m_path);
    QVERIFY(copies[0].time.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    Autosave::discardCopy(copies[0]);
    QVERIFY(Autosave::findCopies().isEmpty());
    QVERIFY(!QFileInfo::exists(copyPath));
}

// A lock file left by a process that is gone (as after SIGKILL) does not hide its copy.
void TestAutosave::killedSessionIsOffered()
{
    QVERIFY(m_doc->renameParty(QStringLiteral("abe"), QStringLiteral("Abraham")));
    QVERIFY(m_autosave->saveNow());
    const QString copyPath = m_autosave->copyPath();
    QString lockPath = copyPath;
    lockPath.replace(QStringLiteral(".powerfield.json"), QStringLiteral(".lock"));
    m_autosave.reset(); // keeps the copy, releases the lock; a child takes it and dies holding it
    const pid_t child = fork();
    if (child == 0) {
        QLockFile lock(lockPath);
        _exit(lock.tryLock(0) ? 0 : 1); // exits without unlocking, like a killed process
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QCOMPARE(WEXITSTATUS(status), 0);
    QVERIFY(QFileInfo::exists(lockPath));
    const QVector<RecoveryCopy> copies = Autosave::findCopies();
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies[0].copyPath, copyPath);
}

void TestAutosave::restoreOnTheOriginalFile()
{
    QVERIFY(m_doc->renameParty(QStringLiteral("abe"), QStringLiteral("Abraham")));
    const Scenario edited = m_doc->scenario();
    QVERIFY(m_autosave->saveNow());
    m_autosave.reset();
    const RecoveryCopy copy = Autosave::findCopies().value(0);

    Document next;
    Autosave nextAutosave(&next);
    QString error;
    QVERIFY2(nextAutosave.restore(copy, &error), qPrintable(error));
    QVERIFY(next.scenario() == edited);
    QCOMPARE(next.filePath(), m_path);
    QVERIFY(next.isModified());
    QVERIFY(!QFileInfo::exists(copy.copyPath));
    QVERIFY(nextAutosave.hasCopy()); // the recovered changes are kept by the new session at once
    QVERIFY(Autosave::findCopies().isEmpty());
    next.undoStack()->undo(); // one step back to the file as it is on disk
    QCOMPARE(writeScenario(next.scenario()), readAll(m_path));
    QVERIFY(!next.isModified());
}

void TestAutosave::restoreUntitled()
{
    Scenario s = abeAndMary();
    s.title = QStringLiteral("Homework");
    m_doc->setScenario(s);
    QVERIFY(m_doc->renameParty(QStringLiteral("abe"), QStringLiteral("Abraham")));
    const Scenario edited = m_doc->scenario();
    QVERIFY(m_autosave->saveNow());
    m_autosave.reset();
    const RecoveryCopy copy = Autosave::findCopies().value(0);
    QCOMPARE(copy.title, QStringLiteral("Homework"));
    QVERIFY(copy.originalPath.isEmpty());
    Document next;
    Autosave nextAutosave(&next);
    QString error;
    QVERIFY2(nextAutosave.restore(copy, &error), qPrintable(error));
    QVERIFY(next.scenario() == edited);
    QVERIFY(next.filePath().isEmpty());
    QVERIFY(next.isModified());
}

void TestAutosave::damagedCopyIsRefused()
{
    QVERIFY(m_doc->renameParty(QStringLiteral("abe"), QStringLiteral("Abraham")));
    QVERIFY(m_autosave->saveNow());
    m_autosave.reset();
    const RecoveryCopy copy = Autosave::findCopies().value(0);
    QFile file(copy.copyPath);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"format\": \"powerfield\", \"vers");
    file.close();
    Document next;
    next.setScenario(abeAndMary(), QStringLiteral("other.powerfield.json"));
    Autosave nextAutosave(&next);
    QString error;
    QVERIFY(!nextAutosave.restore(copy, &error));
    QVERIFY2(error.startsWith(copy.copyPath + QLatin1String(": ")), qPrintable(error));
    QCOMPARE(next.filePath(), QStringLiteral("other.powerfield.json")); // nothing changed
    QVERIFY(!next.isModified());
    QVERIFY(QFileInfo::exists(copy.copyPath)); // kept for the user to discard
}

void TestAutosave::intervalFromEnvironment()
{
    qunsetenv("POWERFIELD_AUTOSAVE_MS");
    QCOMPARE(Autosave::defaultInterval(), 60000);
    qputenv("POWERFIELD_AUTOSAVE_MS", "200");
    QCOMPARE(Autosave::defaultInterval(), 200);
    QCOMPARE(Autosave(m_doc.get()).interval(), 200);
    qputenv("POWERFIELD_AUTOSAVE_MS", "-5");
    QCOMPARE(Autosave::defaultInterval(), 60000);
    qunsetenv("POWERFIELD_AUTOSAVE_MS");
}

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
