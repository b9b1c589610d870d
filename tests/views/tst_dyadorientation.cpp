// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancemeter.h"
#include "dependencepanel.h"
#include "document.h"
#include "dyadorder.h"
#include "fieldview.h"
#include "powerchart.h"
#include "powerplot.h"
#include "starterscenario.h"

#include <QHBoxLayout>
#include <QtTest>
#include <qcustomplot.h>

using namespace powerfield;

namespace {
const QString me = QStringLiteral("me");
const QString roommate = QStringLiteral("roommate");
} // namespace

// The dyad keeps the parties' file order in the panel, its seesaw and the plot, whichever way
// it was selected and after the selection is cleared (issue 17, item 5: the plot flipped).
class TestDyadOrientation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void orderFunction();
    void selectedBackwards();
    void clearedSelectionKeepsOrder();
    void seesawShapesFollowKinds();

private:
    QString upText() const { return m_plot->chart()->upLabel()->text(); }
    void settle() { QTest::qWait(50); }

    Document *m_doc = nullptr;
    QWidget *m_window = nullptr;
    FieldView *m_field = nullptr;
    DependencePanel *m_panel = nullptr;
    PowerPlot *m_plot = nullptr;
};

void TestDyadOrientation::init()
{
    m_doc = new Document;
    m_doc->setScenario(twoPeopleScenario());
    m_window = new QWidget;
    auto *layout = new QHBoxLayout(m_window);
    m_field = new FieldView(m_doc);
    m_panel = new DependencePanel(m_doc);
    m_plot = new PowerPlot(m_doc);
    layout->addWidget(m_field, 2);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_plot, 2);
    m_window->resize(1600, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestDyadOrientation::cleanup()
{
    delete m_window;
    delete m_doc;
}

void TestDyadOrientation::orderFunction()
{
    const Scenario s = twoPeopleScenario();
    QCOMPARE(inFileOrder(s, Selection{roommate, me}), (Selection{me, roommate}));
    QCOMPARE(inFileOrder(s, Selection{me, roommate}), (Selection{me, roommate}));
    QCOMPARE(inFileOrder(s, Selection{roommate, QString()}), (Selection{roommate, QString()}));
    QCOMPARE(inFileOrder(s, Selection()), Selection());
}

// The field selects a link as (from, to): a provision from the roommate selects her first.
void TestDyadOrientation::selectedBackwards()
{
    m_doc->setSelection(Selection{roommate, me});
    settle();
    QCOMPARE(m_panel->shown(), (Selection{me, roommate}));
    QCOMPARE(m_panel->meter()->data().nameA, QStringLiteral("Me"));
    QCOMPARE(m_panel->meter()->data().nameB, QStringLiteral("My roommate"));
    QCOMPARE(upText(), QStringLiteral("\u25b2 Me holds more power"));
}

void TestDyadOrientation::clearedSelectionKeepsOrder()
{
    m_doc->setSelection(Selection{roommate, me});
    settle();
    const QString before = upText();
    const double tilt = m_panel->meter()->tilt();
    // Clicking empty field space clears the selection; 0 fits the field.
    m_field->setFocus();
    QTest::mouseClick(m_field->viewport(), Qt::LeftButton, {}, QPoint(m_field->viewport()->width() / 2, 5));
    QTest::keyClick(m_field, Qt::Key_0);
    settle();
    QVERIFY(m_doc->selection().isEmpty());
    QCOMPARE(upText(), before);
    QCOMPARE(m_panel->shown(), (Selection{me, roommate}));
    QCOMPARE(m_panel->meter()->tilt(), tilt);
}

// The seesaw draws each end in the shape the field gives the party's kind.
void TestDyadOrientation::seesawShapesFollowKinds()
{
    m_doc->setSelection(Selection{roommate, me});
    settle();
    QCOMPARE(m_panel->meter()->data().kindA, PartyKind::Person);
    QCOMPARE(m_panel->meter()->data().kindB, PartyKind::Person);
    QVERIFY(m_doc->setPartyKind(roommate, PartyKind::Group));
    QTRY_COMPARE(m_panel->meter()->data().kindB, PartyKind::Group);
    QCOMPARE(m_panel->meter()->data().kindA, PartyKind::Person);
}

QTEST_MAIN(TestDyadOrientation)
#include "tst_dyadorientation.moc"
