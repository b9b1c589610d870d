// SPDX-License-Identifier: GPL-3.0-or-later
// Saving never destroys: every way a save can fail leaves the old file as it was, keeps the
// document modified and says which file and why.
//
// Root writes into read-only files and folders, so as root the read-only cases run this binary
// again as the user nobody (setpriv), which then takes the unprivileged path with the folder
// given in POWERFIELD_SAVING_DIR. A full filesystem is a real 64 KiB tmpfs where mounting is allowed;
// a write that fails half-way is forced everywhere with a file size limit (RLIMIT_FSIZE).
#include "document.h"
#include "filelimits.h"
#include "scenariofixture.h"
#include "scenariowriter.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <csignal>
#include <cstring>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace powerfield;
using namespace powerfield::test;

namespace {

const char *const kDirVariable = "POWERFIELD_SAVING_DIR";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

// Unmounts on scope exit, whatever the test's outcome.
struct Mount
{
    QString path;
    bool mounted = false;
    ~Mount()
    {
        if (mounted)
            umount(QFile::encodeName(path).constData());
    }
};

} // namespace

// Failed saves: read-only folder or file, file replaced by a folder, vanished folder, full disk.
class TestSaving : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readOnlyDirectory();
    void readOnlyFile();
    void fileReplacedByDirectory();
    void vanishedPath();
    void fullFilesystem();
    void writeFailsHalfWay();
    void successAfterFailure();
    void specialTargetsAreKept_data();
    void specialTargetsAreKept();

private:
    // Writes the fixture to `path`, loads it and makes one edit.
    void openAndEdit(const QString &path);
    // Saves to the document's path, which must fail with `reason` in the message.
    void expectRefused(const QString &reason);
    void refusedWithout(QFile::Permissions folderDenied, const QString &reason);
    void checkRefused(const QString &folder, const QString &reason);
    void runAsNobody(const QString &folder);

    Document m_doc;
    QByteArray m_old;
};

void TestSaving::init()
{
    m_doc.setScenario(abeAndMary());
    m_old = writeScenario(m_doc.scenario());
}

void TestSaving::openAndEdit(const QString &path)
{
    QString error;
    QVERIFY2(writeScenarioFile(path, m_doc.scenario(), &error), qPrintable(error));
    QVERIFY2(m_doc.load(path, &error), qPrintable(error));
    // A long caption, so the new file is larger than the old one and than small limits.
    QVERIFY(m_doc.addEvent({0, QString(), QString(limits::kMaxTextLength, QLatin1Char('t')), {}}));
    QVERIFY(m_doc.isModified());
}

void TestSaving::expectRefused(const QString &reason)
{
    const QString path = m_doc.filePath();
    const int undoIndex = m_doc.undoStack()->index();
    QString error;
    QVERIFY(!m_doc.save(path, &error));
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.startsWith(path + QLatin1String(": ")), qPrintable(error));
    QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(m_doc.isModified());
    QCOMPARE(m_doc.filePath(), path);
    QCOMPARE(m_doc.undoStack()->index(), undoIndex);
}

void TestSaving::readOnlyDirectory()
{
    refusedWithout(QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther,
                   QStringLiteral("permission denied"));
}

void TestSaving::readOnlyFile()
{
    refusedWithout(QFile::Permissions(), QStringLiteral("the file is read-only"));
}

// Prepares a folder with the file, where the folder lacks `folderDenied` and the file is
// writable only when the folder is read-only; then checks the refusal here, or as nobody.
void TestSaving::refusedWithout(QFile::Permissions folderDenied, const QString &reason)
{
    const QByteArray given = qgetenv(kDirVariable);
    if (!given.isEmpty())
        return checkRefused(QString::fromLocal8Bit(given), reason); // the run as nobody
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.powerfield.json"));
    QString error;
    QVERIFY2(writeScenarioFile(path, m_doc.scenario(), &error), qPrintable(error));
    const auto read = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto write = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    const auto exec = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    const bool folderReadOnly = folderDenied != QFile::Permissions();
    QVERIFY(QFile::setPermissions(path, folderReadOnly ? read | write : read));
    QVERIFY(QFile::setPermissions(dir.path(), (read | write | exec) & ~folderDenied));
    if (geteuid() == 0)
        runAsNobody(dir.path());
    else
        checkRefused(dir.path(), reason);
    QFile::setPermissions(dir.path(), read | exec | QFile::WriteOwner);
}

void TestSaving::checkRefused(const QString &folder, const QString &reason)
{
    const QString path = folder + QLatin1String("/a.powerfield.json");
    QString error;
    QVERIFY2(m_doc.load(path, &error), qPrintable(error));
    QVERIFY(m_doc.setTitle(QStringLiteral("Changed")));
    expectRefused(reason);
    QCOMPARE(readAll(path), m_old);
    QCOMPARE(entries(folder), QStringList{QStringLiteral("a.powerfield.json")});
}

