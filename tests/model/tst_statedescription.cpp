// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "examples.h"
#include "statedescription.h"

#include <QtTest>

using namespace powerfield;

class TestStateDescription : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void abeAndMaryAtStart();
    void twoDyadsNameTheFieldsStrongest();
    void actualLens();
    void emptyScenario();
    void followsRenames();

private:
    std::unique_ptr<Document> m_doc;
};

void TestStateDescription::init()
{
    m_doc = std::make_unique<Document>();
    QString error;
    QVERIFY2(m_doc->load(examplePath(QStringLiteral("abe-and-mary")), &error), qPrintable(error));
}

void TestStateDescription::abeAndMaryAtStart()
{
    QCOMPARE(describeState(*m_doc),
             QStringLiteral(
                 "Abe and Mary at step 0 of 12, as the parties see it.\n"
                 "Now: Mary is new in town. Mary wants company badly and her only other choice is "
                 "an evening at home, while Abe still has his old friends. She depends on him "
                 "(0.70) and he hardly on her (0.00): Abe holds the power.\n"
                 "Mary depends on Abe (0.70) more than Abe on Mary (0.00): Abe holds more power."));
}

void TestStateDescription::twoDyadsNameTheFieldsStrongest()
{
    m_doc->setCurrentTime(5); // after the coworkers came in at 4: no event at 5
    QCOMPARE(describeState(*m_doc),
             QStringLiteral(
                 "Abe and Mary at step 5 of 12, as the parties see it.\n"
                 "Mary depends on Abe (0.20) more than Abe on Mary (0.00): Abe holds more power.\n"
                 "Mary's coworkers and Mary are linked, but neither depends on the other.\n"
                 "Across the field, Abe holds the most power (others depend on Abe by 0.20 in all) "
                 "and Mary depends most on others (0.20 in all)."));
}

void TestStateDescription::actualLens()
{
    m_doc->setLens(Lens::Actual);
    QVERIFY(describeState(*m_doc).startsWith(
        QStringLiteral("Abe and Mary at step 0 of 12, as things actually are.\n")));
}

void TestStateDescription::emptyScenario()
{
    m_doc->setScenario(Scenario());
    QCOMPARE(describeState(*m_doc),
             QStringLiteral("Untitled scenario at step 0 of 12, as the parties see it.\n"
                            "Nobody depends on anybody yet: no party provides anything to another."));
}

void TestStateDescription::followsRenames()
{
    QVERIFY(m_doc->renameParty(QStringLiteral("mary"), QStringLiteral("Maria")));
    QVERIFY(describeState(*m_doc).endsWith(
        QStringLiteral("Maria depends on Abe (0.70) more than Abe on Maria (0.00): Abe holds more power.")));
}

QTEST_GUILESS_MAIN(TestStateDescription)
#include "tst_statedescription.moc"
