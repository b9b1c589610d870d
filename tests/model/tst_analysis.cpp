// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis of docs/model.md §Dyad quantities against hand-worked cases, one row per branch.
#include "analysis.h"
#include "scenariobuilder.h"
#include "timeline.h"

#include <QTest>

using namespace powerfield;
using test::ScenarioBuilder;

namespace {

const QString x = QStringLiteral("x");
const QString y = QStringLiteral("y");
const QString A = QStringLiteral("a");
const QString B = QStringLiteral("b");
const QString C = QStringLiteral("c");

// One named quantity of a dyad, as --analyze names it; sides are as the row gives a and b.
QVariant quantity(const core::DyadResult &d, const QString &name)
{
    static const QHash<QString, std::function<QVariant(const core::DyadResult &)>> read = {
        {QStringLiteral("dependenceAOnB"), [](auto &r) { return r.sideA.dependence; }},
        {QStringLiteral("dependenceBOnA"), [](auto &r) { return r.sideB.dependence; }},
        {QStringLiteral("relativePowerA"), [](auto &r) { return r.relativePowerA; }},
        {QStringLiteral("mutualDependence"), [](auto &r) { return r.mutualDependence; }},
        {QStringLiteral("outcomeA"), [](auto &r) { return r.sideA.outcome; }},
        {QStringLiteral("altA"), [](auto &r) { return r.sideA.alternative; }},
        {QStringLiteral("altB"), [](auto &r) { return r.sideB.alternative; }},
        {QStringLiteral("satisfactionA"), [](auto &r) { return r.sideA.satisfaction; }},
        {QStringLiteral("commitmentA"), [](auto &r) { return r.sideA.commitment; }},
        {QStringLiteral("cooperationA"), [](auto &r) { return r.sideA.cooperation; }},
        {QStringLiteral("cooperationB"), [](auto &r) { return r.sideB.cooperation; }},
        {QStringLiteral("quadrantA"), [](auto &r) { return QString::fromLatin1(core::quadrantName(r.sideA.quadrant)); }},
        {QStringLiteral("quadrantB"), [](auto &r) { return QString::fromLatin1(core::quadrantName(r.sideB.quadrant)); }},
        {QStringLiteral("responseA"), [](auto &r) { return QString::fromLatin1(core::responseName(r.sideA.response)); }},
        {QStringLiteral("responseB"), [](auto &r) { return QString::fromLatin1(core::responseName(r.sideB.response)); }},
    };
    return read.value(name)(d);
}

Change partyActive(const QString &party, bool active)
{
    Change c;
    c.party = party;
    c.active = active;
    return c;
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void modelExampleAtStart();
    void modelExampleAtTimeFour();
    void handWorked_data();
    void handWorked();
    void fieldSums();
    void onlyDyadsWithProvisions();
    void eventChanges_data();
    void eventChanges();
};

void TestAnalysis::modelExampleAtStart()
{
    Analysis analysis;
    analysis.reset(stateAt(test::modelExample(), 0));
    const QVector<DyadReport> dyads = analysis.dyads();
    QCOMPARE(dyads.size(), 1);
    QCOMPARE(dyads[0].a, QStringLiteral("abe"));
    QCOMPARE(dyads[0].b, QStringLiteral("mary"));
    const core::DyadResult &r = dyads[0].result;
    QCOMPARE(r.sideA.dependence, 0.0);
    QCOMPARE_LT(qAbs(r.sideB.dependence - 0.7), 1e-9);
    QCOMPARE_LT(qAbs(r.relativePowerA - 0.7), 1e-9);
    QCOMPARE_LT(qAbs(r.mutualDependence - 0.35), 1e-9);
    QCOMPARE(r.sideA.outcome, 0.5);
    QCOMPARE(r.sideB.outcome, 0.8);
    QCOMPARE(r.sideA.alternative, 0.7);
    QCOMPARE(r.sideB.alternative, 0.1);
    QCOMPARE_LT(qAbs(r.sideA.satisfaction), 1e-9);
    QCOMPARE_LT(qAbs(r.sideB.satisfaction - 0.2), 1e-9);
    QCOMPARE(r.sideA.quadrant, core::Quadrant::SatisfiedUnstable);
    QCOMPARE(r.sideB.quadrant, core::Quadrant::SatisfiedStable);
    QCOMPARE_LT(qAbs(r.sideA.commitment - 0.266666667), 1e-6);
    QCOMPARE_LT(qAbs(r.sideB.commitment - 0.633333333), 1e-6);
    QCOMPARE_LT(qAbs(r.sideA.cooperation - 0.5814), 1e-9);
    QCOMPARE_LT(qAbs(r.sideB.cooperation - 0.6947), 1e-9);
    QCOMPARE(r.sideA.response, core::Response::WalkAway);
    QCOMPARE(r.sideB.response, core::Response::Accept);
    QCOMPARE_LT(qAbs(analysis.engine().fieldPower(analysis.partyIndex(QStringLiteral("abe"))) - 0.7), 1e-9);
    QCOMPARE_LT(qAbs(analysis.engine().fieldDependence(analysis.partyIndex(QStringLiteral("mary"))) - 0.7), 1e-9);
}

void TestAnalysis::modelExampleAtTimeFour()
{
    Analysis analysis;
    analysis.reset(stateAt(test::modelExample(), 4));
    const QVector<DyadReport> dyads = analysis.dyads();
    QCOMPARE(dyads.size(), 2);
    QCOMPARE(dyads[0].a, QStringLiteral("abe"));
    QCOMPARE(dyads[1].a, QStringLiteral("coworkers"));
    QCOMPARE(dyads[1].b, QStringLiteral("mary"));
    QCOMPARE(dyads[0].result.sideB.alternative, 0.6);
    QCOMPARE_LT(qAbs(dyads[0].result.sideB.dependence - 0.2), 1e-9);
    QCOMPARE(dyads[1].result.sideA.quadrant, core::Quadrant::Indifferent);
    QCOMPARE(dyads[1].result.sideA.response, core::Response::WalkAway);
    // The coworkers are Mary's alternative to Abe, and Abe is hers to the coworkers.
    QCOMPARE(dyads[1].result.sideB.alternative, 0.8);
    QCOMPARE(dyads[1].result.sideB.dependence, 0.0);
}

void TestAnalysis::handWorked_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<Lens>("lens");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QVariant>("expected");
    const auto row = [](const char *tag, const Scenario &s, Lens lens, const QString &b, const char *name, QVariant v) {
        QTest::newRow(tag) << s << lens << b << QString::fromLatin1(name) << v;
    };
    const Lens P = Lens::Perceived;
    const Lens U = Lens::Actual;

