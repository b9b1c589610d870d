// SPDX-License-Identifier: GPL-3.0-or-later
// "Who depends on whom" as an item model: consistent under edits (QAbstractItemModelTester),
// always the analysis's dyads, dataChanged for the changed rows only, a reset only when the
// set of dyads changes, and no signal at all while inactive (its view hidden).
#include "document.h"
#include "filelimits.h"
#include "models/dyadtablemodel.h"
#include "randomedits.h"
#include "scenariobuilder.h"
#include "scenariofixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace powerfield;
using namespace powerfield::test;

class TestDyadTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testerUnderRandomEdits();
    void rowsAreTheAnalysis();
    void editSignalsOnlyChangedRows();
    void storyStepSignalsOnlyChangedRows();
    void newDyadResets();
    void inactiveEmitsNothingAndCatchesUp();
    void inactiveWithoutChangesStaysQuiet();
    void renameUpdatesNames();
    void longNamesAreCut();

private:
    // The rows must say what the analysis says, in (a, b) order.
    void checkRows() const;
    // The rows that dataChanged signals in `spy` covered.
    static QSet<int> signalledRows(const QSignalSpy &spy);

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<DyadTableModel> m_model;
};

namespace {
const QString c = QStringLiteral("company");

// A chain of five parties, each giving company to the next and back: four dyads.
Scenario chain()
{
    ScenarioBuilder b;
    b.desire(c);
    for (int i = 0; i < 5; ++i)
        b.party(QStringLiteral("p%1").arg(i), {{c, 0.2 + 0.15 * i}}, 0.3);
    for (int i = 0; i + 1 < 5; ++i) {
        b.give(QStringLiteral("p%1").arg(i), QStringLiteral("p%1").arg(i + 1), c, 0.5 + 0.1 * i);
        b.give(QStringLiteral("p%1").arg(i + 1), QStringLiteral("p%1").arg(i), c, 0.6);
    }
    Scenario s = b.build();
    s.duration = 10;
    s.events = {{3, QString(), QString(), {provisionChange(QStringLiteral("p3"), QStringLiteral("p4"), c, 0.1)}}};
    return s;
}
} // namespace

void TestDyadTableModel::init()
{
    m_model.reset();
    m_doc = std::make_unique<Document>();
    m_doc->setScenario(chain());
    m_model = std::make_unique<DyadTableModel>(m_doc.get());
}

void TestDyadTableModel::checkRows() const
{
    const QVector<DyadReport> dyads = m_doc->analysis().dyads();
    QCOMPARE(m_model->rowCount(), int(dyads.size()));
    for (int row = 0; row < dyads.size(); ++row) {
        const DyadReport &d = dyads.at(row);
        QCOMPARE(m_model->index(row, DyadTableModel::DyadColumn).data(DyadTableModel::SortRole).toString(),
                 d.a + QLatin1Char(' ') + d.b);
        QCOMPARE(m_model->index(row, DyadTableModel::DependenceAColumn).data(DyadTableModel::SortRole).toDouble(),
                 d.result.sideA.dependence);
        QCOMPARE(m_model->index(row, DyadTableModel::DependenceBColumn).data(DyadTableModel::SortRole).toDouble(),
                 d.result.sideB.dependence);
        QCOMPARE(m_model->index(row, DyadTableModel::PowerColumn).data(DyadTableModel::SortRole).toDouble(),
                 d.result.relativePowerA);
    }
}

QSet<int> TestDyadTableModel::signalledRows(const QSignalSpy &spy)
{
    QSet<int> rows;
    for (const QList<QVariant> &signal : spy) {
        const auto first = signal.at(0).value<QModelIndex>();
        const auto last = signal.at(1).value<QModelIndex>();
        for (int row = first.row(); row <= last.row(); ++row)
            rows.insert(row);
    }
    return rows;
}

void TestDyadTableModel::testerUnderRandomEdits()
{
    m_doc->setScenario(abeAndMary());
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 m_model.get());
    checkRows();
    RandomEditor editor(m_doc.get(), 11);
    for (int i = 0; i < 300; ++i) {
        editor.step();
        if (i % 7 == 0)
            m_doc->setCurrentTime(i % (m_doc->scenario().duration + 1));
        if (i % 50 == 25)
            m_model->setActive(false);
        if (i % 50 == 40)
            m_model->setActive(true);
        if (m_model->isActive())
            checkRows();
    }
    editor.finish();
    m_model->setActive(true);
    checkRows();
    while (m_doc->undoStack()->canUndo()) {
        m_doc->undoStack()->undo();
        checkRows();
    }
}

void TestDyadTableModel::rowsAreTheAnalysis()
{
    checkRows();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(DyadTableModel::ColumnCount));
    QCOMPARE(m_model->index(0, DyadTableModel::DyadColumn).data().toString(), QStringLiteral("p0 – p1"));
    const double power = m_model->index(0, DyadTableModel::PowerColumn).data(DyadTableModel::SortRole).toDouble();
    QCOMPARE(m_model->index(0, DyadTableModel::ReadingColumn).data().toString(),
             DyadTableModel::reading(QStringLiteral("p0"), QStringLiteral("p1"), power));
    QCOMPARE(m_model->index(0, DyadTableModel::PowerColumn).data().toString(),
             QLocale().toString(power, 'f', 2));
    QVERIFY(!m_model->headerData(DyadTableModel::ReadingColumn, Qt::Horizontal).toString().isEmpty());
}

