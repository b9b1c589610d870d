// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "examples.h"
#include "models/partytreemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace powerfield;

// The scenario tree follows the story (issue 17, item 4): at step 10 of Abe and Mary it shows
// Abe wanting Company at 0.90 (set by the event at step 6) in italics, and A shared future, which
// only the event at step 8 brings in; an edit there goes into the story as the panel's do.
class TestPartyTreeAtTime : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writtenAtStart();
    void valuesAtStep();
    void needsEventsBringIn();
    void activeFromEvent();
    void editAtStepGoesIntoStory();
    void backToStart();

private:
    QModelIndex party(const QString &id) const;
    QModelIndex need(const QString &partyId, const QString &desire, int column) const;

    Document *m_doc = nullptr;
    PartyTreeModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestPartyTreeAtTime::init()
{
    m_doc = new Document;
    QString error;
    QVERIFY2(m_doc->load(examplePath(QStringLiteral("abe-and-mary")), &error), qPrintable(error));
    m_model = new PartyTreeModel(m_doc);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPartyTreeAtTime::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_doc;
}

QModelIndex TestPartyTreeAtTime::party(const QString &id) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        if (i.data(IdRole).toStringList() == QStringList{id})
            return i;
    }
    return {};
}

QModelIndex TestPartyTreeAtTime::need(const QString &partyId, const QString &desire, int column) const
{
    const QModelIndex p = party(partyId);
    for (int r = 0; r < m_model->rowCount(p); ++r) {
        const QModelIndex i = m_model->index(r, column, p);
        if (i.data(IdRole).toStringList() == QStringList{partyId, desire})
            return i;
    }
    return {};
}

void TestPartyTreeAtTime::writtenAtStart()
{
    const QModelIndex company = need(QStringLiteral("abe"), QStringLiteral("company"), PartyTreeModel::ImportanceColumn);
    QCOMPARE(company.data().toDouble(), 0.3);
    QVERIFY(!company.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(m_model->rowCount(party(QStringLiteral("abe"))), 1);
}

void TestPartyTreeAtTime::valuesAtStep()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_doc->setCurrentTime(10);
    QVERIFY(!changed.isEmpty());
    const QModelIndex company = need(QStringLiteral("abe"), QStringLiteral("company"), PartyTreeModel::ImportanceColumn);
    QCOMPARE(company.data().toDouble(), 0.9);
    QVERIFY(company.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY2(company.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Set by the event at step 6: Abe grows fond of Mary")),
             qPrintable(company.data(Qt::ToolTipRole).toString()));
    // Mary's comparison level no event touches: as written, upright.
    const QModelIndex cl = m_model->index(party(QStringLiteral("mary")).row(), PartyTreeModel::ComparisonLevelColumn);
    QCOMPARE(cl.data().toDouble(), 0.6);
    QVERIFY(!cl.data(Qt::FontRole).value<QFont>().italic());
}

void TestPartyTreeAtTime::needsEventsBringIn()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_doc->setCurrentTime(8);
    QCOMPARE(m_model->rowCount(party(QStringLiteral("abe"))), 2);
    QCOMPARE(inserted.size(), 2); // Abe's and Mary's shared future
    const QModelIndex future = need(QStringLiteral("abe"), QStringLiteral("future"), PartyTreeModel::DesireColumn);
    QCOMPARE(future.data().toString(), QStringLiteral("A shared future"));
    QVERIFY(future.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(future.siblingAtColumn(PartyTreeModel::ImportanceColumn).data().toDouble(), 0.8);
    m_doc->setCurrentTime(7);
    QCOMPARE(m_model->rowCount(party(QStringLiteral("abe"))), 1);
}

void TestPartyTreeAtTime::activeFromEvent()
{
    const QModelIndex active = m_model->index(party(QStringLiteral("coworkers")).row(), PartyTreeModel::ActiveColumn);
    QCOMPARE(active.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    m_doc->setCurrentTime(4);
    QCOMPARE(active.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(active.data(Qt::FontRole).value<QFont>().italic());
}

void TestPartyTreeAtTime::editAtStepGoesIntoStory()
{
    m_doc->setCurrentTime(10);
    const QModelIndex company = need(QStringLiteral("abe"), QStringLiteral("company"), PartyTreeModel::ImportanceColumn);
    QVERIFY(m_model->setData(company, 0.5));
    QCOMPARE(company.data().toDouble(), 0.5);
    QCOMPARE(m_doc->scenario().parties[0].importance(QStringLiteral("company")), 0.3); // written value kept
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->setCurrentTime(6);
    QCOMPARE(need(QStringLiteral("abe"), QStringLiteral("company"), PartyTreeModel::ImportanceColumn).data().toDouble(), 0.9);
    m_doc->undoStack()->undo();
    m_doc->setCurrentTime(10);
    QCOMPARE(need(QStringLiteral("abe"), QStringLiteral("company"), PartyTreeModel::ImportanceColumn).data().toDouble(), 0.9);
    // A need only an event brings in can be edited there too.
    const QModelIndex future = need(QStringLiteral("mary"), QStringLiteral("future"), PartyTreeModel::ImportanceColumn);
    QVERIFY(m_model->setData(future, 0.4));
    QCOMPARE(future.data().toDouble(), 0.4);
    // The comparison level too.
    const QModelIndex cl = m_model->index(party(QStringLiteral("mary")).row(), PartyTreeModel::ComparisonLevelColumn);
    QVERIFY(m_model->setData(cl, 0.2));
    QCOMPARE(cl.data().toDouble(), 0.2);
    QCOMPARE(m_doc->scenario().parties[1].comparisonLevel, 0.6);
}

void TestPartyTreeAtTime::backToStart()
{
    m_doc->setCurrentTime(12);
    m_doc->setCurrentTime(0);
    const QModelIndex company = need(QStringLiteral("abe"), QStringLiteral("company"), PartyTreeModel::ImportanceColumn);
    QCOMPARE(company.data().toDouble(), 0.3);
    QVERIFY(!company.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(m_model->rowCount(party(QStringLiteral("mary"))), 1);
    // Reloading while the story is on a later step starts at the written needs again.
    m_doc->setCurrentTime(9);
    QString error;
    QVERIFY(m_doc->load(examplePath(QStringLiteral("abe-and-mary")), &error));
    QCOMPARE(m_model->rowCount(party(QStringLiteral("abe"))), m_doc->currentTime() >= 8 ? 2 : 1);
}

QTEST_GUILESS_MAIN(TestPartyTreeAtTime)
#include "tst_partytreeattime.moc"
