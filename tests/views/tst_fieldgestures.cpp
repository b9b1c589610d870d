// SPDX-License-Identifier: GPL-3.0-or-later
// The field's gestures beyond a plain drag: the automatic layout as one undo step, drags that
// pin, Shift-drag from one party onto another to make a provision, Enter to open an editor.
#include "document.h"
#include "examples.h"
#include "fieldlayoutrunner.h"
#include "fieldscene.h"
#include "fieldview.h"
#include "partynode.h"

#include <QAction>
#include <QGraphicsLineItem>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace powerfield;

namespace {

const QString abe = QStringLiteral("abe");
const QString mary = QStringLiteral("mary");

// Every party of the example on one point, as an imported field might arrive.
Scenario collapsed()
{
    Document loader;
    QString error;
    if (!loader.load(examplePath(QStringLiteral("trust-study")), &error))
        qFatal("%s", qPrintable(error));
    Scenario s = loader.scenario();
    for (Party &p : s.parties)
        p.x = p.y = 0.0;
    return s;
}

} // namespace

class TestFieldGestures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void autoLayoutIsOneUndoStep();
    void autoLayoutLeavesDraggedPartyInPlace();
    void shiftDragMakesProvision();
    void enterRenamesParty();
    void enterEditsLink();
    void legendStaysInCornerWhenScrolled();

private:
    void show(const Scenario &scenario);
    QPoint viewPoint(QPointF scenePos) const { return m_view->mapFromScene(scenePos); }

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<FieldView> m_view;
};

void TestFieldGestures::init()
{
    Document loader;
    QString error;
    QVERIFY2(loader.load(examplePath(QStringLiteral("abe-and-mary")), &error), qPrintable(error));
    show(loader.scenario());
}

void TestFieldGestures::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestFieldGestures::show(const Scenario &scenario)
{
    m_view.reset();
    m_doc = std::make_unique<Document>();
    m_doc->setScenario(scenario);
    m_view = std::make_unique<FieldView>(m_doc.get());
    m_view->setAnimated(false);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestFieldGestures::autoLayoutIsOneUndoStep()
{
    show(collapsed());
    QAction *action = m_view->autoLayoutAction();
    QVERIFY(action->isCheckable());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QSignalSpy finished(m_view->layoutRunner(), &FieldLayoutRunner::finished);
    QTest::keyClick(m_view.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(action->isChecked());
    QCOMPARE(m_doc->undoStack()->count(), 0); // nothing written while it runs
    QVERIFY(finished.wait(10000));
    QVERIFY(!action->isChecked());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), m_view->layoutRunner()->tr("Automatic layout"));

    // The parties have come apart, and the nodes are drawn where the Document has them.
    const QVector<Party> &parties = m_doc->scenario().parties;
    for (int i = 0; i < parties.size(); ++i) {
        for (int j = i + 1; j < parties.size(); ++j)
            QVERIFY(std::hypot(parties[i].x - parties[j].x, parties[i].y - parties[j].y) > 50);
        QCOMPARE(m_view->fieldScene()->node(parties[i].id)->pos(), QPointF(parties[i].x, parties[i].y));
    }
    m_doc->undoStack()->undo();
    for (const Party &p : m_doc->scenario().parties) {
        QCOMPARE(QPointF(p.x, p.y), QPointF(0, 0));
        QCOMPARE(m_view->fieldScene()->node(p.id)->pos(), QPointF(0, 0));
    }
}

void TestFieldGestures::autoLayoutLeavesDraggedPartyInPlace()
{
    const QPoint from = viewPoint(QPointF(-120, 0));
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(m_view->viewport(), from + QPoint(0, 10 * step));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, from + QPoint(0, 40));
    QCOMPARE(m_doc->undoStack()->count(), 1); // the move and its pin: one step
    QVERIFY(m_doc->isPartyPinned(abe));
    const Party placed = *m_doc->scenario().party(abe);
    const Party other = *m_doc->scenario().party(mary);

    QSignalSpy finished(m_view->layoutRunner(), &FieldLayoutRunner::finished);
    m_view->autoLayoutAction()->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(QPointF(m_doc->scenario().party(abe)->x, m_doc->scenario().party(abe)->y), QPointF(placed.x, placed.y));
    QVERIFY(QPointF(m_doc->scenario().party(mary)->x, m_doc->scenario().party(mary)->y) != QPointF(other.x, other.y));

    m_doc->undoStack()->undo(); // the layout
    m_doc->undoStack()->undo(); // the drag with its pin
    QVERIFY(!m_doc->isPartyPinned(abe));
    QCOMPARE(m_doc->scenario().party(abe)->x, -120.0);
}

