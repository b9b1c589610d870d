// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisionmodel.h"

#include "document.h"

namespace powerfield {

namespace {

const QList<int> kValueRoles = {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole};

} // namespace

ProvisionModel::ProvisionModel(Document *document, QObject *parent)
    : RecordTreeModel(document, ColumnCount, parent)
{
}

int ProvisionModel::topCount() const
{
    return int(m_document->scenario().provisions.size());
}

QVariant ProvisionModel::data(const QModelIndex &index, int role) const
{
    if (!isUsable(index))
        return {};
    const Scenario &s = m_document->scenario();
    const Provision &p = s.provisions[index.row()];
    if (role == IdRole)
        return QStringList{p.from, p.to, p.desire};
    if (role == Qt::ToolTipRole && index.column() == PerceivedColumn)
        return p.rating.perceived ? tr("What %1 believes it gets").arg(partyName(p.to))
                                  : tr("%1 believes the quality as it is").arg(partyName(p.to));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case FromColumn: return partyName(p.from);
    case ToColumn: return partyName(p.to);
    case DesireColumn: return desireName(p.desire);
    case QualityColumn: return p.rating.quality;
    default: return p.rating.perceivedValue();
    }
}

bool ProvisionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isUsable(index) || role != Qt::EditRole)
        return false;
    const Provision &p = m_document->scenario().provisions[index.row()];
    if (index.column() != QualityColumn && index.column() != PerceivedColumn)
        return false;
    if (index.column() == PerceivedColumn && !value.isValid()) // the belief follows the quality
        return report(m_document->setProvisionPerceived(p.from, p.to, p.desire, std::nullopt, refusal()));
    bool ok = false;
    const double v = number(value, &ok);
    if (!ok)
        return false;
    if (index.column() == QualityColumn)
        return report(m_document->setProvisionQuality(p.from, p.to, p.desire, v, refusal()));
    return report(m_document->setProvisionPerceived(p.from, p.to, p.desire, v, refusal()));
}

Qt::ItemFlags ProvisionModel::flags(const QModelIndex &index) const
{
    if (!isUsable(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() >= QualityColumn ? base | Qt::ItemIsEditable : base;
}

QVariant ProvisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case DesireColumn: return tr("Desire");
    case QualityColumn: return tr("Quality");
    case PerceivedColumn: return tr("Perceived");
    default: return {};
    }
}

void ProvisionModel::documentAboutToChange(const DocumentChange &c)
{
    if (c.kind == DocumentChange::Kind::Provision && c.action != DocumentChange::Action::Changed)
        beginRows(c);
}

void ProvisionModel::documentChanged(const DocumentChange &c)
{
    using Field = DocumentChange::Field;
    if (c.kind != DocumentChange::Kind::Provision)
        return nameChanged(c);
    if (c.action != DocumentChange::Action::Changed)
        return endRows(c);
    // The perceived column shows the quality while no belief was given.
    const Rating &r = m_document->scenario().provisions[c.index].rating;
    const int first = c.field == Field::Perceived ? PerceivedColumn : QualityColumn;
    const int last = c.field == Field::Quality && r.perceived ? QualityColumn : PerceivedColumn;
    emitChanged({}, c.index, first, last, kValueRoles);
}

// Parties and desires are shown by name.
void ProvisionModel::nameChanged(const DocumentChange &c)
{
    using Kind = DocumentChange::Kind;
    if (c.action != DocumentChange::Action::Changed || c.field != DocumentChange::Field::Name
        || (c.kind != Kind::Party && c.kind != Kind::Desire))
        return;
    const QVector<Provision> &list = m_document->scenario().provisions;
    for (int i = 0; i < list.size(); ++i) {
        if (c.kind == Kind::Desire && list[i].desire == c.id)
            emitChanged({}, i, DesireColumn, DesireColumn, {Qt::DisplayRole, Qt::EditRole});
        if (c.kind == Kind::Party && list[i].from == c.id)
            emitChanged({}, i, FromColumn, FromColumn, {Qt::DisplayRole, Qt::EditRole});
        if (c.kind == Kind::Party && list[i].to == c.id) {
            emitChanged({}, i, ToColumn, ToColumn, {Qt::DisplayRole, Qt::EditRole});
            emitChanged({}, i, PerceivedColumn, PerceivedColumn, {Qt::ToolTipRole});
        }
    }
}

} // namespace powerfield
