// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "examples.h"
#include "fieldchecklist.h"
#include "fieldview.h"
#include "starterscenario.h"

#include <QLabel>
#include <QUndoStack>
#include <QtTest>

using namespace powerfield;

// The checklist over an empty field: it shows the four steps, ticks each as the student does
// it through the field's own actions, goes away when all are done and stays away, and never
// shows over a complete scenario.
class TestFieldChecklist : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyShowsAllSteps();
    void ticksStepByStep();
    void completeScenarioShowsNone();
    void starterLeavesTheAlternative();
    void insideTheView();

private:
    FieldChecklist *checklist() const { return m_field->findChild<FieldChecklist *>(); }
    bool shown() const { return checklist() && checklist()->isVisible(); }
    int ticked() const;

    Document *m_doc = nullptr;
    FieldView *m_field = nullptr;
};

void TestFieldChecklist::init()
{
    m_doc = new Document;
    m_field = new FieldView(m_doc);
    m_field->setNamePrompt([](const QString &, const QString &, QString *) { return true; });
    m_field->resize(900, 600);
    m_field->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_field));
}

void TestFieldChecklist::cleanup()
{
    delete m_field;
    delete m_doc;
}

int TestFieldChecklist::ticked() const
{
    int n = 0;
    for (int s = 0; s < FieldChecklist::StepCount; ++s)
        n += checklist()->stepText(FieldChecklist::Step(s)).startsWith(QChar(0x2611)) ? 1 : 0;
    return n;
}

void TestFieldChecklist::emptyShowsAllSteps()
{
    QVERIFY(shown());
    QCOMPARE(ticked(), 0);
    QCOMPARE(checklist()->stepText(FieldChecklist::Parties), QStringLiteral("\u2610 Add two parties"));
    QCOMPARE(checklist()->stepText(FieldChecklist::Alternative), QStringLiteral("\u2610 Give someone an alternative"));
}

void TestFieldChecklist::ticksStepByStep()
{
    QVERIFY(m_field->addParty());
    QTRY_COMPARE(ticked(), 0); // one party is not yet two
    QVERIFY(m_field->addParty());
    QTRY_VERIFY(checklist()->isDone(FieldChecklist::Parties));
    QCOMPARE(ticked(), 1);
    const QString a = m_doc->scenario().parties[0].id;
    const QString b = m_doc->scenario().parties[1].id;
    QVERIFY(m_doc->addDesire(Desire{QStringLiteral("quiet"), QStringLiteral("Quiet"), PowerBase::Reward}));
    QVERIFY(m_doc->setImportance(a, QStringLiteral("quiet"), 0.8));
    QVERIFY(m_doc->setImportance(b, QStringLiteral("quiet"), 0.5));
    QTRY_VERIFY(checklist()->isDone(FieldChecklist::Wants));
    QVERIFY(!checklist()->isDone(FieldChecklist::Provides));
    m_field->setProvisionPrompt([](const QString &, const QString &, QString *desire, double *quality) {
        *desire = QStringLiteral("quiet");
        *quality = 0.6;
        return true;
    });
    QVERIFY(m_field->linkParties(a, b));
    QTRY_VERIFY(checklist()->isDone(FieldChecklist::Provides));
    QCOMPARE(ticked(), 3);
    QVERIFY(shown());
    QVERIFY(m_field->addOptionFor(a));
    QTRY_VERIFY(!shown());
    // Undoing the last step does not bring it back: the student has been through it.
    m_doc->undoStack()->undo();
    QTest::qWait(20);
    QVERIFY(!shown());
    // A new scenario brings it back.
    m_doc->setScenario(Scenario());
    QVERIFY(shown());
    QCOMPARE(ticked(), 0);
}

void TestFieldChecklist::completeScenarioShowsNone()
{
    QString error;
    QVERIFY2(m_doc->load(examplePath(QStringLiteral("abe-and-mary")), &error), qPrintable(error));
    QVERIFY(!shown());
}

void TestFieldChecklist::starterLeavesTheAlternative()
{
    m_doc->setScenario(twoPeopleScenario());
    QVERIFY(shown());
    QCOMPARE(ticked(), 3);
    QVERIFY(!checklist()->isDone(FieldChecklist::Alternative));
}

void TestFieldChecklist::insideTheView()
{
    // A band above the field: inside the view, never over the viewport where parties and
    // names are drawn, at any width.
    QVERIFY(shown());
    for (const QSize size : {m_field->size(), QSize(500, 400)}) {
        m_field->resize(size);
        QTRY_VERIFY(m_field->rect().contains(checklist()->geometry()));
        QVERIFY(!m_field->viewport()->geometry().intersects(checklist()->geometry()));
        QVERIFY(checklist()->geometry().bottom() < m_field->viewport()->geometry().top());
        QVERIFY(checklist()->height() < m_field->height() / 4);
    }
    // Done: the field takes the band's room back.
    const int before = m_field->viewport()->height();
    m_doc->setScenario(twoPeopleScenario());
    QVERIFY(m_field->addOptionFor(m_doc->scenario().parties.first().id));
    QTRY_VERIFY(!shown());
    QTRY_VERIFY(m_field->viewport()->height() > before);
}

QTEST_MAIN(TestFieldChecklist)
#include "tst_fieldchecklist.moc"
