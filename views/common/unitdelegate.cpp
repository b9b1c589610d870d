// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitdelegate.h"
#include "numberformat.h"

#include <QDoubleSpinBox>
#include <QLocale>

#include <cmath>

namespace powerfield {

bool UnitDelegate::isUnitCell(const QModelIndex &index)
{
    return index.data(Qt::EditRole).metaType().id() == QMetaType::Double;
}

QWidget *UnitDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    if (!isUnitCell(index))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0.0, 1.0);
    spin->setSingleStep(Step);
    spin->setDecimals(Decimals);
    spin->setFrame(false);
    spin->setAccelerated(true);
    spin->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return spin;
}

void UnitDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
        spin->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void UnitDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        const double value = spin->value();
        // Never push a no-op: an editor closed without a change writes nothing, also when the
        // stored value has more decimals than the spin box shows.
        const double shown = std::round(index.data(Qt::EditRole).toDouble() * 100.0) / 100.0;
        if (!qFuzzyCompare(1.0 + value, 1.0 + shown))
            model->setData(index, value, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

QString UnitDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.metaType().id() == QMetaType::Double)
        return formatNumber(value.toDouble(), Decimals, locale);
    return QStyledItemDelegate::displayText(value, locale);
}

} // namespace powerfield
