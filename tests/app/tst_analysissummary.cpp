// SPDX-License-Identifier: GPL-3.0-or-later
// "Who depends on whom" in the window: while its dock waits behind the dependence panel a story
// step does not touch it (no model signal, no repaint); shown, it catches up with the analysis.
// Long titles and names are cut before any label or cell lays them out.
#include "analysissummary.h"
#include "appsettings.h"
#include "document.h"
#include "filelimits.h"
#include "mainwindow.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace powerfield;

class TestAnalysisSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { appSettings().clear(); }
    void hiddenSummaryIsNotTouchedByAStoryStep();
    void longTextIsCut();
    void fixedRowsAndColumns();
};

namespace {
const QString kExample = QStringLiteral("abe-and-mary");

// Counts the paint events of a widget.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
    {
        widget->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// The time of the first event at or after `from` that changes the analysis, else -1.
int nextEventTime(const Document *doc, int from)
{
    for (const Event &e : doc->scenario().events) {
        if (e.time >= from && !e.changes.isEmpty())
            return e.time;
    }
    return -1;
}

bool sameAsAnalysis(const AnalysisSummary *summary, const Document *doc)
{
    const QVector<DyadReport> dyads = doc->analysis().dyads();
    const QAbstractItemModel *model = summary->table()->model();
    if (model->rowCount() != dyads.size())
        return false;
    for (int row = 0; row < dyads.size(); ++row) {
        if (model->index(row, AnalysisSummary::PowerColumn).data(DyadTableModel::SortRole).toDouble()
            != dyads.at(row).result.relativePowerA)
            return false;
    }
    return true;
}
} // namespace

void TestAnalysisSummary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAnalysisSummary::hiddenSummaryIsNotTouchedByAStoryStep()
{
    MainWindow window;
    window.setInteractive(false);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openExample(kExample));
    auto *summaryDock = window.findChild<QDockWidget *>(QStringLiteral("summaryDock"));
    auto *owner = qobject_cast<QDockWidget *>(window.summary()->parentWidget());
    QVERIFY(summaryDock);
    QCOMPARE(owner, summaryDock);

    // The window opens with the summary behind the dependence panel: it rests.
    QTest::qWait(50);
    QVERIFY(!window.summary()->model()->isActive());
    QVERIFY(window.summary()->model()->isStale());

    // Shown once, so that there is something to leave stale.
    summaryDock->raise();
    QTRY_VERIFY(window.summary()->model()->isActive());
    QVERIFY(sameAsAnalysis(window.summary(), window.document()));
    const QVector<DyadReport> before = window.document()->analysis().dyads();

    // Behind the dependence panel again, as the window opens.
    auto *panel = window.findChild<QDockWidget *>(QStringLiteral("dependenceDock"));
    QVERIFY(panel);
    panel->raise();
    QTRY_VERIFY(!window.summary()->model()->isActive());
    QVERIFY(window.summary()->isVisible()); // a dock tabbed behind another is moved away, not hidden
    QCoreApplication::processEvents();

    const AnalysisSummary *summary = window.summary();
    QAbstractItemModel *model = summary->table()->model();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(model, &QAbstractItemModel::layoutChanged);
    PaintCounter paints(summary->table()->viewport());

    Document *doc = window.document();
    const int time = nextEventTime(doc, 1);
    QVERIFY(time > 0);
    doc->setCurrentTime(time);
    QVERIFY(doc->analysis().dyads().size() != before.size()
            || doc->analysis().dyads().constFirst().result.relativePowerA
                   != before.constFirst().result.relativePowerA
            || !sameAsAnalysis(summary, doc)); // the step moved the numbers the table shows
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(paints.count, 0);

    // Shown again, it says what the analysis says at the new time.
    summaryDock->raise();
    QTRY_VERIFY(summary->model()->isActive());
    QVERIFY(sameAsAnalysis(summary, doc));
    QVERIFY(changed.count() + reset.count() > 0);
}

void TestAnalysisSummary::longTextIsCut()
{
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openExample(kExample));
    window.findChild<QDockWidget *>(QStringLiteral("summaryDock"))->raise();
    Document *doc = window.document();
    const QString huge(powerfield::limits::kMaxNameLength, QLatin1Char('M')); // the longest title and name allowed
    QVERIFY(doc->setTitle(huge));
    QVERIFY(window.summary()->titleText().size() <= AnalysisSummary::kMaxTitleLength);
    QVERIFY(window.summary()->titleText().startsWith(QStringLiteral("MMM")));
    QVERIFY(doc->renameParty(doc->scenario().parties.first().id, huge));
    QTRY_VERIFY(window.summary()->model()->isActive());
    const QAbstractItemModel *model = window.summary()->table()->model();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            QVERIFY(model->index(row, column).data().toString().size() < 1000);
    }
}

void TestAnalysisSummary::fixedRowsAndColumns()
{
    AnalysisSummary summary(new Document(this));
    QHeaderView *columns = summary.table()->horizontalHeader();
    for (int column = 0; column < columns->count(); ++column)
        QVERIFY(columns->sectionResizeMode(column) != QHeaderView::ResizeToContents);
    QCOMPARE(summary.table()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QVERIFY(!summary.table()->wordWrap());
}

QTEST_MAIN(TestAnalysisSummary)
#include "tst_analysissummary.moc"
