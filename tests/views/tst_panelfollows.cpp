// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencepanel.h"
#include "document.h"
#include "starterscenario.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>

using namespace powerfield;

namespace {
const QString me = QStringLiteral("me");
const QString roommate = QStringLiteral("roommate");
const QString quiet = QStringLiteral("quiet-evenings");
} // namespace

// The panel follows the student without surprises (issue 17, item 9): its explanation takes a
// new name, and its scroll position stays put when the lens is toggled.
class TestPanelFollows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void explanationFollowsRename();
    void lensToggleKeepsScroll();

private:
    QScrollBar *bar() const { return m_panel->scrollArea()->verticalScrollBar(); }

    Document *m_doc = nullptr;
    DependencePanel *m_panel = nullptr;
};

void TestPanelFollows::init()
{
    m_doc = new Document;
    m_doc->setScenario(twoPeopleScenario());
    m_doc->setSelection({me, roommate});
    m_panel = new DependencePanel(m_doc);
    m_panel->resize(420, 420); // short: the panel scrolls
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QTest::qWait(20);
}

void TestPanelFollows::cleanup()
{
    delete m_panel;
    delete m_doc;
}

void TestPanelFollows::explanationFollowsRename()
{
    OutsideOption option;
    option.id = QStringLiteral("me-option");
    option.owner = me;
    option.name = QStringLiteral("Me's alternative");
    QVERIFY(m_doc->addOption(option));
    QTest::qWait(20);
    QVERIFY(m_doc->setOffer(option.id, quiet, Rating{0.6, {}}));
    QTRY_VERIFY2(m_panel->shiftText().contains(QStringLiteral("(Me's alternative)")), qPrintable(m_panel->shiftText()));
    QVERIFY(m_doc->renameOption(option.id, QStringLiteral("The library")));
    QTRY_VERIFY2(m_panel->shiftText().contains(QStringLiteral("(The library)")), qPrintable(m_panel->shiftText()));
    QVERIFY(!m_panel->shiftText().contains(QStringLiteral("Me's alternative")));
}

void TestPanelFollows::lensToggleKeepsScroll()
{
    QTRY_VERIFY(bar()->maximum() > 40);
    bar()->setValue(bar()->maximum() / 2);
    const int kept = bar()->value();
    m_doc->setLens(Lens::Actual);
    QTest::qWait(50);
    QCOMPARE(bar()->value(), kept);
    m_doc->setLens(Lens::Perceived);
    QTest::qWait(50);
    QCOMPARE(bar()->value(), kept);
}

QTEST_MAIN(TestPanelFollows)
#include "tst_panelfollows.moc"
