// SPDX-License-Identifier: GPL-3.0-or-later
#include "examples.h"
#include "scenario.h"
#include "scenarioreader.h"
#include "starterscenario.h"
#include "startsteps.h"

#include <QtTest>

using namespace powerfield;

// The steps of the field's checklist: none for an empty scenario, each as it is done, and all
// for every example, so the checklist never covers a finished scenario.
class TestStartSteps : public QObject
{
    Q_OBJECT

private slots:
    void empty();
    void stepByStep();
    void provisionNobodyWantsIsNoStep();
    void eventsCount();
    void starter();
    void examplesComplete_data();
    void examplesComplete();
};

namespace {

Party party(const QString &id)
{
    Party p;
    p.id = id;
    p.name = id;
    return p;
}

} // namespace

void TestStartSteps::empty()
{
    const StartSteps s = startSteps(Scenario());
    QCOMPARE(s.doneCount(), 0);
    QVERIFY(!s.complete());
}

void TestStartSteps::stepByStep()
{
    Scenario s;
    s.parties = {party(QStringLiteral("a"))};
    QVERIFY(!startSteps(s).parties);
    s.parties << party(QStringLiteral("b"));
    QVERIFY(startSteps(s).parties);
    s.desires = {Desire{QStringLiteral("d"), QStringLiteral("D"), PowerBase::Reward}};
    s.parties[0].needs = {Need{QStringLiteral("d"), 0.5}};
    QVERIFY(!startSteps(s).wants); // only one of them wants something
    s.parties[1].needs = {Need{QStringLiteral("d"), 0.4}};
    QVERIFY(startSteps(s).wants);
    QVERIFY(!startSteps(s).provides);
    s.provisions = {Provision{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d"), Rating{0.6, {}}}};
    QVERIFY(startSteps(s).provides);
    QCOMPARE(startSteps(s).doneCount(), 3);
    s.options = {OutsideOption{QStringLiteral("o"), QStringLiteral("a"), QStringLiteral("O"), {}}};
    QVERIFY(startSteps(s).complete());
}

void TestStartSteps::provisionNobodyWantsIsNoStep()
{
    Scenario s;
    s.parties = {party(QStringLiteral("a")), party(QStringLiteral("b"))};
    s.desires = {Desire{QStringLiteral("d"), QStringLiteral("D"), PowerBase::Reward}};
    s.provisions = {Provision{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d"), Rating{0.6, {}}}};
    QVERIFY(!startSteps(s).provides);
}

void TestStartSteps::eventsCount()
{
    Scenario s;
    s.parties = {party(QStringLiteral("a")), party(QStringLiteral("b"))};
    s.desires = {Desire{QStringLiteral("d"), QStringLiteral("D"), PowerBase::Reward}};
    s.parties[0].needs = {Need{QStringLiteral("d"), 0.5}};
    Change need;
    need.target = Change::Target::Need;
    need.party = QStringLiteral("b");
    need.desire = QStringLiteral("d");
    need.importance = 0.7;
    Change gives;
    gives.target = Change::Target::Provision;
    gives.party = QStringLiteral("a");
    gives.other = QStringLiteral("b");
    gives.desire = QStringLiteral("d");
    gives.quality = 0.5;
    s.events = {Event{3, QStringLiteral("later"), QString(), {need, gives}}};
    QVERIFY(startSteps(s).wants);
    QVERIFY(startSteps(s).provides);
}

void TestStartSteps::starter()
{
    const StartSteps s = startSteps(twoPeopleScenario());
    QVERIFY(s.parties);
    QVERIFY(s.wants);
    QVERIFY(s.provides);
    QVERIFY(!s.alternative); // the one step left for the student
}

void TestStartSteps::examplesComplete_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : exampleNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestStartSteps::examplesComplete()
{
    QFETCH(QString, name);
    Scenario scenario;
    ScenarioError error;
    QVERIFY(readExample(name, &scenario, &error));
    QVERIFY(startSteps(scenario).complete());
}

QTEST_GUILESS_MAIN(TestStartSteps)
#include "tst_startsteps.moc"
