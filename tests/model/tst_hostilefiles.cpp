// SPDX-License-Identifier: GPL-3.0-or-later
// Files of any content: the reader either refuses them with one line naming the file, the
// place and the reason and leaves its output alone, or accepts a scenario that writes, reads
// back to the same bytes and analyses at every time without a non-finite number.
//
// The corpus is the examples, tests/data, the hand-made broken files of tests/fuzz/seeds and a
// fixed-seed run of mutations of them (tests/fuzz/mutations.h, also the libFuzzer target's
// custom mutator); scripts/fuzz runs the coverage-guided fuzzer for longer.
// POWERFIELD_HOSTILE_MUTATIONS (default 1000) and POWERFIELD_HOSTILE_SEED change the run.
#include "examples.h"
#include "timeline.h"
#include "../fuzz/mutations.h"
#include "../fuzz/readercheck.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QtTest>

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

} // namespace

// The reader and the timeline under malformed, mutated, deep and huge input.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
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
};

QString TestHostileFiles::check(const QByteArray &data, const QString &name)
{
    return test::checkReaderInput(data, name);
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
