// SPDX-License-Identifier: GPL-3.0-or-later
// The self-guided student's path (issue 17): from File > New (Empty), with the window's actions,
// menus, keys and clicks only, two parties, a desire both want, a provision each way and then an
// alternative that shifts power toward its holder, read in the panel and in the plot. Then each
// piece on its own: "Wants" offers the existing desires first, removal in one undo step, the
// question after a provision nobody wants, and new parties in sight.
#include "appsettings.h"
#include "balancemeter.h"
#include "dependencepanel.h"
#include "document.h"
#include "fieldscene.h"
#include "fieldview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "partynode.h"
#include "powerchart.h"
#include "powerplot.h"
#include "models/partytreemodel.h"
#include "scenariotree.h"
#include "models/recordtreemodel.h"
#include "../common/useranswers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace powerfield;

class TestStudentPath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fromNothingToAnAlternative();
    void wantsOffersExistingDesiresFirst();
    void deleteRemovesNeedInOneStep();
    void doubleClickNeedEditsImportance();
    void deleteRemovesDesireWithAllThatRefersToIt();
    void provisionOfUnwantedDesireAsks();
    void newPartiesLandInSight();

private:
    std::unique_ptr<MainWindow> window(bool empty);
    QString partyId(const QString &name) const;
    QString desireId(const QString &name) const;
    QPoint nodePoint(const QString &party) const;
    void clickNode(const QString &party);
    void rightClickNode(const QString &party);
    void shiftDrag(const QString &from, const QString &to);
    void nameNewRow(const QString &name);
    QAction *action(const char *name) const;
    QModelIndex treeRow(ScenarioTree::Page page, const QStringList &ids) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestStudentPath::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestStudentPath::init()
{
    appSettings().clear();
    m_window.reset();
}

std::unique_ptr<MainWindow> TestStudentPath::window(bool empty)
{
    auto w = std::make_unique<MainWindow>();
    w->setInteractive(false);
    w->setUnsavedAnswer(QMessageBox::Discard);
    if (empty) {
        w->setNewStart(MainWindow::NewStart::Empty);
        w->findChild<QAction *>(QStringLiteral("newFile"))->trigger();
    } else {
        w->openExample(QStringLiteral("abe-and-mary"));
    }
    w->resize(1600, 1000);
    w->show();
    QApplication::setActiveWindow(w.get());
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("the window did not become active");
    return w;
}

QAction *TestStudentPath::action(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1String(name));
}

QString TestStudentPath::partyId(const QString &name) const
{
    for (const Party &p : m_window->document()->scenario().parties)
        if (p.name == name)
            return p.id;
    return QString();
}

QString TestStudentPath::desireId(const QString &name) const
{
    for (const Desire &d : m_window->document()->scenario().desires)
        if (d.name == name)
            return d.id;
    return QString();
}

QPoint TestStudentPath::nodePoint(const QString &party) const
{
    FieldView *field = m_window->fieldView();
    return field->mapFromScene(field->fieldScene()->node(party)->pos());
}

void TestStudentPath::clickNode(const QString &party)
{
    QTest::mouseClick(m_window->fieldView()->viewport(), Qt::LeftButton, {}, nodePoint(party));
}

void TestStudentPath::rightClickNode(const QString &party)
{
    QWidget *viewport = m_window->fieldView()->viewport();
    const QPoint at = nodePoint(party);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);
}

void TestStudentPath::shiftDrag(const QString &from, const QString &to)
{
    QWidget *viewport = m_window->fieldView()->viewport();
    const QPoint a = nodePoint(from), b = nodePoint(to);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, a);
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(viewport, a + (b - a) * step / 6);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, b);
}

// After Add Party the tree edits the new row's name ("Party N"): type it and press Enter.
void TestStudentPath::nameNewRow(const QString &name)
{
    QLineEdit *edit = nullptr;
    QTRY_VERIFY((edit = qobject_cast<QLineEdit *>(QApplication::focusWidget()))
                && edit->text().startsWith(QLatin1String("Party")));
    edit->selectAll();
    QTest::keyClicks(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!partyId(name).isEmpty());
}

