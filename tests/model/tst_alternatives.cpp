// SPDX-License-Identifier: GPL-3.0-or-later
#include "alternatives.h"
#include "scenariofixture.h"
#include "timeline.h"

#include <QtTest>

using namespace powerfield;
using namespace powerfield::test;

Q_DECLARE_METATYPE(powerfield::AlternativeSource::Kind)
Q_DECLARE_METATYPE(powerfield::Lens)

namespace {
const QString abe = QStringLiteral("abe");
const QString mary = QStringLiteral("mary");
const QString co = QStringLiteral("coworkers");
const QString company = QStringLiteral("company");
const QString money = QStringLiteral("money");
using Kind = AlternativeSource::Kind;
} // namespace

// Where a party's best alternative comes from (docs/model.md §Best alternative), on the shared Abe
// and Mary fixture.
class TestAlternatives : public QObject
{
    Q_OBJECT

private slots:
    void best_data();
    void best();
    void exclusiveLeavesOutParties();
    void exclusiveKeepsOptions();
    void tiesGoToTheFirstParty();
    void terms();
    void names();
};

void TestAlternatives::best_data()
{
    QTest::addColumn<int>("time");
    QTest::addColumn<Lens>("lens");
    QTest::addColumn<QString>("party");
    QTest::addColumn<QString>("desire");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("source");
    QTest::addColumn<double>("value");

    QTest::newRow("own option only") << 0 << Lens::Perceived << mary << company << abe
                                     << Kind::Option << QStringLiteral("mary-home") << 0.1;
    QTest::newRow("inactive party left out") << 0 << Lens::Perceived << mary << money << abe
                                             << Kind::None << QString() << 0.0;
    QTest::newRow("active party beats option") << 4 << Lens::Perceived << mary << company << abe
                                               << Kind::Party << co << 0.6;
    QTest::newRow("perceived value") << 4 << Lens::Perceived << mary << money << abe
                                     << Kind::Party << co << 0.4;
    QTest::newRow("actual value") << 4 << Lens::Actual << mary << money << abe
                                  << Kind::Party << co << 0.3;
    QTest::newRow("partner left out") << 4 << Lens::Perceived << mary << company << co
                                      << Kind::Party << abe << 0.8;
    QTest::newRow("option perceived") << 0 << Lens::Perceived << abe << company << mary
                                      << Kind::Option << QStringLiteral("abe-friends") << 0.9;
    QTest::newRow("option actual") << 0 << Lens::Actual << abe << company << mary
                                   << Kind::Option << QStringLiteral("abe-friends") << 0.7;
    QTest::newRow("unknown desire") << 0 << Lens::Perceived << abe << QStringLiteral("nothing")
                                    << mary << Kind::None << QString() << 0.0;
}

void TestAlternatives::best()
{
    QFETCH(int, time);
    QFETCH(Lens, lens);
    QFETCH(QString, party);
    QFETCH(QString, desire);
    QFETCH(QString, partner);
    QFETCH(Kind, kind);
    QFETCH(QString, source);
    QFETCH(double, value);
    const AlternativeSource a = bestAlternative(stateAt(abeAndMary(), time), lens, party, desire, partner);
    QCOMPARE(a.kind, kind);
    QCOMPARE(kind == Kind::Option ? a.optionId : a.partyId, source);
    QCOMPARE(a.value, value);
}

void TestAlternatives::exclusiveLeavesOutParties()
{
    Scenario s = stateAt(abeAndMary(), 4);
    s.investments[s.investmentIndex(mary, abe)].exclusive = true;
    const AlternativeSource a = bestAlternative(s, Lens::Perceived, mary, company, abe);
    QCOMPARE(a.kind, Kind::Option);
    QCOMPARE(a.optionId, QStringLiteral("mary-home"));
    QCOMPARE(a.value, 0.1);
    // Abe still counts as Mary's alternative to her coworkers.
    QCOMPARE(bestAlternative(s, Lens::Perceived, mary, company, co).partyId, abe);
}

void TestAlternatives::exclusiveKeepsOptions()
{
    Scenario s = stateAt(abeAndMary(), 4);
    s.provisions.append({co, abe, company, {0.95, std::nullopt}});
    QCOMPARE(bestAlternative(s, Lens::Perceived, abe, company, mary).optionId,
             QStringLiteral("abe-friends")); // Abe's investment in Mary is exclusive
    s.investments[s.investmentIndex(abe, mary)].exclusive = false;
    QCOMPARE(bestAlternative(s, Lens::Perceived, abe, company, mary).partyId, co);
}

void TestAlternatives::tiesGoToTheFirstParty()
{
    Scenario s = stateAt(abeAndMary(), 4);
    s.options[s.optionIndex(QStringLiteral("mary-home"))].offers[0].rating = {0.6, std::nullopt};
    const AlternativeSource a = bestAlternative(s, Lens::Perceived, mary, company, abe);
    QCOMPARE(a.kind, Kind::Party);
    QCOMPARE(a.partyId, co);
}

void TestAlternatives::terms()
{
    const QVector<DesireTerm> t = desireTerms(stateAt(abeAndMary(), 4), Lens::Perceived, mary, abe);
    QCOMPARE(t.size(), 2);
    QCOMPARE(t[0].desire, company);
    QCOMPARE(t[0].importance, 0.9);
    QCOMPARE(t[0].provided, 0.8);
    QCOMPARE(t[0].alternative.partyId, co);
    QVERIFY(qFuzzyCompare(t[0].weightedGain(), 0.9 * 0.2));
    QCOMPARE(t[1].desire, money);
    QCOMPARE(t[1].importance, 0.2);
    QCOMPARE(t[1].provided, 0.2);
    QCOMPARE(t[1].weightedGain(), 0.0); // coworkers' 0.4 beats Abe's 0.2
    QVERIFY(desireTerms(stateAt(abeAndMary(), 0), Lens::Perceived, QStringLiteral("nobody"), abe).isEmpty());
}

void TestAlternatives::names()
{
    const Scenario s = abeAndMary();
    QCOMPARE(alternativeName(s, {Kind::Party, co, QString(), 0.6}), QStringLiteral("Mary's coworkers"));
    QCOMPARE(alternativeName(s, {Kind::Option, QString(), QStringLiteral("mary-home"), 0.1}),
             QStringLiteral("Evenings at home"));
    QCOMPARE(alternativeName(s, AlternativeSource()), QString());
}

QTEST_GUILESS_MAIN(TestAlternatives)
#include "tst_alternatives.moc"
