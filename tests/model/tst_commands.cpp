// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "scenariofixture.h"
#include "timeline.h"

#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <limits>

using namespace powerfield;
using namespace powerfield::test;

using Edit = std::function<bool(Document &, QString *)>;
using Mutation = std::function<void(Scenario &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Mutation)

namespace {

const QString abe = QStringLiteral("abe");
const QString mary = QStringLiteral("mary");
const QString co = QStringLiteral("coworkers");
const QString company = QStringLiteral("company");
const QString money = QStringLiteral("money");
const double kNaN = std::numeric_limits<double>::quiet_NaN();

Party newParty()
{
    return {QStringLiteral("zoe"), QStringLiteral("Zoe"), PartyKind::Country, QStringLiteral("#000000"), 1, 2, 0.3, true, {{money, 0.5}}};
}

} // namespace

// Every kind of undo command: push, undo, redo, merging within gestures and refusals.
class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pushUndoRedo_data();
    void pushUndoRedo();
    void refused_data();
    void refused();
    void noOpPushesNothing();
    void dragMergesIntoOne_data();
    void dragMergesIntoOne();
    void dragBackToStartMakesNone();
    void newGestureMakesNewEntry();
    void editsOutsideGesturesDoNotMerge();
    void undoTexts();

private:
    void checkAnalysis();
    Document m_doc;
};

void TestCommands::init()
{
    m_doc.setScenario(abeAndMary());
}

void TestCommands::checkAnalysis()
{
    QCOMPARE(m_doc.state(), stateAt(m_doc.scenario(), m_doc.currentTime()));
    QVERIFY(sameAsFresh(m_doc.analysis(), m_doc.state()));
}

