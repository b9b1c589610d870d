// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"
#include "examples.h"
#include "scenarioreader.h"
#include "sweep.h"
#include "timeline.h"

#include <QtTest>

#include <cmath>

using namespace powerfield;

namespace {

Scenario exampleAt(const QString &name, int time)
{
    Scenario s;
    ScenarioError error;
    if (!readScenarioFile(examplePath(name), &s, &error))
        qFatal("%s", qPrintable(error.message()));
    return stateAt(s, time);
}

SweepTarget target(Change::Target kind, const char *party, const char *other, const char *desire,
                   const char *option, std::optional<double> Change::*field)
{
    Change c;
    c.target = kind;
    c.party = QLatin1String(party);
    c.other = QLatin1String(other);
    c.desire = QLatin1String(desire);
    c.option = QLatin1String(option);
    c.*field = 0.0;
    return c;
}

// The analysis of `state` with the target set to `value`, from scratch.
core::DyadResult freshAnalysis(Scenario state, const SweepTarget &t, double value,
                               std::optional<double> Change::*field)
{
    Change c = t;
    c.*field = value;
    applyChange(state, c);
    Analysis analysis;
    analysis.reset(state);
    return *analysis.dyad(QStringLiteral("abe"), QStringLiteral("mary"));
}

} // namespace

Q_DECLARE_METATYPE(powerfield::SweepTarget)
using FieldPointer = std::optional<double> Change::*;
Q_DECLARE_METATYPE(FieldPointer)

// Sweeps of one value over 0..1: through the current analysis, equal to fresh analyses, named.
class TestSweep : public QObject
{
    Q_OBJECT

private slots:
    void curveMatchesAnalysis_data();
    void curveMatchesAnalysis();
    void alternativeShiftsPower();
    void refusesUnclearTargets();
};

void TestSweep::curveMatchesAnalysis_data()
{
    QTest::addColumn<int>("time");
    QTest::addColumn<SweepTarget>("target");
    QTest::addColumn<FieldPointer>("field");
    QTest::addColumn<QString>("name");
    using T = Change::Target;
    const FieldPointer q = &Change::quality;
    QTest::newRow("Mary's evenings at home") << 0
        << target(T::Option, "", "", "company", "mary-home", q) << q
        << QStringLiteral("Alternative of Mary, Evenings at home: Company");
    QTest::newRow("Mary's evenings at home, perceived, t=6") << 6
        << target(T::Option, "", "", "company", "mary-home", &Change::perceived) << FieldPointer(&Change::perceived)
        << QStringLiteral("Alternative of Mary, Evenings at home: Company (as Mary sees it)");
    QTest::newRow("importance") << 4
        << target(T::Need, "mary", "", "company", "", &Change::importance) << FieldPointer(&Change::importance)
        << QStringLiteral("Mary: importance of Company");
    QTest::newRow("provision quality") << 6
        << target(T::Provision, "abe", "mary", "company", "", q) << q
        << QStringLiteral("Abe to Mary: Company (quality)");
    QTest::newRow("comparison level") << 0
        << target(T::Party, "abe", "", "", "", &Change::comparisonLevel) << FieldPointer(&Change::comparisonLevel)
        << QStringLiteral("Abe: comparison level");
    QTest::newRow("investment") << 8
        << target(T::Investment, "mary", "abe", "", "", &Change::amount) << FieldPointer(&Change::amount)
        << QStringLiteral("Mary: investment in Abe");
}

void TestSweep::curveMatchesAnalysis()
{
    QFETCH(int, time);
    QFETCH(SweepTarget, target);
    QFETCH(FieldPointer, field);
    QFETCH(QString, name);
    const Scenario state = exampleAt(QStringLiteral("abe-and-mary"), time);
    QCOMPARE(sweepTargetName(state, target), name);
    const Sweep sweep = evaluateSweep(state, Lens::Perceived, target, QStringLiteral("abe"), QStringLiteral("mary"));
    QVERIFY(sweep.values.size() == 101 || sweep.values.size() == 102);
    QCOMPARE(sweep.values.first(), 0.0);
    QCOMPARE(sweep.values.last(), 1.0);
    QVERIFY(std::is_sorted(sweep.values.begin(), sweep.values.end()));
    QCOMPARE(sweep.current, *sweepValue(state, target));
    // At the current value the curve is the current analysis.
    Analysis analysis;
    analysis.reset(state);
    const core::DyadResult now = *analysis.dyad(QStringLiteral("abe"), QStringLiteral("mary"));
    const int i = sweep.currentIndex();
    QVERIFY(i >= 0);
    QCOMPARE(sweep.relativePowerA[i], now.relativePowerA);
    QCOMPARE(sweep.dependenceAOnB[i], now.sideA.dependence);
    QCOMPARE(sweep.dependenceBOnA[i], now.sideB.dependence);
    // Elsewhere it is the analysis of the state with that one value changed.
    for (int k : {0, 37, int(sweep.values.size()) - 1}) {
        const core::DyadResult r = freshAnalysis(state, target, sweep.values[k], field);
        QVERIFY(std::abs(sweep.relativePowerA[k] - r.relativePowerA) < 1e-12);
        QVERIFY(std::abs(sweep.dependenceBOnA[k] - r.sideB.dependence) < 1e-12);
    }
}

void TestSweep::alternativeShiftsPower()
{
    // "How good must her alternative be before she has the upper hand?" At t=0 Abe holds 0.7;
    // with evenings at home as good as Abe's company (0.8) Mary no longer depends on him.
    const Scenario state = exampleAt(QStringLiteral("abe-and-mary"), 0);
    const Sweep sweep = evaluateSweep(state, Lens::Perceived,
        target(Change::Target::Option, "", "", "company", "mary-home", &Change::quality),
        QStringLiteral("abe"), QStringLiteral("mary"), 11);
    QCOMPARE(sweep.values.size(), 11); // 0.1 is on the grid
    QCOMPARE(sweep.relativePowerA[1], 0.7);
    QVERIFY(std::abs(sweep.dependenceBOnA[8]) < 1e-12);
    for (int k = 1; k < sweep.values.size(); ++k)
        QVERIFY(sweep.relativePowerA[k] <= sweep.relativePowerA[k - 1] + 1e-12);
}

void TestSweep::refusesUnclearTargets()
{
    const Scenario state = exampleAt(QStringLiteral("abe-and-mary"), 0);
    SweepTarget two = target(Change::Target::Provision, "abe", "mary", "company", "", &Change::quality);
    two.perceived = 0.5;
    QVERIFY(!sweepValue(state, two));
    QVERIFY(evaluateSweep(state, Lens::Perceived, two, QStringLiteral("abe"), QStringLiteral("mary")).values.isEmpty());
    const SweepTarget missing = target(Change::Target::Provision, "mary", "abe", "future", "", &Change::quality);
    QVERIFY(!sweepValue(state, missing));
}

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