void TestDyadTableModel::editSignalsOnlyChangedRows()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // What p4 gets from p3 changes the dyad p3 – p4 only (p4 has no other partner than p3, and
    // p3's alternatives to p2 do not include what it gives).
    QVERIFY(m_doc->setProvisionQuality(QStringLiteral("p3"), QStringLiteral("p4"), c, 0.2));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(signalledRows(changed), QSet<int>{3});
    checkRows();

    changed.clear();
    QVERIFY(m_doc->setPartyPinned(QStringLiteral("p0"), true)); // no number moves
    QVERIFY(m_doc->moveParty(QStringLiteral("p0"), {5, 5}));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestDyadTableModel::storyStepSignalsOnlyChangedRows()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_doc->setCurrentTime(2); // no event: nothing moves
    QCOMPARE(changed.count(), 0);
    m_doc->setCurrentTime(3);
    QCOMPARE(signalledRows(changed), QSet<int>{3});
    QCOMPARE(reset.count(), 0);
    checkRows();
    changed.clear();
    m_doc->setCurrentTime(0);
    QCOMPARE(signalledRows(changed), QSet<int>{3});
    QCOMPARE(reset.count(), 0);
    checkRows();
}

void TestDyadTableModel::newDyadResets()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_doc->addProvision({QStringLiteral("p0"), QStringLiteral("p4"), c, {0.9, std::nullopt}}));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    checkRows();
    m_doc->undoStack()->undo();
    QCOMPARE(reset.count(), 2);
    checkRows();
    // A whole new scenario with the same dyads is no reset: only the rows whose numbers moved.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    Scenario same = chain();
    same.provisions[6].rating.quality = 0.15; // p3 to p4
    QCOMPARE(same.provisions[6].to, QStringLiteral("p4"));
    m_doc->setScenario(same);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(signalledRows(changed), QSet<int>{3});
    checkRows();
}

void TestDyadTableModel::inactiveEmitsNothingAndCatchesUp()
{
    m_model->setActive(false);
    QVERIFY(!m_model->isStale());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy aboutToReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QVERIFY(m_doc->setProvisionQuality(QStringLiteral("p3"), QStringLiteral("p4"), c, 0.2));
    m_doc->setCurrentTime(5);
    QVERIFY(m_doc->renameParty(QStringLiteral("p1"), QStringLiteral("Bea")));
    QVERIFY(m_doc->addProvision({QStringLiteral("p0"), QStringLiteral("p4"), c, {0.9, std::nullopt}}));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(aboutToReset.count(), 0);
    QVERIFY(m_model->isStale());
    QCOMPARE(m_model->rowCount(), 4); // still the rows as last shown

    m_model->setActive(true);
    QVERIFY(!m_model->isStale());
    QCOMPARE(reset.count(), 1); // a dyad came: catching up resets
    checkRows();
    QCOMPARE(m_model->index(1, DyadTableModel::DyadColumn).data().toString(), QStringLiteral("p0 – p4"));
    QCOMPARE(m_model->index(2, DyadTableModel::DyadColumn).data().toString(), QStringLiteral("Bea – p2"));
}

void TestDyadTableModel::inactiveWithoutChangesStaysQuiet()
{
    m_model->setActive(false);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_doc->setProvisionQuality(QStringLiteral("p3"), QStringLiteral("p4"), c, 0.2));
    m_model->setActive(true); // catches up with the one changed row
    QCOMPARE(signalledRows(changed), QSet<int>{3});
    QCOMPARE(reset.count(), 0);
    changed.clear();
    m_model->setActive(false);
    m_model->setActive(true); // nothing happened meanwhile
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestDyadTableModel::renameUpdatesNames()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_doc->renameParty(QStringLiteral("p2"), QStringLiteral("Carla")));
    QVERIFY(changed.count() > 0);
    QCOMPARE(m_model->index(1, DyadTableModel::DyadColumn).data().toString(), QStringLiteral("p1 – Carla"));
    QVERIFY(m_model->index(2, DyadTableModel::ReadingColumn).data().toString().contains(QStringLiteral("Carla")));
}

void TestDyadTableModel::longNamesAreCut()
{
    const QString huge(powerfield::limits::kMaxNameLength, QLatin1Char('x')); // the longest name a file may hold
    QVERIFY(m_doc->renameParty(QStringLiteral("p0"), huge));
    const QString dyad = m_model->index(0, DyadTableModel::DyadColumn).data().toString();
    QVERIFY(dyad.size() < 2 * DyadTableModel::kMaxNameLength);
    QVERIFY(dyad.startsWith(QStringLiteral("xxx")));
    QVERIFY(dyad.contains(QChar(0x2026)));
    QVERIFY(m_model->index(0, DyadTableModel::ReadingColumn).data().toString().size() < 1000);
    QVERIFY(m_model->index(0, DyadTableModel::ReadingColumn).data(Qt::ToolTipRole).toString().size() < 1000);
}

QTEST_GUILESS_MAIN(TestDyadTableModel)
#include "tst_dyadtablemodel.moc"