void TestCommands::pushUndoRedo_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Mutation>("expected");
    QTest::addColumn<int>("time");
    auto row = [](const char *name, Edit e, Mutation m, int time = 0) {
        QTest::newRow(name) << e << m << time;
    };
    row("title", [](Document &d, QString *e) { return d.setTitle(QStringLiteral("New"), e); },
        [](Scenario &s) { s.title = QStringLiteral("New"); });
    row("duration", [](Document &d, QString *e) { return d.setDuration(7, e); },
        [](Scenario &s) { s.duration = 7; }, 12);
    row("addParty", [](Document &d, QString *e) { return d.addParty(newParty(), e); },
        [](Scenario &s) { s.parties.append(newParty()); });
    row("addParty default colour", [](Document &d, QString *e) { Party p = newParty(); p.color.clear(); return d.addParty(p, e); },
        [](Scenario &s) { Party p = newParty(); p.color = paletteColor(3); s.parties.append(p); });
    row("renameParty", [](Document &d, QString *e) { return d.renameParty(abe, QStringLiteral("Abraham"), e); },
        [](Scenario &s) { s.parties[0].name = QStringLiteral("Abraham"); });
    row("partyColor", [](Document &d, QString *e) { return d.setPartyColor(abe, QStringLiteral("#123456"), e); },
        [](Scenario &s) { s.parties[0].color = QStringLiteral("#123456"); });
    row("partyKind", [](Document &d, QString *e) { return d.setPartyKind(co, PartyKind::Organization, e); },
        [](Scenario &s) { s.parties[2].kind = PartyKind::Organization; });
    row("partyActive", [](Document &d, QString *e) { return d.setPartyActive(co, true, e); },
        [](Scenario &s) { s.parties[2].active = true; });
    row("comparisonLevel", [](Document &d, QString *e) { return d.setComparisonLevel(mary, 0.1, e); },
        [](Scenario &s) { s.parties[1].comparisonLevel = 0.1; });
    // Past time 0 a value edit is written as a change of the event at that time.
    row("comparisonLevel in time", [](Document &d, QString *e) { return d.setComparisonLevel(mary, 0.1, e); },
        [](Scenario &s) {
            Change c;
            c.party = mary;
            c.comparisonLevel = 0.1;
            s.events.append({5, QStringLiteral("Changes at step 5"), QString(), {c}});
        }, 5);
    row("moveParty", [](Document &d, QString *e) { return d.moveParty(abe, {3, -4}, e); },
        [](Scenario &s) { s.parties[0].x = 3; s.parties[0].y = -4; });
    row("importance", [](Document &d, QString *e) { return d.setImportance(mary, company, 0.8, e); },
        [](Scenario &s) { s.parties[1].needs[0].importance = 0.8; });
    row("importance adds need", [](Document &d, QString *e) { return d.setImportance(abe, money, 0.6, e); },
        [](Scenario &s) { s.parties[0].needs.append({money, 0.6}); });
    row("removeNeed", [](Document &d, QString *e) { return d.removeNeed(mary, company, e); },
        [](Scenario &s) { s.parties[1].needs.removeFirst(); });
    // The event change that sets the need goes too: the story would bring it back.
    row("removeNeed with its event change", [](Document &d, QString *e) { return d.removeNeed(mary, money, e); },
        [](Scenario &s) { s.parties[1].needs.removeLast(); s.events[0].changes.removeLast(); });
    row("addNeed", [](Document &d, QString *e) { return d.addNeed(abe, money, 0.5, e); },
        [](Scenario &s) { s.parties[0].needs.append({money, 0.5}); });
    row("addWantedDesire", [](Document &d, QString *e) { return d.addWantedDesire({QStringLiteral("status"), QStringLiteral("Status"), PowerBase::Other}, mary, 0.5, e); },
        [](Scenario &s) {
            s.desires.append({QStringLiteral("status"), QStringLiteral("Status"), PowerBase::Other});
            s.parties[1].needs.append({QStringLiteral("status"), 0.5});
        });
    row("addWantedProvision", [](Document &d, QString *e) { return d.addWantedProvision({mary, abe, money, {0.4, std::nullopt}}, 0.5, e); },
        [](Scenario &s) {
            s.parties[0].needs.append({money, 0.5});
            s.provisions.append({mary, abe, money, {0.4, std::nullopt}});
        });
    row("addDesire", [](Document &d, QString *e) { return d.addDesire({QStringLiteral("status"), QStringLiteral("Status"), PowerBase::Legitimate}, e); },
        [](Scenario &s) { s.desires.append({QStringLiteral("status"), QStringLiteral("Status"), PowerBase::Legitimate}); });
    row("renameDesire", [](Document &d, QString *e) { return d.renameDesire(money, QStringLiteral("Cash"), e); },
        [](Scenario &s) { s.desires[1].name = QStringLiteral("Cash"); });
    row("desireBase", [](Document &d, QString *e) { return d.setDesireBase(money, PowerBase::Expert, e); },
        [](Scenario &s) { s.desires[1].base = PowerBase::Expert; });
    row("addProvision", [](Document &d, QString *e) { return d.addProvision({mary, co, company, {0.4, 0.2}}, e); },
        [](Scenario &s) { s.provisions.append({mary, co, company, {0.4, 0.2}}); }, 4);
    row("removeProvision", [](Document &d, QString *e) { return d.removeProvision(abe, mary, company, e); },
        [](Scenario &s) { s.provisions.removeFirst(); });
    row("provisionQuality", [](Document &d, QString *e) { return d.setProvisionQuality(abe, mary, company, 0.25, e); },
        [](Scenario &s) { s.provisions[0].rating.quality = 0.25; });
    row("provisionPerceived", [](Document &d, QString *e) { return d.setProvisionPerceived(abe, mary, company, 0.95, e); },
        [](Scenario &s) { s.provisions[0].rating.perceived = 0.95; });
    row("provisionPerceived follows", [](Document &d, QString *e) { return d.setProvisionPerceived(co, mary, money, std::nullopt, e); },
        [](Scenario &s) { s.provisions[2].rating.perceived.reset(); }, 5);
    row("addOption", [](Document &d, QString *e) { return d.addOption({QStringLiteral("job"), abe, QStringLiteral("A job"), {{money, {0.5, std::nullopt}}}}, e); },
        [](Scenario &s) { s.options.append({QStringLiteral("job"), abe, QStringLiteral("A job"), {{money, {0.5, std::nullopt}}}}); });
    row("renameOption", [](Document &d, QString *e) { return d.renameOption(QStringLiteral("mary-home"), QStringLiteral("Home"), e); },
        [](Scenario &s) { s.options[0].name = QStringLiteral("Home"); });
    row("setOffer", [](Document &d, QString *e) { return d.setOffer(QStringLiteral("mary-home"), company, {0.3, 0.5}, e); },
        [](Scenario &s) { s.options[0].offers[0].rating = {0.3, 0.5}; });
    row("setOffer adds", [](Document &d, QString *e) { return d.setOffer(QStringLiteral("mary-home"), money, {0.3, std::nullopt}, e); },
        [](Scenario &s) { s.options[0].offers.append({money, {0.3, std::nullopt}}); });
    row("removeOffer", [](Document &d, QString *e) { return d.removeOffer(QStringLiteral("abe-friends"), company, e); },
        [](Scenario &s) { s.options[1].offers.clear(); });
    row("investment", [](Document &d, QString *e) { return d.setInvestment(mary, abe, 0.7, e); },
        [](Scenario &s) { s.investments[0].amount = 0.7; });
    row("investment adds", [](Document &d, QString *e) { return d.setInvestment(co, mary, 0.7, e); },
        [](Scenario &s) { s.investments.append({co, mary, 0.7, false}); });
    row("investment in time", [](Document &d, QString *e) { return d.setInvestment(co, mary, 0.7, e); },
        [](Scenario &s) {
            Change c;
            c.target = Change::Target::Investment;
            c.party = co;
            c.other = mary;
            c.amount = 0.7;
            s.events[0].changes.append(c);
        }, 4);
    row("exclusive", [](Document &d, QString *e) { return d.setInvestmentExclusive(mary, abe, true, e); },
        [](Scenario &s) { s.investments[0].exclusive = true; });
    row("addEvent", [](Document &d, QString *e) { return d.addEvent({2, QStringLiteral("x"), QString(), {needChange(abe, money, 1)}}, e); },
        [](Scenario &s) { s.events.append({2, QStringLiteral("x"), QString(), {needChange(abe, money, 1)}}); }, 3);
    row("removeEvent", [](Document &d, QString *e) { return d.removeEvent(0, e); },
        [](Scenario &s) { s.events.removeFirst(); }, 5);
    row("eventTime", [](Document &d, QString *e) { return d.setEventTime(0, 8, e); },
        [](Scenario &s) { s.events[0].time = 8; }, 5);
    row("eventLabel", [](Document &d, QString *e) { return d.setEventLabel(1, QStringLiteral("L"), e); },
        [](Scenario &s) { s.events[1].label = QStringLiteral("L"); });
    row("eventCaption", [](Document &d, QString *e) { return d.setEventCaption(0, QStringLiteral("C"), e); },
        [](Scenario &s) { s.events[0].caption = QStringLiteral("C"); });
    row("addEventChange", [](Document &d, QString *e) { return d.addEventChange(0, investmentChange(co, abe, 0.3), e); },
        [](Scenario &s) { s.events[0].changes.append(investmentChange(co, abe, 0.3)); }, 4);
    row("removeEventChange", [](Document &d, QString *e) { return d.removeEventChange(0, 1, e); },
        [](Scenario &s) { s.events[0].changes.removeAt(1); }, 4);
    row("setEventChange", [](Document &d, QString *e) { return d.setEventChange(1, 0, optionChange(QStringLiteral("mary-home"), money, 0.9), e); },
        [](Scenario &s) { s.events[1].changes[0] = optionChange(QStringLiteral("mary-home"), money, 0.9); }, 12);
}

