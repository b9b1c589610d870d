// SPDX-License-Identifier: GPL-3.0-or-later
// Editing one party's own values (a drag, a rename, a colour, a need) updates the Document's current
// state without replaying the timeline: the state must still be the replay's, at every time,
// with events that move, switch on and off and re-rate the same parties.
#include "document.h"
#include "randomscenario.h"
#include "timeline.h"

#include <QTest>
#include <QUndoStack>

using namespace powerfield;
using namespace powerfield::test;

class TestPartyEdit : public QObject
{
    Q_OBJECT

private slots:
    void stateIsTheReplayAfterEachEdit();
};

namespace {

// Events of the random field also move parties, so a moved party's place depends on the time.
Scenario withMoves(quint32 seed)
{
    Scenario s = randomScenario(seed);
    for (int e = 0; e < s.events.size(); e += 2) {
        Change c = partyChange(s.parties[e % s.parties.size()].id, true);
        c.active.reset();
        c.x = 10.0 * e;
        c.y = -5.0 * e;
        s.events[e].changes.append(c);
    }
    return s;
}

// A desire of the field that `party` needs neither in the written scenario nor in an event.
QString otherDesire(const Document &doc, const QString &party)
{
    for (const Desire &d : doc.scenario().desires) {
        if (!doc.hasNeed(party, d.id))
            return d.id;
    }
    return QString();
}

bool sameState(const Document &doc)
{
    const Scenario replay = stateAt(doc.scenario(), doc.currentTime());
    return doc.state().parties == replay.parties && doc.state().provisions == replay.provisions
           && doc.state().options == replay.options && doc.state().investments == replay.investments;
}

} // namespace

void TestPartyEdit::stateIsTheReplayAfterEachEdit()
{
    int edits = 0;
    for (quint32 seed = 1; seed <= 6; ++seed) {
        Document doc;
        doc.setScenario(withMoves(seed));
        for (int time : {0, doc.scenario().duration / 2, doc.scenario().duration}) {
            doc.setCurrentTime(time);
            const QVector<Party> parties = doc.scenario().parties;
            for (const Party &p : parties) {
                const QString id = p.id;
                const double level = p.comparisonLevel < 0.5 ? 0.8 : 0.2;
                const QString added = otherDesire(doc, id);
                const QVector<std::function<bool()>> steps{
                    [&] { return doc.moveParty(id, QPointF(p.x + 37, p.y - 11)); },
                    [&] { return doc.renameParty(id, p.name + QStringLiteral(" (renamed)")); },
                    [&] { return doc.setPartyColor(id, QStringLiteral("#123456")); },
                    [&] { return doc.setPartyKind(id, PartyKind::Group); },
                    [&] { return doc.setPartyActive(id, !p.active); },
                    [&] { return doc.setComparisonLevel(id, level); },
                    // Needs are the party's too: a slider's importance, a need added, one removed.
                    [&] { return p.needs.isEmpty() || doc.setImportance(id, p.needs[0].desire, 0.37); },
                    [&] { return added.isEmpty() || doc.addNeed(id, added, 0.6); },
                    [&] { return added.isEmpty() || doc.removeNeed(id, added); },
                };
                for (const auto &step : steps) {
                    QVERIFY(step());
                    QVERIFY2(sameState(doc), qPrintable(QStringLiteral("seed %1, time %2, party %3, edit %4")
                                                            .arg(seed).arg(time).arg(id).arg(edits)));
                    ++edits;
                }
                doc.undoStack()->undo();
                QVERIFY(sameState(doc));
            }
        }
    }
    QVERIFY(edits > 500);
}

QTEST_MAIN(TestPartyEdit)
#include "tst_partyedit.moc"
