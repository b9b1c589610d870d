// SPDX-License-Identifier: GPL-3.0-or-later
// Files of any content: the reader either refuses them with one line naming the file, the
// place and the reason and leaves its output alone, or accepts a scenario that writes, reads
// back to the same bytes and analyses at every time without a non-finite number.
//
// The corpus is the examples, tests/data, the hand-made broken files of tests/fuzz/seeds and a
// fixed-seed run of mutations of them (tests/fuzz/mutations.h, also the libFuzzer target's
// custom mutator); scripts/fuzz runs the coverage-guided fuzzer for longer.
// POWERFIELD_HOSTILE_MUTATIONS (default 1000) and POWERFIELD_HOSTILE_SEED change the run.
#include "document.h"
#include "examples.h"
#include "filelimits.h"
#include "timeline.h"
#include "../fuzz/mutations.h"
#include "../fuzz/readercheck.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace powerfield;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QVector<QByteArray> seeds()
{
    QVector<QByteArray> out;
    for (const QString &name : exampleNames())
        out.append(readAll(examplePath(name)));
    for (const char *folder : {POWERFIELD_TEST_DATA, POWERFIELD_TEST_DATA "/../fuzz/seeds"}) {
        QDirIterator it(QString::fromLocal8Bit(folder), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(readAll(it.next()));
    }
    return out;
}

// A scenario with a marker, to see that a refusal leaves the output alone.
Scenario marker()
{
    Scenario s;
    s.title = QStringLiteral("untouched");
    return s;
}

QByteArray withTop(const QByteArray &members)
{
    return R"({"format": "powerfield", "version": 1, "desires": [], "parties": [])"
           + (members.isEmpty() ? QByteArray() : ", " + members) + "}";
}

QByteArray repeated(const QByteArray &item, qsizetype n)
{
    QByteArray out = "[";
    out.reserve(n * (item.size() + 1) + 2);
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0)
            out += ',';
        out += item;
    }
    return out + "]";
}

QByteArray manyParties(int n)
{
    QByteArray out = R"({"format": "powerfield", "version": 1, "desires": [{"id": "d", "name": "D"}], "parties": [)";
    for (int i = 0; i < n; ++i)
        out += (i ? ",{\"id\":\"p" : "{\"id\":\"p") + QByteArray::number(i) + "\",\"name\":\"P\"}";
    return out + "]}";
}

// While it lives, opens the writing end of a FIFO as soon as a reader waits on it, so a reader
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

} // namespace

// The reader and the timeline under malformed, mutated, deep and huge input.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void specialFiles_data();
    void specialFiles();
    void sizeClaimsAreNotTrusted();
    void seedsLoad();
    void mutations();
    void limits_data();
    void limits();
    void deepNesting_data();
    void deepNesting();
    void surrogates_data();
    void surrogates();
    void manyRecordsLoadInLinearTime();
    void stateAtMatchesOneChangeAtATime();

private:
    // Checks one input; returns an empty string or what went wrong.
    static QString check(const QByteArray &data, const QString &name);
    QString path(const char *name) const;

    QTemporaryDir m_dir; // a FIFO, a socket, a folder, symlinks and a sparse file
    int m_socket = -1;
};

QString TestHostileFiles::check(const QByteArray &data, const QString &name)
{
    return test::checkReaderInput(data, name);
}

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray fifo = QFile::encodeName(path("fifo"));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path("zero-link.json")));
    QVERIFY(QFile::link(path("fifo"), path("fifo-link.json")));
    QVERIFY(QDir().mkdir(path("folder.json")));
    m_socket = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(m_socket >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray socketPath = QFile::encodeName(path("socket.json"));
    QVERIFY(socketPath.size() < qsizetype(sizeof address.sun_path));
    std::memcpy(address.sun_path, socketPath.constData(), std::size_t(socketPath.size()));
    QCOMPARE(::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QFile sparse(path("sparse.json"));
    QVERIFY(sparse.open(QIODevice::WriteOnly));
    QVERIFY(sparse.resize(limits::kMaxFileBytes + 1)); // a hole: no 50 MB written
}

void TestHostileFiles::cleanupTestCase()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

QString TestHostileFiles::path(const char *name) const
{
    return m_dir.filePath(QLatin1String(name));
}

void TestHostileFiles::specialFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    const QString device = QStringLiteral("is a device, not a file");
    const QString fifo = QStringLiteral("is a named pipe (FIFO), not a file");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << device;
    QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom") << device;
    QTest::newRow("/dev/null") << QStringLiteral("/dev/null") << device;
    QTest::newRow("symlink to /dev/zero") << path("zero-link.json") << device;
    QTest::newRow("FIFO without a writer") << path("fifo") << fifo;
    QTest::newRow("symlink to a FIFO") << path("fifo-link.json") << fifo;
    QTest::newRow("socket") << path("socket.json") << QStringLiteral("is a socket, not a file");
    QTest::newRow("folder") << path("folder.json") << QStringLiteral("is a directory, not a file");
    QTest::newRow("empty path") << QString() << QStringLiteral("no file named");
    QTest::newRow("sparse file past the limit") << path("sparse.json")
                                                << QStringLiteral("file is larger than 50 MB, the limit for scenario files");
}

