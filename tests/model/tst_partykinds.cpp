// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario tree's party kinds in the language on show; the file keeps the English ids.
#include "document.h"
#include "models/partytreemodel.h"
#include "scenariobuilder.h"
#include "scenariowriter.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace powerfield;

namespace {

// A German translator for the kinds alone, so that the test needs no compiled catalogue.
class KindTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "powerfield::PartyTreeModel") != 0)
            return QString();
        static const QHash<QByteArray, QString> german{{"person", QStringLiteral("Person")},
                                                       {"group", QStringLiteral("Gruppe")},
                                                       {"organization", QStringLiteral("Organisation")},
                                                       {"country", QStringLiteral("Land")}};
        return german.value(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPartyKinds : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shownTranslated();
    void editedInEitherLanguage_data();
    void editedInEitherLanguage();
    void unknownKindIsRefused();

private:
    Document m_document;
    KindTranslator m_translator;
};

void TestPartyKinds::init()
{
    test::ScenarioBuilder b;
    b.desire(QStringLiteral("x")).party(QStringLiteral("a")).party(QStringLiteral("b"));
    Scenario s = b.build();
    s.parties[1].kind = PartyKind::Country;
    m_document.setScenario(s);
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestPartyKinds::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestPartyKinds::shownTranslated()
{
    PartyTreeModel model(&m_document);
    QCOMPARE(model.index(0, PartyTreeModel::KindColumn).data().toString(), QStringLiteral("Person"));
    QCOMPARE(model.index(1, PartyTreeModel::KindColumn).data().toString(), QStringLiteral("Land"));
    QCOMPARE(model.index(1, PartyTreeModel::KindColumn).data(Qt::EditRole).toString(), QStringLiteral("Land"));
    // The file keeps the English id.
    QVERIFY(writeScenario(m_document.scenario()).contains("\"kind\": \"country\""));
    QCoreApplication::removeTranslator(&m_translator);
    QCOMPARE(model.index(1, PartyTreeModel::KindColumn).data().toString(), QStringLiteral("country"));
}

void TestPartyKinds::editedInEitherLanguage_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("kind");
    QTest::newRow("german") << QStringLiteral("Gruppe") << int(PartyKind::Group);
    QTest::newRow("german, lower case") << QStringLiteral("organisation") << int(PartyKind::Organization);
    QTest::newRow("english id") << QStringLiteral("country") << int(PartyKind::Country);
    QTest::newRow("english, spaces") << QStringLiteral(" Group ") << int(PartyKind::Group);
}

void TestPartyKinds::editedInEitherLanguage()
{
    QFETCH(QString, typed);
    QFETCH(int, kind);
    PartyTreeModel model(&m_document);
    QVERIFY(model.setData(model.index(0, PartyTreeModel::KindColumn), typed, Qt::EditRole));
    QCOMPARE(int(m_document.scenario().parties[0].kind), kind);
}

void TestPartyKinds::unknownKindIsRefused()
{
    PartyTreeModel model(&m_document);
    QVERIFY(!model.setData(model.index(0, PartyTreeModel::KindColumn), QStringLiteral("Katze"), Qt::EditRole));
    QCOMPARE(m_document.scenario().parties[0].kind, PartyKind::Person);
}

QTEST_GUILESS_MAIN(TestPartyKinds)
#include "tst_partykinds.moc"
