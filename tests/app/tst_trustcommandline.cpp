// SPDX-License-Identifier: GPL-3.0-or-later
// `powerfield --simulate-trust-game` as a user runs it: exit codes, files written and read back,
// refused options.
#include "trustcsv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace powerfield;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the simulation needs no display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(POWERFIELD_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList simulate(const QStringList &more)
{
    return QStringList{QStringLiteral("--simulate-trust-game")} + more;
}

} // namespace

class TstTrustCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void writesLogAndSummary();
    void summaryOnStandardOutput();
    void sameSeedSameFiles();
    void refused_data();
    void refused();
    void unwritableOutputs();
    void helpNamesTheMode();
};

void TstTrustCommandLine::writesLogAndSummary()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("log.csv"));
    const QString summary = dir.filePath(QStringLiteral("summary.csv"));
    const Run r = run(simulate({QStringLiteral("--students"), QStringLiteral("60"), QStringLiteral("--rounds"),
                                QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("2"),
                                QStringLiteral("--log"), log, QStringLiteral("--summary"), summary}));
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    QCOMPARE(r.out, QByteArray("The class reproduced the published ordering: equal power 86 % > low power 69 % > "
                               "high power 60 %.\n"));
    QVector<TrustLogRow> rows;
    QString error;
    QVERIFY2(readTrustLogCsv(contents(log), &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 60 * 20); // every choice, no names
    QVERIFY(!contents(log).contains("name"));
    QCOMPARE(rows.last().round, 20);
    QVector<TrustSummaryRow> sums;
    QVERIFY2(readTrustSummaryCsv(contents(summary), &sums, &error), qPrintable(error));
    QCOMPARE(sums.size(), 3);
    // The summary agrees with the log it came from.
    const TrustResults fromLog = trustResults(rows);
    for (int role = 0; role < kTrustRoleCount; ++role) {
        QCOMPARE(sums[role].proportion.choices, 400);
        QCOMPARE(sums[role].proportion.cooperations, fromLog.byRole[role].cooperations);
        QVERIFY(sums[role].interval.low <= sums[role].published && sums[role].published <= sums[role].interval.high);
    }
}

void TstTrustCommandLine::summaryOnStandardOutput()
{
    const Run r = run(simulate({QStringLiteral("--students"), QStringLiteral("7"), QStringLiteral("--rounds"),
                                QStringLiteral("3")}));
    QCOMPARE(r.status, 0);
    QVector<TrustSummaryRow> sums;
    QString error;
    QVERIFY2(readTrustSummaryCsv(r.out, &sums, &error), qPrintable(error));
    // 7 students and the computer partner: 4 pairs (equal, unequal, unequal, equal), 8 seats a
    // round of which 7 are students'; 21 choices in all.
    int choices = 0;
    for (const TrustSummaryRow &row : sums)
        choices += row.proportion.choices;
    QCOMPARE(choices, 21);
}

void TstTrustCommandLine::sameSeedSameFiles()
{
    QTemporaryDir dir;
    QByteArray logs[3];
    const QStringList seeds = {QStringLiteral("42"), QStringLiteral("42"), QStringLiteral("43")};
    for (int i = 0; i < 3; ++i) {
        const QString log = dir.filePath(QStringLiteral("log%1.csv").arg(i));
        QCOMPARE(run(simulate({QStringLiteral("--students"), QStringLiteral("9"), QStringLiteral("--rounds"),
                               QStringLiteral("4"), QStringLiteral("--seed"), seeds[i], QStringLiteral("--log"), log}))
                     .status,
                 0);
        logs[i] = contents(log);
    }
    QVERIFY(!logs[0].isEmpty());
    QCOMPARE(logs[0], logs[1]);
    QVERIFY(logs[0] != logs[2]);
}

