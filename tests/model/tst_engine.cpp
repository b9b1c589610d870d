// SPDX-License-Identifier: GPL-3.0-or-later
// The incremental engine against full recomputation and against a direct reading of
// docs/model.md §Dyad quantities.
#include "core/engine.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <random>

using namespace powerfield::core;

namespace {

// docs/model.md §Dyad quantities computed the slow, literal way: every alternative by scanning
// every record.
DyadResult naiveDyad(const Field &f, int a, int b, Lens lens)
{
    const auto sideOf = [&](int me, int partner) {
        SideInputs in;
        const Field::Party &p = f.parties[size_t(me)];
        in.comparisonLevel = p.comparisonLevel;
        bool exclusive = false;
        for (const auto &inv : f.investments) {
            if (inv.party == me && inv.partner == partner) {
                in.investment = inv.amount;
                exclusive = inv.exclusive;
            }
        }
        for (double w : p.needs)
            in.totalImportance += w;
        if (in.totalImportance == 0.0)
            return sideFromInputs(in);
        for (int d = 0; d < f.desireCount; ++d) {
            const double w = p.needs[size_t(d)];
            if (w == 0.0)
                continue;
            double q = 0.0;
            double alt = 0.0;
            for (const auto &pr : f.provisions) {
                if (pr.to != me || pr.desire != d)
                    continue;
                if (pr.from == partner)
                    q = pr.rating.value(lens);
                else if (!exclusive && f.parties[size_t(pr.from)].active)
                    alt = std::max(alt, pr.rating.value(lens));
            }
            for (const auto &o : f.options) {
                for (const auto &offer : o.offers) {
                    if (o.owner == me && offer.desire == d)
                        alt = std::max(alt, offer.rating.value(lens));
                }
            }
            in.weightedGain += w * std::max(0.0, q - alt);
            in.weightedOutcome += w * q;
            in.weightedAlternative += w * alt;
        }
        return sideFromInputs(in);
    };
    return combineSides(a, b, sideOf(a, b), sideOf(b, a));
}

bool sameSide(const SideResult &x, const SideResult &y, double tolerance)
{
    return qAbs(x.dependence - y.dependence) <= tolerance && qAbs(x.outcome - y.outcome) <= tolerance
           && qAbs(x.alternative - y.alternative) <= tolerance && qAbs(x.commitment - y.commitment) <= tolerance
           && qAbs(x.cooperation - y.cooperation) <= tolerance && x.quadrant == y.quadrant
           && x.response == y.response;
}

bool sameDyad(const DyadResult &x, const DyadResult &y, double tolerance)
{
    return x.a == y.a && x.b == y.b && sameSide(x.sideA, y.sideA, tolerance)
           && sameSide(x.sideB, y.sideB, tolerance);
}

// Seeded random edits of every kind the engine takes.
class RandomEditor
{
public:
    explicit RandomEditor(unsigned seed) : m_rng(seed) {}

    Field randomField(int parties, int desires)
    {
        Field f;
        f.desireCount = desires;
        for (int p = 0; p < parties; ++p) {
            Field::Party party{coin(0.8), unit(), {}};
            for (int d = 0; d < desires; ++d)
                party.needs.push_back(coin(0.5) ? unit() : 0.0);
            f.parties.push_back(party);
        }
        for (int p = 0; p < parties; ++p)
            f.options.push_back({p, {{index(desires), rating()}}});
        return f;
    }