void TestCommands::pushUndoRedo()
{
    QFETCH(Edit, edit);
    QFETCH(Mutation, expected);
    QFETCH(int, time);
    m_doc.setCurrentTime(time);
    const Scenario before = m_doc.scenario();
    Scenario after = before;
    expected(after);
    QString error;
    QVERIFY2(edit(m_doc, &error), qPrintable(error));
    QCOMPARE(m_doc.undoStack()->count(), 1);
    QVERIFY(!m_doc.undoStack()->text(0).isEmpty());
    QVERIFY(m_doc.scenario() == after);
    checkAnalysis();
    m_doc.undoStack()->undo();
    QVERIFY(m_doc.scenario() == before);
    checkAnalysis();
    m_doc.undoStack()->redo();
    QVERIFY(m_doc.scenario() == after);
    checkAnalysis();
}

void TestCommands::refused_data()
{
    QTest::addColumn<Edit>("edit");
    auto row = [](const char *name, Edit e) { QTest::newRow(name) << e; };
    row("duration 0", [](Document &d, QString *e) { return d.setDuration(0, e); });
    row("duration before event", [](Document &d, QString *e) { return d.setDuration(5, e); });
    row("party bad id", [](Document &d, QString *e) { Party p = newParty(); p.id = QStringLiteral("z z"); return d.addParty(p, e); });
    row("party duplicate", [](Document &d, QString *e) { Party p = newParty(); p.id = abe; return d.addParty(p, e); });
    row("party empty name", [](Document &d, QString *e) { Party p = newParty(); p.name = QStringLiteral(" "); return d.addParty(p, e); });
    row("party bad colour", [](Document &d, QString *e) { Party p = newParty(); p.color = QStringLiteral("red"); return d.addParty(p, e); });
    row("party kNaN x", [](Document &d, QString *e) { Party p = newParty(); p.x = kNaN; return d.addParty(p, e); });
    row("party unknown need", [](Document &d, QString *e) { Party p = newParty(); p.needs = {{QStringLiteral("fame"), 0.1}}; return d.addParty(p, e); });
    row("party need 1.5", [](Document &d, QString *e) { Party p = newParty(); p.needs = {{money, 1.5}}; return d.addParty(p, e); });
    row("remove unknown", [](Document &d, QString *e) { return d.removeParty(QStringLiteral("nobody"), e); });
    row("rename empty", [](Document &d, QString *e) { return d.renameParty(abe, QString(), e); });
    row("colour", [](Document &d, QString *e) { return d.setPartyColor(abe, QStringLiteral("#12345"), e); });
    row("cl 1.5", [](Document &d, QString *e) { return d.setComparisonLevel(abe, 1.5, e); });
    row("cl -0.1", [](Document &d, QString *e) { return d.setComparisonLevel(abe, -0.1, e); });
    row("cl kNaN", [](Document &d, QString *e) { return d.setComparisonLevel(abe, kNaN, e); });
    row("move inf", [](Document &d, QString *e) { return d.moveParty(abe, {std::numeric_limits<double>::infinity(), 0}, e); });
    row("importance kNaN", [](Document &d, QString *e) { return d.setImportance(abe, company, kNaN, e); });
    row("importance unknown desire", [](Document &d, QString *e) { return d.setImportance(abe, QStringLiteral("fame"), 0.5, e); });
    row("remove absent need", [](Document &d, QString *e) { return d.removeNeed(abe, money, e); });
    row("want a need twice", [](Document &d, QString *e) { return d.addNeed(mary, company, 0.5, e); });
    row("provision wanted already", [](Document &d, QString *e) { return d.addWantedProvision({abe, mary, company, {0.4, std::nullopt}}, 0.5, e); });
    row("desire duplicate", [](Document &d, QString *e) { return d.addDesire({money, QStringLiteral("M"), PowerBase::Other}, e); });
    row("desire empty name", [](Document &d, QString *e) { return d.addDesire({QStringLiteral("x"), QString(), PowerBase::Other}, e); });
    row("provision to self", [](Document &d, QString *e) { return d.addProvision({abe, abe, money, {0.5, std::nullopt}}, e); });
    row("provision duplicate", [](Document &d, QString *e) { return d.addProvision({abe, mary, company, {0.5, std::nullopt}}, e); });
    row("provision perceived 1.5", [](Document &d, QString *e) { return d.addProvision({abe, co, money, {0.5, 1.5}}, e); });
    row("quality 1.5", [](Document &d, QString *e) { return d.setProvisionQuality(abe, mary, company, 1.5, e); });
    row("quality absent", [](Document &d, QString *e) { return d.setProvisionQuality(mary, co, company, 0.5, e); });
    row("perceived -0.1", [](Document &d, QString *e) { return d.setProvisionPerceived(abe, mary, company, -0.1, e); });
    row("option unknown owner", [](Document &d, QString *e) { return d.addOption({QStringLiteral("o"), QStringLiteral("x"), QStringLiteral("O"), {}}, e); });
    row("option duplicate", [](Document &d, QString *e) { return d.addOption({QStringLiteral("mary-home"), abe, QStringLiteral("O"), {}}, e); });
    row("offer kNaN", [](Document &d, QString *e) { return d.setOffer(QStringLiteral("mary-home"), company, {kNaN, std::nullopt}, e); });
    row("investment self", [](Document &d, QString *e) { return d.setInvestment(abe, abe, 0.5, e); });
    row("investment 1.5", [](Document &d, QString *e) { return d.setInvestment(abe, mary, 1.5, e); });
    row("event late", [](Document &d, QString *e) { return d.addEvent({13, QString(), QString(), {}}, e); });
    row("event empty change", [](Document &d, QString *e) { Change c; c.party = abe; return d.addEvent({1, QString(), QString(), {c}}, e); });
    row("change to self", [](Document &d, QString *e) { return d.addEventChange(0, provisionChange(abe, abe, money, 0.5), e); });
    row("change wrong field", [](Document &d, QString *e) { Change c = partyChange(abe, true); c.quality = 0.5; return d.addEventChange(0, c, e); });
    row("change unknown option", [](Document &d, QString *e) { return d.addEventChange(0, optionChange(QStringLiteral("x"), money, 0.5), e); });
    row("event time", [](Document &d, QString *e) { return d.setEventTime(0, -1, e); });
    row("event index", [](Document &d, QString *e) { return d.removeEvent(2, e); });
    row("change index", [](Document &d, QString *e) { return d.removeEventChange(1, 2, e); });
}