QModelIndex TestStudentPath::treeRow(ScenarioTree::Page page, const QStringList &ids) const
{
    QAbstractItemModel *model = m_window->scenarioTree()->model(page);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex top = model->index(row, 0);
        if (top.data(IdRole).toStringList() == ids)
            return top;
        for (int child = 0; child < model->rowCount(top); ++child) {
            const QModelIndex index = model->index(child, 0, top);
            if (index.data(IdRole).toStringList() == ids)
                return index;
        }
    }
    return QModelIndex();
}

// The path of issue 17, checked against docs/model.md §Dyad quantities by hand: Me and My roommate
// both want Quiet evenings (w = 0.5 each, so W = 0.5); Me gives 0.8, the roommate gives 0.6.
//   D(Me on roommate) = 0.5 * max(0, 0.6 - 0) / 0.5 = 0.60
//   D(roommate on Me) = 0.5 * max(0, 0.8 - 0) / 0.5 = 0.80
//   R_Me = D(roommate on Me) - D(Me on roommate) = +0.20: Me holds more power.
// Me's alternative offers Quiet evenings at 0.5, so a_Me = 0.5:
//   D(Me on roommate) = 0.5 * max(0, 0.6 - 0.5) / 0.5 = 0.10, R_Me = 0.80 - 0.10 = +0.70.
void TestStudentPath::fromNothingToAnAlternative()
{
    m_window = window(true);
    Document *doc = m_window->document();
    QVERIFY(doc->scenario().parties.isEmpty());
    auto *panel = m_window->findChild<DependencePanel *>();
    auto *plot = m_window->findChild<PowerPlot *>();
    QVERIFY(panel && plot);

    // Two parties from the toolbar, each named in the tree as it comes.
    action("addParty")->trigger();
    nameNewRow(QStringLiteral("Me"));
    action("addParty")->trigger();
    nameNewRow(QStringLiteral("My roommate"));
    const QString me = partyId(QStringLiteral("Me"));
    const QString roommate = partyId(QStringLiteral("My roommate"));
    QVERIFY(!me.isEmpty() && !roommate.isEmpty());

    // Me wants something new: the panel's "Me wants…" > "A new desire…", named in its dialog.
    clickNode(me);
    QCOMPARE(doc->selection(), (Selection{me, QString()}));
    QPushButton *wants = nullptr;
    QTRY_VERIFY((wants = panel->findChild<QPushButton *>(QStringLiteral("addDesire:") + me)));
    QCOMPARE(wants->text(), QStringLiteral("Me wants…"));
    test::typeIntoNextTextDialog(QStringLiteral("Quiet evenings"));
    test::chooseInNextPopup(QStringLiteral("A new desire…"));
    QTest::mouseClick(wants, Qt::LeftButton);
    const QString quiet = desireId(QStringLiteral("Quiet evenings"));
    QVERIFY(!quiet.isEmpty());
    QCOMPARE(doc->scenario().party(me)->importance(quiet), 0.5);

    // The roommate wants the same: the node's context menu offers the existing desire.
    bool offered = false;
    test::chooseInNextPopup(QStringLiteral("Quiet evenings"), &offered);
    rightClickNode(roommate);
    QTRY_VERIFY(offered);
    QCOMPARE(doc->scenario().desires.size(), 1); // no "Desire 2"
    QCOMPARE(doc->scenario().party(roommate)->importance(quiet), 0.5);

    // A provision each way by Shift-drag, how well typed into the dialog.
    const auto provide = [&](const QString &from, const QString &to, const QString &quality) {
        test::answerNextDialog<QDialog>([quality](QDialog *dialog) {
            auto *desires = dialog->findChild<QComboBox *>();
            QCOMPARE(desires->currentText().startsWith(QStringLiteral("Quiet evenings")), true);
            auto *how = dialog->findChild<QDoubleSpinBox *>();
            how->setFocus();
            how->selectAll();
            QTest::keyClicks(how, quality);
            QTest::keyClick(how, Qt::Key_Return);
        });
        shiftDrag(from, to);
    };
    provide(me, roommate, QStringLiteral("0.8"));
    provide(roommate, me, QStringLiteral("0.6"));
    QCOMPARE(doc->scenario().provisions.size(), 2);

    // The panel and the plot on the dyad, whichever way round they draw it.
    QVERIFY(doc->selection().isDyad());
    const auto meterPowerOfMe = [&] {
        const MeterData &m = panel->meter()->data();
        return m.nameA == QLatin1String("Me") ? m.relativePowerA : -m.relativePowerA;
    };
    const auto plotPowerOfMe = [&] {
        const DyadSeries &s = plot->chart()->series();
        if (s.relativePowerA.isEmpty())
            return 99.0;
        return s.a == me ? s.relativePowerA.first() : -s.relativePowerA.first();
    };
    QTRY_VERIFY(panel->meter()->data().valid);
    QTRY_VERIFY(qAbs(meterPowerOfMe() - 0.2) < 1e-9);
    QVERIFY(panel->powerText().contains(QStringLiteral("(0.80)")));
    QVERIFY(panel->powerText().contains(QStringLiteral("(0.60)")));
    QVERIFY(panel->powerText().endsWith(QStringLiteral("Me holds more power.")));
    QTRY_VERIFY(qAbs(plotPowerOfMe() - 0.2) < 1e-9);

    // Me's way out: the panel's "Add an outside option" beside Me's best alternative.
    QPushButton *option = nullptr;
    QTRY_VERIFY((option = panel->findChild<QPushButton *>(QStringLiteral("addOption:") + me + QLatin1Char('/') + quiet)));
    QTest::mouseClick(option, Qt::LeftButton);
    QCOMPARE(doc->scenario().options.size(), 1);
    QTRY_VERIFY(qAbs(meterPowerOfMe() - 0.7) < 1e-9);
    QVERIFY(panel->powerText().contains(QStringLiteral("(0.80)")));
    QVERIFY(panel->powerText().contains(QStringLiteral("(0.10)")));
    QTRY_VERIFY(qAbs(plotPowerOfMe() - 0.7) < 1e-9);

    // Every step was one undo step: parties 2 (each with its rename), the desires 2, the
    // provisions 2, the option 1.
    QCOMPARE(doc->undoStack()->count(), 2 * 2 + 2 + 2 + 1);
}

