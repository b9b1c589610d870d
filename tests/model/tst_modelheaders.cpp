// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "models/desiremodel.h"
#include "models/partytreemodel.h"

#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace powerfield;

// The item models' column headers follow a language switch: the views show them again.
class TestModelHeaders : public QObject
{
    Q_OBJECT

private slots:
    void headersRetranslate();
};

void TestModelHeaders::headersRetranslate()
{
    Document doc;
    PartyTreeModel parties(&doc);
    DesireModel desires(&doc);
    QCOMPARE(parties.headerData(PartyTreeModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name / Desire"));
    QSignalSpy partySpy(&parties, &QAbstractItemModel::headerDataChanged);
    QSignalSpy desireSpy(&desires, &QAbstractItemModel::headerDataChanged);

    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/powerfield_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(partySpy.count(), 1);
    QCOMPARE(partySpy.first().value(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(partySpy.first().value(1).toInt(), 0);
    QCOMPARE(partySpy.first().value(2).toInt(), PartyTreeModel::ColumnCount - 1);
    QCOMPARE(desireSpy.count(), 1);
    QCOMPARE(desireSpy.first().value(2).toInt(), DesireModel::ColumnCount - 1);
    QCOMPARE(parties.headerData(PartyTreeModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name / Wunsch"));

    QCoreApplication::removeTranslator(&german);
    QCOMPARE(partySpy.count(), 2);
    QCOMPARE(parties.headerData(PartyTreeModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name / Desire"));
}

QTEST_GUILESS_MAIN(TestModelHeaders)
#include "tst_modelheaders.moc"
