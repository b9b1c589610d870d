// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysissummary.h"

#include "document.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace powerfield {

namespace {
// Below this imbalance a dyad reads as balanced, as the graph greys the link.
constexpr double kBalanced = 0.05;

QTableWidgetItem *numberItem(double value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value, 'f', 2));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString partyName(const Scenario &state, const QString &id)
{
    const Party *party = state.party(id);
    return party && !party->name.isEmpty() ? party->name : id;
}
} // namespace

AnalysisSummary::AnalysisSummary(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_emptyNote(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_heading(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyNote->setWordWrap(true);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_table, 1);
    layout->addStretch(0); // keeps the text at the top while there is no table

    connect(document, &Document::analysisChanged, this, &AnalysisSummary::refreshTable);
    connect(document, &Document::changed, this, &AnalysisSummary::onChanged);
    connect(document, &Document::scenarioReset, this, [this] {
        refreshText();
        refreshTable();
    });
    retranslate();
}

void AnalysisSummary::retranslate()
{
    m_emptyNote->setText(tr("No dyads yet: add parties and say what one provides to the other."));
    m_table->setHorizontalHeaderLabels({tr("Dyad A – B"), tr("A depends\non B"),
                                        tr("B depends\non A"), tr("Relative\npower of A"),
                                        tr("Reading")});
    m_table->horizontalHeaderItem(PowerColumn)->setToolTip(
        tr("From -1 to 1: positive when A holds more power (B depends on A more than A on B)"));
    m_table->setAccessibleName(tr("Who depends on whom"));
    m_heading->setText(tr("<b>Who depends on whom</b>"));
    refreshText();
    refreshTable();
}

void AnalysisSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString AnalysisSummary::titleText() const
{
    return m_title->text();
}

QString AnalysisSummary::reading(const QString &nameA, const QString &nameB, double relativePowerA)
{
    if (std::abs(relativePowerA) < kBalanced)
        return tr("Balanced: %1 and %2 depend on each other about equally").arg(nameA, nameB);
    const QString &strong = relativePowerA > 0 ? nameA : nameB;
    const QString &weak = relativePowerA > 0 ? nameB : nameA;
    return tr("%1 depends on %2 more: %2 holds more power").arg(weak, strong);
}

void AnalysisSummary::onChanged(const DocumentChange &change)
{
    if (change.kind == DocumentChange::Kind::Meta)
        refreshText();
    else if (change.kind == DocumentChange::Kind::Party)
        refreshTable(); // names
}

void AnalysisSummary::refreshText()
{
    const Scenario &scenario = m_document->scenario();
    m_title->setText(scenario.title.isEmpty() ? tr("Untitled scenario") : scenario.title);
    m_description->setText(scenario.description);
    m_description->setVisible(!scenario.description.isEmpty());
}

void AnalysisSummary::refreshTable()
{
    const Scenario &state = m_document->state();
    const QVector<DyadReport> dyads = m_document->analysis().dyads();
    m_table->setRowCount(int(dyads.size()));
    for (int row = 0; row < dyads.size(); ++row) {
        const DyadReport &dyad = dyads.at(row);
        const QString a = partyName(state, dyad.a);
        const QString b = partyName(state, dyad.b);
        const double power = dyad.result.relativePowerA;
        m_table->setItem(row, DyadColumn, new QTableWidgetItem(tr("%1 – %2").arg(a, b)));
        m_table->setItem(row, DependenceAColumn, numberItem(dyad.result.sideA.dependence));
        m_table->setItem(row, DependenceBColumn, numberItem(dyad.result.sideB.dependence));
        m_table->setItem(row, PowerColumn, numberItem(power));
        m_table->setItem(row, ReadingColumn, new QTableWidgetItem(reading(a, b, power)));
    }
    m_emptyNote->setVisible(dyads.isEmpty());
    m_table->setVisible(!dyads.isEmpty());
}

} // namespace powerfield
