// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain.h"
#include "explainshift.h"
#include "scenariofixture.h"
#include "timeline.h"

#include <QtTest>

using namespace powerfield;
using namespace powerfield::test;

namespace {
const QString abe = QStringLiteral("abe");
const QString mary = QStringLiteral("mary");

core::SideResult side(double dependence, double outcome, double alternative, double cl,
                      core::Quadrant quadrant, core::Response response)
{
    core::SideResult s;
    s.dependence = dependence;
    s.outcome = outcome;
    s.alternative = alternative;
    s.satisfaction = outcome - cl;
    s.quadrant = quadrant;
    s.response = response;
    return s;
}

core::DyadResult dyad(double dA, double dB)
{
    core::DyadResult d;
    d.sideA.dependence = dA;
    d.sideB.dependence = dB;
    d.relativePowerA = dB - dA;
    return d;
}

explain::SideSnapshot maryAt(const Scenario &s, double dependence)
{
    return explain::snapshot(s, Lens::Perceived, mary, abe, dependence);
}
} // namespace

// The plain-language sentences, word for word.
class TestExplain : public QObject
{
    Q_OBJECT

private slots:
    void power_data();
    void power();
    void quadrant_data();
    void quadrant();
    void commitment();
    void cooperation_data();
    void cooperation();
    void response_data();
    void response();
    void definitionsAreSentences();
    void shiftAlternative();
    void shiftProvision();
    void shiftImportance();
    void shiftTooSmall();
    void shiftFallback();
};

void TestExplain::power_data()
{
    QTest::addColumn<double>("dA");
    QTest::addColumn<double>("dB");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("Abe holds") << 0.0 << 0.7
        << QStringLiteral("Mary depends on Abe (0.70) more than Abe on Mary (0.00): Abe holds more power.");
    QTest::newRow("Mary holds") << 0.5 << 0.2
        << QStringLiteral("Abe depends on Mary (0.50) more than Mary on Abe (0.20): Mary holds more power.");
    QTest::newRow("balanced") << 0.2 << 0.22
        << QStringLiteral("Abe and Mary depend on each other about equally (0.20 and 0.22): neither "
                          "holds power over the other.");
}

void TestExplain::power()
{
    QFETCH(double, dA);
    QFETCH(double, dB);
    QFETCH(QString, sentence);
    QCOMPARE(explain::powerSentence(QStringLiteral("Abe"), QStringLiteral("Mary"), dyad(dA, dB)), sentence);
}

void TestExplain::quadrant_data()
{
    using Q = core::Quadrant;
    QTest::addColumn<int>("quadrant");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("satisfied-stable") << int(Q::SatisfiedStable)
        << QStringLiteral("Mary is satisfied and stays: the outcome with Abe (0.80) meets Mary's "
                          "expectations (0.60) and beats the best alternatives (0.10).");
    QTest::newRow("trapped") << int(Q::Trapped)
        << QStringLiteral("Mary is trapped: the outcome with Abe (0.80) falls short of Mary's "
                          "expectations (0.60), but nothing better is on offer (0.10).");
    QTest::newRow("satisfied-unstable") << int(Q::SatisfiedUnstable)
        << QStringLiteral("Mary is satisfied but may leave: the outcome with Abe (0.80) meets Mary's "
                          "expectations (0.60), yet the alternatives offer more (0.10).");
    QTest::newRow("unsatisfied-unstable") << int(Q::UnsatisfiedUnstable)
        << QStringLiteral("Mary is dissatisfied and may leave: the outcome with Abe (0.80) is below "
                          "Mary's expectations (0.60) and below the alternatives (0.10).");
    QTest::newRow("indifferent") << int(Q::Indifferent)
        << QStringLiteral("Mary wants nothing that a relationship could give, so Abe does not matter to Mary.");
}

void TestExplain::quadrant()
{
    QFETCH(int, quadrant);
    QFETCH(QString, sentence);
    const auto s = side(0.7, 0.8, 0.1, 0.6, core::Quadrant(quadrant), core::Response::Accept);
    QCOMPARE(explain::quadrantSentence(QStringLiteral("Mary"), QStringLiteral("Abe"), s), sentence);
}

void TestExplain::commitment()
{
    auto s = side(0.7, 0.8, 0.1, 0.6, core::Quadrant::SatisfiedStable, core::Response::Accept);
    s.commitment = 0.63;
    QCOMPARE(explain::commitmentSentence(QStringLiteral("Mary"), QStringLiteral("Abe"), s, 0.2),
             QStringLiteral("Mary's commitment to Abe is 0.63: the outcome (0.80) against the best "
                            "alternatives (0.10), plus what Mary has invested (0.20)."));
}

void TestExplain::cooperation_data()
{
    QTest::addColumn<double>("power");
    QTest::addColumn<double>("cooperation");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("equal") << 0.0 << 0.8397
        << QStringLiteral("With power about equal, Abe is predicted to cooperate with Mary most often: 84% of the time.");
    QTest::newRow("high") << 0.7 << 0.5814
        << QStringLiteral("Holding more power than Mary, Abe is predicted to cooperate less often: 58% of the time.");
    QTest::newRow("low") << -0.7 << 0.6947
        << QStringLiteral("With less power than Mary, Abe is predicted to cooperate 69% of the time, less than between equals.");
}

