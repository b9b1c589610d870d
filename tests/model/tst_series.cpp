// SPDX-License-Identifier: GPL-3.0-or-later
#include "examples.h"
#include "jsonwriter.h"
#include "report.h"
#include "scenariobuilder.h"
#include "scenarioreader.h"
#include "series.h"
#include "timeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace powerfield;


namespace {

Scenario example(const QString &name)
{
    Scenario s;
    ScenarioError error;
    if (!readScenarioFile(examplePath(name), &s, &error))
        qFatal("%s", qPrintable(error.message()));
    return s;
}

// The `--series` output as (a, b) -> the dyad's JSON object at every step (absent: empty).
QHash<QPair<QString, QString>, QVector<QJsonObject>> parsedSeries(const Scenario &s, Lens lens)
{
    const QJsonArray steps = QJsonDocument::fromJson(seriesJson(s, lens)).object()
                                 .value(QLatin1String("steps")).toArray();
    QHash<QPair<QString, QString>, QVector<QJsonObject>> out;
    for (int t = 0; t < steps.size(); ++t) {
        for (const QJsonValue &v : steps[t].toObject().value(QLatin1String("dyads")).toArray()) {
            const QJsonObject d = v.toObject();
            auto &rows = out[{d.value(QLatin1String("a")).toString(), d.value(QLatin1String("b")).toString()}];
            rows.resize(steps.size());
            rows[t] = d;
        }
    }
    return out;
}

bool same(double value, const QJsonObject &dyad, const char *key)
{
    if (dyad.isEmpty())
        return std::isnan(value);
    return std::abs(value - dyad.value(QLatin1String(key)).toDouble()) < 1e-12;
}

// `--series` as it was written before it streamed: one JsonWriter holding the whole document.
QByteArray wholeSeriesJson(const Scenario &scenario, Lens lens)
{
    JsonWriter out;
    out.beginObject();
    out.key(QStringLiteral("lens"));
    out.value(QLatin1String(core::lensName(lens)));
    out.key(QStringLiteral("steps"));
    out.beginArray();
    forEachStep(scenario, lens, [&](int t, const Scenario &state, const Analysis &analysis) {
        writeAnalysis(out, state, analysis, t);
    });
    out.endArray();
    out.endObject();
    return out.data() + '\n';
}

// A scenario of `parties` parties, each providing the others, over `duration` steps.
Scenario linkedParties(int parties, int duration)
{
    test::ScenarioBuilder b;
    b.desire(QStringLiteral("help"));
    for (int i = 0; i < parties; ++i)
        b.party(QStringLiteral("p%1").arg(i), {{QStringLiteral("help"), 0.5 + 0.1 * i}});
    for (int i = 0; i < parties; ++i) {
        for (int j = 0; j < parties; ++j) {
            if (i != j)
                b.give(QStringLiteral("p%1").arg(i), QStringLiteral("p%1").arg(j), QStringLiteral("help"), 0.3 + 0.1 * j);
        }
    }
    Scenario s = b.build();
    s.duration = duration;
    return s;
}

} // namespace

// The series evaluator against `--series` for every example and both lenses, and the NaN gaps.
class TestSeries : public QObject
{
    Q_OBJECT

private slots:
    void equalsSeriesJson_data();
    void equalsSeriesJson();
    void reversedDyadSwapsSides();
    void absentDyadIsNaN();
    void stepsAreKeys();
    void editChangesSeriesFromItsTimeOnly();
    void streamedJsonIsTheWholeDocument_data();
    void streamedJsonIsTheWholeDocument();
    void streamComesInPieces();
    void streamStopsWhenTheSinkFails();
};

void TestSeries::equalsSeriesJson_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Lens>("lens");
    for (const QString &name : exampleNames()) {
        QTest::newRow(qPrintable(name + QLatin1String("/perceived"))) << name << Lens::Perceived;
        QTest::newRow(qPrintable(name + QLatin1String("/actual"))) << name << Lens::Actual;
    }
}

void TestSeries::equalsSeriesJson()
{
    QFETCH(QString, name);
    QFETCH(Lens, lens);
    const Scenario s = example(name);
    const auto expected = parsedSeries(s, lens);
    QVERIFY(!expected.isEmpty());
    const QVector<PowerSeries> all = evaluatePowerSeries(s, lens);
    QCOMPARE(all.size(), expected.size());
    for (const PowerSeries &p : all) {
        const QVector<QJsonObject> rows = expected.value({p.a, p.b});
        QCOMPARE(p.relativePowerA.size(), s.duration + 1);
        for (int t = 0; t <= s.duration; ++t)
            QVERIFY2(same(p.relativePowerA[t], rows[t], "relativePowerA"), qPrintable(p.a + p.b));
        const DyadSeries d = evaluateDyadSeries(s, lens, p.a, p.b);
        QCOMPARE(d.size(), s.duration + 1);
        for (int t = 0; t <= s.duration; ++t) {
            const QJsonObject &r = rows[t];
            QVERIFY(same(d.relativePowerA[t], r, "relativePowerA"));
            QVERIFY(same(d.dependenceAOnB[t], r, "dependenceAOnB"));
            QVERIFY(same(d.dependenceBOnA[t], r, "dependenceBOnA"));
            QVERIFY(same(d.commitmentA[t], r, "commitmentA"));
            QVERIFY(same(d.commitmentB[t], r, "commitmentB"));
            QVERIFY(same(d.cooperationA[t], r, "cooperationA"));
            QVERIFY(same(d.cooperationB[t], r, "cooperationB"));
        }
    }
}

