// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitdelegate.h"

#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

using namespace powerfield;

class TestUnitDelegate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void unitCellGetsRangeCheckedSpinBox();
    void otherCellsGetDefaultEditor();
    void writesTheEditedValue();
    void unchangedValueWritesNothing();
    void displaysTwoDecimals();

private:
    std::unique_ptr<QWidget> editorFor(const QModelIndex &index);

    QStandardItemModel m_model;
    UnitDelegate m_delegate;
    QWidget m_parent;
};

void TestUnitDelegate::init()
{
    m_model.clear();
    m_model.setColumnCount(2);
    m_model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Importance")});
    auto *name = new QStandardItem(QStringLiteral("Company"));
    auto *importance = new QStandardItem;
    importance->setData(0.333, Qt::EditRole);
    m_model.appendRow({name, importance});
}

std::unique_ptr<QWidget> TestUnitDelegate::editorFor(const QModelIndex &index)
{
    std::unique_ptr<QWidget> editor(m_delegate.createEditor(&m_parent, QStyleOptionViewItem(), index));
    m_delegate.setEditorData(editor.get(), index);
    return editor;
}

void TestUnitDelegate::unitCellGetsRangeCheckedSpinBox()
{
    const QModelIndex cell = m_model.index(0, 1);
    QVERIFY(UnitDelegate::isUnitCell(cell));
    const auto editor = editorFor(cell);
    auto *spin = qobject_cast<QDoubleSpinBox *>(editor.get());
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 0.0);
    QCOMPARE(spin->maximum(), 1.0);
    QCOMPARE(spin->singleStep(), 0.05);
    QCOMPARE(spin->decimals(), 2);
    QCOMPARE(spin->value(), 0.33);
    QCOMPARE(spin->accessibleName(), QStringLiteral("Importance"));
    spin->setValue(1.7);
    QCOMPARE(spin->value(), 1.0);
}

void TestUnitDelegate::otherCellsGetDefaultEditor()
{
    const QModelIndex cell = m_model.index(0, 0);
    QVERIFY(!UnitDelegate::isUnitCell(cell));
    const auto editor = editorFor(cell);
    QVERIFY(editor);
    QVERIFY(!qobject_cast<QDoubleSpinBox *>(editor.get()));
}

void TestUnitDelegate::writesTheEditedValue()
{
    const QModelIndex cell = m_model.index(0, 1);
    const auto editor = editorFor(cell);
    qobject_cast<QDoubleSpinBox *>(editor.get())->setValue(0.75);
    QSignalSpy spy(&m_model, &QAbstractItemModel::dataChanged);
    m_delegate.setModelData(editor.get(), &m_model, cell);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(cell.data(Qt::EditRole).toDouble(), 0.75);
}

void TestUnitDelegate::unchangedValueWritesNothing()
{
    const QModelIndex cell = m_model.index(0, 1);
    const auto editor = editorFor(cell);
    QSignalSpy spy(&m_model, &QAbstractItemModel::dataChanged);
    m_delegate.setModelData(editor.get(), &m_model, cell);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(cell.data(Qt::EditRole).toDouble(), 0.333); // not rounded behind the user's back
}

void TestUnitDelegate::displaysTwoDecimals()
{
    QCOMPARE(m_delegate.displayText(0.5, QLocale::c()), QStringLiteral("0.50"));
    QCOMPARE(m_delegate.displayText(QStringLiteral("Company"), QLocale::c()),
             QStringLiteral("Company"));
}

QTEST_MAIN(TestUnitDelegate)
#include "tst_unitdelegate.moc"
