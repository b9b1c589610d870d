// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis::mostImbalancedDyad() (the views' default dyad) against its definition: a walk over
// dyads() in id order keeping the first of the largest |R|. Fields with many ties (values from a
// few steps) and ids whose byte order differs from the file order ("p10" before "p2").
#include "analysis.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace powerfield;

namespace {

// Values from `steps` steps; with `jitter`, each moved by a few multiples of 4e-10, so many |R|
// lie within the 1e-9 tolerance of each other without being equal.
Scenario randomField(int parties, int provisions, unsigned seed, int steps, bool jitter = false)
{
    QRandomGenerator rng(seed);
    const auto value = [&] {
        const double v = rng.bounded(steps + 1) / double(steps);
        return jitter ? qBound(0.0, v + (int(rng.bounded(7)) - 3) * 4e-10, 1.0) : v;
    };
    Scenario s;
    for (int d = 0; d < 3; ++d)
        s.desires.append({QStringLiteral("d%1").arg(d), QStringLiteral("Desire %1").arg(d), PowerBase::Other});
    for (int i = 0; i < parties; ++i) {
        Party p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = p.id;
        p.comparisonLevel = value();
        for (const Desire &d : std::as_const(s.desires))
            if (rng.bounded(3) != 0)
                p.needs.append({d.id, value()});
        s.parties.append(p);
    }
    QSet<QString> given;
    for (int k = 0; k < provisions; ++k) {
        const int from = int(rng.bounded(parties));
        const int to = (from + 1 + int(rng.bounded(parties - 1))) % parties;
        const QString desire = s.desires[int(rng.bounded(3))].id;
        const QString key = QStringLiteral("%1 %2 %3").arg(from).arg(to).arg(desire);
        if (given.contains(key))
            continue;
        given.insert(key);
        s.provisions.append({s.parties[from].id, s.parties[to].id, desire, {value(), std::nullopt}});
    }
    return s;
}

// The definition, as the views' default dyad was found before it was made fast.
std::optional<DyadReport> byWalk(const Analysis &analysis)
{
    std::optional<DyadReport> best;
    for (const DyadReport &d : analysis.dyads()) {
        if (!best || core::greaterThan(qAbs(d.result.relativePowerA), qAbs(best->result.relativePowerA)))
            best = d;
    }
    return best;
}

} // namespace

class TestMostImbalanced : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheWalk_data();
    void matchesTheWalk();
    void noDyad();
};

void TestMostImbalanced::matchesTheWalk_data()
{
    QTest::addColumn<int>("parties");
    QTest::addColumn<int>("provisions");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("seed");
    QTest::addColumn<bool>("jitter");
    for (unsigned seed = 1; seed <= 20; ++seed) {
        QTest::addRow("12 parties, two steps, seed %u", seed) << 12 << 30 << 2 << int(seed) << false;
        QTest::addRow("40 parties, four steps, seed %u", seed) << 40 << 120 << 4 << int(seed) << false;
        QTest::addRow("150 parties, fine values, seed %u", seed) << 150 << 500 << 1000 << int(seed) << false;
        QTest::addRow("60 parties, near ties, seed %u", seed) << 60 << 200 << 2 << int(seed) << true;
        QTest::addRow("300 parties, near ties, seed %u", seed) << 300 << 900 << 4 << int(seed) << true;
    }
}

void TestMostImbalanced::matchesTheWalk()
{
    QFETCH(int, parties);
    QFETCH(int, provisions);
    QFETCH(int, steps);
    QFETCH(int, seed);
    QFETCH(bool, jitter);
    Analysis analysis;
    analysis.reset(randomField(parties, provisions, unsigned(seed) * 7919u + unsigned(parties), steps, jitter));
    const std::optional<DyadReport> expected = byWalk(analysis);
    const std::optional<DyadReport> found = analysis.mostImbalancedDyad();
    QVERIFY(expected);
    QVERIFY(found);
    QCOMPARE(found->a, expected->a);
    QCOMPARE(found->b, expected->b);
    QCOMPARE(found->result.relativePowerA, expected->result.relativePowerA);
    QCOMPARE(found->result.sideA.dependence, expected->result.sideA.dependence);
}

void TestMostImbalanced::noDyad()
{
    Analysis analysis;
    Scenario s;
    s.parties.append(Party{});
    s.parties.last().id = QStringLiteral("a");
    analysis.reset(s);
    QVERIFY(!analysis.mostImbalancedDyad());
}

QTEST_APPLESS_MAIN(TestMostImbalanced)
#include "tst_mostimbalanced.moc"
