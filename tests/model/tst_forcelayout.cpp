// SPDX-License-Identifier: GPL-3.0-or-later
// The force-directed layout: it ends, parts overlapping nodes, keeps pinned ones, repeats itself;
// the scenario layer reads pins from `ui`; the Document moves many parties as one undo step.
#include "core/forcelayout.h"
#include "document.h"
#include "layoutscenario.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace powerfield;
using powerfield::core::ForceLayout;
using powerfield::core::LayoutEdge;

namespace {

constexpr double kSpacing = 180.0;

double distance(const ForceLayout &l, int i, int j)
{
    return std::hypot(l.xs()[i] - l.xs()[j], l.ys()[i] - l.ys()[j]);
}

// `n` nodes on one point, joined in a ring.
ForceLayout ringOnOnePoint(int n, std::vector<bool> pinned = {})
{
    std::vector<LayoutEdge> edges;
    for (int i = 0; i < n; ++i)
        edges.push_back({i, (i + 1) % n, 1.0});
    return ForceLayout(std::vector<double>(n, 5.0), std::vector<double>(n, -3.0), edges, std::move(pinned));
}

Scenario threeParties()
{
    Scenario s;
    s.desires.append({QStringLiteral("care"), QStringLiteral("Care"), PowerBase::Other});
    for (const char *id : {"a", "b", "c"}) {
        Party p;
        p.id = QString::fromLatin1(id);
        p.name = p.id.toUpper();
        p.color = QStringLiteral("#0072B2");
        p.needs.append({QStringLiteral("care"), 0.8});
        s.parties.append(p);
    }
    s.provisions.append({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("care"), {0.9, std::nullopt}});
    s.provisions.append({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("care"), {0.5, std::nullopt}});
    return s;
}

} // namespace

class TestForceLayout : public QObject
{
    Q_OBJECT

private slots:
    void terminates_data();
    void terminates();
    void movesOverlappingNodesApart();
    void keepsPinnedNodesFixed();
    void isDeterministic();
    void stepDoesNothingAtRest();
    void springsPullLinkedNodesCloser();
    void pinsReadFromUi();
    void laidOutKeepsPinsAndSpreadsTheRest();
    void movePartiesIsOneUndoStep();
    void movePartiesRefusesBadInput();
    void pinIsUndoable();
    void pinIsSaved();
};

void TestForceLayout::terminates_data()
{
    QTest::addColumn<int>("nodes");
    QTest::newRow("one node") << 1;
    QTest::newRow("two nodes") << 2;
    QTest::newRow("fifty nodes") << 50;
    QTest::newRow("five hundred nodes") << 500;
}

void TestForceLayout::terminates()
{
    QFETCH(int, nodes);
    ForceLayout layout = ringOnOnePoint(nodes);
    const int steps = layout.runToRest();
    QVERIFY(layout.atRest());
    QVERIFY2(steps <= core::LayoutOptions().maxSteps, qPrintable(QString::number(steps)));
    for (int i = 0; i < nodes; ++i)
        QVERIFY(std::isfinite(layout.xs()[i]) && std::isfinite(layout.ys()[i]));
}

void TestForceLayout::movesOverlappingNodesApart()
{
    ForceLayout layout = ringOnOnePoint(12);
    layout.runToRest();
    double closest = 1e9;
    for (int i = 0; i < 12; ++i)
        for (int j = i + 1; j < 12; ++j)
            closest = std::min(closest, distance(layout, i, j));
    // Started all on one point; at rest no two nodes lie closer than a third of the spacing.
    QVERIFY2(closest > kSpacing / 3, qPrintable(QString::number(closest)));
}

void TestForceLayout::keepsPinnedNodesFixed()
{
    std::vector<bool> pinned(10, false);
    pinned[0] = pinned[7] = true;
    std::vector<double> x(10, 0.0);
    std::vector<double> y(10, 0.0);
    x[7] = 40.0; // a pinned node near the others, so it is pushed hard
    ForceLayout layout(x, y, {{0, 1, 1.0}, {7, 8, 1.0}, {1, 2, 1.0}}, pinned);
    layout.runToRest();
    QCOMPARE(layout.xs()[0], 0.0);
    QCOMPARE(layout.ys()[0], 0.0);
    QCOMPARE(layout.xs()[7], 40.0);
    QCOMPARE(layout.ys()[7], 0.0);
    QVERIFY(distance(layout, 0, 1) > 10.0); // the others did move
}

void TestForceLayout::isDeterministic()
{
    ForceLayout first = ringOnOnePoint(200);
    ForceLayout second = ringOnOnePoint(200);
    QCOMPARE(first.runToRest(), second.runToRest());
    QCOMPARE(first.xs(), second.xs());
    QCOMPARE(first.ys(), second.ys());
}

