// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordtreemodel.h"

namespace powerfield {

// The provisions as a table (From, To, Desire, Quality, Perceived); Quality and Perceived are
// editable through the Document (an invalid QVariant lets the belief follow the quality).
class ProvisionModel : public RecordTreeModel
{
    Q_OBJECT

public:
    enum Column { FromColumn, ToColumn, DesireColumn, QualityColumn, PerceivedColumn, ColumnCount };

    explicit ProvisionModel(Document *document, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int topCount() const override;
    int childCount(int) const override { return 0; }
    void documentAboutToChange(const DocumentChange &change) override;
    void documentChanged(const DocumentChange &change) override;

private:
    void nameChanged(const DocumentChange &change);
};

} // namespace powerfield
