// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace powerfield {

class Document;
struct DocumentChange;

// "Who depends on whom": one row per dyad of the document's analysis, sorted by the ids (a, b),
// with both dependences, the relative power of A and a reading. Read-only.
//
// It keeps its own copy of the numbers so that it can say exactly what changed: after an edit or
// a story step it emits dataChanged for the rows whose numbers moved, and resets only when the
// set of dyads changed. An inactive model (its view hidden) does nothing on document signals
// and catches up when activated. Names come from the document's state when asked for, cut to
// kMaxNameLength characters so that no view lays out a megabyte of text.
class DyadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DyadColumn, DependenceAColumn, DependenceBColumn, PowerColumn, ReadingColumn,
                  ColumnCount };
    // Display and tool-tip roles give text; SortRole gives the number of a number column.
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int kMaxNameLength = 80;

    explicit DyadTableModel(Document *document, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    // Inactive: document changes only mark the rows stale. Activating catches up at once.
    void setActive(bool active);
    // Whether the rows lag behind the document (inactive since a change).
    bool isStale() const { return m_stale || m_namesStale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Mary depends on Abe more: Abe holds more power", or the balanced case.
    static QString reading(const QString &nameA, const QString &nameB, double relativePowerA);
    // `name` cut to kMaxNameLength characters (with an ellipsis) when longer.
    static QString shortName(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QString a; // ids, a < b
        QString b;
        double dependenceA = 0.0;
        double dependenceB = 0.0;
        double power = 0.0; // relative power of a
        bool sameNumbers(const Row &o) const
        {
            return dependenceA == o.dependenceA && dependenceB == o.dependenceB && power == o.power;
        }
    };

    void onAnalysisChanged();
    void onChanged(const DocumentChange &change);
    void refresh();
    // The analysis's dyads in the engine's order, ids ordered.
    std::vector<Row> currentRows() const;
    void emitChangedRows(const std::vector<int> &rows);
    void emitNamesChanged(); // over the text columns of every row: names are read when shown
    QString name(const QString &id) const;

    Document *m_document;
    std::vector<Row> m_rows;    // sorted by (a, b)
    std::vector<int> m_rowOfSlot; // engine dyad slot -> row, for the rows as last read
    bool m_active = true;
    bool m_stale = false;      // the numbers lag behind the analysis
    bool m_namesStale = false; // a party was renamed while inactive
};

} // namespace powerfield
