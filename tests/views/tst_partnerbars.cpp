// SPDX-License-Identifier: GPL-3.0-or-later
// The bars of a party's partners in the dependence panel: every dyad of the party, by the
// partner's id, with both dependences, as a walk over the analysis' sorted dyads gives them.
#include "../model/randomscenario.h"
#include "document.h"
#include "dyadreading.h"
#include "partybars.h"

#include <QTest>

using namespace powerfield;
using namespace powerfield::test;

class TestPartnerBars : public QObject
{
    Q_OBJECT

private slots:
    void barsAreTheWalksBars();
};

void TestPartnerBars::barsAreTheWalksBars()
{
    int compared = 0;
    for (quint32 seed = 1; seed <= 6; ++seed) {
        Document doc;
        doc.setScenario(randomScenario(seed));
        for (int time : {0, doc.scenario().duration}) {
            doc.setCurrentTime(time);
            const Scenario &s = doc.state();
            for (const Party &p : s.parties) {
                QVector<PartnerBar> expected;
                for (const DyadReport &d : doc.analysis().dyads()) {
                    if (d.a != p.id && d.b != p.id)
                        continue;
                    const bool first = d.a == p.id;
                    const QString other = first ? d.b : d.a;
                    expected.append({partyName(s, other), partyColor(s, other),
                                     (first ? d.result.sideA : d.result.sideB).dependence,
                                     (first ? d.result.sideB : d.result.sideA).dependence});
                }
                const QVector<PartnerBar> bars = partnerBars(doc, p.id);
                QCOMPARE(bars.size(), expected.size());
                for (int i = 0; i < bars.size(); ++i) {
                    QCOMPARE(bars[i].name, expected[i].name);
                    QCOMPARE(bars[i].color, expected[i].color);
                    QCOMPARE(bars[i].dependsOn, expected[i].dependsOn);
                    QCOMPARE(bars[i].dependedOn, expected[i].dependedOn);
                    ++compared;
                }
            }
        }
    }
    QVERIFY(compared > 100);
}

QTEST_MAIN(TestPartnerBars)
#include "tst_partnerbars.moc"
