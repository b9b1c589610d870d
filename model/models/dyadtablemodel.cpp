// SPDX-License-Identifier: GPL-3.0-or-later
#include "dyadtablemodel.h"

#include "document.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {
// Below this imbalance a dyad reads as balanced, as the graph greys the link.
constexpr double kBalanced = 0.05;

bool byIds(const QString &a1, const QString &b1, const QString &a2, const QString &b2)
{
    return a1 != a2 ? a1 < a2 : b1 < b2;
}
} // namespace

DyadTableModel::DyadTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::analysisChanged, this, &DyadTableModel::onAnalysisChanged);
    connect(document, &Document::changed, this, &DyadTableModel::onChanged);
    // Models get no LanguageChange of their own: the application's tells the views' headers.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
    refresh();
}

bool DyadTableModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (m_active && !m_rows.empty()) // the reading is text
            emit dataChanged(index(0, ReadingColumn), index(rowCount() - 1, ReadingColumn));
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

void DyadTableModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active && m_stale)
        refresh();
    if (m_active && m_namesStale) {
        m_namesStale = false;
        emitNamesChanged();
    }
}

void DyadTableModel::emitNamesChanged()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, DyadColumn), index(rowCount() - 1, ReadingColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

int DyadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DyadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DyadTableModel::shortName(const QString &name)
{
    if (name.size() <= kMaxNameLength)
        return name;
    return name.left(kMaxNameLength - 1) + QChar(0x2026);
}

QString DyadTableModel::name(const QString &id) const
{
    // The analysis numbers the state's parties in order: O(1) instead of a search by id.
    const Scenario &state = m_document->state();
    const int i = m_document->analysis().partyIndex(id);
    const Party *party = i >= 0 && i < state.parties.size() && state.parties[i].id == id
                             ? &state.parties[i]
                             : state.party(id);
    return shortName(party && !party->name.isEmpty() ? party->name : id);
}

QVariant DyadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    const double value = column == DependenceAColumn   ? row.dependenceA
                         : column == DependenceBColumn ? row.dependenceB
                                                       : row.power;
    const bool number = column != DyadColumn && column != ReadingColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (number)
            return formatNumber(value);
        if (column == DyadColumn)
            return tr("%1 – %2").arg(name(row.a), name(row.b));
        return reading(name(row.a), name(row.b), row.power);
    case Qt::ToolTipRole:
        if (column == ReadingColumn) // the column may be too narrow for the whole sentence
            return reading(name(row.a), name(row.b), row.power);
        return {};
    case SortRole:
        if (number)
            return value;
        return column == DyadColumn ? QVariant(row.a + QLatin1Char(' ') + row.b) : QVariant();
    case Qt::TextAlignmentRole:
        if (number)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant DyadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == PowerColumn)
        return tr("From -1 to 1: positive when A holds more power (B depends on A more than A on B)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DyadColumn: return tr("Dyad A – B");
    case DependenceAColumn: return tr("A depends\non B");
    case DependenceBColumn: return tr("B depends\non A");
    case PowerColumn: return tr("Relative\npower of A");
    case ReadingColumn: return tr("Reading");
    default: return {};
    }
}

QString DyadTableModel::reading(const QString &nameA, const QString &nameB, double relativePowerA)
{
    if (std::abs(relativePowerA) < kBalanced)
        return tr("Balanced: %1 and %2 depend on each other about equally").arg(nameA, nameB);
    const QString &strong = relativePowerA > 0 ? nameA : nameB;
    const QString &weak = relativePowerA > 0 ? nameB : nameA;
    return tr("%1 depends on %2 more: %2 holds more power").arg(weak, strong);
}

void DyadTableModel::onAnalysisChanged()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    refresh();
}

