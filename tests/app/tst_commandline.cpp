// SPDX-License-Identifier: GPL-3.0-or-later
// The built program's command line, run as a user would run it.
#include <QColor>
#include <QDir>
#include <QImage>
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
    QTest::newRow("empty path") << QString() << QStringLiteral("no file named");
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
