// SPDX-License-Identifier: GPL-3.0-or-later
// Every user action is one Document call and one undo entry; an edit at a time past 0 becomes a
// change of the story from the state at that time; numbers follow the locale in one formatter.
#include "../model/scenariobuilder.h"
#include "document.h"
#include "numberformat.h"
#include "paneledits.h"
#include "timeline.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace powerfield;
using powerfield::test::ScenarioBuilder;

namespace {

const QString abe = QStringLiteral("abe");
const QString mary = QStringLiteral("mary");
const QString co = QStringLiteral("coworkers");
const QString company = QStringLiteral("company");

using Action = std::function<bool(Document &)>;

// Abe and Mary give each other company; the coworkers come in at step 2 with company for Mary,
// a provision that only the event brings.
Scenario story()
{
    Change comes;
    comes.target = Change::Target::Party;
    comes.party = co;
    comes.active = true;
    Change gives;
    gives.target = Change::Target::Provision;
    gives.party = co;
    gives.other = mary;
    gives.desire = company;
    gives.quality = 0.4;
    Scenario s = ScenarioBuilder()
                     .desire(company)
                     .party(abe, {{company, 0.3}})
                     .party(mary, {{company, 0.9}})
                     .party(co, {}, 0.5, false)
                     .give(abe, mary, company, 0.8)
                     .give(mary, abe, company, 0.5)
                     .event(2, {comes, gives})
                     .build();
    s.duration = 5;
    return s;
}

const Provision *provision(const Scenario &s, const QString &from, const QString &to)
{
    const int i = s.provisionIndex(from, to, company);
    return i < 0 ? nullptr : &s.provisions[i];
}

} // namespace

class TestUserActions : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_doc = std::make_unique<Document>();
        m_doc->setScenario(story());
    }

    void compoundActionIsOneEntry_data();
    void compoundActionIsOneEntry();
    void refusedActionLeavesNoEntry_data();
    void refusedActionLeavesNoEntry();
    void freshIdsAndNamesFromOnePlace();
    void dragOfAPinnedPartyThatDoesNotMoveLeavesNothing();
    void sliderPastZeroOnAProvisionOnlyAnEventBrings_data();
    void sliderPastZeroOnAProvisionOnlyAnEventBrings();
    void sliderAtZeroAddsAnAbsentProvision();
    void numbersFollowTheLocale();
    void viewsNeverTouchTheUndoStack();

private:
    std::unique_ptr<Document> m_doc;
};

void TestUserActions::compoundActionIsOneEntry_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<int>("time");
    const auto row = [](const char *name, int time, Action a) { QTest::newRow(name) << a << time; };
    row("add a party", 0, [](Document &d) { return d.addPartyAt(QPointF(10, 20)); });
    row("remove a link", 0, [](Document &d) { return d.removeLink(mary, abe); });
    row("set a link's qualities", 0, [](Document &d) {
        return d.setLinkQualities(abe, mary, {{abe, mary, company, {0.1, std::nullopt}},
                                              {mary, abe, company, {0.2, std::nullopt}}});
    });
    row("set a link's qualities at step 3", 3, [](Document &d) {
        return d.setLinkQualities(abe, mary, {{abe, mary, company, {0.1, std::nullopt}},
                                              {mary, abe, company, {0.2, std::nullopt}}});
    });
    row("add a desire for a party", 0, [](Document &d) { return d.addDesireFor(abe, QStringLiteral("Money"), 0.5); });
    row("add an outside option with its offer", 0, [](Document &d) { return d.addOutsideOption(mary, company); });
    row("drag a party", 0, [](Document &d) {
        d.beginPartyDrag(abe);
        const bool ok = d.moveParty(abe, QPointF(5, 5)) && d.moveParty(abe, QPointF(50, 60));
        d.endPartyDrag();
        return ok;
    });
}

