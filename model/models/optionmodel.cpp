// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionmodel.h"

#include "document.h"

namespace powerfield {

namespace {

const QList<int> kTextRoles = {Qt::DisplayRole, Qt::EditRole};

} // namespace

OptionModel::OptionModel(Document *document, QObject *parent)
    : RecordTreeModel(document, ColumnCount, parent)
{
}

int OptionModel::topCount() const
{
    return int(m_document->scenario().options.size());
}

int OptionModel::childCount(int top) const
{
    return int(m_document->scenario().options[top].offers.size());
}

QVariant OptionModel::data(const QModelIndex &index, int role) const
{
    if (!isUsable(index))
        return {};
    if (isChild(index))
        return offerData(topRow(index), index.row(), index.column(), role);
    const Scenario &s = m_document->scenario();
    const OutsideOption &o = s.options[index.row()];
    if (role == IdRole)
        return QStringList{o.id};
    if (role == Qt::ToolTipRole && index.column() == OwnerColumn)
        return tr("Only %1 can turn to this alternative").arg(partyName(o.owner));
    if ((role != Qt::DisplayRole && role != Qt::EditRole) || index.column() > OwnerColumn)
        return {};
    return index.column() == NameColumn ? shown(role, o.name) : partyName(o.owner);
}

QVariant OptionModel::offerData(int option, int row, int column, int role) const
{
    const Scenario &s = m_document->scenario();
    const OutsideOption &o = s.options[option];
    const Offer &offer = o.offers[row];
    if (role == IdRole)
        return QStringList{o.id, offer.desire};
    if (role == Qt::ToolTipRole && column == PerceivedColumn)
        return tr("What %1 believes this alternative offers").arg(partyName(o.owner));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case DesireColumn: return desireName(offer.desire);
    case QualityColumn: return offer.rating.quality;
    default: return offer.rating.perceivedValue();
    }
}

bool OptionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isUsable(index) || role != Qt::EditRole)
        return false;
    if (isChild(index))
        return setOfferData(topRow(index), index.row(), index.column(), value);
    const QString id = m_document->scenario().options[index.row()].id;
    return index.column() == NameColumn
           && report(m_document->renameOption(id, value.toString(), refusal()));
}

bool OptionModel::setOfferData(int option, int row, int column, const QVariant &value)
{
    const OutsideOption &o = m_document->scenario().options[option];
    Rating rating = o.offers[row].rating;
    if (column != QualityColumn && column != PerceivedColumn)
        return false;
    bool ok = !value.isValid() && column == PerceivedColumn; // no value: follow the quality
    const double v = ok ? 0.0 : number(value, &ok);
    if (!ok)
        return false;
    if (column == QualityColumn)
        rating.quality = v;
    else
        rating.perceived = value.isValid() ? std::optional<double>(v) : std::nullopt;
    return report(m_document->setOffer(o.id, o.offers[row].desire, rating, refusal()));
}

Qt::ItemFlags OptionModel::flags(const QModelIndex &index) const
{
    if (!isUsable(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool editable = isChild(index) ? index.column() != DesireColumn : index.column() == NameColumn;
    return editable ? base | Qt::ItemIsEditable : base;
}

QVariant OptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name / Desire");
    case OwnerColumn: return tr("Owner / Quality");
    case PerceivedColumn: return tr("Perceived");
    default: return {};
    }
}

void OptionModel::documentAboutToChange(const DocumentChange &c)
{
    if (c.action == DocumentChange::Action::Changed)
        return;
    if (c.kind == DocumentChange::Kind::Option)
        beginRows(c);
    else if (c.kind == DocumentChange::Kind::Offer)
        beginRows(c, topIndex(m_document->scenario().optionIndex(c.id)));
}

void OptionModel::documentChanged(const DocumentChange &c)
{
    using Kind = DocumentChange::Kind;
    if (c.kind != Kind::Option && c.kind != Kind::Offer)
        return nameChanged(c);
    if (c.action != DocumentChange::Action::Changed)
        return endRows(c);
    if (c.kind == Kind::Option)
        return emitChanged({}, c.index, NameColumn, NameColumn, kTextRoles);
    const QModelIndex parent = topIndex(m_document->scenario().optionIndex(c.id));
    emitChanged(parent, c.index, QualityColumn, PerceivedColumn, kTextRoles);
}

// Owners and desires are shown by name.
void OptionModel::nameChanged(const DocumentChange &c)
{
    using Kind = DocumentChange::Kind;
    if (c.action != DocumentChange::Action::Changed || c.field != DocumentChange::Field::Name)
        return;
    const QVector<OutsideOption> &options = m_document->scenario().options;
    for (int i = 0; i < options.size(); ++i) {
        if (c.kind == Kind::Party && options[i].owner == c.id)
            emitChanged({}, i, OwnerColumn, OwnerColumn, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
        const int offer = options[i].offerIndex(c.id);
        if (c.kind == Kind::Desire && offer >= 0)
            emitChanged(topIndex(i), offer, DesireColumn, DesireColumn, kTextRoles);
    }
}

} // namespace powerfield
