// SPDX-License-Identifier: GPL-3.0-or-later
// The built program's command line, run as a user would run it.
#include <QColor>
#include <QDir>
#include <QImage>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments, const QString &stdoutFile = QString())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // these modes must need no display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(QStringLiteral(POWERFIELD_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString example()
{
    return QStringLiteral(POWERFIELD_TEST_DATA "/model-example.powerfield.json");
}

QJsonObject dyadOf(const QJsonObject &analysis, int i)
{
    return analysis.value(QStringLiteral("dyads")).toArray().at(i).toObject();
}

void compareNumber(const QJsonObject &o, const char *key, double expected)
{
    const double actual = o.value(QLatin1String(key)).toDouble(std::nan(""));
    QVERIFY2(qAbs(actual - expected) < 1e-6, qPrintable(QStringLiteral("%1 = %2, expected %3")
                                                          .arg(QLatin1String(key)).arg(actual).arg(expected)));
}

// While it lives, opens the writing end of a FIFO as soon as a reader waits on it, so a program
// blocked in open() is let go (and reads an empty file) instead of hanging the test.
class FifoRelease
{
public:
    explicit FifoRelease(const QString &fifo)
        : m_thread([this, name = QFile::encodeName(fifo)] {
            while (!m_stop) {
                const int fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0) {
                    ::close(fd);
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        })
    {
    }
    ~FifoRelease()
    {
        m_stop = true;
        m_thread.join();
    }

private:
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

// Standard error without the warning QApplication gives where XDG_RUNTIME_DIR is not set (as
// root in a container): the program's own lines.
QString ownLines(const QByteArray &err)
{
    QStringList lines = QString::fromLocal8Bit(err).split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")); });
    return lines.join(QLatin1Char('\n'));
}

// The mode, device and inode of what `path` names, following symlinks.
QString statOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("missing");
    return QStringLiteral("mode %1 rdev %2 inode %3").arg(info.st_mode).arg(info.st_rdev).arg(info.st_ino);
}

// The parties whose node shows in `image`: their colour fills at least a few dozen pixels.
int visibleParties(const QImage &image, const QJsonArray &parties)
{
    int visible = 0;
    for (const QJsonValue &p : parties) {
        const QRgb color = QColor(p.toObject().value(QStringLiteral("color")).toString()).rgb();
        int pixels = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                pixels += (image.pixel(x, y) & 0xffffff) == (color & 0xffffff) ? 1 : 0;
        visible += pixels >= 30 ? 1 : 0;
    }
    return visible;
}

// The program run with `environment` changed: a value sets a variable, a null one removes it.
Run runIn(const QStringList &arguments, const QMap<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POWERFIELD_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// A valid file of `parties` parties that all provide each other, over `duration` steps: small
// on disk, long in `--series`.
QString writeLinkedFile(const QString &path, int parties, int duration)
{
    QJsonArray list;
    QJsonArray provisions;
    for (int i = 0; i < parties; ++i) {
        list.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("p%1").arg(i)},
                                {QStringLiteral("name"), QStringLiteral("P%1").arg(i)},
                                {QStringLiteral("needs"), QJsonObject{{QStringLiteral("help"), 0.5 + 0.1 * i}}}});
        for (int j = 0; j < parties; ++j) {
            if (i != j)
                provisions.append(QJsonObject{{QStringLiteral("from"), QStringLiteral("p%1").arg(i)},
                                              {QStringLiteral("to"), QStringLiteral("p%1").arg(j)},
                                              {QStringLiteral("desire"), QStringLiteral("help")},
                                              {QStringLiteral("quality"), 0.3 + 0.1 * j}});
        }
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("powerfield")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("duration"), duration},
                           {QStringLiteral("desires"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("help")},
                                                                              {QStringLiteral("name"), QStringLiteral("Help")}}}},
                           {QStringLiteral("parties"), list},
                           {QStringLiteral("provisions"), provisions}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(QJsonDocument(root).toJson());
    return path;
}

// What a streamed --series may hold at most (VmHWM). Under AddressSanitizer its shadow memory
// and the quarantine of freed blocks (256 MB by default) come on top of the program's own.
#ifdef __SANITIZE_ADDRESS__
constexpr double kPeakLimitMB = 300 + 300;
#else
constexpr double kPeakLimitMB = 300;
#endif

