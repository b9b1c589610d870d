// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysissummary.h"
#include "appsettings.h"
#include "document.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "scenariotree.h"
#include "unitdelegate.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QDockWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace powerfield;

namespace {
const QString kExample = QStringLiteral("abe-and-mary");

// The first cell under a party (a need) whose value is a unit value: an importance.
QModelIndex firstImportance(const QAbstractItemModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex party = model->index(row, 0);
        for (int need = 0; need < model->rowCount(party); ++need) {
            for (int column = 0; column < model->columnCount(party); ++column) {
                const QModelIndex cell = model->index(need, column, party);
                if (UnitDelegate::isUnitCell(cell) && (cell.flags() & Qt::ItemIsEditable))
                    return cell;
            }
        }
    }
    return {};
}

QVector<double> results(const Document *document)
{
    QVector<double> result;
    const QVector<DyadReport> dyads = document->analysis().dyads();
    for (const DyadReport &dyad : dyads) {
        for (const core::SideResult &side : {dyad.result.sideA, dyad.result.sideB})
            result << side.dependence << side.outcome << side.alternative << side.commitment;
        result << dyad.result.relativePowerA;
    }
    return result;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openExampleShowsNameAndParties();
    void examplesMenuHasTitles();
    void editImportanceInTree();
    void undoActionRestores();
    void brokenFileKeepsDocument();
    void recentFilesAfterOpen();
    void missingRecentFileRemoved();
    void closeAsksAboutUnsavedChanges();
    void geometryRemembered();
    void addPartyAndDesire();
    void treeSelectionIsTheDocumentSelection();

private:
    // Edits the first importance through the tree as a user would, to a value that changes the
    // analysis; returns the index edited (invalid when the edit could not be made).
    QModelIndex editFirstImportance(MainWindow &window);

    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    appSettings().clear();
}

QModelIndex TestMainWindow::editFirstImportance(MainWindow &window)
{
    ScenarioTree *tree = window.scenarioTree();
    tree->setCurrentPage(ScenarioTree::Parties);
    QTreeView *view = tree->view(ScenarioTree::Parties);
    view->expandAll();
    const QModelIndex cell = firstImportance(view->model());
    if (!cell.isValid())
        return cell;
    // Zero, because importances are weights: with one need, only wanting nothing changes power.
    const double value = cell.data(Qt::EditRole).toDouble() > 0.0 ? 0.0 : 0.95;
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QDoubleSpinBox *>(view->indexWidget(cell));
    if (!editor)
        return {};
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QLocale().toString(value, 'f', 2));
    QTest::keyClick(editor, Qt::Key_Enter);
    QCoreApplication::processEvents(); // the delegate commits on Enter through a queued call
    return qFuzzyCompare(cell.data(Qt::EditRole).toDouble(), value) ? cell : QModelIndex();
}

void TestMainWindow::openExampleShowsNameAndParties()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openExample(kExample));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Abe and Mary[*]")));
    QVERIFY(window.windowTitle().endsWith(QStringLiteral("Powerfield")));
    QVERIFY(!window.isWindowModified());
    const QAbstractItemModel *parties = window.scenarioTree()->model(ScenarioTree::Parties);
    const Scenario &scenario = window.document()->scenario();
    QVERIFY(!scenario.parties.isEmpty());
    QCOMPARE(parties->rowCount(), int(scenario.parties.size()));
    QCOMPARE(parties->index(0, 0).data().toString(), scenario.parties.first().name);
    QCOMPARE(window.summary()->titleText(), scenario.title);
    // The summary shows its rows once it is shown (it waits behind the dependence panel).
    window.show();
    window.findChild<QDockWidget *>(QStringLiteral("summaryDock"))->raise();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.summary()->table()->model()->rowCount() > 0);
}

void TestMainWindow::examplesMenuHasTitles()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("example:") + kExample);
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Abe and Mary"));
}

void TestMainWindow::editImportanceInTree()
{
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openExample(kExample));
    const QVector<double> before = results(window.document());
    QUndoStack *stack = window.document()->undoStack();
    const int commands = stack->count();

    QVERIFY(editFirstImportance(window).isValid());
    QCOMPARE(stack->count(), commands + 1);
    QVERIFY(results(window.document()) != before);
    QVERIFY(window.document()->isModified());
    QVERIFY(window.isWindowModified());
    QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));

    // The summary follows the analysis.
    const QVector<DyadReport> dyads = window.document()->analysis().dyads();
    window.findChild<QDockWidget *>(QStringLiteral("summaryDock"))->raise();
    const QAbstractItemModel *table = window.summary()->table()->model();
    QTRY_COMPARE(table->rowCount(), int(dyads.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->index(row, AnalysisSummary::PowerColumn).data(DyadTableModel::SortRole).toDouble(),
                 dyads.at(row).result.relativePowerA);
    }
}

