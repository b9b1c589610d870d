// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "randomedits.h"
#include "scenariowriter.h"
#include "scenariofixture.h"
#include "timeline.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace powerfield;
using namespace powerfield::test;

namespace {

const QString abe = QStringLiteral("abe");
const QString mary = QStringLiteral("mary");
const QString co = QStringLiteral("coworkers");
const QString company = QStringLiteral("company");

DocumentChange changeAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<DocumentChange>();
}

// Whether anything in the scenario still names the party.
bool refersTo(const Scenario &s, const QString &id)
{
    for (const Provision &p : s.provisions)
        if (p.from == id || p.to == id) return true;
    for (const OutsideOption &o : s.options)
        if (o.owner == id) return true;
    for (const Investment &i : s.investments)
        if (i.party == id || i.partner == id) return true;
    for (const Event &e : s.events)
        for (const Change &c : e.changes)
            if (c.party == id || c.other == id) return true;
    return s.partyIndex(id) >= 0;
}

} // namespace

// The Document: signals, clean state, cascading removals, time, lens, selection and a long
// random run of edits undone to the start.
class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void setScenarioClearsStack();
    void modifiedFollowsCleanState();
    void editSignals();
    void structuralSignals();
    void removePartyCascade_data();
    void removePartyCascade();
    void removeDesireCascade();
    void removeOptionCascade();
    void selectionFollowsRemovals();
    void currentTime();
    void durationClampsTime();
    void lens();
    void resetToSaved();
    void randomEditsUndoToStart();
    void saveAndLoad();
    void loadRefusesBadFile();

private:
    void checkAnalysis();
    Document m_doc;
};

void TestDocument::init()
{
    m_doc.setScenario(abeAndMary());
}

void TestDocument::checkAnalysis()
{
    QVERIFY(m_doc.state() == stateAt(m_doc.scenario(), m_doc.currentTime()));
    QVERIFY(sameAsFresh(m_doc.analysis(), m_doc.state()));
}

