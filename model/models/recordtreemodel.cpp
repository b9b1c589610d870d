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

void RecordTreeModel::emitChanged(const QModelIndex &parent, int row, int first, int last,
                                  const QList<int> &roles)
{
    emit dataChanged(index(row, first, parent), index(row, last, parent), roles);
}

} // namespace powerfield