void TestForceLayout::stepDoesNothingAtRest()
{
    ForceLayout layout = ringOnOnePoint(5);
    QVERIFY(layout.step());
    layout.runToRest();
    const std::vector<double> x = layout.xs();
    QVERIFY(!layout.step());
    QCOMPARE(layout.xs(), x);
}

void TestForceLayout::springsPullLinkedNodesCloser()
{
    // Four nodes on a line far apart; only 0 and 3 are linked.
    ForceLayout layout({0, 1000, 2000, 3000}, {0, 0, 0, 0}, {{0, 3, 1.0}}, {});
    layout.runToRest();
    QVERIFY(distance(layout, 0, 3) < 3000);
    QVERIFY(distance(layout, 0, 3) < distance(layout, 1, 2) * 3);
}

void TestForceLayout::pinsReadFromUi()
{
    Scenario s = threeParties();
    QVERIFY(pinnedParties(s).isEmpty());
    setPinnedParties(s, {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("c")});
    QCOMPARE(pinnedParties(s), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QVERIFY(s.hasUi);
    setPinnedParties(s, {});
    QVERIFY(!s.ui.contains(QStringLiteral("pinnedParties")));
}

void TestForceLayout::laidOutKeepsPinsAndSpreadsTheRest()
{
    Scenario s = threeParties();
    s.parties[0].x = 70;
    s.parties[0].y = 30;
    setPinnedParties(s, {QStringLiteral("a")});
    const Scenario result = laidOut(s);
    QCOMPARE(result.parties[0].x, 70.0);
    QCOMPARE(result.parties[0].y, 30.0);
    QVERIFY(std::hypot(result.parties[1].x - result.parties[2].x, result.parties[1].y - result.parties[2].y) > 50);
    QVERIFY(result.parties[1].x != 0 || result.parties[1].y != 0);
}

void TestForceLayout::movePartiesIsOneUndoStep()
{
    Document doc;
    doc.setScenario(threeParties());
    const Scenario before = doc.scenario();
    QSignalSpy analysed(&doc, &Document::analysisChanged);
    QVERIFY(doc.moveParties({{QStringLiteral("a"), QPointF(10, 20)}, {QStringLiteral("c"), QPointF(-5, 7)},
                             {QStringLiteral("b"), QPointF(0, 0)}}, // b already there: left out
                            QStringLiteral("Automatic layout")));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(analysed.count(), 1); // one analysis for the whole move, not one per party
    QCOMPARE(doc.scenario().party(QStringLiteral("a"))->x, 10.0);
    QCOMPARE(doc.scenario().party(QStringLiteral("c"))->y, 7.0);
    doc.undoStack()->undo();
    QVERIFY(doc.scenario() == before);
    doc.undoStack()->redo();
    QCOMPARE(doc.scenario().party(QStringLiteral("a"))->y, 20.0);
    QVERIFY(doc.moveParties({{QStringLiteral("a"), QPointF(10, 20)}}, QStringLiteral("none")));
    QCOMPARE(doc.undoStack()->count(), 1); // nothing moved: nothing pushed
}

void TestForceLayout::movePartiesRefusesBadInput()
{
    Document doc;
    doc.setScenario(threeParties());
    QString error;
    QVERIFY(!doc.moveParties({{QStringLiteral("nobody"), QPointF(1, 1)}}, QStringLiteral("x"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!doc.moveParties({{QStringLiteral("a"), QPointF(qQNaN(), 1)}}, QStringLiteral("x"), &error));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestForceLayout::pinIsUndoable()
{
    Document doc;
    doc.setScenario(threeParties());
    const Scenario before = doc.scenario();
    QVERIFY(doc.setPartyPinned(QStringLiteral("b"), true));
    QVERIFY(doc.isPartyPinned(QStringLiteral("b")));
    QVERIFY(doc.isModified());
    QVERIFY(doc.setPartyPinned(QStringLiteral("b"), true)); // already pinned: no second entry
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(!doc.isPartyPinned(QStringLiteral("b")));
    QVERIFY(doc.scenario() == before); // `ui` as it was, even whether there was one
    QVERIFY(!doc.setPartyPinned(QStringLiteral("nobody"), true));
}

void TestForceLayout::pinIsSaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pinned.powerfield.json"));
    Document doc;
    doc.setScenario(threeParties());
    QVERIFY(doc.setPartyPinned(QStringLiteral("c"), true));
    QString error;
    QVERIFY2(doc.save(path, &error), qPrintable(error));
    Document reopened;
    QVERIFY2(reopened.load(path, &error), qPrintable(error));
    QVERIFY(reopened.isPartyPinned(QStringLiteral("c")));
    QVERIFY(!reopened.isPartyPinned(QStringLiteral("a")));
}

QTEST_GUILESS_MAIN(TestForceLayout)
#include "tst_forcelayout.moc"