// The peak resident memory of a running process in MB (VmHWM), or -1 once it has ended.
double peakMegabytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void analyzeModelExample();
    void analyzeAtTimeFour();
    void seriesAgreesWithAnalyze();
    void seriesCsv();
    void examples();
    void badFile_data();
    void badFile();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void cannotWrite();
    void exportToSpecialTarget_data();
    void exportToSpecialTarget();
    void specialInput_data();
    void specialInput();
    void layoutBringsFarPartiesBack();
    void refusesWhatItWouldIgnore_data();
    void refusesWhatItWouldIgnore();
    void dyadsThatCanBeShown_data();
    void dyadsThatCanBeShown();
    void emptyFileName();
    void seriesStreams();
    void longSeriesStaysSmall();
    void speaksTheEnvironmentsLanguage();
    void helpAnswersInEveryMode();
};

void TestCommandLine::analyzeModelExample()
{
    const Run r = run({QStringLiteral("--analyze"), example()});
    QCOMPARE(r.status, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonObject a = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(a.value(QStringLiteral("time")).toInt(-1), 0);
    QCOMPARE(a.value(QStringLiteral("lens")).toString(), QStringLiteral("perceived"));
    const QJsonArray parties = a.value(QStringLiteral("parties")).toArray();
    QCOMPARE(parties.size(), 2); // the inactive coworkers are not listed
    compareNumber(parties[0].toObject(), "fieldPower", 0.7);
    compareNumber(parties[1].toObject(), "fieldDependence", 0.7);
    const QJsonObject d = dyadOf(a, 0);
    QCOMPARE(d.value(QStringLiteral("a")).toString(), QStringLiteral("abe"));
    compareNumber(d, "dependenceAOnB", 0.0);
    compareNumber(d, "dependenceBOnA", 0.7);
    compareNumber(d, "relativePowerA", 0.7);
    compareNumber(d, "mutualDependence", 0.35);
    compareNumber(d, "altA", 0.7);
    compareNumber(d, "altB", 0.1);
    compareNumber(d, "commitmentA", 0.266666667);
    compareNumber(d, "commitmentB", 0.633333333);
    compareNumber(d, "cooperationA", 0.5814);
    compareNumber(d, "cooperationB", 0.6947);
    QCOMPARE(d.value(QStringLiteral("quadrantA")).toString(), QStringLiteral("satisfied-unstable"));
    QCOMPARE(d.value(QStringLiteral("quadrantB")).toString(), QStringLiteral("satisfied-stable"));
    QCOMPARE(d.value(QStringLiteral("responseA")).toString(), QStringLiteral("walk-away"));
    QCOMPARE(d.value(QStringLiteral("responseB")).toString(), QStringLiteral("accept"));
}

void TestCommandLine::analyzeAtTimeFour()
{
    const Run r = run({QStringLiteral("--analyze"), example(), QStringLiteral("--time"), QStringLiteral("4")});
    QCOMPARE(r.status, 0);
    const QJsonObject a = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(a.value(QStringLiteral("dyads")).toArray().size(), 2);
    compareNumber(dyadOf(a, 0), "altB", 0.6);
    compareNumber(dyadOf(a, 0), "dependenceBOnA", 0.2);
    QCOMPARE(dyadOf(a, 1).value(QStringLiteral("a")).toString(), QStringLiteral("coworkers"));
    QCOMPARE(dyadOf(a, 1).value(QStringLiteral("quadrantA")).toString(), QStringLiteral("indifferent"));
}

void TestCommandLine::seriesAgreesWithAnalyze()
{
    const Run series = run({QStringLiteral("--series"), example(), QStringLiteral("--lens"), QStringLiteral("actual")});
    QCOMPARE(series.status, 0);
    const QJsonObject s = QJsonDocument::fromJson(series.out).object();
    QCOMPARE(s.value(QStringLiteral("lens")).toString(), QStringLiteral("actual"));
    const QJsonArray steps = s.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 13);
    for (int t : {0, 3, 4, 12}) {
        const Run one = run({QStringLiteral("--analyze"), example(), QStringLiteral("--time"), QString::number(t),
                             QStringLiteral("--lens"), QStringLiteral("actual")});
        QCOMPARE(steps[t].toObject(), QJsonDocument::fromJson(one.out).object());
    }
}

