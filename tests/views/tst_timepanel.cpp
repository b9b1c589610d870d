// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "eventseditor.h"
#include "examples.h"
#include "powerplot.h"
#include "sweepplot.h"
#include "timecontrols.h"
#include "timepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QtTest>

using namespace powerfield;

// The bottom dock's content: plot, sweep and events as tabs over the time controls.
class TestTimePanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tabsOverControls();
    void allDyadsOnlyBesidePlot();
    void sweepTabCatchesUpWhenOpened();
    void stepShowsInEveryTab();

private:
    void openTab(int tab);

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<TimePanel> m_panel;
};

void TestTimePanel::init()
{
    m_doc = std::make_unique<Document>();
    QString error;
    QVERIFY2(m_doc->load(examplePath(QStringLiteral("abe-and-mary")), &error), qPrintable(error));
    m_doc->setSelection({QStringLiteral("abe"), QStringLiteral("mary")});
    m_panel = std::make_unique<TimePanel>(m_doc.get());
    m_panel->resize(1100, 420);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestTimePanel::cleanup()
{
    m_panel.reset(); // before its document
}

void TestTimePanel::openTab(int tab)
{
    QTabBar *bar = m_panel->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    QCOMPARE(m_panel->tabs()->currentIndex(), tab);
}

void TestTimePanel::tabsOverControls()
{
    QCOMPARE(m_panel->tabs()->count(), 3);
    QCOMPARE(m_panel->tabs()->tabText(TimePanel::PlotTab), QStringLiteral("Power over time"));
    QCOMPARE(m_panel->tabs()->widget(TimePanel::SweepTab), m_panel->sweep());
    QCOMPARE(m_panel->tabs()->widget(TimePanel::EventsTab), m_panel->events());
    QVERIFY(m_panel->controls()->isVisible());
    QVERIFY(m_panel->controls()->geometry().top() >= m_panel->tabs()->geometry().bottom());
}

void TestTimePanel::allDyadsOnlyBesidePlot()
{
    QCheckBox *all = m_panel->plot()->allDyadsBox();
    QVERIFY(all->isVisible());
    QTest::mouseClick(all, Qt::LeftButton);
    QCOMPARE(m_panel->plot()->mode(), PowerChart::Mode::AllDyads);
    openTab(TimePanel::EventsTab);
    QVERIFY(!all->isVisible());
    openTab(TimePanel::PlotTab);
    QVERIFY(all->isVisible());
}

void TestTimePanel::sweepTabCatchesUpWhenOpened()
{
    SweepPlot *sweep = m_panel->sweep();
    Change home;
    home.target = Change::Target::Option;
    home.option = QStringLiteral("mary-home");
    home.desire = QStringLiteral("company");
    home.quality = 0.0;
    sweep->setTarget(home);
    QCOMPARE(sweep->sweep().current, 0.1);
    QVERIFY(m_doc->setOffer(QStringLiteral("mary-home"), QStringLiteral("company"), Rating{0.6, {}}));
    QCoreApplication::processEvents();
    QCOMPARE(sweep->sweep().current, 0.1); // behind another tab: not evaluated
    openTab(TimePanel::SweepTab);
    QCOMPARE(sweep->sweep().current, 0.6);
    const double now = m_doc->analysis().dyad(QStringLiteral("abe"), QStringLiteral("mary"))->relativePowerA;
    QCOMPARE(sweep->sweep().relativePowerA[sweep->sweep().currentIndex()], now);
}

void TestTimePanel::stepShowsInEveryTab()
{
    openTab(TimePanel::EventsTab);
    m_panel->controls()->setFocus();
    QTest::keyClick(m_panel->controls(), Qt::Key_Right);
    QCOMPARE(m_doc->currentTime(), 4);
    QVERIFY(m_panel->controls()->captionText().contains(QStringLiteral("Mary makes friends at work")));
    QCOMPARE(m_panel->plot()->chart()->cursorTime(), 4);
}

QTEST_MAIN(TestTimePanel)
#include "tst_timepanel.moc"
