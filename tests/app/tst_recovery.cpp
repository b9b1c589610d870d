// SPDX-License-Identifier: GPL-3.0-or-later
// A killed session loses at most one autosave interval of work.
//
// The real program runs under Xvfb and is driven by real key presses (xdotool): it opens a
// file, adds a party with Ctrl+Shift+P and names it, writes its recovery copy (the documented
// test hook POWERFIELD_AUTOSAVE_MS=200 shortens the 60 s interval), and is killed with SIGKILL.
// Restarted, it must offer the copy; Return takes the default answer Restore, Ctrl+S saves to
// the original file and Ctrl+Q quits with status 0, and the file then holds the new party.
// Other cases: "Not now" keeps the copy for the next start, "Discard" removes it, SIGTERM
// quits with status 0 keeping a copy of unsaved changes. The in-process cases check the
// window's answers and the question's text without a display.
#include "autosave.h"
#include "document.h"
#include "examples.h"
#include "mainwindow.h"
#include "recoveryprompt.h"
#include "scenariowriter.h"
#include "xsession.h"

#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace powerfield;
using namespace powerfield::test;

namespace {

const QString kPartyName = QStringLiteral("Kept by autosave");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Recovery after SIGKILL and SIGTERM with the real program, and the window's recovery offer.
class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedSessionIsRestored();
    void notNowKeepsTheCopyAndDiscardRemovesIt();
    void terminationKeepsACopyAndExitsCleanly();
    void windowAnswers_data();
    void windowAnswers();
    void questionNamesFileAndTime();

private:
    void reset();
    // Starts the program on the file.
    QProcess *start(const QMap<QString, QString> &env = {});
    QString recoveryFolder() const { return m_x->home(QStringLiteral("data")) + QLatin1String("/Powerfield/Powerfield/recovery"); }
    QStringList copies() const
    {
        return QDir(recoveryFolder()).entryList({QStringLiteral("*.powerfield.json")}, QDir::Files);
    }
    // Adds a party named kPartyName through the keyboard and waits for the recovery copy.
    void editAndWaitForCopy(const QString &window);
    void quit(QProcess *program, const QString &window);

    std::unique_ptr<XSession> m_x;
    QString m_file;
    QByteArray m_original;
};

void TestRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!XSession::missingTools().isEmpty()) {
        qWarning("missing %s: the real-program cases will be skipped (scripts/setup installs them)",
                 qPrintable(XSession::missingTools().join(QStringLiteral(", "))));
        return;
    }
    m_x = std::make_unique<XSession>();
    QString error;
    QVERIFY2(m_x->start(&error), qPrintable(error));
    m_file = m_x->home(QStringLiteral("course.powerfield.json"));
    m_original = readAll(examplePath(QStringLiteral("abe-and-mary")));
    QVERIFY(!m_original.isEmpty());
}

// A fresh start: the file as the example has it, no recovery copies.
void TestRecovery::reset()
{
    QDir(recoveryFolder()).removeRecursively();
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(m_original), m_original.size());
}

QProcess *TestRecovery::start(const QMap<QString, QString> &env)
{
    QProcess *program = m_x->startProgram({m_file}, env);
    if (!program->waitForStarted(20000))
        return nullptr;
    return program;
}

void TestRecovery::editAndWaitForCopy(const QString &window)
{
    QVERIFY(m_x->keys(window, {QStringLiteral("ctrl+shift+p")})); // Edit > Add Party, name in edit
    QTest::qWait(300);
    QVERIFY(m_x->type(window, kPartyName));
    QVERIFY(m_x->keys(window, {QStringLiteral("Return")}));
    QTRY_VERIFY_WITH_TIMEOUT(copies().size() == 1
                                 && readAll(recoveryFolder() + QLatin1Char('/') + copies().value(0))
                                        .contains(kPartyName.toUtf8()),
                             20000);
}