void TestCommandLine::seriesCsv()
{
    const Run r = run({QStringLiteral("--series"), example(), QStringLiteral("--csv")});
    QCOMPARE(r.status, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QVERIFY(lines[0].startsWith("time,lens,a,b,dependenceAOnB,dependenceBOnA,relativePowerA"));
    QCOMPARE(lines.size(), 1 + 4 * 1 + 9 * 2); // one dyad before time 4, two from then on
    QVERIFY(lines[1].startsWith("0,perceived,abe,mary,0,0.7"));
    QVERIFY(lines[5].startsWith("4,perceived,abe,mary,0,0.2"));
    QVERIFY(lines[6].startsWith("4,perceived,coworkers,mary,"));
    for (const QByteArray &line : lines)
        QCOMPARE(line.count(','), lines[0].count(','));
}

void TestCommandLine::examples()
{
    const Run list = run({QStringLiteral("--list-examples")});
    QCOMPARE(list.status, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 3);
    QVERIFY(lines[0].startsWith("abe-and-mary\tAbe and Mary"));
    for (const QByteArray &line : lines) {
        const QString name = QString::fromUtf8(line.split('\t').first());
        const Run one = run({QStringLiteral("--series"), QStringLiteral("--example"), name});
        QVERIFY2(one.status == 0, one.err.constData());
        QVERIFY(!QJsonDocument::fromJson(one.out).object().value(QStringLiteral("steps")).toArray().isEmpty());
    }
    const Run abe = run({QStringLiteral("--analyze"), QStringLiteral("--example"), QStringLiteral("abe-and-mary")});
    compareNumber(dyadOf(QJsonDocument::fromJson(abe.out).object(), 0), "dependenceBOnA", 0.7);
}

void TestCommandLine::badFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("malformed") << QByteArray("{\"format\": \"powerfield\",\n  \"version\": }") << QStringLiteral("line 2");
    QTest::newRow("out of range") << QByteArray(R"({"format":"powerfield","version":1,"desires":[{"id":"x","name":"X"}],
        "parties":[{"id":"a","name":"A","needs":{"x":1.5}}]})") << QStringLiteral("$.parties[0].needs.x");
    QTest::newRow("newer version") << QByteArray(R"({"format":"powerfield","version":2})") << QStringLiteral("version");
}

void TestCommandLine::badFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.powerfield.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Run r = run({QStringLiteral("--analyze"), path});
    QCOMPARE(r.status, 3);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.startsWith(path.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());
    const Run missing = run({QStringLiteral("--series"), dir.filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.status, 3);
    QCOMPARE(missing.err.count('\n'), 1);
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString file = example();
    QTest::newRow("no file") << QStringList{QStringLiteral("--analyze")};
    QTest::newRow("bad lens") << QStringList{QStringLiteral("--analyze"), file, QStringLiteral("--lens"), QStringLiteral("true")};
    QTest::newRow("time past duration") << QStringList{QStringLiteral("--analyze"), file, QStringLiteral("--time"), QStringLiteral("13")};
    QTest::newRow("negative time") << QStringList{QStringLiteral("--analyze"), file, QStringLiteral("--time"), QStringLiteral("-1")};
    QTest::newRow("fractional time") << QStringList{QStringLiteral("--analyze"), file, QStringLiteral("--time"), QStringLiteral("1.5")};
    for (const char *time : {"nan", "inf", "-inf", "1e999", "99999999999", "0x3", "3abc", ""})
        QTest::addRow("time '%s'", time) << QStringList{QStringLiteral("--analyze"), file, QStringLiteral("--time"), QString::fromLatin1(time)};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--analyse"), file};
    QTest::newRow("unknown example") << QStringList{QStringLiteral("--analyze"), QStringLiteral("--example"), QStringLiteral("nope")};
    QTest::newRow("two files") << QStringList{QStringLiteral("--analyze"), file, file};
    QTest::newRow("csv without series") << QStringList{QStringLiteral("--analyze"), file, QStringLiteral("--csv")};
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.status, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith("powerfield: "));
}

void TestCommandLine::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains("--analyze FILE"));
    QVERIFY(help.out.contains("--series FILE"));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.status, 0);
    QVERIFY(version.out.startsWith("powerfield " POWERFIELD_VERSION));
}

