// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordtreemodel.h"
#include "scenario.h"

#include <optional>

namespace powerfield {

// The parties as top-level rows (Name, Kind, Comparison level, Active) with their needs as
// child rows (Desire, Importance); edits go through the Document.
class PartyTreeModel : public RecordTreeModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, ComparisonLevelColumn, ActiveColumn, ColumnCount };
    // Need rows use the first two columns.
    enum NeedColumn { DesireColumn = NameColumn, ImportanceColumn = KindColumn };

    explicit PartyTreeModel(Document *document, QObject *parent = nullptr);

    // A kind of party in the language on show ("person" is "Person" in German); the file
    // keeps the English id. Editing takes either, in any case.
    static QString kindText(PartyKind kind);
    static std::optional<PartyKind> kindFromText(const QString &text);

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
    QVariant partyData(int row, int column, int role) const;
    QVariant needData(int party, int row, int column, int role) const;
    bool setPartyData(int row, int column, const QVariant &value, int role);
};

} // namespace powerfield