    void edit(Engine &e)
    {
        const int p = index(e.partyCount());
        const int q = (p + 1 + index(e.partyCount() - 1)) % e.partyCount();
        const int d = index(e.desireCount());
        switch (index(9)) {
        case 0: e.setActive(p, coin(0.7)); break;
        case 1: e.setComparisonLevel(p, unit()); break;
        case 2: e.setImportance(p, d, coin(0.3) ? 0.0 : unit()); break;
        case 3:
        case 4: e.setProvision(p, q, d, rating()); break;
        case 5: e.removeProvision(p, q, d); break;
        case 6: e.setOffer(p, d, rating()); break; // option p belongs to party p
        case 7: e.removeOffer(p, d); break;
        case 8: e.setInvestment(p, q, unit(), coin(0.4)); break;
        }
    }

private:
    int index(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    bool coin(double p) { return std::bernoulli_distribution(p)(m_rng); }
    // Coarse values, so that ties and equal alternatives happen often.
    double unit() { return index(11) / 10.0; }
    Rating rating()
    {
        const double q = unit();
        return {q, coin(0.5) ? q : unit()};
    }

    std::mt19937 m_rng;
};

void compareWithFull(const Engine &incremental, Lens lens)
{
    Engine full(lens);
    full.reset(incremental.field());
    QCOMPARE(incremental.dyadCount(), full.dyadCount());
    incremental.forEachDyad([&](const DyadResult &d) {
        const DyadResult *f = full.dyad(d.a, d.b);
        QVERIFY(f);
        QVERIFY(sameDyad(d, *f, 0.0)); // same inputs, same order of sums: equal to the bit
    });
    for (int p = 0; p < incremental.partyCount(); ++p) {
        QCOMPARE(incremental.fieldPower(p), full.fieldPower(p));
        QCOMPARE(incremental.fieldDependence(p), full.fieldDependence(p));
    }
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void randomEditsMatchFullRecomputation_data();
    void randomEditsMatchFullRecomputation();
    void matchesLiteralReading();
    void lensSwitch();
    void touchesOnlyAffectedDyads();
    void growingFieldMatchesFullRecomputation();
    void repeatedRecordsInResetActAsRepeatedEdits();
    void dyadsAfterResetInPartyOrder();
};

void TestEngine::randomEditsMatchFullRecomputation_data()
{
    QTest::addColumn<Lens>("lens");
    QTest::addColumn<unsigned>("seed");
    QTest::newRow("perceived") << Lens::Perceived << 1u;
    QTest::newRow("actual") << Lens::Actual << 2u;
}

void TestEngine::randomEditsMatchFullRecomputation()
{
    QFETCH(Lens, lens);
    QFETCH(unsigned, seed);
    RandomEditor editor(seed);
    Engine engine(lens);
    engine.reset(editor.randomField(25, 4));
    for (int i = 1; i <= 5000; ++i) {
        editor.edit(engine);
        if (i % 50 == 0) {
            compareWithFull(engine, lens);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("after edit %1").arg(i)));
        }
    }
    QVERIFY(engine.dyadCount() > 20); // the edits built a real field, not an empty one
}

void TestEngine::matchesLiteralReading()
{
    RandomEditor editor(7);
    Engine engine;
    engine.reset(editor.randomField(12, 3));
    for (int i = 0; i < 2000; ++i) {
        editor.edit(engine);
        const Field f = engine.field();
        engine.forEachDyad([&](const DyadResult &d) {
            QVERIFY(sameDyad(d, naiveDyad(f, d.a, d.b, engine.lens()), 1e-12));
        });
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("after edit %1").arg(i)));
    }
}

void TestEngine::lensSwitch()
{
    Field f;
    f.desireCount = 1;
    f.parties = {{true, 0.5, {1.0}}, {true, 0.5, {0.0}}};
    f.provisions = {{1, 0, 0, {0.2, 0.9}}};
    Engine engine;
    engine.reset(f);
    QCOMPARE(engine.dyad(0, 1)->sideA.dependence, 0.9);
    engine.setLens(Lens::Actual);
    QCOMPARE(engine.dyad(0, 1)->sideA.dependence, 0.2);
}

void TestEngine::touchesOnlyAffectedDyads()
{
    // Two separate pairs: an edit in one leaves the other alone.
    Field f;
    f.desireCount = 1;
    f.parties.assign(4, {true, 0.5, {1.0}});
    f.provisions = {{0, 1, 0, {0.5, 0.5}}, {2, 3, 0, {0.5, 0.5}}};
    Engine engine;
    engine.reset(f);
    engine.setProvision(0, 1, 0, {0.7, 0.7});
    QCOMPARE(engine.lastTouched(), (std::vector<int>{0, 1}));
    engine.setInvestment(3, 2, 0.4, false);
    QCOMPARE(engine.lastTouched(), (std::vector<int>{2, 3}));
}