void TestRecovery::quit(QProcess *program, const QString &window)
{
    QVERIFY(m_x->keys(window, {QStringLiteral("ctrl+q")}));
    QVERIFY(program->waitForFinished(20000));
    QCOMPARE(program->exitStatus(), QProcess::NormalExit);
    QCOMPARE(program->exitCode(), 0);
}

void TestRecovery::killedSessionIsRestored()
{
    if (!m_x)
        QSKIP("needs Xvfb, xdotool and ImageMagick");
    reset();

    QProcess *first = start({{QStringLiteral("POWERFIELD_AUTOSAVE_MS"), QStringLiteral("200")}});
    QVERIFY(first);
    const QString window = m_x->waitForWindow(QStringLiteral("course.powerfield.json"));
    QVERIFY2(!window.isEmpty(), "the window did not appear");
    editAndWaitForCopy(window);
    first->kill(); // SIGKILL: no handler, no clean-up
    QVERIFY(first->waitForFinished(10000));
    QCOMPARE(first->exitStatus(), QProcess::CrashExit);
    QCOMPARE(readAll(m_file), m_original); // nothing was saved to the file itself
    QCOMPARE(copies().size(), 1);

    QProcess *second = start();
    QVERIFY(second);
    const QString prompt = m_x->waitForWindow(QStringLiteral("Restore Unsaved Changes"));
    QVERIFY2(!prompt.isEmpty(), "the restart did not offer the recovery copy");
    QVERIFY(m_x->keys(prompt, {QStringLiteral("Return")})); // the default button: Restore
    const QString restored = m_x->waitForWindow(QStringLiteral("course.powerfield.json\\*"));
    QVERIFY2(!restored.isEmpty(), "the restored document is not shown as modified");
    QVERIFY(m_x->keys(restored, {QStringLiteral("ctrl+s")}));
    QTRY_VERIFY_WITH_TIMEOUT(readAll(m_file).contains(kPartyName.toUtf8()), 20000);
    quit(second, restored);
    QVERIFY(copies().isEmpty()); // saved and quit: nothing left to recover
}

void TestRecovery::notNowKeepsTheCopyAndDiscardRemovesIt()
{
    if (!m_x)
        QSKIP("needs Xvfb, xdotool and ImageMagick");
    reset();
    QProcess *first = start({{QStringLiteral("POWERFIELD_AUTOSAVE_MS"), QStringLiteral("200")}});
    QVERIFY(first);
    const QString window = m_x->waitForWindow(QStringLiteral("course.powerfield.json"));
    QVERIFY(!window.isEmpty());
    editAndWaitForCopy(window);
    first->kill();
    QVERIFY(first->waitForFinished(10000));

    QProcess *second = start();
    QString prompt = m_x->waitForWindow(QStringLiteral("Restore Unsaved Changes"));
    QVERIFY(!prompt.isEmpty());
    QVERIFY(m_x->keys(prompt, {QStringLiteral("alt+n")})); // Not Now
    QVERIFY(m_x->waitForNoWindow(QStringLiteral("Restore Unsaved Changes")));
    const QString unchanged = m_x->waitForWindow(QStringLiteral("^course.powerfield.json —"));
    QVERIFY2(!unchanged.isEmpty(), "declining changed the document");
    quit(second, unchanged);
    QCOMPARE(copies().size(), 1); // kept for the next start

    QProcess *third = start();
    prompt = m_x->waitForWindow(QStringLiteral("Restore Unsaved Changes"));
    QVERIFY2(!prompt.isEmpty(), "the kept copy was not offered again");
    QVERIFY(m_x->keys(prompt, {QStringLiteral("alt+d")})); // Discard
    QVERIFY(m_x->waitForNoWindow(QStringLiteral("Restore Unsaved Changes")));
    QTRY_VERIFY_WITH_TIMEOUT(copies().isEmpty(), 10000);
    quit(third, m_x->waitForWindow(QStringLiteral("^course.powerfield.json —")));
    QCOMPARE(readAll(m_file), m_original);
}