void TestCommandLine::cannotWrite()
{
    const Run r = run({QStringLiteral("--series"), example()}, QStringLiteral("/dev/full"));
    QCOMPARE(r.status, 4);
    QVERIFY(!r.err.isEmpty());
}

void TestCommandLine::exportToSpecialTarget_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("symlink to /dev/null") << QStringLiteral("null") << QStringLiteral("is a device, not a file");
    QTest::newRow("symlink to a FIFO") << QStringLiteral("fifo") << QStringLiteral("is a named pipe (FIFO), not a file");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a directory, not a file");
}

// --export through a symlink to a character device left a PNG in the device's place, and a FIFO
// was replaced the same way. Now: exit 4, one line, the target as it was.
void TestCommandLine::exportToSpecialTarget()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.png"));
    QString target = dir.filePath(QStringLiteral("fifo"));
    if (kind == QLatin1String("null"))
        target = QStringLiteral("/dev/null");
    else if (kind == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
    if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkdir(out));
    else
        QVERIFY(QFile::link(target, out));
    const QString before = statOf(out);
    const Run r = run({QStringLiteral("--export"), out, QStringLiteral("--view"), QStringLiteral("field"), example()});
    QCOMPARE(r.status, 4);
    QCOMPARE(ownLines(r.err), out + QStringLiteral(": ") + reason + QLatin1Char('\n'));
    QCOMPARE(statOf(out), before);
    struct stat null;
    QCOMPARE(::stat("/dev/null", &null), 0);
    QVERIFY(S_ISCHR(null.st_mode));
}

void TestCommandLine::specialInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << QStringLiteral("is a device, not a file");
    QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom") << QStringLiteral("is a device, not a file");
    QTest::newRow("FIFO without a writer") << QStringLiteral("fifo") << QStringLiteral("is a named pipe (FIFO), not a file");
    QTest::newRow("UTF-16") << QStringLiteral("utf16") << QStringLiteral("the file is UTF-16: save it as UTF-8");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("the file is empty");
}

// /dev/zero and /dev/urandom grew to 2 GB and aborted with std::bad_alloc, a FIFO blocked
// forever, an empty path printed a Qt warning and ": file:". Each is exit 3 with one line
// "FILE: file: REASON", for --analyze and for --export.
void TestCommandLine::specialInput()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    if (file == QLatin1String("fifo")) {
        file = dir.filePath(file);
        QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
    } else if (file == QLatin1String("utf16") || file == QLatin1String("empty")) {
        const bool wide = file == QLatin1String("utf16");
        file = dir.filePath(file + QStringLiteral(".powerfield.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        if (wide) {
            QFile source(example());
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(source.readAll());
            out.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        }
    }
    FifoRelease release(file); // a program blocked in open() is let go, and its message fails below
    const QString expected = (file.isEmpty() ? QStringLiteral("\"\"") : file) + QStringLiteral(": file: ") + reason + QLatin1Char('\n');
    const QString picture = dir.filePath(QStringLiteral("out.png"));
    const QList<QStringList> modes = {{QStringLiteral("--analyze"), file},
                                      {QStringLiteral("--export"), picture, QStringLiteral("--view"), QStringLiteral("plot"), file}};
    for (const QStringList &arguments : modes) {
        const Run r = run(arguments);
        QCOMPARE(r.status, 3);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(ownLines(r.err), expected);
    }
    QVERIFY(!QFileInfo::exists(picture));
}