void TestMainWindow::undoActionRestores()
{
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openExample(kExample));
    const Scenario original = window.document()->scenario();
    const QVector<double> before = results(window.document());
    QVERIFY(editFirstImportance(window).isValid());
    QVERIFY(window.document()->scenario() != original);

    auto *undo = window.findChild<QAction *>(QStringLiteral("undo"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().size() > QStringLiteral("Undo").size()); // carries the command's text
    undo->trigger();
    QVERIFY(window.document()->scenario() == original);
    QCOMPARE(results(window.document()), before);
    QVERIFY(!window.isWindowModified());
    auto *redo = window.findChild<QAction *>(QStringLiteral("redo"));
    QVERIFY(redo && redo->isEnabled());
}

void TestMainWindow::brokenFileKeepsDocument()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openExample(kExample));
    const Scenario before = window.document()->scenario();
    const QString title = window.windowTitle();
    const QString broken = m_dir.filePath(QStringLiteral("broken.powerfield.json"));
    QVERIFY(writeFile(broken, "{ \"format\": \"powerfield\", \"parties\": [ oops"));

    QVERIFY(!window.openFile(broken));
    QVERIFY(window.lastWarning().contains(QStringLiteral("broken.powerfield.json")));
    QVERIFY(window.document()->scenario() == before);
    QCOMPARE(window.windowTitle(), title);
    QVERIFY(!window.recentFiles()->files().contains(QFileInfo(broken).canonicalFilePath()));
}

void TestMainWindow::recentFilesAfterOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("saved.powerfield.json"));
    {
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openExample(kExample));
        QString error;
        QVERIFY2(window.document()->save(path, &error), qPrintable(error));
    }
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openFile(path));
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QCOMPARE(window.recentFiles()->files().value(0), canonical);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("saved.powerfield.json[*]")));
    QCOMPARE(RecentFiles().files().value(0), canonical); // remembered in the settings
}

void TestMainWindow::missingRecentFileRemoved()
{
    const QString path = m_dir.filePath(QStringLiteral("gone.powerfield.json"));
    QVERIFY(writeFile(path, "{}"));
    MainWindow window;
    window.setInteractive(false);
    window.recentFiles()->add(path);
    const QString canonical = window.recentFiles()->files().value(0);
    QVERIFY(QFile::remove(path));

    QMenu menu;
    window.recentFiles()->fillMenu(&menu);
    QVERIFY(!menu.actions().isEmpty());
    menu.actions().first()->trigger();
    QVERIFY(!window.recentFiles()->files().contains(canonical));
    QVERIFY(window.lastWarning().contains(QStringLiteral("gone.powerfield.json")));
}

void TestMainWindow::closeAsksAboutUnsavedChanges()
{
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openExample(kExample));
    QString error;
    QVERIFY(window.document()->setTitle(QStringLiteral("Changed"), &error));
    QVERIFY(window.isWindowModified());

    window.setUnsavedAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    window.setUnsavedAnswer(QMessageBox::Discard);
    QVERIFY(window.close());
}

void TestMainWindow::geometryRemembered()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(760, 580); // inside the test screen (800x600): a larger one is fitted again
        QVERIFY(window.close());
    }
    QVERIFY(appSettings().contains(QStringLiteral("window/geometry")));
    QVERIFY(appSettings().contains(QStringLiteral("window/state")));
    MainWindow window;
    QCOMPARE(window.size(), QSize(760, 580));
}

void TestMainWindow::addPartyAndDesire()
{
    MainWindow window;
    window.setInteractive(false);
    auto *addParty = window.findChild<QAction *>(QStringLiteral("addParty"));
    auto *addDesire = window.findChild<QAction *>(QStringLiteral("addDesire"));
    QVERIFY(addParty && addDesire);
    addParty->trigger();
    addParty->trigger();
    addDesire->trigger();
    const Scenario &scenario = window.document()->scenario();
    QCOMPARE(scenario.parties.size(), 2);
    QCOMPARE(scenario.desires.size(), 1);
    QVERIFY(scenario.parties.at(0).id != scenario.parties.at(1).id);
    QCOMPARE(window.scenarioTree()->model(ScenarioTree::Parties)->rowCount(), 2);
    QCOMPARE(window.document()->undoStack()->count(), 3);
    QVERIFY(window.isWindowModified());
}

void TestMainWindow::treeSelectionIsTheDocumentSelection()
{
    MainWindow window;
    QVERIFY(window.openExample(kExample));
    const Scenario &scenario = window.document()->scenario();
    QTreeView *parties = window.scenarioTree()->view(ScenarioTree::Parties);
    parties->setCurrentIndex(parties->model()->index(1, 0));
    QCOMPARE(window.document()->selection().a, scenario.parties.at(1).id);

    QTreeView *provisions = window.scenarioTree()->view(ScenarioTree::Provisions);
    provisions->setCurrentIndex(provisions->model()->index(0, 0));
    QCOMPARE(window.document()->selection().a, scenario.provisions.at(0).from);
    QCOMPARE(window.document()->selection().b, scenario.provisions.at(0).to);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
