// SPDX-License-Identifier: GPL-3.0-or-later
#include "partytreemodel.h"

#include "document.h"

#include <QColor>

namespace powerfield {

namespace {

using Field = DocumentChange::Field;

int partyColumn(Field field)
{
    switch (field) {
    case Field::Name:
    case Field::Color:
        return PartyTreeModel::NameColumn;
    case Field::Kind:
        return PartyTreeModel::KindColumn;
    case Field::ComparisonLevel:
        return PartyTreeModel::ComparisonLevelColumn;
    case Field::Active:
        return PartyTreeModel::ActiveColumn;
    default:
        return -1; // the position is not shown
    }
}

QList<int> partyRoles(Field field)
{
    if (field == Field::Color)
        return {Qt::DecorationRole};
    if (field == Field::Active)
        return {Qt::CheckStateRole, Qt::DisplayRole, Qt::ToolTipRole};
    return {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole};
}

constexpr PartyKind kKinds[] = {PartyKind::Person, PartyKind::Group, PartyKind::Organization, PartyKind::Country};

} // namespace

QString PartyTreeModel::kindText(PartyKind kind)
{
    switch (kind) {
    case PartyKind::Person: return tr("person");
    case PartyKind::Group: return tr("group");
    case PartyKind::Organization: return tr("organization");
    case PartyKind::Country: return tr("country");
    }
    return partyKindName(kind);
}

std::optional<PartyKind> PartyTreeModel::kindFromText(const QString &text)
{
    const QString typed = text.trimmed();
    if (const auto kind = partyKindFromName(typed))
        return kind;
    for (PartyKind kind : kKinds) {
        if (typed.compare(kindText(kind), Qt::CaseInsensitive) == 0
            || typed.compare(partyKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

PartyTreeModel::PartyTreeModel(Document *document, QObject *parent)
    : RecordTreeModel(document, ColumnCount, parent)
{
}

int PartyTreeModel::topCount() const
{
    return int(m_document->scenario().parties.size());
}

int PartyTreeModel::childCount(int top) const
{
    return int(m_document->scenario().parties[top].needs.size());
}

QVariant PartyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!isUsable(index))
        return {};
    if (isChild(index))
        return needData(topRow(index), index.row(), index.column(), role);
    return partyData(index.row(), index.column(), role);
}

QVariant PartyTreeModel::partyData(int row, int column, int role) const
{
    const Party &p = m_document->scenario().parties[row];
    if (role == IdRole)
        return QStringList{p.id};
    if (column == NameColumn && role == Qt::DecorationRole)
        return QColor(p.color);
    if (column == ActiveColumn && role == Qt::CheckStateRole)
        return p.active ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && column == ComparisonLevelColumn)
        return tr("What %1 expects from a relationship").arg(cut(p.name));
    if (role == Qt::ToolTipRole && column == ActiveColumn)
        return p.active ? tr("In the field") : tr("Outside the field until an event brings it in");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case NameColumn: return shown(role, p.name);
    case KindColumn: return kindText(p.kind); // the file keeps the English id
    case ComparisonLevelColumn: return p.comparisonLevel;
    default: return p.active ? tr("yes") : tr("no");
    }
}

QVariant PartyTreeModel::needData(int party, int row, int column, int role) const
{
    const Scenario &s = m_document->scenario();
    const Party &p = s.parties[party];
    const Need &n = p.needs[row];
    if (role == IdRole)
        return QStringList{p.id, n.desire};
    if (role == Qt::ToolTipRole && column == ImportanceColumn)
        return tr("How much %1 wants %2, from 0 to 1").arg(cut(p.name), desireName(n.desire));
    if ((role != Qt::DisplayRole && role != Qt::EditRole) || column > ImportanceColumn)
        return {};
    if (column == DesireColumn)
        return desireName(n.desire);
    return n.importance;
}

bool PartyTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isUsable(index) || !(flags(index) & Qt::ItemIsEnabled))
        return false;
    if (!isChild(index))
        return setPartyData(index.row(), index.column(), value, role);
    if (role != Qt::EditRole || index.column() != ImportanceColumn)
        return false;
    bool ok = false;
    const double w = number(value, &ok);
    const Party &p = m_document->scenario().parties[topRow(index)];
    return ok && report(m_document->setImportance(p.id, p.needs[index.row()].desire, w, refusal()));
}

bool PartyTreeModel::setPartyData(int row, int column, const QVariant &value, int role)
{
    const QString id = m_document->scenario().parties[row].id;
    if (column == ActiveColumn && role == Qt::CheckStateRole)
        return report(m_document->setPartyActive(id, value.toInt() == Qt::Checked, refusal()));
    if (role != Qt::EditRole)
        return false;
    bool ok = false;
    switch (column) {
    case NameColumn:
        return report(m_document->renameParty(id, value.toString(), refusal()));
    case KindColumn: {
        const auto kind = kindFromText(value.toString());
        if (!kind) {
            return refuse(tr("“%1” is not a kind of party (%2, %3, %4 or %5)")
                              .arg(value.toString(), kindText(PartyKind::Person), kindText(PartyKind::Group),
                                   kindText(PartyKind::Organization), kindText(PartyKind::Country)));
        }
        return report(m_document->setPartyKind(id, *kind, refusal()));
    }
    case ComparisonLevelColumn: {
        const double v = number(value, &ok);
        return ok && report(m_document->setComparisonLevel(id, v, refusal()));
    }
    default:
        return false;
    }
}

Qt::ItemFlags PartyTreeModel::flags(const QModelIndex &index) const
{
    if (!isUsable(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isChild(index))
        return index.column() == ImportanceColumn ? base | Qt::ItemIsEditable : base;
    if (index.column() == ActiveColumn)
        return base | Qt::ItemIsUserCheckable;
    return base | Qt::ItemIsEditable;
}

QVariant PartyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name / Desire");
    case KindColumn: return tr("Kind / Importance");
    case ComparisonLevelColumn: return tr("Comparison level");
    case ActiveColumn: return tr("Active");
    default: return {};
    }
}

void PartyTreeModel::documentAboutToChange(const DocumentChange &c)
{
    if (c.action == DocumentChange::Action::Changed)
        return;
    if (c.kind == DocumentChange::Kind::Party)
        beginRows(c);
    else if (c.kind == DocumentChange::Kind::Need)
        beginRows(c, topIndex(m_document->scenario().partyIndex(c.id)));
}

void PartyTreeModel::documentChanged(const DocumentChange &c)
{
    using Action = DocumentChange::Action;
    using Kind = DocumentChange::Kind;
    if ((c.kind == Kind::Party || c.kind == Kind::Need) && c.action != Action::Changed) {
        endRows(c);
    } else if (c.kind == Kind::Party) {
        const int column = partyColumn(c.field);
        if (c.field == Field::All)
            emitChanged({}, c.index, 0, ColumnCount - 1, {});
        else if (column >= 0)
            emitChanged({}, c.index, column, column, partyRoles(c.field));
    } else if (c.kind == Kind::Need) {
        const QModelIndex parent = topIndex(m_document->scenario().partyIndex(c.id));
        emitChanged(parent, c.index, ImportanceColumn, ImportanceColumn, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    } else if (c.kind == Kind::Desire && c.field == Field::Name) {
        const QVector<Party> &parties = m_document->scenario().parties;
        for (int p = 0; p < parties.size(); ++p) {
            const int row = parties[p].needIndex(c.id);
            if (row >= 0)
                emitChanged(topIndex(p), row, DesireColumn, ImportanceColumn, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
        }
    }
}

} // namespace powerfield