    // A wants x fully; B gives 0.3 but A believes 0.9; A's own option gives 0.5.
    const Scenario beliefs = ScenarioBuilder().desire(x).party(A, {{x, 1.0}}).party(B)
                                 .give(B, A, x, 0.3, 0.9).option(A, x, 0.5).build();
    row("perceived lens reads beliefs", beliefs, P, B, "dependenceAOnB", 0.4);
    row("perceived outcome", beliefs, P, B, "outcomeA", 0.9);
    row("actual lens reads qualities", beliefs, U, B, "dependenceAOnB", 0.0);
    row("actual outcome", beliefs, U, B, "outcomeA", 0.3);
    const Scenario imagined = ScenarioBuilder().desire(x).party(A, {{x, 1.0}}).party(B)
                                  .give(B, A, x, 0.8).option(A, x, 0.2, 0.7).build();
    row("imagined option counts when perceived", imagined, P, B, "altA", 0.7);
    row("imagined option is small when actual", imagined, U, B, "altA", 0.2);

    // A gets 0.8 from B and 0.7 from C, with an option worth 0.2.
    const auto triad = [&](bool exclusive) {
        return ScenarioBuilder().desire(x).party(A, {{x, 1.0}}).party(B).party(C)
            .give(B, A, x, 0.8).give(C, A, x, 0.7).option(A, x, 0.2).invest(A, B, 0.3, exclusive).build();
    };
    row("third party is the alternative", triad(false), P, B, "altA", 0.7);
    row("dependence net of third party", triad(false), P, B, "dependenceAOnB", 0.8 - 0.7);
    row("exclusive leaves third parties out", triad(true), P, B, "altA", 0.2);
    row("exclusive dependence", triad(true), P, B, "dependenceAOnB", 0.6);
    row("exclusive keeps the partner as alternative elsewhere", triad(true), P, C, "altA", 0.8);
    row("second best when the partner is best", triad(false), P, C, "altA", 0.8);
    row("no dependence on the worse provider", triad(false), P, C, "dependenceAOnB", 0.0);
    row("commitment with investment", triad(true), P, B, "commitmentA", (0.8 - 0.2 + 0.3 + 1.0) / 3.0);

