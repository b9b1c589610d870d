// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtreemodel.h"

#include "document.h"

#include <QCoreApplication>
#include <QEvent>

namespace powerfield {

RecordTreeModel::RecordTreeModel(Document *document, int columns, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_columns(columns)
{
    connect(document, &Document::aboutToChange, this, &RecordTreeModel::documentAboutToChange);
    connect(document, &Document::changed, this, &RecordTreeModel::documentChanged);
    connect(document, &Document::scenarioAboutToBeReset, this, &RecordTreeModel::beginResetModel);
    connect(document, &Document::scenarioReset, this, &RecordTreeModel::endResetModel);
    // Models get no LanguageChange of their own: the application's tells the views' headers.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool RecordTreeModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    return QAbstractItemModel::eventFilter(watched, event);
}

bool RecordTreeModel::report(bool accepted)
{
    if (!accepted && !m_refusal.isEmpty())
        emit editRefused(m_refusal);
    return accepted;
}

bool RecordTreeModel::refuse(const QString &message)
{
    emit editRefused(message);
    return false;
}

double RecordTreeModel::number(const QVariant &value, bool *ok)
{
    const double v = value.toDouble(ok);
    if (!*ok)
        refuse(tr("“%1” is not a number").arg(value.toString()));
    return v;
}

QModelIndex RecordTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : 0);
}

QModelIndex RecordTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !isChild(child))
        return {};
    return createIndex(topRow(child), 0, quintptr(0));
}

int RecordTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return topCount();
    if (isChild(parent) || parent.column() != 0)
        return 0;
    return childCount(parent.row());
}

int RecordTreeModel::columnCount(const QModelIndex &) const
{
    return m_columns;
}

QModelIndex RecordTreeModel::childIndex(int top, int row, int column) const
{
    return index(row, column, index(top, 0));
}

void RecordTreeModel::beginRows(const DocumentChange &c, const QModelIndex &parent)
{
    if (c.action == DocumentChange::Action::Added)
        beginInsertRows(parent, c.index, c.index);
    else
        beginRemoveRows(parent, c.index, c.index);
}

void RecordTreeModel::endRows(const DocumentChange &c)
{
    if (c.action == DocumentChange::Action::Added)
        endInsertRows();
    else
        endRemoveRows();
}

namespace {
// The record of `list` with this id through `rows` (id to position), rebuilt when it misses.
template<typename T>
const T *lookUp(const QVector<T> &list, QHash<QString, int> &rows, const QString &id)
{
    auto valid = [&](int i) { return i >= 0 && i < list.size() && list[i].id == id; };
    int i = rows.value(id, -1);
    if (!valid(i)) {
        rows.clear();
        rows.reserve(list.size());
        for (int k = 0; k < list.size(); ++k)
            rows.insert(list[k].id, k);
        i = rows.value(id, -1);
    }
    return valid(i) ? &list[i] : nullptr;
}
} // namespace

QString RecordTreeModel::cut(const QString &text)
{
    return text.size() <= kMaxShownLength ? text : text.left(kMaxShownLength - 1) + QChar(0x2026);
}

const Party *RecordTreeModel::party(const QString &id) const
{
    return lookUp(m_document->scenario().parties, m_partyRows, id);
}

const Desire *RecordTreeModel::desire(const QString &id) const
{
    return lookUp(m_document->scenario().desires, m_desireRows, id);
}

QString RecordTreeModel::partyName(const QString &id) const
{
    const Party *p = party(id);
    return cut(p ? p->name : id);
}

QString RecordTreeModel::desireName(const QString &id) const
{
    const Desire *d = desire(id);
    return cut(d ? d->name : id);
}

void RecordTreeModel::emitChanged(const QModelIndex &parent, int row, int first, int last,
                                  const QList<int> &roles)
{
    emit dataChanged(index(row, first, parent), index(row, last, parent), roles);
}

} // namespace powerfield
