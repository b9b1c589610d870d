// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordtreemodel.h"
#include "scenario.h"
#include "valuesources.h"

#include <optional>

namespace powerfield {

// The parties as top-level rows (Name, Kind, Comparison level, Active) with their needs as
// child rows (Desire, Importance); edits go through the Document. Values are those of the state
// at the document's current time: one an event set is in italics with a tooltip naming the event,
// needs only an event brings in follow the written ones, and an edit at t > 0 is an edit at the
// current time (Document::editAtCurrentTime), as in the panel.
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
    const Party &shownParty(int row) const; // the party as it is at the current time
    QString needDesire(int party, int row) const;
    void syncState();
    void syncExtraNeeds(int row);
    QVariant eventMark(int event, int role, const QVariant &plain) const;
    QVariant partyData(int row, int column, int role) const;
    QVariant needData(int party, int row, int column, int role) const;
    bool setPartyData(int row, int column, const QVariant &value, int role);

    // Per party id: the desires of needs the state at the current time has and the written
    // party has not, shown after its written needs.
    QHash<QString, QStringList> m_extraNeeds;
    ValueSources m_sources;
    int m_shownTime = 0;
    bool m_storyChanged = false; // the events (or needs they touch) changed since syncState()
};

} // namespace powerfield