void TestCommands::refused()
{
    QFETCH(Edit, edit);
    const Scenario before = m_doc.scenario();
    QString error;
    QVERIFY(!edit(m_doc, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_doc.undoStack()->count(), 0);
    QVERIFY(m_doc.scenario() == before);
    QVERIFY(!edit(m_doc, nullptr)); // a null error pointer is allowed
}

void TestCommands::noOpPushesNothing()
{
    QVERIFY(m_doc.setComparisonLevel(mary, 0.6));
    QVERIFY(m_doc.renameParty(abe, QStringLiteral("Abe")));
    QVERIFY(m_doc.setProvisionQuality(abe, mary, company, 0.8));
    QVERIFY(m_doc.setInvestment(mary, abe, 0.2));
    QVERIFY(m_doc.setOffer(QStringLiteral("mary-home"), company, {0.1, std::nullopt}));
    QVERIFY(m_doc.setEventTime(0, 4));
    QCOMPARE(m_doc.undoStack()->count(), 0);
    QVERIFY(!m_doc.isModified());
}

void TestCommands::dragMergesIntoOne_data()
{
    QTest::addColumn<Edit>("step");
    QTest::addColumn<Mutation>("expected");
    QTest::newRow("comparisonLevel") << Edit([](Document &d, QString *) {
        return d.setComparisonLevel(mary, d.scenario().parties[1].comparisonLevel / 2);
    }) << Mutation([](Scenario &s) { s.parties[1].comparisonLevel = 0.6 / 32; });
    QTest::newRow("moveParty") << Edit([](Document &d, QString *) {
        return d.moveParty(abe, {d.scenario().parties[0].x + 1, 0});
    }) << Mutation([](Scenario &s) { s.parties[0].x = -115; });
    QTest::newRow("quality") << Edit([](Document &d, QString *) {
        return d.setProvisionQuality(abe, mary, company, d.scenario().provisions[0].rating.quality - 0.1);
    }) << Mutation([](Scenario &s) { s.provisions[0].rating.quality = 0.8 - 0.1 - 0.1 - 0.1 - 0.1 - 0.1; });
    QTest::newRow("importance") << Edit([](Document &d, QString *) {
        return d.setImportance(abe, company, d.scenario().parties[0].needs[0].importance + 0.1);
    }) << Mutation([](Scenario &s) { s.parties[0].needs[0].importance = 0.3 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1; });
}

void TestCommands::dragMergesIntoOne()
{
    QFETCH(Edit, step);
    QFETCH(Mutation, expected);
    Scenario after = m_doc.scenario();
    expected(after);
    m_doc.beginGesture();
    for (int i = 0; i < 5; ++i)
        QVERIFY(step(m_doc, nullptr));
    m_doc.endGesture();
    QCOMPARE(m_doc.undoStack()->count(), 1);
    QVERIFY(m_doc.scenario() == after);
    checkAnalysis();
    m_doc.undoStack()->undo();
    QVERIFY(m_doc.scenario() == abeAndMary());
    m_doc.undoStack()->redo();
    QVERIFY(m_doc.scenario() == after);
}

void TestCommands::dragBackToStartMakesNone()
{
    m_doc.beginGesture();
    QVERIFY(m_doc.setComparisonLevel(mary, 0.7));
    QVERIFY(m_doc.setComparisonLevel(mary, 0.8));
    QVERIFY(m_doc.setComparisonLevel(mary, 0.6));
    m_doc.endGesture();
    QCOMPARE(m_doc.undoStack()->count(), 0);
    QVERIFY(m_doc.scenario() == abeAndMary());
    QVERIFY(!m_doc.isModified());
    checkAnalysis();
}

void TestCommands::newGestureMakesNewEntry()
{
    for (double target : {0.2, 0.9}) {
        m_doc.beginGesture();
        QVERIFY(m_doc.setComparisonLevel(mary, target / 2));
        QVERIFY(m_doc.setComparisonLevel(mary, target));
        m_doc.endGesture();
    }
    QCOMPARE(m_doc.undoStack()->count(), 2);
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.scenario().parties[1].comparisonLevel, 0.2);
    // A drag that passed through its start and went on is still one entry of that gesture.
    m_doc.beginGesture();
    QVERIFY(m_doc.setComparisonLevel(mary, 0.5));
    QVERIFY(m_doc.setComparisonLevel(mary, 0.2));
    QVERIFY(m_doc.setComparisonLevel(mary, 0.4));
    m_doc.endGesture();
    QCOMPARE(m_doc.undoStack()->count(), 2);
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.scenario().parties[1].comparisonLevel, 0.2);
}