void DyadTableModel::onChanged(const DocumentChange &change)
{
    // A renamed party: the names are read when shown, so one signal over the text columns.
    if (change.kind != DocumentChange::Kind::Party || change.action != DocumentChange::Action::Changed
        || (change.field != DocumentChange::Field::Name && change.field != DocumentChange::Field::All))
        return;
    if (m_active)
        emitNamesChanged();
    else
        m_namesStale = true;
}

std::vector<DyadTableModel::Row> DyadTableModel::currentRows() const
{
    const Analysis &analysis = m_document->analysis();
    const std::vector<core::DyadResult> &dyads = analysis.engine().dyads();
    std::vector<Row> rows;
    rows.reserve(dyads.size());
    for (const core::DyadResult &d : dyads) {
        Row row{analysis.partyId(d.a), analysis.partyId(d.b), d.sideA.dependence,
                d.sideB.dependence, d.relativePowerA};
        if (row.b < row.a) { // ids are ASCII, so QString order is byte order
            std::swap(row.a, row.b);
            std::swap(row.dependenceA, row.dependenceB);
            row.power = -row.power;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// Linear in the number of dyads: the rows are compared with those last read, slot by slot while
// the engine keeps its order (edits and story steps), else by sorting and merging.
void DyadTableModel::refresh()
{
    m_stale = false;
    std::vector<Row> fresh = currentRows();
    std::vector<int> changed;
    if (fresh.size() == m_rowOfSlot.size() && fresh.size() == m_rows.size()) {
        bool sameOrder = true;
        for (size_t slot = 0; slot < fresh.size() && sameOrder; ++slot) {
            const Row &old = m_rows[size_t(m_rowOfSlot[slot])];
            sameOrder = fresh[slot].a == old.a && fresh[slot].b == old.b;
        }
        if (sameOrder) {
            for (size_t slot = 0; slot < fresh.size(); ++slot) {
                Row &old = m_rows[size_t(m_rowOfSlot[slot])];
                if (!old.sameNumbers(fresh[slot])) {
                    old = std::move(fresh[slot]);
                    changed.push_back(m_rowOfSlot[slot]);
                }
            }
            emitChangedRows(changed);
            return;
        }
    }
    // The engine's order moved: sort (slot numbers along) and compare with the rows as sorted.
    std::vector<int> order(fresh.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        return byIds(fresh[size_t(x)].a, fresh[size_t(x)].b, fresh[size_t(y)].a, fresh[size_t(y)].b);
    });
    std::vector<Row> sorted;
    sorted.reserve(fresh.size());
    std::vector<int> rowOfSlot(fresh.size());
    for (size_t row = 0; row < order.size(); ++row) {
        rowOfSlot[size_t(order[row])] = int(row);
        sorted.push_back(std::move(fresh[size_t(order[row])]));
    }
    bool sameSet = sorted.size() == m_rows.size();
    for (size_t row = 0; row < sorted.size() && sameSet; ++row)
        sameSet = sorted[row].a == m_rows[row].a && sorted[row].b == m_rows[row].b;
    if (!sameSet) {
        beginResetModel();
        m_rows = std::move(sorted);
        m_rowOfSlot = std::move(rowOfSlot);
        endResetModel();
        return;
    }
    for (size_t row = 0; row < sorted.size(); ++row) {
        if (!m_rows[row].sameNumbers(sorted[row]))
            changed.push_back(int(row));
    }
    m_rows = std::move(sorted);
    m_rowOfSlot = std::move(rowOfSlot);
    std::sort(changed.begin(), changed.end());
    emitChangedRows(changed);
}

// One dataChanged per run of adjacent changed rows, over the columns that depend on the numbers.
void DyadTableModel::emitChangedRows(const std::vector<int> &rows)
{
    std::vector<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, SortRole};
    for (size_t i = 0; i < sorted.size();) {
        size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1)
            ++j;
        emit dataChanged(index(sorted[i], DependenceAColumn), index(sorted[j], ReadingColumn), roles);
        i = j + 1;
    }
}

} // namespace powerfield
