// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordtreemodel.h"

namespace powerfield {

// The outside options as top-level rows (Name, Owner) with their offers as child rows (Desire,
// Quality, Perceived); edits go through the Document.
class OptionModel : public RecordTreeModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OwnerColumn, ColumnCount = 3 };
    enum OfferColumn { DesireColumn = NameColumn, QualityColumn = OwnerColumn, PerceivedColumn };

    explicit OptionModel(Document *document, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int topCount() const override;
    int childCount(int top) const override;
    void documentAboutToChange(const DocumentChange &change) override;
    void documentChanged(const DocumentChange &change) override;

private:
    QVariant offerData(int option, int row, int column, int role) const;
    bool setOfferData(int option, int row, int column, const QVariant &value);
    void nameChanged(const DocumentChange &change);
};

} // namespace powerfield