void TestFieldGestures::shiftDragMakesProvision()
{
    QString asked;
    m_view->setProvisionPrompt([&](const QString &from, const QString &to, QString *desire, double *quality) {
        asked = from + QLatin1String("->") + to;
        *desire = QStringLiteral("future");
        *quality = 0.6;
        return true;
    });
    const int provisions = int(m_doc->scenario().provisions.size());
    const QPoint from = viewPoint(QPointF(120, 0));
    const QPoint to = viewPoint(QPointF(-120, 0));
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(m_view->viewport(), from + (to - from) * step / 6);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, to);

    QCOMPARE(asked, QStringLiteral("mary->abe"));
    QCOMPARE(m_doc->scenario().provisions.size(), provisions + 1);
    const int i = m_doc->scenario().provisionIndex(mary, abe, QStringLiteral("future"));
    QVERIFY(i >= 0);
    QCOMPARE(m_doc->scenario().provisions[i].rating.quality, 0.6);
    QCOMPARE(m_doc->scenario().party(mary)->x, 120.0); // a Shift-drag does not move the party
    QCOMPARE(m_doc->undoStack()->count(), 1);
    for (const QGraphicsItem *item : m_view->fieldScene()->items())
        QVERIFY(!qgraphicsitem_cast<const QGraphicsLineItem *>(item)); // the rubber band is gone
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().provisions.size(), provisions);
    QCOMPARE(m_doc->scenario().provisionIndex(mary, abe, QStringLiteral("future")), -1);
}

void TestFieldGestures::enterRenamesParty()
{
    m_view->setNamePrompt([](const QString &, const QString &, QString *name) {
        *name = QStringLiteral("Abraham");
        return true;
    });
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Tab); // Abe
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(m_doc->scenario().party(abe)->name, QStringLiteral("Abraham"));
    QCOMPARE(m_view->fieldScene()->node(abe)->name(), QStringLiteral("Abraham"));
}

void TestFieldGestures::enterEditsLink()
{
    QString edited;
    int shown = 0;
    m_view->setProvisionEditor([&](const QString &a, const QString &b, QVector<Provision> *provisions) {
        edited = a + QLatin1Char('-') + b;
        shown = int(provisions->size());
        for (Provision &p : *provisions)
            if (p.from == abe)
                p.rating.quality = 0.25;
        return true;
    });
    const double before = m_doc->scenario().provisions[m_doc->scenario().provisionIndex(abe, mary, QStringLiteral("company"))].rating.quality;
    m_view->setFocus();
    for (int i = 0; i < 3; ++i) // Abe, Mary, then their link
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
    QVERIFY(m_doc->selection().isDyad());
    QTest::keyClick(m_view.get(), Qt::Key_Enter);
    QCOMPARE(edited, QStringLiteral("abe-mary"));
    QCOMPARE(shown, 2); // both directions of the dyad
    const int i = m_doc->scenario().provisionIndex(abe, mary, QStringLiteral("company"));
    QCOMPARE(m_doc->scenario().provisions[i].rating.quality, 0.25);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().provisions[i].rating.quality, before);
}

void TestFieldGestures::legendStaysInCornerWhenScrolled()
{
    const QList<QWidget *> overlays = m_view->viewport()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    QCOMPARE(overlays.size(), 1);
    QWidget *legend = overlays.first();
    const QPoint corner = legend->pos();
    QCOMPARE(corner.y() + legend->height() + 8, m_view->viewport()->height());
    m_view->centerOn(QPointF(900, 700)); // the layout's fitting and panning scroll like this
    QCOMPARE(legend->pos(), corner);
}

QTEST_MAIN(TestFieldGestures)
#include "tst_fieldgestures.moc"