    const Scenario optionBeats = ScenarioBuilder().desire(x).party(A, {{x, 1.0}}).party(B).party(C)
                                     .give(B, A, x, 0.9).give(C, A, x, 0.4).option(A, x, 0.6).build();
    row("outside option beats third party", optionBeats, P, B, "altA", 0.6);
    const Scenario partyBeats = ScenarioBuilder().desire(x).party(A, {{x, 1.0}}).party(B).party(C)
                                    .give(B, A, x, 0.9).give(C, A, x, 0.65).option(A, x, 0.6).build();
    row("third party beats outside option", partyBeats, P, B, "altA", 0.65);
    const Scenario inactive = ScenarioBuilder().desire(x).party(A, {{x, 1.0}}).party(B).party(C, {}, 0.5, false)
                                  .give(B, A, x, 0.9).give(C, A, x, 0.8).option(A, x, 0.1).build();
    row("inactive party is no alternative", inactive, P, B, "altA", 0.1);

    // Two desires weighted 0.2 and 0.6: B covers x only.
    const Scenario weighted = ScenarioBuilder().desire(x).desire(y).party(A, {{x, 0.2}, {y, 0.6}}, 0.3).party(B)
                                  .give(B, A, x, 1.0).option(A, y, 0.5).build();
    row("weights normalise dependence", weighted, P, B, "dependenceAOnB", 0.2 * 1.0 / 0.8);
    row("weights normalise outcome", weighted, P, B, "outcomeA", 0.25);
    row("weights normalise CLalt", weighted, P, B, "altA", 0.6 * 0.5 / 0.8);
    row("unsatisfied-unstable", weighted, P, B, "quadrantA", QStringLiteral("unsatisfied-unstable"));
    row("walks away when CLalt beats outcome", weighted, P, B, "responseA", QStringLiteral("walk-away"));

    const Scenario nothing = ScenarioBuilder().desire(x).party(A, {}, 0.4).party(B, {{x, 1.0}}).give(A, B, x, 0.6).build();
    row("wanting nothing is indifferent", nothing, P, B, "quadrantA", QStringLiteral("indifferent"));
    row("wanting nothing has no outcome", nothing, P, B, "outcomeA", 0.0);
    row("wanting nothing: satisfaction is -CL", nothing, P, B, "satisfactionA", -0.4);
    row("wanting nothing walks away", nothing, P, B, "responseA", QStringLiteral("walk-away"));
    row("wanting nothing: commitment from investment alone", nothing, P, B, "commitmentA", 1.0 / 3.0);
    row("holding all power cooperates least", nothing, P, B, "cooperationA", 0.5814);
    row("dependent side accepts", nothing, P, B, "responseB", QStringLiteral("accept"));
    row("dependent side is satisfied-stable", nothing, P, B, "quadrantB", QStringLiteral("satisfied-stable"));