void TestDocument::setScenarioClearsStack()
{
    QVERIFY(m_doc.renameParty(abe, QStringLiteral("A")));
    m_doc.setCurrentTime(5);
    QSignalSpy reset(&m_doc, &Document::scenarioReset);
    QSignalSpy path(&m_doc, &Document::filePathChanged);
    m_doc.setScenario(abeAndMary(), QStringLiteral("/tmp/x.powerfield.json"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(path.count(), 1);
    QCOMPARE(m_doc.filePath(), QStringLiteral("/tmp/x.powerfield.json"));
    QCOMPARE(m_doc.undoStack()->count(), 0);
    QVERIFY(!m_doc.isModified());
    QCOMPARE(m_doc.currentTime(), 0);
    checkAnalysis();
}

void TestDocument::modifiedFollowsCleanState()
{
    QSignalSpy modified(&m_doc, &Document::modifiedChanged);
    QVERIFY(m_doc.setComparisonLevel(abe, 0.9));
    QVERIFY(m_doc.isModified());
    QVERIFY(m_doc.setComparisonLevel(abe, 0.8));
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    m_doc.undoStack()->undo();
    m_doc.undoStack()->undo();
    QVERIFY(!m_doc.isModified());
    QCOMPARE(modified.count(), 2);
    QCOMPARE(modified.at(1).at(0).toBool(), false);
    m_doc.undoStack()->redo();
    QCOMPARE(modified.count(), 3);
}

void TestDocument::editSignals()
{
    QSignalSpy about(&m_doc, &Document::aboutToChange);
    QSignalSpy changed(&m_doc, &Document::changed);
    QSignalSpy analysis(&m_doc, &Document::analysisChanged);
    QVERIFY(m_doc.setProvisionQuality(abe, mary, company, 0.3));
    QCOMPARE(about.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(analysis.count(), 1);
    const DocumentChange c = changeAt(changed, 0);
    QCOMPARE(c.kind, DocumentChange::Kind::Provision);
    QCOMPARE(c.action, DocumentChange::Action::Changed);
    QCOMPARE(c.field, DocumentChange::Field::Quality);
    QCOMPARE(c.id, abe);
    QCOMPARE(c.other, mary);
    QCOMPARE(c.desire, company);
    QCOMPARE(c.index, 0);
    QCOMPARE(changeAt(about, 0).field, DocumentChange::Field::Quality);
    m_doc.undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(analysis.count(), 2);
    QVERIFY(m_doc.setImportance(mary, company, 0.1));
    const DocumentChange n = changeAt(changed, 2);
    QCOMPARE(n.kind, DocumentChange::Kind::Need);
    QCOMPARE(n.id, mary);
    QCOMPARE(n.index, 0);
}

void TestDocument::structuralSignals()
{
    QSignalSpy changed(&m_doc, &Document::changed);
    QVERIFY(m_doc.setImportance(abe, QStringLiteral("money"), 0.5));
    QCOMPARE(changeAt(changed, 0).action, DocumentChange::Action::Added);
    QCOMPARE(changeAt(changed, 0).index, 1);
    m_doc.undoStack()->undo();
    QCOMPARE(changeAt(changed, 1).action, DocumentChange::Action::Removed);
    QCOMPARE(changeAt(changed, 1).index, 1);
    QVERIFY(m_doc.addEventChange(1, needChange(abe, company, 0.2)));
    const DocumentChange e = changeAt(changed, 2);
    QCOMPARE(e.kind, DocumentChange::Kind::Event);
    QCOMPARE(e.action, DocumentChange::Action::Changed);
    QCOMPARE(e.field, DocumentChange::Field::Changes);
    QCOMPARE(e.index, 1);
}

void TestDocument::removePartyCascade_data()
{
    QTest::addColumn<QString>("party");
    QTest::addColumn<int>("time");
    QTest::newRow("abe") << abe << 0;
    QTest::newRow("mary at 6") << mary << 6;
    QTest::newRow("coworkers at 4") << co << 4;
}

void TestDocument::removePartyCascade()
{
    QFETCH(QString, party);
    QFETCH(int, time);
    m_doc.setCurrentTime(time);
    QSignalSpy analysis(&m_doc, &Document::analysisChanged);
    QSignalSpy changed(&m_doc, &Document::changed);
    QVERIFY(m_doc.removeParty(party));
    QCOMPARE(m_doc.undoStack()->count(), 1);
    QCOMPARE(analysis.count(), 1); // once, after the whole cascade
    QVERIFY(changed.count() > 1);
    QCOMPARE(changeAt(changed, changed.count() - 1).kind, DocumentChange::Kind::Party);
    QCOMPARE(changeAt(changed, changed.count() - 1).action, DocumentChange::Action::Removed);
    QVERIFY(!refersTo(m_doc.scenario(), party));
    checkAnalysis();
    m_doc.undoStack()->undo();
    QVERIFY(m_doc.scenario() == abeAndMary());
    checkAnalysis();
    m_doc.undoStack()->redo();
    QVERIFY(!refersTo(m_doc.scenario(), party));
    checkAnalysis();
}

void TestDocument::removeDesireCascade()
{
    QVERIFY(m_doc.removeDesire(company));
    const Scenario &s = m_doc.scenario();
    QCOMPARE(s.desires.size(), 1);
    QCOMPARE(s.provisions.size(), 2);
    QVERIFY(s.options[0].offers.isEmpty() && s.options[1].offers.isEmpty());
    QCOMPARE(s.parties[0].needs.size(), 0);
    QCOMPARE(s.parties[1].needs.size(), 1);
    QCOMPARE(s.events[0].changes.size(), 2);
    QCOMPARE(s.events[1].changes.size(), 1);
    checkAnalysis();
    m_doc.undoStack()->undo();
    QVERIFY(m_doc.scenario() == abeAndMary());
    checkAnalysis();
}

void TestDocument::removeOptionCascade()
{
    QVERIFY(m_doc.removeOption(QStringLiteral("abe-friends")));
    QCOMPARE(m_doc.scenario().options.size(), 1);
    QCOMPARE(m_doc.scenario().events[1].changes.size(), 1);
    m_doc.undoStack()->undo();
    QVERIFY(m_doc.scenario() == abeAndMary());
}

void TestDocument::selectionFollowsRemovals()
{
    QSignalSpy spy(&m_doc, &Document::selectionChanged);
    m_doc.setSelection({abe, mary});
    QCOMPARE(spy.count(), 1);
    m_doc.setSelection({abe, QStringLiteral("nobody")}); // unknown parties are ignored
    QCOMPARE(m_doc.selection(), (Selection{abe, mary}));
    QVERIFY(m_doc.removeParty(mary));
    QCOMPARE(m_doc.selection(), (Selection{abe, QString()}));
    QCOMPARE(spy.count(), 2);
    QVERIFY(m_doc.removeParty(abe));
    QVERIFY(m_doc.selection().isEmpty());
    QCOMPARE(spy.count(), 3);
}

void TestDocument::currentTime()
{
    QSignalSpy spy(&m_doc, &Document::currentTimeChanged);
    QSignalSpy analysis(&m_doc, &Document::analysisChanged);
    m_doc.setCurrentTime(99);
    QCOMPARE(m_doc.currentTime(), 12);
    m_doc.setCurrentTime(-3);
    QCOMPARE(m_doc.currentTime(), 0);
    m_doc.setCurrentTime(4);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(analysis.count(), 3);
    QVERIFY(m_doc.state().party(co)->active);
    QVERIFY(!m_doc.scenario().party(co)->active);
    checkAnalysis();
    QVERIFY(m_doc.analysis().dyad(co, mary).has_value());
    QVERIFY(m_doc.setProvisionQuality(co, mary, QStringLiteral("money"), 0.9)); // under an event
    checkAnalysis();
}

void TestDocument::durationClampsTime()
{
    m_doc.setCurrentTime(12);
    QSignalSpy spy(&m_doc, &Document::currentTimeChanged);
    QVERIFY(m_doc.setDuration(8));
    QCOMPARE(m_doc.currentTime(), 8);
    QCOMPARE(spy.count(), 1);
    checkAnalysis();
}

void TestDocument::lens()
{
    QSignalSpy spy(&m_doc, &Document::lensChanged);
    m_doc.setLens(Lens::Actual);
    QCOMPARE(m_doc.lens(), Lens::Actual);
    QCOMPARE(m_doc.analysis().lens(), Lens::Actual);
    QCOMPARE(spy.count(), 1);
    QVERIFY(m_doc.setProvisionPerceived(abe, mary, company, 0.1));
    checkAnalysis();
    QCOMPARE(m_doc.undoStack()->count(), 1); // the lens is a view setting, not an edit
}

void TestDocument::resetToSaved()
{
    QVERIFY(m_doc.removeParty(mary));
    QVERIFY(m_doc.setTitle(QStringLiteral("T")));
    QSignalSpy reset(&m_doc, &Document::scenarioReset);
    m_doc.resetToSaved();
    QCOMPARE(reset.count(), 1);
    QVERIFY(m_doc.scenario() == abeAndMary());
    QCOMPARE(m_doc.undoStack()->count(), 3);
    checkAnalysis();
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.scenario().title, QStringLiteral("T"));
    m_doc.undoStack()->redo();
    const int count = m_doc.undoStack()->count();
    m_doc.resetToSaved(); // nothing to reset: nothing pushed
    QCOMPARE(m_doc.undoStack()->count(), count);
}

void TestDocument::randomEditsUndoToStart()
{
    const Scenario start = m_doc.scenario();
    RandomEditor editor(&m_doc, 20240501);
    int accepted = 0;
    for (int i = 0; i < 1000; ++i) {
        if (editor.step())
            ++accepted;
        if (i % 7 == 0)
            m_doc.setCurrentTime(i % 13);
        QVERIFY2(sameAsFresh(m_doc.analysis(), m_doc.state()), qPrintable(QString::number(i)));
    }
    editor.finish();
    QVERIFY(accepted > 300);
    const Scenario end = m_doc.scenario();
    while (m_doc.undoStack()->canUndo()) {
        m_doc.undoStack()->undo();
        QVERIFY(sameAsFresh(m_doc.analysis(), m_doc.state()));
    }
    QVERIFY(m_doc.scenario() == start);
    QCOMPARE(writeScenario(m_doc.scenario()), writeScenario(start));
    QVERIFY(!m_doc.isModified());
    while (m_doc.undoStack()->canRedo())
        m_doc.undoStack()->redo();
    QVERIFY(m_doc.scenario() == end);
    checkAnalysis();
}

void TestDocument::saveAndLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.powerfield.json"));
    QVERIFY(m_doc.removeParty(co));
    QSignalSpy modified(&m_doc, &Document::modifiedChanged);
    QSignalSpy filePath(&m_doc, &Document::filePathChanged);
    QString error;
    QVERIFY2(m_doc.save(path, &error), qPrintable(error));
    QVERIFY(!m_doc.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(filePath.count(), 1);
    QCOMPARE(m_doc.filePath(), path);
    const Scenario saved = m_doc.scenario();
    QVERIFY(m_doc.setTitle(QStringLiteral("Later")));
    m_doc.resetToSaved(); // back to the scenario as last saved, not as first loaded
    QVERIFY(m_doc.scenario() == saved);

    Document other;
    QVERIFY2(other.load(path, &error), qPrintable(error));
    QVERIFY(other.scenario() == saved);
    QCOMPARE(other.filePath(), path);
    QVERIFY(!other.isModified());
    QVERIFY(sameAsFresh(other.analysis(), other.state()));
}

void TestDocument::loadRefusesBadFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.powerfield.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"powerfield\", \"version\": 1, \"desires\": [], \"parties\": 3}");
    file.close();
    QVERIFY(m_doc.renameParty(abe, QStringLiteral("A")));
    const Scenario before = m_doc.scenario();
    QString error;
    QVERIFY(!m_doc.load(path, &error));
    QVERIFY(error.contains(QStringLiteral("bad.powerfield.json")));
    QVERIFY(m_doc.scenario() == before);
    QCOMPARE(m_doc.undoStack()->count(), 1);
    QVERIFY(!m_doc.save(dir.filePath(QStringLiteral("no/such/dir/x.json")), &error));
    QVERIFY(m_doc.isModified());
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