// Parties at x = 1e6 exported as a hairline and the layout did not bring them back: at the
// limit of the file's positions, --layout draws every party.
void TestCommandLine::layoutBringsFarPartiesBack()
{
    QFile source(QStringLiteral(POWERFIELD_SOURCE_DIR "/resources/examples/trust-study.powerfield.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray parties = root.value(QStringLiteral("parties")).toArray();
    QCOMPARE(parties.size(), 4);
    for (int i = 0; i < parties.size(); ++i) {
        QJsonObject p = parties[i].toObject();
        p.insert(QStringLiteral("x"), i % 2 ? 1e6 : -1e6);
        p.insert(QStringLiteral("y"), i / 2 ? 1e6 : -1e6);
        parties[i] = p;
    }
    root.insert(QStringLiteral("parties"), parties);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("far.powerfield.json"));
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();
    const QString picture = dir.filePath(QStringLiteral("far.png"));
    const Run r = run({QStringLiteral("--export"), picture, QStringLiteral("--layout"), QStringLiteral("--view"),
                       QStringLiteral("field"), QStringLiteral("--size"), QStringLiteral("800x450"), input});
    QCOMPARE(r.status, 0);
    QCOMPARE(visibleParties(QImage(picture), parties), 4);
}

void TestCommandLine::refusesWhatItWouldIgnore_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason"); // a part of the one line on stderr
    const QString file = example();
    const QString png = QDir::temp().filePath(QStringLiteral("powerfield-never-%1.png").arg(QCoreApplication::applicationPid()));
    const QString other = QDir::temp().filePath(QStringLiteral("powerfield-never-%1.svg").arg(QCoreApplication::applicationPid()));
    const QString exportTo = QStringLiteral("--export");
    const QString view = QStringLiteral("--view");
    // Options of another mode.
    QTest::newRow("analyze with dyad") << QStringList{QStringLiteral("--analyze"), file, QStringLiteral("--dyad"), QStringLiteral("abe,mary")}
                                       << QStringLiteral("--dyad does not go with --analyze");
    QTest::newRow("analyze with bogus view") << QStringList{QStringLiteral("--analyze"), file, view, QStringLiteral("bogus")}
                                             << QStringLiteral("--view does not go with --analyze");
    QTest::newRow("series with size") << QStringList{QStringLiteral("--series"), file, QStringLiteral("--size"), QStringLiteral("10x10")}
                                      << QStringLiteral("--size does not go with --series");
    QTest::newRow("series with presentation") << QStringList{QStringLiteral("--series"), file, QStringLiteral("--presentation")}
                                              << QStringLiteral("--presentation does not go with --series");
    QTest::newRow("list with example") << QStringList{QStringLiteral("--list-examples"), QStringLiteral("--example"), QStringLiteral("abe-and-mary")}
                                       << QStringLiteral("--example does not go with --list-examples");
    QTest::newRow("list with file") << QStringList{QStringLiteral("--list-examples"), file} << QStringLiteral("FILE");
    QTest::newRow("export with csv") << QStringList{exportTo, png, view, QStringLiteral("plot"), file, QStringLiteral("--csv")}
                                     << QStringLiteral("--csv does not go with --export");
    QTest::newRow("export with analyze") << QStringList{exportTo, png, view, QStringLiteral("plot"), QStringLiteral("--analyze"), file}
                                         << QStringLiteral("--analyze does not go with --export");
    // Repeated options: only the last would count.
    QTest::newRow("two exports") << QStringList{exportTo, png, exportTo, other, view, QStringLiteral("plot"), file}
                                 << QStringLiteral("--export is given more than once");
    QTest::newRow("two views") << QStringList{exportTo, png, view, QStringLiteral("plot"), view, QStringLiteral("field"), file}
                               << QStringLiteral("--view is given more than once");
    QTest::newRow("two lenses") << QStringList{QStringLiteral("--analyze"), file, QStringLiteral("--lens"), QStringLiteral("actual"),
                                               QStringLiteral("--lens"), QStringLiteral("perceived")}
                                << QStringLiteral("--lens is given more than once");
    QTest::newRow("two times") << QStringList{QStringLiteral("--analyze"), file, QStringLiteral("--time=1"), QStringLiteral("--time=2")}
                               << QStringLiteral("--time is given more than once");
    QTest::newRow("csv twice") << QStringList{QStringLiteral("--series"), file, QStringLiteral("--csv"), QStringLiteral("--csv")}
                               << QStringLiteral("--csv is given more than once");
    // --dyad that the picture could not show.
    QTest::newRow("dyad unknown id") << QStringList{exportTo, png, view, QStringLiteral("panel"), file, QStringLiteral("--dyad"), QStringLiteral("abe,nobody")}
                                     << QStringLiteral("nobody");
    QTest::newRow("dyad never formed") << QStringList{exportTo, png, view, QStringLiteral("plot"), file, QStringLiteral("--dyad"), QStringLiteral("abe,coworkers")}
                                       << QStringLiteral("form no dyad");
    QTest::newRow("dyad not yet in the panel") << QStringList{exportTo, png, view, QStringLiteral("panel"), file, QStringLiteral("--dyad"), QStringLiteral("coworkers,mary")}
                                               << QStringLiteral("form no dyad at time 0");
    QTest::newRow("dyad not yet in the window") << QStringList{exportTo, png, view, QStringLiteral("window"), file, QStringLiteral("--dyad"), QStringLiteral("mary,coworkers")}
                                                << QStringLiteral("form no dyad at time 0");
    // The window's arguments, refused before any window opens (no display here).
    QTest::newRow("window with view") << QStringList{QStringLiteral("--example"), QStringLiteral("abe-and-mary"), view, QStringLiteral("plot")}
                                      << QStringLiteral("--view goes with --export");
    QTest::newRow("window with two examples") << QStringList{QStringLiteral("--example"), QStringLiteral("abe-and-mary"), QStringLiteral("--example"),
                                                             QStringLiteral("trust-study")}
                                              << QStringLiteral("--example is given more than once");
    QTest::newRow("window presentation twice") << QStringList{QStringLiteral("--presentation"), QStringLiteral("--presentation"), file}
                                               << QStringLiteral("--presentation is given more than once");
    QTest::newRow("window unknown example") << QStringList{QStringLiteral("--presentation"), QStringLiteral("--example"), QStringLiteral("nope")}
                                            << QStringLiteral("nope");
    QTest::newRow("window file and example") << QStringList{file, QStringLiteral("--example"), QStringLiteral("abe-and-mary")}
                                             << QStringLiteral("--example NAME");
}

