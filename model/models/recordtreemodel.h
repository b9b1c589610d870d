// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QHash>

namespace powerfield {

class Document;
struct DocumentChange;
struct Desire;
struct Party;

// The role that gives a row's record: a QStringList of its ids (party; need: party, desire;
// provision: from, to, desire; option; offer: option, desire; desire), or an event's index.
constexpr int IdRole = Qt::UserRole + 1;

// An item model over a Document: top-level records, each with child rows (parties with their
// needs, options with their offers) or none (tables). internalId() is 0 for top rows and parent row + 1 for
// children; subclasses give the counts, the data and the reactions to document changes.
class RecordTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    RecordTreeModel(Document *document, int columns, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

signals:
    // A value given to setData() was refused (out of range, not finite, not a number, an
    // unknown name...); `message` says why, for the window to show.
    void editRefused(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    virtual int topCount() const = 0;
    virtual int childCount(int top) const = 0;
    virtual void documentAboutToChange(const DocumentChange &change) = 0;
    virtual void documentChanged(const DocumentChange &change) = 0;

    // A valid index of this model within its bounds (views and testers also pass invalid ones).
    bool isUsable(const QModelIndex &index) const { return index.isValid() && checkIndex(index); }
    static bool isChild(const QModelIndex &index) { return index.internalId() != 0; }
    static int topRow(const QModelIndex &index) { return int(index.internalId()) - 1; }
    QModelIndex topIndex(int row, int column = 0) const { return index(row, column); }
    QModelIndex childIndex(int top, int row, int column) const;
    // Begin and end inserting or removing row change.index under `parent` (Added, Removed).
    void beginRows(const DocumentChange &change, const QModelIndex &parent = {});
    void endRows(const DocumentChange &change);
    void emitChanged(const QModelIndex &parent, int row, int first, int last, const QList<int> &roles);

    // For the edit functions' `error`: report() then emits editRefused with what they wrote.
    QString *refusal()
    {
        m_refusal.clear();
        return &m_refusal;
    }
    bool report(bool accepted);
    bool refuse(const QString &message); // emits editRefused; returns false
    // The number in `value`, or a refusal naming it (`*ok` false).
    double number(const QVariant &value, bool *ok);

    // The party or desire of the written scenario with this id, or nullptr: O(1) through an
    // index per id that is checked on every use and rebuilt when the lists changed, so that
    // showing a row never searches a list of 50,000 parties.
    const Party *party(const QString &id) const;
    const Desire *desire(const QString &id) const;
    QString partyName(const QString &id) const;  // cut(); the id if there is no such party
    QString desireName(const QString &id) const; // cut(); the id if there is no such desire
    // Text to show is cut to kMaxShownLength characters (with an ellipsis), so that no view
    // lays out a megabyte-long name; editors (EditRole) get the whole text.
    static constexpr int kMaxShownLength = 200;
    static QString cut(const QString &text);
    static QString shown(int role, const QString &text)
    {
        return role == Qt::EditRole ? text : cut(text);
    }

    Document *m_document;

private:
    int m_columns;
    mutable QHash<QString, int> m_partyRows;
    mutable QHash<QString, int> m_desireRows;
    QString m_refusal;
};

} // namespace powerfield
