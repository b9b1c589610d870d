// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmodel.h"

#include "document.h"

#include <cmath>

namespace powerfield {

EventModel::EventModel(Document *document, QObject *parent)
    : RecordTreeModel(document, ColumnCount, parent)
{
}

int EventModel::topCount() const
{
    return int(m_document->scenario().events.size());
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!isUsable(index))
        return {};
    const Event &e = m_document->scenario().events[index.row()];
    if (role == IdRole)
        return index.row();
    if (role == Qt::ToolTipRole && index.column() == ChangesColumn)
        return tr("%n change(s) at time %1", nullptr, int(e.changes.size())).arg(e.time);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return e.time;
    case LabelColumn: return shown(role, e.label);
    case CaptionColumn: return shown(role, e.caption);
    default: return int(e.changes.size());
    }
}

bool EventModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isUsable(index) || role != Qt::EditRole)
        return false;
    bool ok = false;
    switch (index.column()) {
    case TimeColumn: {
        // Not toInt(): it would take 1.5 as 1 and NaN as 0.
        const double time = number(value, &ok);
        if (!ok)
            return false;
        if (time != std::floor(time) || std::abs(time) > 1e9)
            return refuse(tr("The time must be a whole number of steps"));
        return report(m_document->setEventTime(index.row(), int(time), refusal()));
    }
    case LabelColumn:
        return report(m_document->setEventLabel(index.row(), value.toString(), refusal()));
    case CaptionColumn:
        return report(m_document->setEventCaption(index.row(), value.toString(), refusal()));
    default:
        return false;
    }
}

Qt::ItemFlags EventModel::flags(const QModelIndex &index) const
{
    if (!isUsable(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == ChangesColumn ? base : base | Qt::ItemIsEditable;
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case LabelColumn: return tr("Label");
    case CaptionColumn: return tr("Caption");
    case ChangesColumn: return tr("Changes");
    default: return {};
    }
}

void EventModel::documentAboutToChange(const DocumentChange &c)
{
    if (c.kind == DocumentChange::Kind::Event && c.action != DocumentChange::Action::Changed)
        beginRows(c);
}

void EventModel::documentChanged(const DocumentChange &c)
{
    using Field = DocumentChange::Field;
    if (c.kind != DocumentChange::Kind::Event)
        return;
    if (c.action != DocumentChange::Action::Changed)
        return endRows(c);
    switch (c.field) {
    case Field::Time:
        emitChanged({}, c.index, TimeColumn, TimeColumn, {Qt::DisplayRole, Qt::EditRole});
        emitChanged({}, c.index, ChangesColumn, ChangesColumn, {Qt::ToolTipRole});
        break;
    case Field::Label:
        emitChanged({}, c.index, LabelColumn, LabelColumn, {Qt::DisplayRole, Qt::EditRole});
        break;
    case Field::Caption:
        emitChanged({}, c.index, CaptionColumn, CaptionColumn, {Qt::DisplayRole, Qt::EditRole});
        break;
    default:
        emitChanged({}, c.index, ChangesColumn, ChangesColumn, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
        break;
    }
}

} // namespace powerfield
