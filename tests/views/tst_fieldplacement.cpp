// SPDX-License-Identifier: GPL-3.0-or-later
// A large field while parties are dragged: each step places only what the move touched (the
// satellites of the moved parties, the links' ends), and the field ends as one built anew from
// the Document draws it.
#include "../benchmarks/synthfield.h"
#include "document.h"
#include "fieldplacement.h"
#include "fieldscene.h"
#include "linklayer.h"
#include "optionnode.h"
#include "partynode.h"

#include <QTest>
#include <QUndoStack>

using namespace powerfield;

class TestFieldPlacement : public QObject
{
    Q_OBJECT

private slots:
    void dragPlacesAsAFreshPlacement_data();
    void dragPlacesAsAFreshPlacement();
    void movedFieldIsAFreshField();
};

namespace {

// Compares every option's angle in the scene with a placement of the whole field from scratch;
// returns how many options of parties the move did not touch changed direction since `before`.
int compareWithFresh(const FieldScene &scene, const Scenario &state, QHash<QString, double> &before,
                     const QSet<QString> &touched)
{
    FieldPlacer fresh;
    fresh.place(FieldPlacementInput::of(scene));
    int turned = 0;
    for (const OutsideOption &o : state.options) {
        const double angle = scene.optionAngle(o.id);
        if (angle != fresh.optionAngle(o.id)) {
            QTest::qFail(qPrintable(QStringLiteral("option %1 of %2 at %3, anew at %4")
                                        .arg(o.id, o.owner).arg(angle).arg(fresh.optionAngle(o.id))),
                         __FILE__, __LINE__);
            return -1;
        }
        if (!touched.contains(o.owner) && before.contains(o.id) && before.value(o.id) != angle)
            ++turned;
        before.insert(o.id, angle);
    }
    return turned;
}

} // namespace

void TestFieldPlacement::dragPlacesAsAFreshPlacement_data()
{
    QTest::addColumn<int>("parties");
    QTest::newRow("small field, neighbours count") << 120;
    QTest::newRow("large field, links only") << 600;
}

void TestFieldPlacement::dragPlacesAsAFreshPlacement()
{
    QFETCH(int, parties);
    Scenario s = bench::syntheticField(parties, 3, 4, 7);
    // Owners with two and three options: the later ones avoid the earlier ones.
    for (int i = 0; i < parties; i += 3) {
        s.options.append({QStringLiteral("second%1").arg(i), s.parties[i].id, QStringLiteral("Second"), {}});
        if (i % 2 == 0)
            s.options.append({QStringLiteral("third%1").arg(i), s.parties[i].id, QStringLiteral("Third"), {}});
    }
    Document doc;
    doc.setScenario(s);
    FieldScene scene(&doc);
    QHash<QString, double> angles;
    QCOMPARE(compareWithFresh(scene, doc.state(), angles, {}), 0);
    int turned = 0;
    // Long drags of a few parties across the ring: the centre shifts, far satellites turn.
    for (int dragged : {0, parties / 3, parties / 2}) {
        const Party start = doc.state().parties[dragged];
        QSet<QString> touched{start.id};
        for (const Provision &p : doc.state().provisions) {
            if (p.from == start.id)
                touched.insert(p.to);
            if (p.to == start.id)
                touched.insert(p.from);
        }
        for (int step = 1; step <= 12; ++step) {
            const QPointF at(start.x + 900.0 * step * (dragged % 2 ? -1 : 1), start.y + 250.0 * step);
            QVERIFY(doc.moveParty(start.id, at));
            const int n = compareWithFresh(scene, doc.state(), angles, touched);
            QVERIFY(n >= 0);
            turned += n;
        }
    }
    // The test means something only if the centre's shift turned some untouched satellites.
    QVERIFY2(turned > 0, "no satellite of an untouched party turned");
}

// Moves mixed with value edits and their undo: links, nodes, satellites and names of the scene
// that followed every step are those of a scene built from the Document at the end.
void TestFieldPlacement::movedFieldIsAFreshField()
{
    const Scenario s = bench::syntheticField(500, 3, 4, 11);
    Document doc;
    doc.setScenario(s);
    FieldScene live(&doc);
    const QString moved = s.parties[5].id;
    const Provision given = s.provisions[0];
    QVERIFY(doc.moveParty(moved, QPointF(300, -200)));
    QVERIFY(doc.setProvisionQuality(given.from, given.to, given.desire, 0.05));
    QVERIFY(doc.moveParty(given.to, QPointF(-700, 90)));
    QVERIFY(doc.moveParty(moved, QPointF(-40, 410)));
    doc.undoStack()->undo(); // the last move
    doc.undoStack()->undo(); // the move of the receiver
    QVERIFY(doc.moveParty(given.from, QPointF(0, 0)));
    FieldScene fresh(&doc);
    QCOMPARE(live.links()->count(), fresh.links()->count());
    for (int i = 0; i < live.links()->count(); ++i) {
        const FieldLink &a = live.links()->links()[i];
        const FieldLink &b = fresh.links()->links()[i];
        QCOMPARE(a.a, b.a);
        QCOMPARE(a.b, b.b);
        QCOMPARE(a.start, b.start);
        QCOMPARE(a.end, b.end);
        QCOMPARE(a.color, b.color);
        QCOMPARE(a.width, b.width);
    }
    for (const Party &p : doc.state().parties) {
        QCOMPARE(live.node(p.id)->pos(), fresh.node(p.id)->pos());
        QCOMPARE(live.node(p.id)->labelRect(), fresh.node(p.id)->labelRect());
        QCOMPARE(live.node(p.id)->isLabelHidden(), fresh.node(p.id)->isLabelHidden());
    }
    for (const OutsideOption &o : doc.state().options) {
        QCOMPARE(live.option(o.id)->pos(), fresh.option(o.id)->pos());
        QCOMPARE(live.option(o.id)->labelRect(), fresh.option(o.id)->labelRect());
        QCOMPARE(live.option(o.id)->isLabelHidden(), fresh.option(o.id)->isLabelHidden());
    }
}

QTEST_MAIN(TestFieldPlacement)
#include "tst_fieldplacement.moc"
