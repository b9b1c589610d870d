// SPDX-License-Identifier: GPL-3.0-or-later
#include "partytreemodel.h"

#include "document.h"

#include <QColor>
#include <QFont>

#include <utility>

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
    connect(document, &Document::scenarioAboutToBeReset, this, [this] {
        m_extraNeeds.clear(); // the reset (begun before this) shows the written needs first
        m_sources.clear();
        m_storyChanged = true;
    });
    connect(document, &Document::scenarioReset, this, &PartyTreeModel::syncState);
    connect(document, &Document::analysisChanged, this, &PartyTreeModel::syncState);
    m_storyChanged = true;
    syncState();
}

const Party &PartyTreeModel::shownParty(int row) const
{
    const Party &written = m_document->scenario().parties[row];
    const QVector<Party> &now = m_document->state().parties;
    return row < now.size() && now[row].id == written.id ? now[row] : written;
}

QString PartyTreeModel::needDesire(int party, int row) const
{
    const Party &p = m_document->scenario().parties[party];
    if (row < p.needs.size())
        return p.needs[row].desire;
    return m_extraNeeds.value(p.id).value(row - int(p.needs.size()));
}

// After edits and time moves: the values at the current time, their events and the needs only
// events bring in, for the parties some event touches (a story of provisions alone signals nothing).
void PartyTreeModel::syncState()
{
    const int time = m_document->currentTime();
    if (!std::exchange(m_storyChanged, false) && time == m_shownTime)
        return; // a written edit signals its own cell
    m_shownTime = time;
    const QSet<QString> before = m_sources.touchedParties();
    m_sources.rebuild(m_document->scenario(), time);
    const QSet<QString> &touched = m_sources.touchedParties();
    if (touched.isEmpty() && before.isEmpty() && m_extraNeeds.isEmpty())
        return;
    const QVector<Party> &parties = m_document->scenario().parties;
    for (int p = 0; p < parties.size(); ++p) {
        const QString &id = parties[p].id;
        if (!touched.contains(id) && !before.contains(id) && !m_extraNeeds.contains(id))
            continue;
        syncExtraNeeds(p);
        emit dataChanged(topIndex(p, ComparisonLevelColumn), topIndex(p, ActiveColumn));
        if (const int needs = childCount(p))
            emit dataChanged(childIndex(p, 0, DesireColumn), childIndex(p, needs - 1, ImportanceColumn));
    }
}

void PartyTreeModel::syncExtraNeeds(int row)
{
    const Party &w = m_document->scenario().parties[row];
    const QVector<Party> &now = m_document->state().parties;
    QStringList extra;
    if (row < now.size() && now[row].id == w.id) {
        for (const Need &n : now[row].needs) {
            if (w.needIndex(n.desire) < 0)
                extra << n.desire;
        }
    }
    const QStringList old = m_extraNeeds.value(w.id);
    if (extra == old)
        return;
    const int first = int(w.needs.size());
    if (!old.isEmpty()) {
        beginRemoveRows(topIndex(row), first, first + int(old.size()) - 1);
        m_extraNeeds.remove(w.id);
        endRemoveRows();
    }
    if (!extra.isEmpty()) {
        beginInsertRows(topIndex(row), first, first + int(extra.size()) - 1);
        m_extraNeeds.insert(w.id, extra);
        endInsertRows();
    }
}

// Italics and a line in the tooltip for a value an event set (`event` >= 0).
QVariant PartyTreeModel::eventMark(int event, int role, const QVariant &plain) const
{
    if (event < 0)
        return role == Qt::FontRole ? QVariant() : plain;
    if (role == Qt::FontRole) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    const Event &e = m_document->scenario().events[event];
    const QString line = e.label.isEmpty() ? tr("Set by an event at step %1").arg(e.time)
                                           : tr("Set by the event at step %1: %2").arg(e.time).arg(cut(e.label));
    return plain.toString().isEmpty() ? line : plain.toString() + QLatin1Char('\n') + line;
}

int PartyTreeModel::topCount() const
{
    return int(m_document->scenario().parties.size());
}

int PartyTreeModel::childCount(int top) const
{
    const Party &p = m_document->scenario().parties[top];
    return int(p.needs.size() + m_extraNeeds.value(p.id).size());
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
    const Party &now = shownParty(row);
    if (role == IdRole)
        return QStringList{p.id};
    if (column == NameColumn && role == Qt::DecorationRole)
        return QColor(p.color);
    if (column == ActiveColumn && role == Qt::CheckStateRole)
        return now.active ? Qt::Checked : Qt::Unchecked;
    const int event = column == ComparisonLevelColumn ? m_sources.party(p.id, ValueSources::Field::ComparisonLevel)
                      : column == ActiveColumn       ? m_sources.party(p.id, ValueSources::Field::Active)
                                                     : -1;
    if (role == Qt::FontRole)
        return eventMark(event, role, {});
    if (role == Qt::ToolTipRole && column == ComparisonLevelColumn)
        return eventMark(event, role, tr("What %1 expects from a relationship").arg(cut(p.name)));
    if (role == Qt::ToolTipRole && column == ActiveColumn)
        return eventMark(event, role, now.active ? tr("In the field") : tr("Outside the field until an event brings it in"));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case NameColumn: return shown(role, p.name);
    case KindColumn: return kindText(p.kind); // the file keeps the English id
    case ComparisonLevelColumn: return now.comparisonLevel;
    default: return now.active ? tr("yes") : tr("no");
    }
}

QVariant PartyTreeModel::needData(int party, int row, int column, int role) const
{
    const Party &p = m_document->scenario().parties[party];
    const QString desire = needDesire(party, row);
    if (role == IdRole)
        return QStringList{p.id, desire};
    if (column > ImportanceColumn)
        return {};
    const bool brought = row >= p.needs.size(); // only an event brings this need in
    const int event = column == ImportanceColumn || brought ? m_sources.need(p.id, desire) : -1;
    if (role == Qt::FontRole)
        return eventMark(event, role, {});
    if (role == Qt::ToolTipRole && column == ImportanceColumn)
        return eventMark(event, role, tr("How much %1 wants %2, from 0 to 1").arg(cut(p.name), desireName(desire)));
    if (role == Qt::ToolTipRole && brought)
        return eventMark(event, role, tr("%1 wants %2 from this step on").arg(cut(p.name), desireName(desire)));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (column == DesireColumn)
        return desireName(desire);
    return shownParty(party).importance(desire);
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
    const QString party = m_document->scenario().parties[topRow(index)].id;
    const QString desire = needDesire(topRow(index), index.row());
    if (!ok)
        return false;
    return report(m_document->setImportance(party, desire, w, refusal())); // at t > 0 into the story
}

bool PartyTreeModel::setPartyData(int row, int column, const QVariant &value, int role)
{
    const QString id = m_document->scenario().parties[row].id;
    // An edit at t > 0 goes into the story (Document::editAtCurrentTime), as the panel's edits do.
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
    // The tooltip repeats the title: a narrow column elides it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
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
    // Events, and needs an event may also bring in, move the state: syncState() follows.
    if (c.kind == Kind::Event || (c.kind == Kind::Need && c.action != Action::Changed))
        m_storyChanged = true;
    if ((c.kind == Kind::Party || c.kind == Kind::Need) && c.action != Action::Changed) {
        if (c.kind == Kind::Party && c.action == Action::Removed)
            m_extraNeeds.remove(c.id);
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