// SIGTERM (a logout, a service manager) quits at once with status 0 and, as the changes were
// not saved, keeps a copy of them, written then although the interval has not ended.
void TestRecovery::terminationKeepsACopyAndExitsCleanly()
{
    if (!m_x)
        QSKIP("needs Xvfb, xdotool and ImageMagick");
    reset();
    QProcess *program = start({{QStringLiteral("POWERFIELD_AUTOSAVE_MS"), QStringLiteral("3600000")}});
    QVERIFY(program);
    const QString window = m_x->waitForWindow(QStringLiteral("course.powerfield.json"));
    QVERIFY(m_x->keys(window, {QStringLiteral("ctrl+shift+d"), QStringLiteral("Return")})); // Add Desire
    QVERIFY(!m_x->waitForWindow(QStringLiteral("course.powerfield.json\\*")).isEmpty());
    QVERIFY(copies().isEmpty());
    program->terminate();
    QVERIFY(program->waitForFinished(20000));
    QCOMPARE(program->exitStatus(), QProcess::NormalExit);
    QCOMPARE(program->exitCode(), 0);
    QCOMPARE(copies().size(), 1);
    QVERIFY(readAll(recoveryFolder() + QLatin1Char('/') + copies().value(0)).contains("\"desire-1\""));
    QDir(recoveryFolder()).removeRecursively();
}

void TestRecovery::windowAnswers_data()
{
    QTest::addColumn<RecoveryAnswer>("answer");
    QTest::addColumn<bool>("restored");
    QTest::addColumn<bool>("copyKept");
    QTest::newRow("restore") << RecoveryAnswer::Restore << true << false;
    QTest::newRow("not now") << RecoveryAnswer::Later << false << true;
    QTest::newRow("discard") << RecoveryAnswer::Discard << false << false;
}

// In process: the test's own data folder, a copy left by a session that ended.
void TestRecovery::windowAnswers()
{
    QFETCH(RecoveryAnswer, answer);
    QFETCH(bool, restored);
    QFETCH(bool, copyKept);
    QDir(Autosave::folder()).removeRecursively();
    {
        Document earlier;
        earlier.setScenario(Scenario());
        QVERIFY(earlier.setTitle(QStringLiteral("Homework")));
        Autosave autosave(&earlier);
        QVERIFY(autosave.saveNow());
    }
    QCOMPARE(Autosave::findCopies().size(), 1);
    MainWindow window;
    window.setInteractive(false);
    window.setRecoveryAnswer(answer);
    window.offerRecovery();
    QCOMPARE(window.document()->scenario().title == QStringLiteral("Homework"), restored);
    QCOMPARE(window.document()->isModified(), restored);
    QCOMPARE(Autosave::findCopies().size(), copyKept ? 1 : 0);
    QCOMPARE(window.autosave()->hasCopy(), restored);
    window.document()->undoStack()->undo(); // a restore is one undoable step back to clean
    QVERIFY(!window.document()->isModified());
    QVERIFY(!window.autosave()->hasCopy());
    QDir(Autosave::folder()).removeRecursively();
}

void TestRecovery::questionNamesFileAndTime()
{
    RecoveryCopy copy{QStringLiteral("/x/copy.powerfield.json"), QStringLiteral("/home/ann/course.powerfield.json"),
                      QStringLiteral("T"), QDateTime(QDate(2025, 3, 4), QTime(14, 5))};
    const QString question = recoveryQuestion(copy);
    QVERIFY2(question.contains(QStringLiteral("“course.powerfield.json”")), qPrintable(question));
    QVERIFY2(question.contains(QLocale().toString(copy.time.toLocalTime(), QLocale::LongFormat)), qPrintable(question));
    copy.originalPath.clear();
    QVERIFY(recoveryQuestion(copy).contains(QStringLiteral("“T”")));
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