void TestCommands::editsOutsideGesturesDoNotMerge()
{
    QVERIFY(m_doc.setComparisonLevel(mary, 0.1));
    QVERIFY(m_doc.setComparisonLevel(mary, 0.2));
    m_doc.beginGesture(); // different targets inside one gesture do not merge either
    QVERIFY(m_doc.setComparisonLevel(abe, 0.1));
    QVERIFY(m_doc.setComparisonLevel(mary, 0.3));
    m_doc.endGesture();
    QCOMPARE(m_doc.undoStack()->count(), 4);
}

void TestCommands::undoTexts()
{
    QVERIFY(m_doc.renameParty(abe, QStringLiteral("Abraham")));
    QCOMPARE(m_doc.undoStack()->undoText(), QStringLiteral("Rename Abe to Abraham"));
    QVERIFY(m_doc.setImportance(mary, company, 0.8));
    QCOMPARE(m_doc.undoStack()->undoText(), QStringLiteral("Set Mary's need for Company to 0.80"));
    m_doc.beginGesture();
    QVERIFY(m_doc.setComparisonLevel(mary, 0.1));
    QVERIFY(m_doc.setComparisonLevel(mary, 0.25));
    m_doc.endGesture();
    QCOMPARE(m_doc.undoStack()->undoText(), QStringLiteral("Set Mary's comparison level to 0.25"));
    QVERIFY(m_doc.removeParty(co));
    QCOMPARE(m_doc.undoStack()->undoText(), QStringLiteral("Remove Mary's coworkers"));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