void TestExplain::cooperation()
{
    QFETCH(double, power);
    QFETCH(double, cooperation);
    QFETCH(QString, sentence);
    QCOMPARE(explain::cooperationSentence(QStringLiteral("Abe"), QStringLiteral("Mary"), power, cooperation),
             sentence);
}

void TestExplain::response_data()
{
    using Q = core::Quadrant;
    using R = core::Response;
    QTest::addColumn<int>("quadrant");
    QTest::addColumn<int>("response");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("accept") << int(Q::SatisfiedStable) << int(R::Accept)
        << QStringLiteral("Mary would accept it if Abe stopped cooperating: Mary needs Abe more than "
                          "Abe needs Mary, and has no better alternative (0.10 against 0.80).");
    QTest::newRow("fight") << int(Q::SatisfiedStable) << int(R::Fight)
        << QStringLiteral("Mary would fight if Abe stopped cooperating: Mary needs Abe no more than "
                          "Abe needs Mary, and has no better alternative (0.10 against 0.80).");
    QTest::newRow("walk away") << int(Q::UnsatisfiedUnstable) << int(R::WalkAway)
        << QStringLiteral("Mary would walk away if Abe stopped cooperating: the best alternatives "
                          "(0.10) beat the outcome with Abe (0.80).");
    QTest::newRow("wants nothing") << int(Q::Indifferent) << int(R::WalkAway)
        << QStringLiteral("Mary would walk away if Abe stopped cooperating: Mary wants nothing from "
                          "the relationship.");
}

void TestExplain::response()
{
    QFETCH(int, quadrant);
    QFETCH(int, response);
    QFETCH(QString, sentence);
    const auto s = side(0.7, 0.8, 0.1, 0.6, core::Quadrant(quadrant), core::Response(response));
    QCOMPARE(explain::responseSentence(QStringLiteral("Mary"), QStringLiteral("Abe"), s), sentence);
}

void TestExplain::definitionsAreSentences()
{
    using T = explain::Term;
    for (T t : {T::Dependence, T::ComparisonLevel, T::AlternativeLevel, T::Commitment, T::Investment,
                T::Exclusive, T::RelativePower, T::Cooperation, T::Response, T::Importance, T::Provision}) {
        const QString d = explain::definition(t);
        QVERIFY(!d.isEmpty());
        QVERIFY(d.endsWith(QLatin1Char('.')));
    }
    QCOMPARE(explain::quadrantLabel(core::Quadrant::Trapped), QStringLiteral("trapped"));
    QCOMPARE(explain::responseLabel(core::Response::WalkAway), QStringLiteral("walk away"));
}

void TestExplain::shiftAlternative()
{
    const Scenario s = abeAndMary();
    QCOMPARE(explain::shiftSentence(maryAt(stateAt(s, 0), 0.7), maryAt(stateAt(s, 4), 0.2)),
             QStringLiteral("Mary's dependence on Abe fell from 0.70 to 0.20 because Mary's best "
                            "alternative for Company (Mary's coworkers) rose to 0.60, against 0.80 from Abe."));
    QCOMPARE(explain::shiftSentence(maryAt(stateAt(s, 4), 0.2), maryAt(stateAt(s, 0), 0.7)),
             QStringLiteral("Mary's dependence on Abe rose from 0.20 to 0.70 because Mary's best "
                            "alternative for Company (Evenings at home) fell to 0.10, against 0.80 from Abe."));
}

void TestExplain::shiftProvision()
{
    const Scenario before = abeAndMary();
    Scenario after = before;
    after.provisions[after.provisionIndex(abe, mary, QStringLiteral("company"))].rating = {0.5, std::nullopt};
    QCOMPARE(explain::shiftSentence(maryAt(before, 0.6), maryAt(after, 0.37)),
             QStringLiteral("Mary's dependence on Abe fell from 0.60 to 0.37 because Abe now provides "
                            "Company at only 0.50 (it was 0.80)."));
    QCOMPARE(explain::shiftSentence(maryAt(after, 0.37), maryAt(before, 0.6)),
             QStringLiteral("Mary's dependence on Abe rose from 0.37 to 0.60 because Abe now provides "
                            "Company at 0.80 (it was 0.50)."));
}

void TestExplain::shiftImportance()
{
    const Scenario before = abeAndMary();
    Scenario after = before;
    after.parties[after.partyIndex(mary)].needs[0].importance = 0.3;
    QCOMPARE(explain::shiftSentence(maryAt(before, 0.6), maryAt(after, 0.4)),
             QStringLiteral("Mary's dependence on Abe fell from 0.60 to 0.40 because Mary now cares "
                            "less about Company (importance 0.30, it was 0.90)."));
}

void TestExplain::shiftTooSmall()
{
    const Scenario s = abeAndMary();
    QCOMPARE(explain::shiftSentence(maryAt(s, 0.6), maryAt(s, 0.603)), QString());
}

void TestExplain::shiftFallback()
{
    const Scenario s = abeAndMary();
    QCOMPARE(explain::shiftSentence(maryAt(s, 0.6), maryAt(s, 0.5)),
             QStringLiteral("Mary's dependence on Abe fell from 0.60 to 0.50."));
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