// "Wants" in the tree (a party row, a need row, a desire row) and in the node's menu: the
// desires of the scenario the party does not want come first, then "A new desire…".
void TestStudentPath::wantsOffersExistingDesiresFirst()
{
    m_window = window(false);
    Document *doc = m_window->document();
    ScenarioTree *tree = m_window->scenarioTree();
    const QString abe = QStringLiteral("abe");

    const auto entries = [](QMenu *menu) {
        QStringList texts;
        for (QAction *a : menu->actions())
            texts << (a->isSeparator() ? QStringLiteral("-") : a->text());
        return texts;
    };
    for (const QStringList &row : {QStringList{abe}, QStringList{abe, QStringLiteral("company")}}) {
        std::unique_ptr<QMenu> menu(tree->createContextMenu(ScenarioTree::Parties,
                                                            treeRow(ScenarioTree::Parties, row), nullptr));
        QAction *sub = test::menuEntry(menu.get(), QStringLiteral("Abe wants"));
        QVERIFY(sub && sub->menu());
        QCOMPARE(entries(sub->menu()),
                 (QStringList{QStringLiteral("A shared future"), QStringLiteral("-"), QStringLiteral("A new desire…")}));
    }
    std::unique_ptr<QMenu> node(m_window->fieldView()->createContextMenu(
        QPointF(doc->scenario().party(abe)->x, doc->scenario().party(abe)->y)));
    QAction *sub = test::menuEntry(node.get(), QStringLiteral("Abe wants"));
    QVERIFY(sub && sub->menu());
    QCOMPARE(sub->menu()->actions().first()->text(), QStringLiteral("A shared future"));

    // Choosing it: Abe wants A shared future at 0.5, as one undo step.
    const int steps = doc->undoStack()->count();
    sub->menu()->actions().first()->trigger();
    QCOMPARE(doc->scenario().party(abe)->importance(QStringLiteral("future")), 0.5);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Abe wants A shared future"));

    // A desire row: who does not want it yet.
    std::unique_ptr<QMenu> desire(tree->createContextMenu(
        ScenarioTree::Desires, treeRow(ScenarioTree::Desires, {QStringLiteral("future")}), nullptr));
    QAction *wantedBy = test::menuEntry(desire.get(), QStringLiteral("Wanted by"));
    QVERIFY(wantedBy && wantedBy->menu());
    QVERIFY(!test::menuEntry(wantedBy->menu(), QStringLiteral("Abe")));
    QAction *mary = test::menuEntry(wantedBy->menu(), QStringLiteral("Mary"));
    QVERIFY(mary);
    mary->trigger();
    QCOMPARE(doc->scenario().party(QStringLiteral("mary"))->importance(QStringLiteral("future")), 0.5);
    QCOMPARE(doc->undoStack()->count(), steps + 2);

    // A new desire from the party row, named in its dialog: desire and need in one step.
    std::unique_ptr<QMenu> party(tree->createContextMenu(ScenarioTree::Parties,
                                                         treeRow(ScenarioTree::Parties, {abe}), nullptr));
    test::typeIntoNextTextDialog(QStringLiteral("Advice"));
    test::menuEntry(party.get(), QStringLiteral("A new desire…"))->trigger();
    const QString advice = desireId(QStringLiteral("Advice"));
    QVERIFY(!advice.isEmpty());
    QCOMPARE(doc->scenario().party(abe)->importance(advice), 0.5);
    QCOMPARE(doc->undoStack()->count(), steps + 3);
    doc->undoStack()->undo();
    QVERIFY(desireId(QStringLiteral("Advice")).isEmpty());
    QCOMPARE(doc->scenario().party(abe)->needIndex(advice), -1);
}