// /dev/zero, /dev/urandom and an endless FIFO grew to 2 GB and aborted with std::bad_alloc; a
// FIFO without a writer blocked forever. Each is refused from stat() before it is opened, by
// the reader and by Document::load (whose message the window shows).
void TestHostileFiles::specialFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    FifoRelease release(path("fifo")); // a reader that blocks in open() is let go, and fails below
    Scenario s = marker();
    ScenarioError error;
    QVERIFY(!readScenarioFile(file, &s, &error));
    QCOMPARE(error.message(), (file.isEmpty() ? QStringLiteral("\"\"") : file) + QStringLiteral(": file: ") + reason);
    QVERIFY(s == marker());
    Document document;
    QString message;
    QVERIFY(!document.load(file, &message));
    QCOMPARE(message, error.message());
}

// Reading stops one byte past the limit whatever size the file claims: /proc files claim 0.
void TestHostileFiles::sizeClaimsAreNotTrusted()
{
    QVERIFY(QFileInfo(QStringLiteral("/proc/self/status")).size() == 0);
    ScenarioError error;
    QVERIFY(!readScenarioFile(QStringLiteral("/proc/self/status"), nullptr, &error));
    QCOMPARE(error.place, QStringLiteral("line 1, column 1"));
    QCOMPARE(error.reason, QStringLiteral("unexpected word Name (JSON knows true, false and null)"));
}

void TestHostileFiles::seedsLoad()
{
    const QVector<QByteArray> corpus = seeds();
    QVERIFY(corpus.size() >= 9);
    int accepted = 0;
    for (const QByteArray &seed : corpus) {
        const QString problem = check(seed, QStringLiteral("seed.json"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        accepted += readScenario(seed, QString(), nullptr, nullptr);
    }
    QVERIFY(accepted >= 8);
}

void TestHostileFiles::mutations()
{
    bool ok = false;
    int count = qEnvironmentVariableIntValue("POWERFIELD_HOSTILE_MUTATIONS", &ok);
    if (!ok)
        count = 1000;
    const quint32 seed = quint32(qEnvironmentVariableIntValue("POWERFIELD_HOSTILE_SEED"));
    const QVector<QByteArray> corpus = seeds();
    test::Mutator mutator(seed ? seed : 7);
    int accepted = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray &base = corpus[i % corpus.size()];
        const QByteArray data = mutator.mutate(base, corpus[(i * 7 + 3) % corpus.size()]);
        const QString problem = check(data, QStringLiteral("mutant.json"));
        if (!problem.isEmpty()) {
            QFile dump(QDir::temp().filePath(QStringLiteral("powerfield-mutant-%1.json").arg(i)));
            if (dump.open(QIODevice::WriteOnly))
                dump.write(data);
            QFAIL(qPrintable(QStringLiteral("mutation %1 (kept as %2): %3").arg(i).arg(dump.fileName(), problem)));
        }
        accepted += readScenario(data, QString(), nullptr, nullptr);
    }
    qInfo("%d mutations, %d accepted, %d refused with a message", count, accepted, count - accepted);
    QVERIFY(accepted > count / 50); // the mutations are not all trivially broken
    QVERIFY(accepted < count);
}

void TestHostileFiles::limits_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    const QByteArray top = R"({"format": "powerfield", "version": 1, )";
    QTest::newRow("parties") << top + R"("desires": [], "parties": )" + repeated("{}", 50001) + "}"
                             << QStringLiteral("$.parties: too many parties (50001; at most 50000)");
    QTest::newRow("desires") << top + R"("parties": [], "desires": )" + repeated("{}", 10001) + "}"
                             << QStringLiteral("$.desires: too many desires (10001; at most 10000)");
    QTest::newRow("events") << withTop(R"("events": )" + repeated("{}", 100001))
                            << QStringLiteral("$.events: too many events (100001; at most 100000)");
    QTest::newRow("provisions") << withTop(R"("provisions": )" + repeated("{}", 200001))
                                << QStringLiteral("$.provisions: too many provisions (200001; at most 200000)");
    QTest::newRow("options") << withTop(R"("outsideOptions": )" + repeated("{}", 50001))
                             << QStringLiteral("$.outsideOptions: too many outside options (50001; at most 50000)");
    QTest::newRow("investments") << withTop(R"("investments": )" + repeated("{}", 200001))
                                 << QStringLiteral("$.investments: too many investments (200001; at most 200000)");
    QTest::newRow("parties times desires")
        << top + R"("desires": )" + repeated("{}", 2001) + R"(, "parties": )" + repeated("{}", 1000) + "}"
        << QStringLiteral("$.desires: too many desires for 1000 parties (2001 desires; at most 2000000 parties times desires)");
    QTest::newRow("file size") << QByteArray(50 * 1024 * 1024 + 1, ' ')
                               << QStringLiteral("file: file is larger than 50 MB, the limit for scenario files");
}