// Runs the current test function again in a child process as nobody, on the folder prepared here.
void TestSaving::runAsNobody(const QString &folder)
{
    const QString function = QString::fromLatin1(QTest::currentTestFunction());
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kDirVariable), folder);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("setpriv"),
                {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                 QStringLiteral("--clear-groups"), QStringLiteral("--"),
                 QCoreApplication::applicationFilePath(), function});
    if (!child.waitForStarted())
        QSKIP("running as root and setpriv is missing: a read-only file or folder cannot be tested");
    QVERIFY(child.waitForFinished(120000));
    const QByteArray output = child.readAll();
    if (child.exitCode() == 127 || child.exitCode() == 126)
        QSKIP(qPrintable(QStringLiteral("user nobody cannot run this test binary: %1")
                             .arg(QString::fromLocal8Bit(output))));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestSaving::" + function.toLatin1() + "()"), output.constData());
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("QINFO"))
            qInfo("as nobody: %s", line.constData());
    }
    QCOMPARE(readAll(folder + QLatin1String("/a.powerfield.json")), m_old);
}

void TestSaving::fileReplacedByDirectory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.powerfield.json"));
    openAndEdit(path);
    QVERIFY(QFile::remove(path));
    QVERIFY(QDir().mkdir(path));
    QFile inside(path + QLatin1String("/kept.txt"));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    inside.write("kept");
    inside.close();
    expectRefused(QStringLiteral("directory"));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(readAll(path + QLatin1String("/kept.txt")), QByteArray("kept"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("a.powerfield.json")});
}

void TestSaving::vanishedPath()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("course"));
    QVERIFY(QDir().mkdir(folder));
    openAndEdit(folder + QLatin1String("/a.powerfield.json"));
    QVERIFY(QDir(folder).removeRecursively());
    expectRefused(QStringLiteral("no such file"));
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(entries(dir.path()).isEmpty());
}

void TestSaving::fullFilesystem()
{
    QTemporaryDir dir;
    Mount mount{dir.path()};
    if (::mount("tmpfs", QFile::encodeName(dir.path()).constData(), "tmpfs", 0, "size=64k") != 0)
        QSKIP("cannot mount a small tmpfs here (needs root with CAP_SYS_ADMIN); "
              "writeFailsHalfWay covers the failed write");
    mount.mounted = true;
    const QString path = dir.filePath(QStringLiteral("a.powerfield.json"));
    openAndEdit(path);
    QFile filler(dir.filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) {
    }
    filler.close();
    expectRefused(QStringLiteral("no space left"));
    QCOMPARE(readAll(path), m_old);
    QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("a.powerfield.json"), QStringLiteral("filler")}));
}

// The kernel refuses writes past the file size limit (EFBIG), as it would on a full disk.
void TestSaving::writeFailsHalfWay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.powerfield.json"));
    openAndEdit(path);
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = old;
    limit.rlim_cur = rlim_t(m_old.size() + 1000); // above the old file, below the new one
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
    QString error;
    const bool saved = m_doc.save(path, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!saved);
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.startsWith(path + QLatin1String(": ")) && error.contains(QStringLiteral("too large"), Qt::CaseInsensitive),
             qPrintable(error));
    QVERIFY(m_doc.isModified());
    QCOMPARE(readAll(path), m_old);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("a.powerfield.json")});
}

// A failed save loses nothing: once the folder is back, the same document saves.
void TestSaving::successAfterFailure()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("course"));
    QVERIFY(QDir().mkdir(folder));
    const QString path = folder + QLatin1String("/a.powerfield.json");
    openAndEdit(path);
    QVERIFY(QDir(folder).removeRecursively());
    expectRefused(QStringLiteral("no such file"));
    QVERIFY(QDir().mkdir(folder));
    QString error;
    QVERIFY2(m_doc.save(path, &error), qPrintable(error));
    QVERIFY(!m_doc.isModified());
    QCOMPARE(readAll(path), writeScenario(m_doc.scenario()));
}

void TestSaving::specialTargetsAreKept_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("is a named pipe (FIFO), not a file");
    QTest::newRow("character device (1,3)") << QStringLiteral("device") << QStringLiteral("is a device, not a file");
    QTest::newRow("socket") << QStringLiteral("socket") << QStringLiteral("is a socket, not a file");
}

// Save through a symlink to a device or FIFO replaced the target with a regular file (QSaveFile
// renames its temporary file over it). Now it is refused, and the target and link stay.
void TestSaving::specialTargetsAreKept()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target"));
    const QByteArray name = QFile::encodeName(target);
    int socketFd = -1;
    if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(name.constData(), 0600), 0);
    } else if (kind == QLatin1String("device")) {
        if (::mknod(name.constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("cannot make a device node here (needs CAP_MKNOD)");
    } else {
        socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(name.size() < qsizetype(sizeof address.sun_path));
        std::memcpy(address.sun_path, name.constData(), std::size_t(name.size()));
        QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    }
    struct stat before;
    QCOMPARE(::stat(name.constData(), &before), 0);
    const QString link = dir.filePath(QStringLiteral("a.powerfield.json"));
    QVERIFY(QFile::link(target, link));
    for (const QString &path : {link, target}) {
        QString error;
        QVERIFY(!m_doc.save(path, &error));
        QCOMPARE(error, path + QStringLiteral(": ") + reason);
        QVERIFY(!writeScenarioFile(path, m_doc.scenario(), &error));
    }
    struct stat after;
    QCOMPARE(::stat(name.constData(), &after), 0);
    QCOMPARE(after.st_mode, before.st_mode);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_rdev, before.st_rdev);
    QVERIFY(QFileInfo(link).isSymLink());
    const QStringList all = QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(all, (QStringList{QStringLiteral("a.powerfield.json"), QStringLiteral("target")}));
    if (socketFd >= 0)
        ::close(socketFd);
}

QTEST_GUILESS_MAIN(TestSaving)
#include "tst_saving.moc"
