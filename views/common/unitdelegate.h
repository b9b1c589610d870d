// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace powerfield {

// Edits every floating-point cell as a value in [0,1] (importances, qualities, comparison
// levels) with a spin box that cannot leave the range; other cells get the default editors.
class UnitDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr double Step = 0.05;
    static constexpr int Decimals = 2;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    QString displayText(const QVariant &value, const QLocale &locale) const override;

    // Whether the cell holds a unit value (its edit data is a double).
    static bool isUnitCell(const QModelIndex &index);
};

} // namespace powerfield
