// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "examples.h"
#include "series.h"

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
    void dragMakesFewEntries();

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

void TestDocumentTime::dragMakesFewEntries()
{
    const Scenario before = m_doc->scenario();
    m_doc->setCurrentTime(5);
    m_doc->beginGesture();
    for (double q : {0.3, 0.35, 0.4, 0.45})
        QVERIFY(m_doc->editAtCurrentTime(abeCompany(q)));
    m_doc->endGesture();
    // The event's creation, then one merged change for the rest of the drag.
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(*m_doc->scenario().events.last().changes[0].quality, 0.45);
    m_doc->undoStack()->undo();
    QCOMPARE(*m_doc->scenario().events.last().changes[0].quality, 0.3);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->scenario() == before);
}

QTEST_GUILESS_MAIN(TestDocumentTime)
#include "tst_documenttime.moc"