void TestCommandLine::refusesWhatItWouldIgnore()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Run r = run(arguments);
    QCOMPARE(r.status, 2);
    QVERIFY(r.out.isEmpty());
    // The reason is one line (after any note of Qt's about the environment, as for export).
    QByteArray line;
    for (const QByteArray &l : r.err.split('\n')) {
        if (l.startsWith("powerfield: ")) {
            line = l;
            break;
        }
    }
    QVERIFY2(line.contains(reason.toUtf8()), r.err.constData());
    QVERIFY2(!r.err.contains("QFSFileEngine") && !r.err.contains("QWidget"), r.err.constData());
    for (const QString &argument : arguments) {
        if (argument.endsWith(QLatin1String(".png")) || argument.endsWith(QLatin1String(".svg")))
            QVERIFY2(!QFile::exists(argument), "a refused export wrote its picture");
    }
}

void TestCommandLine::dyadsThatCanBeShown_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("dyad");
    QTest::addColumn<int>("time");
    QTest::newRow("panel, dyad now") << QStringLiteral("panel") << QStringLiteral("abe,mary") << 0;
    QTest::newRow("panel, dyad from time 4") << QStringLiteral("panel") << QStringLiteral("coworkers,mary") << 4;
    QTest::newRow("plot, dyad later") << QStringLiteral("plot") << QStringLiteral("mary,coworkers") << 0;
    QTest::newRow("slide, dyad later") << QStringLiteral("slide") << QStringLiteral("coworkers,mary") << 0;
}

void TestCommandLine::dyadsThatCanBeShown()
{
    QFETCH(QString, view);
    QFETCH(QString, dyad);
    QFETCH(int, time);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("dyad.png"));
    const Run r = run({QStringLiteral("--export"), out, QStringLiteral("--view"), view, example(), QStringLiteral("--dyad"),
                       dyad, QStringLiteral("--time"), QString::number(time), QStringLiteral("--size"), QStringLiteral("640x360")});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY(QFile::exists(out));
}

void TestCommandLine::emptyFileName()
{
    for (const QString &mode : {QStringLiteral("--analyze"), QStringLiteral("--series")}) {
        const Run r = run({mode, QString()});
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("powerfield: the FILE name is empty\n"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 2); // the reason and the pointer to --help, no Qt warning
    }
}