void TstTrustCommandLine::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString n = QStringLiteral("--students");
    const QString r = QStringLiteral("--rounds");
    const QString mode = QStringLiteral("--simulate-trust-game");
    QTest::newRow("no students") << QStringList{mode, r, QStringLiteral("3")}
                                 << QStringLiteral("--simulate-trust-game needs --students, a whole number from 1 to 10000");
    QTest::newRow("no rounds") << QStringList{mode, n, QStringLiteral("3")}
                               << QStringLiteral("--simulate-trust-game needs --rounds, a whole number from 1 to 1000");
    QTest::newRow("zero students") << QStringList{mode, n, QStringLiteral("0"), r, QStringLiteral("3")}
                                   << QStringLiteral("--students must be a whole number from 1 to 10000, not '0'");
    QTest::newRow("too many students") << QStringList{mode, n, QStringLiteral("10001"), r, QStringLiteral("3")}
                                       << QStringLiteral("--students must be a whole number from 1 to 10000, not '10001'");
    QTest::newRow("students not a number") << QStringList{mode, n, QStringLiteral("many"), r, QStringLiteral("3")}
                                           << QStringLiteral("not 'many'");
    QTest::newRow("zero rounds") << QStringList{mode, n, QStringLiteral("4"), r, QStringLiteral("0")}
                                 << QStringLiteral("--rounds must be a whole number from 1 to 1000, not '0'");
    QTest::newRow("fractional rounds") << QStringList{mode, n, QStringLiteral("4"), r, QStringLiteral("2.5")}
                                       << QStringLiteral("not '2.5'");
    QTest::newRow("negative seed") << QStringList{mode, n, QStringLiteral("4"), r, QStringLiteral("2"),
                                                  QStringLiteral("--seed"), QStringLiteral("-1")}
                                   << QStringLiteral("--seed must be a whole number from 0 to 4294967295, not '-1'");
    QTest::newRow("seed too large") << QStringList{mode, n, QStringLiteral("4"), r, QStringLiteral("2"),
                                                   QStringLiteral("--seed"), QStringLiteral("4294967296")}
                                    << QStringLiteral("not '4294967296'");
    QTest::newRow("with --time") << QStringList{mode, n, QStringLiteral("4"), r, QStringLiteral("2"),
                                                QStringLiteral("--time"), QStringLiteral("1")}
                                 << QStringLiteral("--time does not go with --simulate-trust-game");
    QTest::newRow("with --analyze") << QStringList{mode, n, QStringLiteral("4"), r, QStringLiteral("2"),
                                                   QStringLiteral("--analyze")}
                                    << QStringLiteral("--analyze does not go with --simulate-trust-game");
    QTest::newRow("with a FILE") << QStringList{mode, n, QStringLiteral("4"), r, QStringLiteral("2"),
                                                QStringLiteral("class.powerfield.json")}
                                 << QStringLiteral("--simulate-trust-game takes no FILE");
    QTest::newRow("given twice") << QStringList{mode, n, QStringLiteral("4"), n, QStringLiteral("6"), r,
                                                QStringLiteral("2")}
                                 << QStringLiteral("--students is given more than once");
    QTest::newRow("same file twice") << QStringList{mode, n, QStringLiteral("4"), r, QStringLiteral("2"),
                                                    QStringLiteral("--log"), QStringLiteral("x.csv"),
                                                    QStringLiteral("--summary"), QStringLiteral("./x.csv")}
                                     << QStringLiteral("--log and --summary name the same file");
    QTest::newRow("students without the mode") << QStringList{n, QStringLiteral("4")}
                                               << QStringLiteral("--students goes with --simulate-trust-game");
    QTest::newRow("analyze with --seed") << QStringList{QStringLiteral("--analyze"), QStringLiteral("--example"),
                                                        QStringLiteral("abe-and-mary"), QStringLiteral("--seed"),
                                                        QStringLiteral("3")}
                                         << QStringLiteral("--seed goes with --simulate-trust-game");
}

void TstTrustCommandLine::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir; // a refused run writes nothing: run it where files would land
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(POWERFIELD_BINARY), arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TstTrustCommandLine::unwritableOutputs()
{
    QTemporaryDir dir;
    // A folder as the log: exit 4 before playing, and no summary written either.
    const QString summary = dir.filePath(QStringLiteral("summary.csv"));
    Run r = run(simulate({QStringLiteral("--students"), QStringLiteral("4"), QStringLiteral("--rounds"),
                          QStringLiteral("2"), QStringLiteral("--log"), dir.path(), QStringLiteral("--summary"), summary}));
    QCOMPARE(r.status, 4);
    QVERIFY(r.err.contains(dir.path().toLocal8Bit()));
    QVERIFY(!QFile::exists(summary));
    // A log in a folder that does not exist.
    r = run(simulate({QStringLiteral("--students"), QStringLiteral("4"), QStringLiteral("--rounds"), QStringLiteral("2"),
                      QStringLiteral("--log"), dir.filePath(QStringLiteral("missing/log.csv"))}));
    QCOMPARE(r.status, 4);
}

void TstTrustCommandLine::helpNamesTheMode()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains("powerfield --simulate-trust-game --students N --rounds R [--seed S]"));
}

QTEST_GUILESS_MAIN(TstTrustCommandLine)
#include "tst_trustcommandline.moc"
