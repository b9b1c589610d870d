// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordtreemodel.h"

namespace powerfield {

// The events as a table in file order (Time, Label, Caption, number of changes); time, label
// and caption are editable through the Document. IdRole gives the event's index.
class EventModel : public RecordTreeModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LabelColumn, CaptionColumn, ChangesColumn, ColumnCount };

    explicit EventModel(Document *document, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int topCount() const override;
    int childCount(int) const override { return 0; }
    void documentAboutToChange(const DocumentChange &change) override;
    void documentChanged(const DocumentChange &change) override;
};

} // namespace powerfield