    const Scenario trapped = ScenarioBuilder().desire(x).party(A, {{x, 1.0}}, 0.7).party(B, {{x, 1.0}}, 0.2)
                                 .give(B, A, x, 0.4).give(A, B, x, 0.3).option(A, x, 0.2).build();
    row("trapped", trapped, P, B, "quadrantA", QStringLiteral("trapped"));
    row("outcome above CL and CLalt is satisfied-stable", trapped, P, B, "quadrantB", QStringLiteral("satisfied-stable"));
    row("trapped but more powerful fights", trapped, P, B, "responseA", QStringLiteral("fight"));
    row("less power accepts", trapped, P, B, "responseB", QStringLiteral("accept"));
    row("relative power", trapped, P, B, "relativePowerA", 0.3 - 0.2);
    row("cooperation with some power", trapped, P, B, "cooperationA", 0.8397 + (0.5814 - 0.8397) * 0.2);
    row("cooperation with less power", trapped, P, B, "cooperationB", 0.8397 + (0.6947 - 0.8397) * 0.2);
    const Scenario unstable = ScenarioBuilder().desire(x).party(A, {{x, 1.0}}, 0.3).party(B)
                                  .give(B, A, x, 0.5).option(A, x, 0.6).build();
    row("satisfied-unstable", unstable, P, B, "quadrantA", QStringLiteral("satisfied-unstable"));

    // 0.1*0.1 + 0.1*0.3 over 0.2 is 0.19999999999999998 in doubles: equal to CL within 1e-9.
    const Scenario tie = ScenarioBuilder().desire(x).desire(y).party(A, {{x, 0.1}, {y, 0.1}}, 0.2).party(B)
                             .give(B, A, x, 0.1).give(B, A, y, 0.3).build();
    row("tie at the tolerance counts as reached", tie, P, B, "quadrantA", QStringLiteral("satisfied-stable"));
    const Scenario balanced = ScenarioBuilder().desire(x).party(A, {{x, 1.0}}).party(B, {{x, 1.0}})
                                  .give(A, B, x, 0.5).give(B, A, x, 0.5).build();
    row("equal power cooperates most", balanced, P, B, "cooperationA", 0.8397);
    row("equal power fights back", balanced, P, B, "responseA", QStringLiteral("fight"));
}

void TestAnalysis::handWorked()
{
    QFETCH(Scenario, scenario);
    QFETCH(Lens, lens);
    QFETCH(QString, b);
    QFETCH(QString, name);
    QFETCH(QVariant, expected);
    Analysis analysis(lens);
    analysis.reset(scenario);
    const std::optional<core::DyadResult> dyad = analysis.dyad(A, b);
    QVERIFY(dyad);
    const QVariant actual = quantity(*dyad, name);
    if (expected.typeId() == QMetaType::QString)
        QCOMPARE(actual.toString(), expected.toString());
    else
        QVERIFY2(qAbs(actual.toDouble() - expected.toDouble()) < 1e-9,
                 qPrintable(QStringLiteral("%1 is %2, expected %3").arg(name).arg(actual.toDouble()).arg(expected.toDouble())));
}

void TestAnalysis::fieldSums()
{
    // Hub B gives A and C what they want; each depends on B alone.
    const Scenario s = ScenarioBuilder().desire(x).party(A, {{x, 1.0}}).party(B).party(C, {{x, 1.0}})
                           .give(B, A, x, 0.6).give(B, C, x, 0.3).build();
    Analysis analysis;
    analysis.reset(s);
    QCOMPARE_LT(qAbs(analysis.engine().fieldPower(analysis.partyIndex(B)) - 0.9), 1e-12);
    QCOMPARE(analysis.engine().fieldDependence(analysis.partyIndex(B)), 0.0);
    QCOMPARE_LT(qAbs(analysis.engine().fieldDependence(analysis.partyIndex(A)) - 0.6), 1e-12);
}

