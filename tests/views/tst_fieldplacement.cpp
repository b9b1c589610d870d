// SPDX-License-Identifier: GPL-3.0-or-later
// The satellites' directions in a large field while parties are dragged: each step places only
// what the move touched, and every option ends where placing the whole field anew puts it.
#include "../benchmarks/synthfield.h"
#include "document.h"
#include "fieldplacement.h"
#include "fieldscene.h"

#include <QTest>

using namespace powerfield;

class TestFieldPlacement : public QObject
{
    Q_OBJECT

private slots:
    void dragPlacesAsAFreshPlacement_data();
    void dragPlacesAsAFreshPlacement();
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

QTEST_MAIN(TestFieldPlacement)
#include "tst_fieldplacement.moc"
