// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"
#include "document.h"
#include "examples.h"
#include "series.h"
#include "timeline.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace powerfield;

namespace {

const QString abe = QStringLiteral("abe");
const QString mary = QStringLiteral("mary");
const QString company = QStringLiteral("company");

Change abeCompany(double quality)
{
    Change c;
    c.target = Change::Target::Provision;
    c.party = abe;
    c.other = mary;
    c.desire = company;
    c.quality = quality;
    return c;
}

Change maryImportance(double w)
{
    Change c;
    c.target = Change::Target::Need;
    c.party = mary;
    c.desire = company;
    c.importance = w;
    return c;
}

// Whether the document's analysis has every dyad of a fresh analysis of stateAt(t), and no other.
bool sameAsFresh(const Document &doc, QString *why)
{
    const Scenario fresh = stateAt(doc.scenario(), doc.currentTime());
    if (!(doc.state() == fresh)) {
        *why = QStringLiteral("state differs at %1").arg(doc.currentTime());
        return false;
    }
    Analysis analysis(doc.lens());
    analysis.reset(fresh);
    const QVector<DyadReport> expected = analysis.dyads();
    const QVector<DyadReport> actual = doc.analysis().dyads();
    if (expected.size() != actual.size()) {
        *why = QStringLiteral("%1 dyads instead of %2 at %3").arg(actual.size()).arg(expected.size()).arg(doc.currentTime());
        return false;
    }
    for (int i = 0; i < expected.size(); ++i) {
        const core::DyadResult &x = expected[i].result;
        const core::DyadResult &y = actual[i].result;
        for (auto [u, v] : {std::pair{x.relativePowerA, y.relativePowerA},
                            {x.sideA.dependence, y.sideA.dependence},
                            {x.sideB.dependence, y.sideB.dependence},
                            {x.sideA.alternative, y.sideA.alternative},
                            {x.sideB.commitment, y.sideB.commitment}}) {
            if (actual[i].a != expected[i].a || actual[i].b != expected[i].b || std::abs(u - v) > 1e-12) {
                *why = QStringLiteral("dyad %1-%2 differs at %3").arg(expected[i].a, expected[i].b).arg(doc.currentTime());
                return false;
            }
        }
    }
    return true;
}

QVector<double> powerSeries(const Document &doc)
{
    return evaluateDyadSeries(doc.scenario(), doc.lens(), abe, mary).relativePowerA;
}

} // namespace

// Editing in time: an edit at t > 0 becomes a change of the event at t, one undo step, and the
// series changes from t on only.
class TestDocumentTime : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newEventAtTime();
    void changeOfExistingEvent();
    void sameRecordMerges();
    void timeZeroEditsWrittenScenario();
    void noOpPushesNothing();
    void refusesBadValues();
    void cursorMovesMatchFreshAnalysis_data();
    void cursorMovesMatchFreshAnalysis();
    void cursorMovesAfterEdits();
    void dragCreatingEventIsOneEntry();
    void dragOnExistingEventIsOneEntry();
    void dragBackToStartIsNoEntry();

private:
    std::unique_ptr<Document> m_doc;
};

void TestDocumentTime::init()
{
    m_doc = std::make_unique<Document>();
    QString error;
    QVERIFY2(m_doc->load(examplePath(QStringLiteral("abe-and-mary")), &error), qPrintable(error));
}

