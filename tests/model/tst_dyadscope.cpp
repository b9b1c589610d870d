// SPDX-License-Identifier: GPL-3.0-or-later
// The scope of one dyad (dyadscope.h) must give that dyad exactly the numbers the whole scenario
// gives it, at every step and under both lenses: the power plot and the dependence panel walk the
// scope, so any record it left out that could matter would show as a wrong curve.
#include "dyadscope.h"
#include "randomscenario.h"
#include "series.h"

#include <QtTest>

#include <cmath>
#include <cstring>

using namespace powerfield;
using namespace powerfield::test;

namespace {

// Bit for bit, NaN equal to NaN: the scope keeps every sum in the same order.
bool identical(const QVector<double> &x, const QVector<double> &y)
{
    if (x.size() != y.size())
        return false;
    for (int i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]) != std::isnan(y[i]) || (!std::isnan(x[i]) && x[i] != y[i]))
            return false;
    }
    return true;
}

bool identical(const DyadSeries &x, const DyadSeries &y)
{
    return identical(x.relativePowerA, y.relativePowerA) && identical(x.dependenceAOnB, y.dependenceAOnB)
           && identical(x.dependenceBOnA, y.dependenceBOnA) && identical(x.commitmentA, y.commitmentA)
           && identical(x.commitmentB, y.commitmentB) && identical(x.cooperationA, y.cooperationA)
           && identical(x.cooperationB, y.cooperationB);
}

} // namespace

class TestDyadScope : public QObject
{
    Q_OBJECT

private slots:
    void randomScenariosGiveTheSameSeries_data();
    void randomScenariosGiveTheSameSeries();
    void scopeLeavesOutWhatCannotMatter();
};

void TestDyadScope::randomScenariosGiveTheSameSeries_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

// Random fields with every kind of record (inactive parties, perceived qualities, exclusive
// investments, options) and events that change each kind, then every ordered pair of parties:
// the series over the scope equals the series over the whole scenario, bit for bit.
void TestDyadScope::randomScenariosGiveTheSameSeries()
{
    QFETCH(quint32, seed);
    const Scenario s = randomScenario(seed);
    int compared = 0, existing = 0, smaller = 0;
    for (const Party &a : s.parties) {
        for (const Party &b : s.parties) {
            if (a.id == b.id)
                continue;
            const Scenario scope = dyadScope(s, a.id, b.id);
            smaller += scope.parties.size() < s.parties.size();
            for (Lens lens : {Lens::Actual, Lens::Perceived}) {
                const DyadSeries whole = evaluateDyadSeries(s, lens, a.id, b.id);
                const DyadSeries part = evaluateDyadSeries(scope, lens, a.id, b.id);
                QVERIFY2(identical(whole, part), qPrintable(QStringLiteral("%1-%2").arg(a.id, b.id)));
                ++compared;
                existing += std::any_of(whole.relativePowerA.cbegin(), whole.relativePowerA.cend(),
                                        [](double v) { return !std::isnan(v); });
            }
        }
    }
    QVERIFY2(existing > compared / 4, "the random scenarios should hold real dyads");
    QVERIFY2(smaller > 0, "some scopes should leave parties out");
}

// A field of bystanders: the scope of one dyad holds its two parties, their providers, their
// options and the events' changes that touch them, and nothing of the others.
void TestDyadScope::scopeLeavesOutWhatCannotMatter()
{
    Scenario s;
    s.desires = {{QStringLiteral("d"), QStringLiteral("D"), PowerBase::Other}};
    for (const char *id : {"a", "b", "helper", "late", "x", "y"})
        s.parties.append({QString::fromLatin1(id), QString(), PartyKind::Person, QString(), 0, 0, 0.5, true,
                          {{QStringLiteral("d"), 0.5}}});
    const QString d = QStringLiteral("d");
    s.provisions = {{QStringLiteral("a"), QStringLiteral("b"), d, {0.8, {}}},
                    {QStringLiteral("helper"), QStringLiteral("a"), d, {0.4, {}}},
                    {QStringLiteral("x"), QStringLiteral("y"), d, {0.9, {}}},
                    {QStringLiteral("a"), QStringLiteral("x"), d, {0.9, {}}}};
    s.options = {{QStringLiteral("oa"), QStringLiteral("a"), QString(), {{d, {0.3, {}}}}},
                 {QStringLiteral("ox"), QStringLiteral("x"), QString(), {{d, {0.3, {}}}}}};
    s.investments = {{QStringLiteral("a"), QStringLiteral("b"), 0.5, false},
                     {QStringLiteral("a"), QStringLiteral("x"), 0.5, true}};
    s.events = {{3, QStringLiteral("late help"), QString(),
                 {provisionChange(QStringLiteral("late"), QStringLiteral("b"), d, 0.7),
                  provisionChange(QStringLiteral("y"), QStringLiteral("x"), d, 0.7),
                  partyChange(QStringLiteral("x"), false)}}};

    const Scenario scope = dyadScope(s, QStringLiteral("a"), QStringLiteral("b"));
    QStringList parties;
    for (const Party &p : scope.parties)
        parties << p.id;
    QCOMPARE(parties.join(u','), QStringLiteral("a,b,helper,late"));
    QCOMPARE(scope.provisions.size(), 2);
    QCOMPARE(scope.options.size(), 1);
    QCOMPARE(scope.options[0].id, QStringLiteral("oa"));
    QCOMPARE(scope.investments.size(), 1);
    QCOMPARE(scope.events.size(), 1);
    QCOMPARE(scope.events[0].changes.size(), 1);
    QCOMPARE(scope.events[0].changes[0].party, QStringLiteral("late"));
    QCOMPARE(scope.desires, s.desires);
}

QTEST_GUILESS_MAIN(TestDyadScope)
#include "tst_dyadscope.moc"