// Delete on a need row removes the need and the event changes that set it, as one undo step;
// undo puts back exactly what was there.
void TestStudentPath::deleteRemovesNeedInOneStep()
{
    m_window = window(false);
    Document *doc = m_window->document();
    const Scenario before = doc->scenario();
    const QString mary = QStringLiteral("mary"), company = QStringLiteral("company");
    QTreeView *view = m_window->scenarioTree()->view(ScenarioTree::Parties);
    m_window->scenarioTree()->setCurrentPage(ScenarioTree::Parties);
    const QModelIndex need = treeRow(ScenarioTree::Parties, {mary, company});
    QVERIFY(need.isValid());
    view->setFocus();
    view->setCurrentIndex(need);
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(doc->scenario().party(mary)->needIndex(company), -1);
    QVERIFY(!doc->hasNeed(mary, company)); // no event brings it back either
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->scenario().parties.size(), before.parties.size());
    doc->undoStack()->undo();
    QVERIFY(doc->scenario() == before);
}

// A double click on a need's name opens the editor of its importance (it did nothing), and
// what is typed there becomes the party's importance.
void TestStudentPath::doubleClickNeedEditsImportance()
{
    m_window = window(false);
    Document *doc = m_window->document();
    const QString mary = QStringLiteral("mary"), company = QStringLiteral("company");
    QTreeView *view = m_window->scenarioTree()->view(ScenarioTree::Parties);
    m_window->scenarioTree()->setCurrentPage(ScenarioTree::Parties);
    const QModelIndex need = treeRow(ScenarioTree::Parties, {mary, company});
    QVERIFY(need.isValid());
    view->scrollTo(need);
    const QPoint at = view->visualRect(need).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    const QModelIndex importance = need.siblingAtColumn(PartyTreeModel::ImportanceColumn);
    QTRY_VERIFY(view->indexWidget(importance));
    QWidget *editor = view->indexWidget(importance);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("0.35"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(doc->scenario().party(mary)->importance(company), 0.35);
}

// Delete on a desire row: the desire with the needs, provisions, offers and event changes that
// name it, one undo step; undo restores the scenario exactly.
void TestStudentPath::deleteRemovesDesireWithAllThatRefersToIt()
{
    m_window = window(false);
    Document *doc = m_window->document();
    const Scenario before = doc->scenario();
    const QString company = QStringLiteral("company");
    ScenarioTree *tree = m_window->scenarioTree();
    tree->setCurrentPage(ScenarioTree::Desires);
    QTreeView *view = tree->view(ScenarioTree::Desires);
    std::unique_ptr<QMenu> menu(tree->createContextMenu(ScenarioTree::Desires,
                                                        treeRow(ScenarioTree::Desires, {company}), nullptr));
    QVERIFY(test::menuEntry(menu.get(), QStringLiteral("Remove Company and all that refers to it")));
    view->setFocus();
    view->setCurrentIndex(treeRow(ScenarioTree::Desires, {company}));
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Delete);
    const Scenario &after = doc->scenario();
    QCOMPARE(after.desireIndex(company), -1);
    for (const Party &p : after.parties)
        QCOMPARE(p.needIndex(company), -1);
    for (const Provision &p : after.provisions)
        QVERIFY(p.desire != company);
    for (const OutsideOption &o : after.options)
        QCOMPARE(o.offerIndex(company), -1);
    for (const Event &e : after.events)
        for (const Change &c : e.changes)
            QVERIFY(c.target == Change::Target::Party || c.target == Change::Target::Investment || c.desire != company);
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QVERIFY(doc->scenario() == before);
    doc->undoStack()->redo();
    QCOMPARE(doc->scenario().desireIndex(company), -1);
}