void TestEngine::growingFieldMatchesFullRecomputation()
{
    // New parties, desires and options between edits re-lay the per-party arrays.
    RandomEditor editor(11);
    Engine engine;
    engine.reset(editor.randomField(6, 2));
    for (int i = 1; i <= 1500; ++i) {
        if (i % 100 == 0) {
            const int party = engine.addParty(0.4, i % 200 != 0);
            engine.setImportance(party, 0, 0.5);
            QCOMPARE(engine.addOption(party), party); // one option per party, as the editor assumes
        }
        if (i % 300 == 0)
            engine.setImportance(0, engine.addDesire(), 0.7);
        editor.edit(engine);
        if (i % 25 == 0) {
            compareWithFull(engine, engine.lens());
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("after edit %1").arg(i)));
        }
    }
    QCOMPARE(engine.partyCount(), 21);
    QCOMPARE(engine.desireCount(), 7);
    QVERIFY(engine.dyadCount() > 30);
}

void TestEngine::repeatedRecordsInResetActAsRepeatedEdits()
{
    Field f;
    f.desireCount = 2;
    f.parties.assign(3, {true, 0.5, {0.6, 0.4}});
    f.provisions = {{1, 0, 0, {0.9, 0.9}}, {2, 0, 1, {0.3, 0.3}}, {1, 0, 0, {0.2, 0.2}}, {0, 2, 1, {0.5, 0.5}}};
    f.investments = {{0, 1, 0.8, true}, {0, 1, 0.1, false}};
    Engine fromReset;
    fromReset.reset(f);

    Field empty = f;
    empty.provisions.clear();
    empty.investments.clear();
    Engine edited;
    edited.reset(empty);
    for (const Field::Provision &p : f.provisions)
        edited.setProvision(p.from, p.to, p.desire, p.rating);
    for (const Field::Investment &i : f.investments)
        edited.setInvestment(i.party, i.partner, i.amount, i.exclusive);

    QCOMPARE(fromReset.field().provisions.size(), size_t(3)); // the repeat replaced, not added
    QVERIFY(fromReset.field().provisions[1].rating == (Rating{0.2, 0.2})); // (1, 0, 0): the later one
    QCOMPARE(fromReset.dyadCount(), 2);
    compareWithFull(edited, Lens::Perceived);
    const DyadResult *x = fromReset.dyad(0, 1);
    const DyadResult *y = edited.dyad(0, 1);
    QVERIFY(x && y);
    QVERIFY(sameDyad(*x, *y, 0.0));
    // The later investment counts: 0.1 and not exclusive, so party 2 is still an alternative.
    const double expected = std::clamp((x->sideA.outcome - x->sideA.alternative + 0.1 + 1.0) / 3.0, 0.0, 1.0);
    QCOMPARE_LT(qAbs(x->sideA.commitment - expected), 1e-12);
    for (int p = 0; p < 3; ++p)
        QCOMPARE(fromReset.fieldPower(p), edited.fieldPower(p));
}

void TestEngine::dyadsAfterResetInPartyOrder()
{
    RandomEditor editor(5);
    Engine engine;
    engine.reset(editor.randomField(30, 3));
    for (int i = 0; i < 400; ++i)
        editor.edit(engine);
    Engine full;
    full.reset(engine.field());
    std::vector<std::pair<int, int>> order;
    full.forEachDyad([&](const DyadResult &d) { order.emplace_back(d.a, d.b); });
    QVERIFY(order.size() > 20);
    QVERIFY(std::is_sorted(order.begin(), order.end()));
    QVERIFY(std::all_of(order.begin(), order.end(), [](const auto &ab) { return ab.first < ab.second; }));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