void TestDocumentTime::newEventAtTime()
{
    const Scenario before = m_doc->scenario();
    const QVector<double> seriesBefore = powerSeries(*m_doc);
    m_doc->setCurrentTime(5);
    QVERIFY(m_doc->editAtCurrentTime(abeCompany(0.3)));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const Scenario &s = m_doc->scenario();
    QCOMPARE(s.events.size(), before.events.size() + 1);
    const Event &e = s.events.last();
    QCOMPARE(e.time, 5);
    QCOMPARE(e.label, QStringLiteral("Changes at step 5"));
    QCOMPARE(e.changes, QVector<Change>{abeCompany(0.3)});
    QCOMPARE(s.provisions, before.provisions); // the written state is untouched
    QCOMPARE(m_doc->state().provisions[m_doc->state().provisionIndex(abe, mary, company)].rating.quality, 0.3);
    const QVector<double> seriesAfter = powerSeries(*m_doc);
    QCOMPARE(seriesAfter.mid(0, 5), seriesBefore.mid(0, 5)); // before 5: as it was
    QVERIFY(seriesAfter[5] != seriesBefore[5]);               // from 5 on: changed
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->scenario() == before);
    QCOMPARE(powerSeries(*m_doc), seriesBefore);
}

void TestDocumentTime::changeOfExistingEvent()
{
    const Scenario before = m_doc->scenario();
    m_doc->setCurrentTime(4); // "Mary makes friends at work"
    const int event = 1;
    QCOMPARE(before.events[event].time, 4);
    QVERIFY(m_doc->editAtCurrentTime(maryImportance(0.5)));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->scenario().events.size(), before.events.size());
    QCOMPARE(m_doc->scenario().events[event].changes.size(), before.events[event].changes.size() + 1);
    QCOMPARE(m_doc->scenario().events[event].changes.last(), maryImportance(0.5));
    QCOMPARE(m_doc->state().party(mary)->importance(company), 0.5);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->scenario() == before);
}

void TestDocumentTime::sameRecordMerges()
{
    m_doc->setCurrentTime(7);
    QVERIFY(m_doc->editAtCurrentTime(abeCompany(0.3)));
    QVERIFY(m_doc->editAtCurrentTime(abeCompany(0.4)));
    Change perceived = abeCompany(0.0);
    perceived.quality.reset();
    perceived.perceived = 0.9;
    QVERIFY(m_doc->editAtCurrentTime(perceived));
    const Event &e = m_doc->scenario().events.last();
    QCOMPARE(e.time, 7);
    QCOMPARE(e.changes.size(), 1);
    QCOMPARE(*e.changes[0].quality, 0.4);
    QCOMPARE(*e.changes[0].perceived, 0.9);
    QCOMPARE(m_doc->undoStack()->count(), 3);
}