void TestCommandLine::seriesStreams()
{
    // Five linked parties over a million steps: gigabytes of JSON. The first lines arrive while
    // the program is still computing the rest; before, nothing came until it had all of it in
    // memory (and it aborted at 4 GB).
    QTemporaryDir dir;
    const QString file = writeLinkedFile(dir.filePath(QStringLiteral("long.powerfield.json")), 5, 1000000);
    QVERIFY(!file.isEmpty());
    for (const bool csv : {false, true}) {
        QProcess process;
        QStringList arguments{QStringLiteral("--series"), file};
        if (csv)
            arguments << QStringLiteral("--csv");
        process.start(QStringLiteral(POWERFIELD_BINARY), arguments);
        QVERIFY(process.waitForStarted());
        QByteArray head;
        QElapsedTimer waited;
        waited.start();
        while (head.count('\n') < 40 && waited.elapsed() < 60000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(1000);
            head += process.readAllStandardOutput();
        }
        const bool running = process.state() == QProcess::Running;
        const double peak = peakMegabytes(process.processId());
        process.kill();
        process.waitForFinished();
        QVERIFY2(running, "the program ended before its output was read");
        QVERIFY2(head.count('\n') >= 40, head.left(200).constData());
        QVERIFY(head.startsWith(csv ? "time,lens,a,b," : "{\n  \"lens\": \"perceived\",\n  \"steps\": [\n    {\n      \"time\": 0,"));
        QVERIFY2(peak > 0 && peak < kPeakLimitMB, qPrintable(QString::number(peak)));
    }
}

void TestCommandLine::longSeriesStaysSmall()
{
    // 50,000 steps of five parties are about 360 MB of JSON (before it streamed, the program
    // held them all and twice as much at its peak); the program's peak memory
    // (VmHWM, sampled until it ends) stays far below that.
    QTemporaryDir dir;
    const QString file = writeLinkedFile(dir.filePath(QStringLiteral("long.powerfield.json")), 5, 50000);
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(POWERFIELD_BINARY), {QStringLiteral("--series"), file});
    QVERIFY(process.waitForStarted());
    double peak = 0;
    while (!process.waitForFinished(20)) {
        if (process.state() != QProcess::Running)
            break;
        peak = std::max(peak, peakMegabytes(process.processId()));
    }
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(peak > 0);
    QVERIFY2(peak < kPeakLimitMB, qPrintable(QStringLiteral("peak %1 MB").arg(peak)));
}

void TestCommandLine::speaksTheEnvironmentsLanguage()
{
    const QMap<QString, QString> german{{QStringLiteral("LANGUAGE"), QStringLiteral("de")},
                                        {QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                        {QStringLiteral("LC_ALL"), QString()},
                                        {QStringLiteral("LC_MESSAGES"), QString()}};
    const Run help = runIn({QStringLiteral("--help")}, german);
    QCOMPARE(help.status, 0);
    QVERIFY2(help.out.startsWith("Aufruf:"), help.out.left(80).constData());
    QVERIFY(help.out.contains("Bilder:"));
    QVERIFY(help.out.contains("--analyze DATEI"));
    const Run lens = runIn({QStringLiteral("--analyze"), example(), QStringLiteral("--lens"), QStringLiteral("true")}, german);
    QCOMPARE(lens.status, 2);
    QVERIFY2(lens.err.contains("--lens muss"), lens.err.constData());
    QVERIFY2(lens.err.contains("Mehr dazu mit"), lens.err.constData());
    const Run picture = runIn({QStringLiteral("--export"), QStringLiteral("x.png"), QStringLiteral("--view"), QStringLiteral("plot"),
                               QStringLiteral("--scale"), QStringLiteral("9"), example()}, german);
    QCOMPARE(picture.status, 2);
    QVERIFY2(picture.err.contains("--scale muss"), picture.err.constData());
    // Without a German environment the help stays English.
    const Run english = runIn({QStringLiteral("--help")}, {{QStringLiteral("LANGUAGE"), QString()},
                                                           {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
    QVERIFY(english.out.startsWith("Usage:"));
}

void TestCommandLine::helpAnswersInEveryMode()
{
    // --help is a question, not an option a mode would ignore: it answers wherever it stands.
    for (const QStringList &arguments : {QStringList{QStringLiteral("--export"), QStringLiteral("x.png"), QStringLiteral("--view"),
                                                     QStringLiteral("plot"), example(), QStringLiteral("--help")},
                                         QStringList{QStringLiteral("--example"), QStringLiteral("abe-and-mary"), QStringLiteral("-h")},
                                         QStringList{QStringLiteral("--analyze"), example(), QStringLiteral("--help")}}) {
        const Run r = run(arguments);
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith("Usage:"));
        QVERIFY(r.out.contains("--presentation [FILE | --example NAME]"));
        QVERIFY(!QFile::exists(QStringLiteral("x.png")));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
