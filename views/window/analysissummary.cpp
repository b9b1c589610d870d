// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysissummary.h"

#include "document.h"

#include <QDockWidget>
#include <QEvent>
#include <QTimer>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace powerfield {

namespace {
// `text` cut to `length` characters (with an ellipsis) when longer.
QString cut(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}
} // namespace

AnalysisSummary::AnalysisSummary(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new DyadTableModel(document, this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_emptyNote(new QLabel(this))
    , m_table(new QTableView(this))
    , m_heading(new QLabel(this))
{
    m_model->setActive(false); // until shown
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setTextFormat(Qt::PlainText);
    m_emptyNote->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Fixed row heights and column widths: nothing measures the rows (there may be 100,000s).
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setTextElideMode(Qt::ElideRight);
    const int digits = m_table->fontMetrics().horizontalAdvance(QStringLiteral("-0.000"));
    columns->resizeSection(DyadColumn, 14 * digits / 3);
    for (const int column : {DependenceAColumn, DependenceBColumn, PowerColumn})
        columns->resizeSection(column, 2 * digits);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_table, 1);
    layout->addStretch(0); // keeps the text at the top while there is no table

    connect(document, &Document::changed, this, &AnalysisSummary::onChanged);
    connect(document, &Document::scenarioReset, this, &AnalysisSummary::refreshText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnalysisSummary::updateEmptyNote);
    retranslate();
    updateEmptyNote();
}

void AnalysisSummary::retranslate()
{
    m_emptyNote->setText(tr("No dyads yet: add parties and say what one provides to the other."));
    m_table->setAccessibleName(tr("Who depends on whom"));
    m_heading->setText(tr("<b>Who depends on whom</b>"));
    refreshText();
}

void AnalysisSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool AnalysisSummary::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Hide:
        m_model->setActive(false); // at once: nothing to wait for
        scheduleActivityCheck();
        break;
    case QEvent::Show:
        scheduleActivityCheck();
        break;
    case QEvent::ParentChange:
        // A dock tells when its tab is selected or unselected; the last dock is the one.
        if (auto *dock = qobject_cast<QDockWidget *>(parentWidget())) {
            connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
                if (!visible)
                    m_model->setActive(false);
                scheduleActivityCheck();
            });
        }
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void AnalysisSummary::scheduleActivityCheck()
{
    if (m_checkScheduled)
        return;
    m_checkScheduled = true;
    QTimer::singleShot(0, this, &AnalysisSummary::checkActivity);
}

void AnalysisSummary::checkActivity()
{
    m_checkScheduled = false;
    m_model->setActive(isVisible() && !visibleRegion().isEmpty());
}

QString AnalysisSummary::titleText() const
{
    return m_title->text();
}

void AnalysisSummary::onChanged(const DocumentChange &change)
{
    if (change.kind == DocumentChange::Kind::Meta)
        refreshText();
}

void AnalysisSummary::refreshText()
{
    const Scenario &scenario = m_document->scenario();
    m_title->setText(scenario.title.isEmpty() ? tr("Untitled scenario")
                                              : cut(scenario.title, kMaxTitleLength));
    m_description->setText(cut(scenario.description, kMaxDescriptionLength));
    m_description->setVisible(!scenario.description.isEmpty());
}

void AnalysisSummary::updateEmptyNote()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyNote->setVisible(empty);
    m_table->setVisible(!empty);
}

} // namespace powerfield
