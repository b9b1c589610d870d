// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "models/desiremodel.h"
#include "models/eventmodel.h"
#include "models/optionmodel.h"
#include "models/partytreemodel.h"
#include "models/provisionmodel.h"
#include "randomedits.h"
#include "scenariofixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include <limits>
#include <memory>

using namespace powerfield;
using namespace powerfield::test;

namespace {

const QString abe = QStringLiteral("abe");
const QString mary = QStringLiteral("mary");
const QString co = QStringLiteral("coworkers");
const QString company = QStringLiteral("company");

enum class Which { Parties, Desires, Provisions, Options, Events };

} // namespace

Q_DECLARE_METATYPE(Which)

// The item models over a Document: consistency under every kind of edit (QAbstractItemModelTester),
// the exact signals they emit, and setData going through the undo stack.
class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testersUnderEdits();
    void testersUnderRandomEdits();
    void dataChangedCells();
    void rowsFollowStructure();
    void modelResetOnNewScenario();
    void setDataPushesOneCommand_data();
    void setDataPushesOneCommand();
    void setDataRefuses_data();
    void setDataRefuses();
    void idRoleAndHeaders();

private:
    QAbstractItemModel *model(Which which) const;
    void checkCounts() const;

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<PartyTreeModel> m_parties;
    std::unique_ptr<DesireModel> m_desires;
    std::unique_ptr<ProvisionModel> m_provisions;
    std::unique_ptr<OptionModel> m_options;
    std::unique_ptr<EventModel> m_events;
};

void TestItemModels::init()
{
    m_parties.reset();
    m_desires.reset();
    m_provisions.reset();
    m_options.reset();
    m_events.reset();
    m_doc = std::make_unique<Document>();
    m_doc->setScenario(abeAndMary());
    m_parties = std::make_unique<PartyTreeModel>(m_doc.get());
    m_desires = std::make_unique<DesireModel>(m_doc.get());
    m_provisions = std::make_unique<ProvisionModel>(m_doc.get());
    m_options = std::make_unique<OptionModel>(m_doc.get());
    m_events = std::make_unique<EventModel>(m_doc.get());
}

QAbstractItemModel *TestItemModels::model(Which which) const
{
    switch (which) {
    case Which::Parties: return m_parties.get();
    case Which::Desires: return m_desires.get();
    case Which::Provisions: return m_provisions.get();
    case Which::Options: return m_options.get();
    case Which::Events: return m_events.get();
    }
    return nullptr;
}

void TestItemModels::checkCounts() const
{
    const Scenario &s = m_doc->scenario();
    QCOMPARE(m_parties->rowCount(), s.parties.size());
    for (int i = 0; i < s.parties.size(); ++i)
        QCOMPARE(m_parties->rowCount(m_parties->index(i, 0)), s.parties[i].needs.size());
    QCOMPARE(m_desires->rowCount(), s.desires.size());
    QCOMPARE(m_provisions->rowCount(), s.provisions.size());
    QCOMPARE(m_options->rowCount(), s.options.size());
    for (int i = 0; i < s.options.size(); ++i)
        QCOMPARE(m_options->rowCount(m_options->index(i, 0)), s.options[i].offers.size());
    QCOMPARE(m_events->rowCount(), s.events.size());
}

void TestItemModels::testersUnderEdits()
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    for (Which w : {Which::Parties, Which::Desires, Which::Provisions, Which::Options, Which::Events})
        new QAbstractItemModelTester(model(w), Mode::Fatal, model(w));
    QUndoStack *stack = m_doc->undoStack();
    QVERIFY(m_doc->addParty({QStringLiteral("zoe"), QStringLiteral("Zoe"), PartyKind::Person, QString(), 0, 0, 0.5, true, {{company, 0.4}}}));
    QVERIFY(m_doc->setImportance(abe, QStringLiteral("money"), 0.5));
    QVERIFY(m_doc->addProvision({QStringLiteral("zoe"), abe, company, {0.3, std::nullopt}}));
    QVERIFY(m_doc->setOffer(QStringLiteral("mary-home"), QStringLiteral("money"), {0.2, std::nullopt}));
    QVERIFY(m_doc->renameDesire(company, QStringLiteral("Friendship")));
    QVERIFY(m_doc->renameParty(mary, QStringLiteral("Maria")));
    QVERIFY(m_doc->addEventChange(0, needChange(abe, company, 0.1)));
    checkCounts();
    QVERIFY(m_doc->removeParty(mary));
    checkCounts();
    QVERIFY(m_doc->removeDesire(company));
    checkCounts();
    QVERIFY(m_doc->removeOption(QStringLiteral("abe-friends")));
    QVERIFY(m_doc->removeEvent(0));
    checkCounts();
    while (stack->canUndo()) {
        stack->undo();
        checkCounts();
    }
    QVERIFY(m_doc->scenario() == abeAndMary());
    while (stack->canRedo())
        stack->redo();
    checkCounts();
    m_doc->resetToSaved();
    checkCounts();
    stack->undo();
    checkCounts();
    m_doc->setScenario(Scenario());
    checkCounts();
}