void TestHostileFiles::limits()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    Scenario s = marker();
    ScenarioError error;
    QVERIFY(!readScenario(data, QStringLiteral("big.json"), &s, &error));
    QCOMPARE(error.message(), QStringLiteral("big.json: ") + expected);
    QVERIFY(s == marker());
}

void TestHostileFiles::deepNesting_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("accepted");
    const auto nested = [](int depth, char open, char close) {
        return QByteArray(depth, open) + QByteArray(depth, close);
    };
    QTest::newRow("ui 1000 arrays deep") << withTop(R"("ui": {"a": )" + nested(1000, '[', ']') + "}") << true;
    QByteArray objects;
    for (int i = 0; i < 1000; ++i)
        objects += "{\"k\":";
    objects += "1" + QByteArray(1000, '}');
    QTest::newRow("ui 1000 objects deep") << withTop(R"("ui": )" + objects) << true;
    QTest::newRow("ui 100000 arrays deep") << withTop(R"("ui": )" + nested(100000, '[', ']')) << false;
    QTest::newRow("open arrays only") << QByteArray(1000000, '[') << false;
    QTest::newRow("open objects only") << QByteArray(200000, '{') << false;
    QTest::newRow("parties nested") << withTop(R"("events": )" + nested(2000, '[', ']')) << false;
}

// Qt's parser refuses more than 1024 levels; below that the writer and reader recurse safely.
void TestHostileFiles::deepNesting()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, accepted);
    const QString problem = check(data, QStringLiteral("deep.json"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    ScenarioError error;
    QCOMPARE(readScenario(data, QStringLiteral("deep.json"), nullptr, &error), accepted);
}

void TestHostileFiles::surrogates_data()
{
    QTest::addColumn<QByteArray>("title");
    QTest::addColumn<QString>("expected"); // empty: accepted
    QTest::newRow("pair") << QByteArray(R"("\ud83d\ude00")") << QString();
    QTest::newRow("escaped backslash") << QByteArray(R"("\\ud800")") << QString();
    QTest::newRow("lone high") << QByteArray(R"("a\ud800b")")
                               << QStringLiteral("s.json: line 1, column 81: \\ud800 is half of a UTF-16 surrogate pair, not a character");
    QTest::newRow("lone low") << QByteArray(R"("\udc00")")
                              << QStringLiteral("s.json: line 1, column 80: \\udc00 is half of a UTF-16 surrogate pair, not a character");
    QTest::newRow("high then high") << QByteArray(R"("\ud800\ud800")")
                                    << QStringLiteral("s.json: line 1, column 80: \\ud800 is half of a UTF-16 surrogate pair, not a character");
    QTest::newRow("high at the end") << QByteArray(R"("\udbff)") << QStringLiteral("s.json: line 1, column 80: \\udbff is half of a UTF-16 surrogate pair, not a character");
}

// Half a surrogate pair could not be written back as UTF-8: found by the mutations (a title
// "\ud800" came back as U+FFFD).
void TestHostileFiles::surrogates()
{
    QFETCH(QByteArray, title);
    QFETCH(QString, expected);
    const QByteArray data = withTop(R"("title": )" + title);
    Scenario s;
    ScenarioError error;
    QCOMPARE(readScenario(data, QStringLiteral("s.json"), &s, &error), expected.isEmpty());
    if (!expected.isEmpty())
        QCOMPARE(error.message(), expected);
    QVERIFY(check(data, QStringLiteral("s.json")).isEmpty());
}

// Duplicate and reference checks are hashed: 100,000 parties took 90 s when they searched
// lists (so the 50,000 allowed would take over 20 s). The bound is loose (the load takes well
// under a second) and only catches a return to quadratic time, also under the sanitizers.
void TestHostileFiles::manyRecordsLoadInLinearTime()
{
    const QByteArray data = manyParties(50000);
    QElapsedTimer timer;
    timer.start();
    Scenario s;
    ScenarioError error;
    QVERIFY2(readScenario(data, QStringLiteral("many.json"), &s, &error), qPrintable(error.message()));
    QCOMPARE(s.parties.size(), 50000);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QByteArray duplicate = data;
    duplicate.replace("\"p49999\"", "\"p0\"");
    QVERIFY(!readScenario(duplicate, QStringLiteral("many.json"), &s, &error));
    QCOMPARE(error.message(), QStringLiteral("many.json: $.parties[49999].id: duplicate party id \"p0\""));
}

// stateAt() finds records through hashes; applyChange() searches. Both must agree.
void TestHostileFiles::stateAtMatchesOneChangeAtATime()
{
    for (const QByteArray &seed : seeds()) {
        Scenario s;
        if (!readScenario(seed, QString(), &s, nullptr))
            continue;
        for (int time = 0; time <= s.duration; ++time) {
            Scenario expected = s;
            for (int i : eventOrder(s)) {
                if (s.events[i].time > time)
                    break;
                for (const Change &c : s.events[i].changes)
                    applyChange(expected, c);
            }
            QVERIFY2(stateAt(s, time) == expected, qPrintable(s.title + QString::number(time)));
        }
    }
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