void TestAnalysis::onlyDyadsWithProvisions()
{
    // A zero-quality provision still makes a dyad; parties with none do not form one.
    const Scenario s = ScenarioBuilder().desire(x).party(A).party(B).party(C).give(A, B, x, 0.0).build();
    Analysis analysis;
    analysis.reset(s);
    QCOMPARE(analysis.dyads().size(), 1);
    QVERIFY(analysis.dyad(B, A));
    QVERIFY(!analysis.dyad(A, C));
}

void TestAnalysis::eventChanges_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("before");
    QTest::addColumn<double>("after");
    Change c;
    c = partyActive(C, true);
    QTest::newRow("party enters") << c << "altA" << 0.1 << 0.5;
    c = {};
    c.party = A;
    c.comparisonLevel = 0.9;
    QTest::newRow("comparison level") << c << "satisfactionA" << 0.8 - 0.5 << 0.8 - 0.9;
    c = {};
    c.target = Change::Target::Need;
    c.party = A;
    c.desire = y;
    c.importance = 1.0;
    QTest::newRow("need added") << c << "outcomeA" << 0.8 << 0.4;
    c = {};
    c.target = Change::Target::Provision;
    c.party = B;
    c.other = A;
    c.desire = x;
    c.quality = 0.3;
    QTest::newRow("provision quality, belief follows") << c << "outcomeA" << 0.8 << 0.3;
    c.quality.reset();
    c.perceived = 0.95;
    QTest::newRow("provision belief") << c << "outcomeA" << 0.8 << 0.95;
    c = {};
    c.target = Change::Target::Provision;
    c.party = C;
    c.other = A;
    c.desire = y;
    c.quality = 0.7;
    QTest::newRow("provision created") << c << "altA" << 0.1 << 0.1;
    c = {};
    c.target = Change::Target::Option;
    c.option = QStringLiteral("a-option-0");
    c.desire = x;
    c.quality = 0.75;
    QTest::newRow("offer changed") << c << "dependenceAOnB" << 0.7 << 0.05;
    c = {};
    c.target = Change::Target::Investment;
    c.party = A;
    c.other = B;
    c.amount = 0.6;
    QTest::newRow("investment created") << c << "commitmentA" << (0.8 - 0.1 + 1.0) / 3.0 << (0.8 - 0.1 + 0.6 + 1.0) / 3.0;
}

void TestAnalysis::eventChanges()
{
    QFETCH(Change, change);
    QFETCH(QString, name);
    QFETCH(double, before);
    QFETCH(double, after);
    // A wants x; B gives 0.8; inactive C would give 0.5; A's option gives 0.1.
    const Scenario s = ScenarioBuilder().desire(x).desire(y).party(A, {{x, 1.0}}).party(B).party(C, {}, 0.5, false)
                           .give(B, A, x, 0.8).give(C, A, x, 0.5).option(A, x, 0.1).event(3, {change}).build();
    for (int t : {0, 2}) {
        Analysis analysis;
        analysis.reset(stateAt(s, t));
        QCOMPARE_LT(qAbs(quantity(*analysis.dyad(A, B), name).toDouble() - before), 1e-9);
    }
    for (int t : {3, 12}) {
        Analysis analysis;
        analysis.reset(stateAt(s, t));
        QCOMPARE_LT(qAbs(quantity(*analysis.dyad(A, B), name).toDouble() - after), 1e-9);
        // Applying the change incrementally agrees with building the state from scratch.
        Scenario state = stateAt(s, 0);
        Analysis incremental;
        incremental.reset(state);
        incremental.apply(state, change);
        QCOMPARE(state, stateAt(s, t));
        QCOMPARE_LT(qAbs(quantity(*incremental.dyad(A, B), name).toDouble() - after), 1e-12);
    }
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