void TestUserActions::compoundActionIsOneEntry()
{
    QFETCH(Action, action);
    QFETCH(int, time);
    m_doc->setCurrentTime(time);
    QUndoStack *stack = m_doc->undoStack();
    const Scenario before = m_doc->scenario();
    QVERIFY(action(*m_doc));
    const Scenario after = m_doc->scenario();
    QVERIFY(!(after == before));
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QVERIFY(m_doc->scenario() == before);
    QVERIFY(!stack->canUndo());
    stack->redo();
    QVERIFY(m_doc->scenario() == after);
    QCOMPARE(stack->count(), 1);
}

void TestUserActions::refusedActionLeavesNoEntry_data()
{
    QTest::addColumn<Action>("action");
    const auto row = [](const char *name, Action a) { QTest::newRow(name) << a; };
    row("remove a link that is not there", [](Document &d) { return d.removeLink(abe, co); });
    row("remove a link of a party with itself", [](Document &d) { return d.removeLink(abe, abe); });
    row("link quality out of range", [](Document &d) {
        return d.setLinkQualities(abe, mary, {{abe, mary, company, {0.1, std::nullopt}},
                                              {mary, abe, company, {1.5, std::nullopt}}});
    });
    row("link quality of a provision elsewhere", [](Document &d) {
        return d.setLinkQualities(abe, mary, {{co, mary, company, {0.1, std::nullopt}}});
    });
    row("desire without a name", [](Document &d) { return d.addDesireFor(abe, QStringLiteral("  "), 0.5); });
    row("desire for nobody", [](Document &d) { return d.addDesireFor(QStringLiteral("bob"), QStringLiteral("Money"), 0.5); });
    row("option for nobody", [](Document &d) { return d.addOutsideOption(QStringLiteral("bob")); });
    row("option offering an unknown desire", [](Document &d) { return d.addOutsideOption(abe, QStringLiteral("fame")); });
}

void TestUserActions::refusedActionLeavesNoEntry()
{
    QFETCH(Action, action);
    QUndoStack *stack = m_doc->undoStack();
    QVERIFY(m_doc->setComparisonLevel(abe, 0.25)); // something to undo, then redo
    stack->undo();
    const Scenario before = m_doc->scenario();
    QVERIFY(!action(*m_doc));
    QVERIFY(m_doc->scenario() == before);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 0);
    QVERIFY(stack->canRedo()); // the redo before the refusal is still there, and nothing else
    stack->redo();
    QCOMPARE(m_doc->scenario().party(abe)->comparisonLevel, 0.25);
}

void TestUserActions::freshIdsAndNamesFromOnePlace()
{
    QString first;
    QString second;
    QVERIFY(m_doc->addPartyAt(QPointF(0, 0), &first));
    QVERIFY(m_doc->addPartyAt(QPointF(0, 0), &second));
    QCOMPARE(first, QStringLiteral("party-1"));
    QCOMPARE(second, QStringLiteral("party-2"));
    QCOMPARE(m_doc->scenario().party(first)->name, QStringLiteral("Party 4"));
    QCOMPARE(m_doc->scenario().party(second)->name, QStringLiteral("Party 5"));
    QString desire;
    QVERIFY(m_doc->addNewDesire(&desire));
    QCOMPARE(desire, QStringLiteral("desire-1"));
    QVERIFY(m_doc->addDesireFor(abe, QStringLiteral("Money"), 0.5));
    QVERIFY(m_doc->scenario().desireIndex(QStringLiteral("desire-2")) >= 0);
    QVERIFY(m_doc->addOutsideOption(abe));
    QVERIFY(paneledits::addOption(m_doc.get(), abe, company)); // the panel's way is the same one
    const Scenario &s = m_doc->scenario();
    QCOMPARE(s.options.size(), 2);
    QCOMPARE(s.options[0].id, QStringLiteral("abe-option-1"));
    QCOMPARE(s.options[1].id, QStringLiteral("abe-option-2"));
    for (const OutsideOption &o : s.options) {
        QCOMPARE(o.name, QStringLiteral("abe's alternative"));
        QCOMPARE(o.offers.size(), 1); // with its offer, for what Abe wants
        QCOMPARE(o.offers[0].desire, company);
        QCOMPARE(o.offers[0].rating.quality, 0.5);
    }
}