void TestDocumentTime::timeZeroEditsWrittenScenario()
{
    const int events = int(m_doc->scenario().events.size());
    QVERIFY(m_doc->editAtCurrentTime(abeCompany(0.3)));
    QCOMPARE(m_doc->scenario().events.size(), events);
    const Scenario &s = m_doc->scenario();
    QCOMPARE(s.provisions[s.provisionIndex(abe, mary, company)].rating.quality, 0.3);
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestDocumentTime::noOpPushesNothing()
{
    m_doc->setCurrentTime(5);
    const double now = m_doc->state().party(mary)->importance(company);
    QVERIFY(m_doc->editAtCurrentTime(maryImportance(now)));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestDocumentTime::refusesBadValues()
{
    m_doc->setCurrentTime(5);
    QString error;
    QVERIFY(!m_doc->editAtCurrentTime(abeCompany(1.5), &error));
    QVERIFY(!error.isEmpty());
    Change nobody = maryImportance(0.5);
    nobody.party = QStringLiteral("nobody");
    QVERIFY(!m_doc->editAtCurrentTime(nobody, &error));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestDocumentTime::cursorMovesMatchFreshAnalysis_data()
{
    QTest::addColumn<QString>("example");
    for (const QString &name : exampleNames())
        QTest::newRow(qPrintable(name)) << name;
}

// The incremental moves in time (forward by applying, backward by updating records) give what a
// full analysis of the state at that time gives, along a walk that crosses events both ways.
void TestDocumentTime::cursorMovesMatchFreshAnalysis()
{
    QFETCH(QString, example);
    QString error;
    QVERIFY2(m_doc->load(examplePath(example), &error), qPrintable(error));
    const int duration = m_doc->scenario().duration;
    QVERIFY(duration > 0);
    QVERIFY(!m_doc->scenario().events.isEmpty());
    for (Lens lens : {Lens::Perceived, Lens::Actual}) {
        m_doc->setLens(lens);
        std::uint32_t seed = 7;
        for (int step = 0; step < 60; ++step) {
            seed = seed * 1664525u + 1013904223u;
            const int t = step % 5 == 4 ? 0 : int(seed % std::uint32_t(duration + 1));
            m_doc->setCurrentTime(t);
            QVERIFY2(sameAsFresh(*m_doc, &error), qPrintable(error));
        }
        m_doc->setCurrentTime(duration);
        QVERIFY2(sameAsFresh(*m_doc, &error), qPrintable(error));
    }
}

// Events added, moved and removed by edits keep the moves in step.
void TestDocumentTime::cursorMovesAfterEdits()
{
    QString error;
    m_doc->setCurrentTime(5);
    QVERIFY(m_doc->editAtCurrentTime(abeCompany(0.3)));
    QVERIFY(m_doc->editAtCurrentTime(maryImportance(0.2)));
    m_doc->setCurrentTime(8);
    QVERIFY(m_doc->editAtCurrentTime(abeCompany(0.9)));
    for (int t : {2, 9, 5, 4, 10, 0, 8, 6, 5}) {
        m_doc->setCurrentTime(t);
        QVERIFY2(sameAsFresh(*m_doc, &error), qPrintable(error));
    }
    QVERIFY(m_doc->setEventTime(int(m_doc->scenario().events.size()) - 1, 3));
    for (int t : {2, 3, 9, 1}) {
        m_doc->setCurrentTime(t);
        QVERIFY2(sameAsFresh(*m_doc, &error), qPrintable(error));
    }
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    for (int t : {7, 3, 9, 0}) {
        m_doc->setCurrentTime(t);
        QVERIFY2(sameAsFresh(*m_doc, &error), qPrintable(error));
    }
}

void TestDocumentTime::dragCreatingEventIsOneEntry()
{
    const Scenario before = m_doc->scenario();
    m_doc->setCurrentTime(5);
    m_doc->beginGesture();
    for (double q : {0.3, 0.35, 0.4, 0.45})
        QVERIFY(m_doc->editAtCurrentTime(abeCompany(q)));
    m_doc->endGesture();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->scenario().events.last().time, 5);
    QCOMPARE(*m_doc->scenario().events.last().changes[0].quality, 0.45);
    m_doc->undoStack()->undo(); // one undo removes the event and the value change
    QVERIFY(m_doc->scenario() == before);
    QVERIFY(m_doc->state() == stateAt(before, 5));
    m_doc->undoStack()->redo();
    QCOMPARE(*m_doc->scenario().events.last().changes[0].quality, 0.45);
}

void TestDocumentTime::dragOnExistingEventIsOneEntry()
{
    const Scenario before = m_doc->scenario();
    m_doc->setCurrentTime(4); // an event of the example: the drag adds a change to it
    m_doc->beginGesture();
    for (double w : {0.5, 0.55, 0.6})
        QVERIFY(m_doc->editAtCurrentTime(maryImportance(w)));
    m_doc->endGesture();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->scenario().events[1].changes.last(), maryImportance(0.6));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->scenario() == before);
}

void TestDocumentTime::dragBackToStartIsNoEntry()
{
    m_doc->setCurrentTime(7);
    QVERIFY(m_doc->editAtCurrentTime(abeCompany(0.3)));
    m_doc->beginGesture();
    QVERIFY(m_doc->editAtCurrentTime(abeCompany(0.6)));
    QVERIFY(m_doc->editAtCurrentTime(abeCompany(0.3)));
    m_doc->endGesture();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->beginGesture(); // a new gesture is a new entry
    QVERIFY(m_doc->editAtCurrentTime(abeCompany(0.5)));
    m_doc->endGesture();
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

QTEST_GUILESS_MAIN(TestDocumentTime)
#include "tst_documenttime.moc"