void TestSeries::reversedDyadSwapsSides()
{
    const Scenario s = example(QStringLiteral("abe-and-mary"));
    const DyadSeries ab = evaluateDyadSeries(s, Lens::Perceived, QStringLiteral("abe"), QStringLiteral("mary"));
    const DyadSeries ba = evaluateDyadSeries(s, Lens::Perceived, QStringLiteral("mary"), QStringLiteral("abe"));
    for (int t = 0; t < ab.size(); ++t) {
        QCOMPARE(ba.relativePowerA[t], -ab.relativePowerA[t]);
        QCOMPARE(ba.dependenceAOnB[t], ab.dependenceBOnA[t]);
        QCOMPARE(ba.commitmentB[t], ab.commitmentA[t]);
        QCOMPARE(ba.cooperationA[t], ab.cooperationB[t]);
    }
    // docs/model.md §Worked example: Abe and Mary: Abe holds 0.7 at t=0 and 0.2 from t=4, when
    // Mary's coworkers arrive.
    QCOMPARE(ab.relativePowerA[0], 0.7);
    QVERIFY(std::abs(ab.relativePowerA[4] - 0.2) < 1e-9);
}

void TestSeries::absentDyadIsNaN()
{
    const Scenario s = example(QStringLiteral("abe-and-mary"));
    const DyadSeries d = evaluateDyadSeries(s, Lens::Perceived, QStringLiteral("coworkers"), QStringLiteral("mary"));
    QVERIFY(std::isnan(d.relativePowerA[0])); // the coworkers enter at t=4
    QVERIFY(!std::isnan(d.relativePowerA[4]));
    const DyadSeries none = evaluateDyadSeries(s, Lens::Perceived, QStringLiteral("abe"), QStringLiteral("nobody"));
    for (double v : none.dependenceAOnB)
        QVERIFY(std::isnan(v));
}

void TestSeries::stepsAreKeys()
{
    Scenario s;
    s.duration = 3;
    QCOMPARE(seriesSteps(s), (QVector<double>{0, 1, 2, 3}));
    s.duration = 0;
    QCOMPARE(seriesSteps(s), QVector<double>{0});
}

void TestSeries::editChangesSeriesFromItsTimeOnly()
{
    Scenario s = example(QStringLiteral("abe-and-mary"));
    const DyadSeries before = evaluateDyadSeries(s, Lens::Perceived, QStringLiteral("abe"), QStringLiteral("mary"));
    Change c;
    c.target = Change::Target::Provision;
    c.party = QStringLiteral("abe");
    c.other = QStringLiteral("mary");
    c.desire = QStringLiteral("company");
    c.quality = 0.2;
    s.events.append({2, QStringLiteral("Abe is busy"), QString(), {c}});
    const DyadSeries after = evaluateDyadSeries(s, Lens::Perceived, QStringLiteral("abe"), QStringLiteral("mary"));
    QCOMPARE(after.relativePowerA.mid(0, 2), before.relativePowerA.mid(0, 2));
    QVERIFY(after.relativePowerA[2] != before.relativePowerA[2]);
}

void TestSeries::streamedJsonIsTheWholeDocument_data()
{
    equalsSeriesJson_data();
}

void TestSeries::streamedJsonIsTheWholeDocument()
{
    QFETCH(QString, name);
    QFETCH(Lens, lens);
    const Scenario s = example(name);
    const QByteArray expected = wholeSeriesJson(s, lens);
    QCOMPARE(seriesJson(s, lens), expected);
    QByteArray streamed;
    QVERIFY(streamSeriesJson(s, lens, [&](const QByteArray &piece) {
        streamed += piece;
        return true;
    }));
    QCOMPARE(streamed, expected);
    QByteArray csv;
    QVERIFY(streamSeriesCsv(s, lens, [&](const QByteArray &piece) {
        csv += piece;
        return true;
    }));
    QCOMPARE(csv, seriesCsv(s, lens));
    QVERIFY(csv.startsWith("time,lens,a,b,"));
}

void TestSeries::streamComesInPieces()
{
    // 2,000 steps of ten dyads are megabytes: no piece holds more than a small part of them.
    const Scenario s = linkedParties(5, 2000);
    qsizetype total = 0;
    qsizetype largest = 0;
    int pieces = 0;
    QVERIFY(streamSeriesJson(s, Lens::Perceived, [&](const QByteArray &piece) {
        total += piece.size();
        largest = std::max(largest, piece.size());
        ++pieces;
        return true;
    }));
    QVERIFY2(total > 10 * 1024 * 1024, qPrintable(QString::number(total)));
    QVERIFY2(largest < 256 * 1024, qPrintable(QString::number(largest)));
    QVERIFY(pieces > 40);
    QVERIFY(QJsonDocument::fromJson(seriesJson(linkedParties(5, 20), Lens::Perceived)).object()
                .value(QLatin1String("steps")).toArray().size() == 21);
}

void TestSeries::streamStopsWhenTheSinkFails()
{
    const Scenario s = linkedParties(5, 100000);
    int calls = 0;
    QVERIFY(!streamSeriesCsv(s, Lens::Perceived, [&](const QByteArray &) { return ++calls < 3; }));
    QCOMPARE(calls, 3); // no piece after the failed one
    calls = 0;
    QVERIFY(!streamSeriesJson(s, Lens::Perceived, [&](const QByteArray &) { return ++calls < 2; }));
    QCOMPARE(calls, 2);
}

QTEST_GUILESS_MAIN(TestSeries)
#include "tst_series.moc"