void TestUserActions::dragOfAPinnedPartyThatDoesNotMoveLeavesNothing()
{
    m_doc->beginPartyDrag(abe);
    m_doc->endPartyDrag();
    QCOMPARE(m_doc->undoStack()->count(), 1); // the pin
    QVERIFY(m_doc->isPartyPinned(abe));
    m_doc->beginPartyDrag(abe);
    m_doc->endPartyDrag();
    QCOMPARE(m_doc->undoStack()->count(), 1); // nothing new to undo
}

void TestUserActions::sliderPastZeroOnAProvisionOnlyAnEventBrings_data()
{
    QTest::addColumn<bool>("perceived");
    QTest::newRow("quality") << false;
    QTest::newRow("belief") << true;
}

// The coworkers' company comes with the event at step 2: a slider moved at step 3 changes the
// story from step 3 on, not the scenario as written.
void TestUserActions::sliderPastZeroOnAProvisionOnlyAnEventBrings()
{
    QFETCH(bool, perceived);
    m_doc->setCurrentTime(3);
    const ValueAccess access = paneledits::provision(m_doc.get(), co, mary, company, perceived);
    QCOMPARE(access.read(), 0.4);
    m_doc->beginGesture();
    access.write(0.6);
    access.write(0.7);
    m_doc->endGesture();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(!provision(m_doc->scenario(), co, mary)); // not added at time 0
    QCOMPARE(access.read(), 0.7);
    const Rating r = provision(m_doc->state(), co, mary)->rating;
    QCOMPARE(perceived ? r.perceivedValue() : r.quality, 0.7);
    QCOMPARE(provision(stateAt(m_doc->scenario(), 2), co, mary)->rating.quality, 0.4);
    QVERIFY(!provision(stateAt(m_doc->scenario(), 1), co, mary));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->scenario() == story());
}

void TestUserActions::sliderAtZeroAddsAnAbsentProvision()
{
    const ValueAccess access = paneledits::provision(m_doc.get(), abe, co, company, false);
    access.write(0.3);
    QCOMPARE(provision(m_doc->scenario(), abe, co)->rating.quality, 0.3);
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestUserActions::numbersFollowTheLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = formatNumber(0.7);
    const QString percent = formatPercent(0.456);
    QLocale::setDefault(before);
    QCOMPARE(german, QStringLiteral("0,70"));
    QCOMPARE(percent, QStringLiteral("46"));
    QCOMPARE(formatNumber(0.7), QLocale().toString(0.7, 'f', 2));
    QCOMPARE(formatNumber(0.75, 1, QLocale(QLocale::German)), QStringLiteral("0,8"));
}

// Views make one Document call per action: none opens a macro or pushes, undoes or redoes
// beyond the Undo and Redo actions (mainactions.cpp connects those to the stack).
void TestUserActions::viewsNeverTouchTheUndoStack()
{
    const QDir views(QStringLiteral(POWERFIELD_SOURCE_DIR "/views"));
    QStringList files;
    QDirIterator it(views.path(), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << views.relativeFilePath(it.next());
    QVERIFY(files.size() > 50);
    const QRegularExpression touch(QStringLiteral(
        R"(beginMacro|endMacro|undoStack\(\)\s*->\s*(undo|redo|push)\b|(stack|Stack)\s*->\s*(undo|redo|push)\s*\()"));
    QStringList found;
    for (const QString &name : files) {
        QFile file(views.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        if (const auto m = touch.match(text); m.hasMatch())
            found << name + QStringLiteral(": ") + m.captured();
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestUserActions)
#include "tst_useractions.moc"