void TestItemModels::testersUnderRandomEdits()
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    for (Which w : {Which::Parties, Which::Desires, Which::Provisions, Which::Options, Which::Events})
        new QAbstractItemModelTester(model(w), Mode::Fatal, model(w));
    RandomEditor editor(m_doc.get(), 7);
    for (int i = 0; i < 300; ++i) {
        editor.step();
        checkCounts();
    }
    editor.finish();
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    checkCounts();
    QVERIFY(m_doc->scenario() == abeAndMary());
}

void TestItemModels::dataChangedCells()
{
    QSignalSpy parties(m_parties.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_doc->setComparisonLevel(mary, 0.2));
    QCOMPARE(parties.count(), 1);
    QCOMPARE(parties.at(0).at(0).toModelIndex(), m_parties->index(1, PartyTreeModel::ComparisonLevelColumn));
    QCOMPARE(parties.at(0).at(1).toModelIndex(), m_parties->index(1, PartyTreeModel::ComparisonLevelColumn));
    QVERIFY(parties.at(0).at(2).value<QList<int>>().contains(Qt::DisplayRole));
    QVERIFY(m_doc->setImportance(mary, QStringLiteral("money"), 0.7));
    const QModelIndex need = m_parties->index(1, PartyTreeModel::ImportanceColumn, m_parties->index(1, 0));
    QCOMPARE(parties.at(1).at(0).toModelIndex(), need);
    QCOMPARE(parties.at(1).at(1).toModelIndex(), need);
    QCOMPARE(m_parties->data(need).toDouble(), 0.7);

    QSignalSpy provisions(m_provisions.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_doc->setProvisionQuality(abe, mary, company, 0.4)); // no belief given: both columns
    QCOMPARE(provisions.at(0).at(0).toModelIndex(), m_provisions->index(0, ProvisionModel::QualityColumn));
    QCOMPARE(provisions.at(0).at(1).toModelIndex(), m_provisions->index(0, ProvisionModel::PerceivedColumn));
    QVERIFY(m_doc->setProvisionQuality(co, mary, QStringLiteral("money"), 0.1)); // belief given
    QCOMPARE(provisions.at(1).at(1).toModelIndex(), m_provisions->index(2, ProvisionModel::QualityColumn));
    QVERIFY(m_doc->renameParty(abe, QStringLiteral("Abraham")));
    QCOMPARE(provisions.at(2).at(0).toModelIndex(), m_provisions->index(0, ProvisionModel::FromColumn));
    QCOMPARE(m_provisions->data(m_provisions->index(0, 0)).toString(), QStringLiteral("Abraham"));

    QSignalSpy events(m_events.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_doc->setEventLabel(1, QStringLiteral("New")));
    QCOMPARE(events.count(), 1);
    QCOMPARE(events.at(0).at(0).toModelIndex(), m_events->index(1, EventModel::LabelColumn));
    QCOMPARE(events.at(0).at(1).toModelIndex(), m_events->index(1, EventModel::LabelColumn));

    QSignalSpy options(m_options.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_doc->setOffer(QStringLiteral("abe-friends"), company, {0.5, 0.9}));
    QCOMPARE(options.at(0).at(0).toModelIndex(), m_options->index(0, OptionModel::QualityColumn, m_options->index(1, 0)));
    QSignalSpy desires(m_desires.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_doc->setDesireBase(company, PowerBase::Expert));
    QCOMPARE(desires.count(), 1);
    QCOMPARE(desires.at(0).at(0).toModelIndex(), m_desires->index(0, DesireModel::BaseColumn));
}