// A Shift-drag that gives Abe A shared future, which he does not want: the window asks whether
// he should. Yes: his need and the provision in one undo step; No: the provision alone.
void TestStudentPath::provisionOfUnwantedDesireAsks()
{
    m_window = window(false);
    Document *doc = m_window->document();
    const QString abe = QStringLiteral("abe"), mary = QStringLiteral("mary"), future = QStringLiteral("future");
    m_window->fieldView()->setProvisionPrompt([&](const QString &, const QString &, QString *desire, double *quality) {
        *desire = future;
        *quality = 0.7;
        return true;
    });
    m_window->fieldView()->fitToWindow();

    m_window->setWantAnswer(QMessageBox::Yes);
    shiftDrag(mary, abe);
    QVERIFY(doc->scenario().provisionIndex(mary, abe, future) >= 0);
    QCOMPARE(doc->scenario().party(abe)->importance(future), 0.5);
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->scenario().provisionIndex(mary, abe, future), -1);
    QCOMPARE(doc->scenario().party(abe)->needIndex(future), -1);

    m_window->setWantAnswer(QMessageBox::No);
    shiftDrag(mary, abe);
    QVERIFY(doc->scenario().provisionIndex(mary, abe, future) >= 0);
    QCOMPARE(doc->scenario().party(abe)->needIndex(future), -1);
}

// Add Party from the toolbar puts each new party in free space in sight, also after the
// student zoomed in (no automatic fit then), never on top of another.
void TestStudentPath::newPartiesLandInSight()
{
    m_window = window(false);
    FieldView *field = m_window->fieldView();
    field->zoomIn();
    field->zoomIn();
    QVERIFY(!field->isAutoFit());
    QStringList added;
    for (int i = 0; i < 3; ++i) {
        action("addParty")->trigger();
        added << m_window->document()->scenario().parties.constLast().id;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the name as it is
    }
    QTest::qWait(50);
    const QRect sight = field->viewport()->rect();
    for (const QString &id : std::as_const(added)) {
        const PartyNode *node = field->fieldScene()->node(id);
        QVERIFY(node && node->isVisible());
        const QPointF r(node->radius(), node->radius()); // the node itself, not its name below
        const QRect drawn = field->mapFromScene(QRectF(node->pos() - r, node->pos() + r)).boundingRect();
        QVERIFY2(sight.contains(drawn), qPrintable(id));
        for (const Party &p : m_window->document()->scenario().parties) {
            if (p.id != id && p.active)
                QVERIFY(QLineF(node->pos(), field->fieldScene()->node(p.id)->pos()).length() > node->radius());
        }
    }
}

QTEST_MAIN(TestStudentPath)
#include "tst_studentpath.moc"
