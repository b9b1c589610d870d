// SPDX-License-Identifier: GPL-3.0-or-later
#include "desiremodel.h"

#include "document.h"

namespace powerfield {

DesireModel::DesireModel(Document *document, QObject *parent)
    : RecordTreeModel(document, ColumnCount, parent)
{
}

int DesireModel::topCount() const
{
    return int(m_document->scenario().desires.size());
}

QVariant DesireModel::data(const QModelIndex &index, int role) const
{
    if (!isUsable(index))
        return {};
    const Desire &d = m_document->scenario().desires[index.row()];
    if (role == IdRole)
        return QStringList{d.id};
    if (role == Qt::ToolTipRole && index.column() == BaseColumn)
        return tr("The base of power that giving %1 rests on").arg(cut(d.name));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case IdColumn: return d.id;
    case NameColumn: return shown(role, d.name);
    default: return powerBaseName(d.base);
    }
}

bool DesireModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isUsable(index) || role != Qt::EditRole)
        return false;
    const QString id = m_document->scenario().desires[index.row()].id;
    if (index.column() == NameColumn)
        return report(m_document->renameDesire(id, value.toString(), refusal()));
    if (index.column() != BaseColumn)
        return false;
    const auto base = powerBaseFromName(value.toString());
    if (!base) {
        return refuse(tr("“%1” is not a base of power (reward, coercive, legitimate, referent, "
                         "expert, informational or other)").arg(value.toString()));
    }
    return report(m_document->setDesireBase(id, *base, refusal()));
}

Qt::ItemFlags DesireModel::flags(const QModelIndex &index) const
{
    if (!isUsable(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == IdColumn ? base : base | Qt::ItemIsEditable;
}

QVariant DesireModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Id");
    case NameColumn: return tr("Name");
    case BaseColumn: return tr("Base");
    default: return {};
    }
}

void DesireModel::documentAboutToChange(const DocumentChange &c)
{
    if (c.kind == DocumentChange::Kind::Desire && c.action != DocumentChange::Action::Changed)
        beginRows(c);
}

void DesireModel::documentChanged(const DocumentChange &c)
{
    if (c.kind != DocumentChange::Kind::Desire)
        return;
    if (c.action != DocumentChange::Action::Changed)
        return endRows(c);
    const int column = c.field == DocumentChange::Field::Base ? BaseColumn : NameColumn;
    emitChanged({}, c.index, column, column, {Qt::DisplayRole, Qt::EditRole});
    if (column == NameColumn) // the base's tooltip names the desire
        emitChanged({}, c.index, BaseColumn, BaseColumn, {Qt::ToolTipRole});
}

} // namespace powerfield