void TestItemModels::rowsFollowStructure()
{
    QSignalSpy inserted(m_parties.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_parties.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_doc->setImportance(abe, QStringLiteral("money"), 0.5));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).toModelIndex(), m_parties->index(0, 0));
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QSignalSpy provisionsRemoved(m_provisions.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy optionsRemoved(m_options.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_doc->removeParty(mary));
    QCOMPARE(removed.count(), 1); // needs go with their party row
    QCOMPARE(removed.at(0).at(0).toModelIndex(), QModelIndex());
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(provisionsRemoved.count(), 4);
    QCOMPARE(provisionsRemoved.at(0).at(1).toInt(), 3); // from the end backwards
    QCOMPARE(optionsRemoved.count(), 1);
    QCOMPARE(optionsRemoved.at(0).at(1).toInt(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(m_provisions->rowCount(), 4);
}

void TestItemModels::modelResetOnNewScenario()
{
    QSignalSpy about(m_parties.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(m_events.get(), &QAbstractItemModel::modelReset);
    m_doc->setScenario(Scenario());
    QCOMPARE(about.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_parties->rowCount(), 0);
}

void TestItemModels::setDataPushesOneCommand_data()
{
    QTest::addColumn<Which>("which");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("parentRow"); // -1: a top-level row
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("role");
    QTest::newRow("party name") << Which::Parties << 0 << 0 << -1 << QVariant(QStringLiteral("Abraham")) << int(Qt::EditRole);
    QTest::newRow("party kind") << Which::Parties << 0 << 1 << -1 << QVariant(QStringLiteral("country")) << int(Qt::EditRole);
    QTest::newRow("party cl") << Which::Parties << 0 << 2 << -1 << QVariant(0.75) << int(Qt::EditRole);
    QTest::newRow("party active") << Which::Parties << 2 << 3 << -1 << QVariant(int(Qt::Checked)) << int(Qt::CheckStateRole);
    QTest::newRow("importance") << Which::Parties << 0 << 1 << 1 << QVariant(0.25) << int(Qt::EditRole);
    QTest::newRow("desire name") << Which::Desires << 1 << 1 << -1 << QVariant(QStringLiteral("Cash")) << int(Qt::EditRole);
    QTest::newRow("desire base") << Which::Desires << 1 << 2 << -1 << QVariant(QStringLiteral("coercive")) << int(Qt::EditRole);
    QTest::newRow("quality") << Which::Provisions << 1 << 3 << -1 << QVariant(0.9) << int(Qt::EditRole);
    QTest::newRow("perceived") << Which::Provisions << 1 << 4 << -1 << QVariant(0.1) << int(Qt::EditRole);
    QTest::newRow("perceived follows") << Which::Provisions << 2 << 4 << -1 << QVariant() << int(Qt::EditRole);
    QTest::newRow("option name") << Which::Options << 0 << 0 << -1 << QVariant(QStringLiteral("Home")) << int(Qt::EditRole);
    QTest::newRow("offer quality") << Which::Options << 0 << 1 << 0 << QVariant(0.6) << int(Qt::EditRole);
    QTest::newRow("offer perceived") << Which::Options << 0 << 2 << 1 << QVariant(0.3) << int(Qt::EditRole);
    QTest::newRow("event time") << Which::Events << 0 << 0 << -1 << QVariant(3) << int(Qt::EditRole);
    QTest::newRow("event label") << Which::Events << 1 << 1 << -1 << QVariant(QStringLiteral("L")) << int(Qt::EditRole);
    QTest::newRow("event caption") << Which::Events << 1 << 2 << -1 << QVariant(QStringLiteral("C")) << int(Qt::EditRole);
}

void TestItemModels::setDataPushesOneCommand()
{
    QFETCH(Which, which);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, parentRow);
    QFETCH(QVariant, value);
    QFETCH(int, role);
    QAbstractItemModel *m = model(which);
    const QModelIndex parent = parentRow < 0 ? QModelIndex() : m->index(parentRow, 0);
    const QModelIndex index = m->index(row, column, parent);
    QVERIFY(m->flags(index) & (role == Qt::CheckStateRole ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable));
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    QVERIFY(m->setData(index, value, role));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(changed.count() >= 1);
    if (value.isValid())
        QCOMPARE(m->data(index, role).toString(), value.toString());
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->scenario() == abeAndMary());
}

void TestItemModels::setDataRefuses_data()
{
    QTest::addColumn<Which>("which");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("parentRow");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("message"); // false: a cell that takes no edits at all
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const struct { const char *name; Which which; int row, column, parent; } cells[] = {
        {"cl", Which::Parties, 0, 2, -1}, {"importance", Which::Parties, 0, 1, 1},
        {"quality", Which::Provisions, 0, 3, -1}, {"perceived", Which::Provisions, 0, 4, -1},
        {"offer", Which::Options, 0, 1, 0}};
    for (const auto &c : cells) {
        for (const QVariant &v : {QVariant(1.5), QVariant(-0.1), QVariant(nan), QVariant(inf), QVariant(-inf),
                                  QVariant(QStringLiteral("x")), QVariant(QStringLiteral("nan")),
                                  QVariant(QStringLiteral("1e999"))})
            QTest::addRow("%s %s%s", c.name, qPrintable(v.toString()),
                          v.typeId() == QMetaType::QString ? " (text)" : "") << c.which << c.row << c.column << c.parent << v << true;
    }
    QTest::newRow("empty party name") << Which::Parties << 0 << 0 << -1 << QVariant(QString()) << true;
    QTest::newRow("blank desire name") << Which::Desires << 0 << 1 << -1 << QVariant(QStringLiteral("  ")) << true;
    QTest::newRow("empty option name") << Which::Options << 0 << 0 << -1 << QVariant(QString()) << true;
    QTest::newRow("unknown kind") << Which::Parties << 0 << 1 << -1 << QVariant(QStringLiteral("cat")) << true;
    QTest::newRow("unknown base") << Which::Desires << 0 << 2 << -1 << QVariant(QStringLiteral("charm")) << true;
    QTest::newRow("event time 13") << Which::Events << 0 << 0 << -1 << QVariant(13) << true;
    QTest::newRow("event time -1") << Which::Events << 0 << 0 << -1 << QVariant(-1) << true;
    QTest::newRow("event time 1.5") << Which::Events << 0 << 0 << -1 << QVariant(1.5) << true;
    QTest::newRow("event time nan") << Which::Events << 0 << 0 << -1 << QVariant(nan) << true;
    QTest::newRow("event time inf") << Which::Events << 0 << 0 << -1 << QVariant(inf) << true;
    QTest::newRow("event time 1e10") << Which::Events << 0 << 0 << -1 << QVariant(1e10) << true;
    QTest::newRow("event time x") << Which::Events << 0 << 0 << -1 << QVariant(QStringLiteral("x")) << true;
    QTest::newRow("read-only id") << Which::Desires << 0 << 0 << -1 << QVariant(QStringLiteral("x")) << false;
    QTest::newRow("read-only from") << Which::Provisions << 0 << 0 << -1 << QVariant(QStringLiteral("mary")) << false;
    QTest::newRow("read-only changes") << Which::Events << 0 << 3 << -1 << QVariant(2) << false;
}

void TestItemModels::setDataRefuses()
{
    QFETCH(Which, which);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, parentRow);
    QFETCH(QVariant, value);
    QFETCH(bool, message);
    QAbstractItemModel *m = model(which);
    const QModelIndex parent = parentRow < 0 ? QModelIndex() : m->index(parentRow, 0);
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    QSignalSpy refused(static_cast<RecordTreeModel *>(m), &RecordTreeModel::editRefused);
    QVERIFY(!m->setData(m->index(row, column, parent), value));
    QCOMPARE(refused.count(), message ? 1 : 0);
    if (message) {
        const QString text = refused.at(0).at(0).toString();
        QVERIFY2(!text.isEmpty(), "an empty message");
        qInfo("%s", qPrintable(text));
    }
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_doc->scenario() == abeAndMary());
}

void TestItemModels::idRoleAndHeaders()
{
    QCOMPARE(m_parties->index(1, 0).data(IdRole).toStringList(), QStringList{mary});
    QCOMPARE(m_parties->index(0, 0, m_parties->index(1, 0)).data(IdRole).toStringList(), (QStringList{mary, company}));
    QCOMPARE(m_provisions->index(2, 3).data(IdRole).toStringList(), (QStringList{co, mary, QStringLiteral("money")}));
    QCOMPARE(m_options->index(0, 0, m_options->index(1, 0)).data(IdRole).toStringList(), (QStringList{QStringLiteral("abe-friends"), company}));
    QCOMPARE(m_desires->index(1, 2).data(IdRole).toStringList(), QStringList{QStringLiteral("money")});
    QCOMPARE(m_events->index(1, 0).data(IdRole).toInt(), 1);
    for (Which w : {Which::Parties, Which::Desires, Which::Provisions, Which::Options, Which::Events}) {
        QAbstractItemModel *m = model(w);
        for (int c = 0; c < m->columnCount(); ++c)
            QVERIFY(!m->headerData(c, Qt::Horizontal).toString().isEmpty());
    }
    QVERIFY(!m_provisions->index(0, 4).data(Qt::ToolTipRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
