// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventseditor.h"

#include "changetext.h"
#include "document.h"
#include "models/eventmodel.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace powerfield {

namespace {

// The one numeric field a change sets, or nullptr (none, several, or a switch or position).
std::optional<double> Change::*onlyNumber(const Change &c)
{
    std::optional<double> Change::*found = nullptr;
    for (auto field : {&Change::comparisonLevel, &Change::importance, &Change::quality,
                       &Change::perceived, &Change::amount}) {
        if (c.*field) {
            if (found)
                return nullptr;
            found = field;
        }
    }
    return c.active || c.exclusive || c.x || c.y ? nullptr : found;
}

} // namespace

EventsEditor::EventsEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new EventModel(document, this))
    , m_table(new QTableView(this))
    , m_changes(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_removeChange(new QPushButton(this))
    , m_value(new QDoubleSpinBox(this))
    , m_changesLabel(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EventModel::CaptionColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_changesLabel->setBuddy(m_changes);
    m_message->setWordWrap(true);
    m_value->setRange(0.0, 1.0);
    m_value->setDecimals(2);
    m_value->setSingleStep(0.05);
    m_value->setKeyboardTracking(false); // one edit per Return or arrow step, not per digit
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_value);
    buttons->addWidget(m_removeChange);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changes, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    retranslate();

    connect(m_add, &QPushButton::clicked, this, &EventsEditor::addEvent);
    connect(m_remove, &QPushButton::clicked, this, &EventsEditor::removeEvent);
    connect(m_removeChange, &QPushButton::clicked, this, &EventsEditor::removeChange);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &, const QModelIndex &previous) {
                // The view makes its first row current on focus: that is no pick of the user's.
                eventSelected(previous.isValid());
            });
    connect(m_table, &QTableView::pressed, this, [this] { eventSelected(true); });
    connect(m_changes, &QListWidget::currentRowChanged, this, &EventsEditor::updateButtons);
    connect(m_value, &QDoubleSpinBox::valueChanged, this, &EventsEditor::setChangeValue);
    connect(m_model, &EventModel::editRefused, this, &EventsEditor::showMessage);
    // The change list follows every edit of events (and renames of what they name).
    connect(m_document, &Document::changed, this, &EventsEditor::fillChanges);
    connect(m_document, &Document::scenarioReset, this, &EventsEditor::fillChanges);
    connect(m_document, &Document::changed, this, [this] { showMessage(QString()); });
    fillChanges();
}

void EventsEditor::retranslate()
{
    m_add->setText(tr("Add event"));
    m_add->setToolTip(tr("Add an event at the current step"));
    m_remove->setText(tr("Remove event"));
    m_removeChange->setText(tr("Remove change"));
    m_value->setAccessibleName(tr("Value of the selected change"));
    m_value->setToolTip(tr("The value the selected change sets"));
    m_changesLabel->setText(tr("&Changes of the selected event:"));
    m_table->setAccessibleName(tr("Events"));
    m_changes->setAccessibleName(tr("Changes of the selected event"));
}

void EventsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillChanges();
    }
    QWidget::changeEvent(event);
}

int EventsEditor::currentEvent() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void EventsEditor::addEvent()
{
    const int t = m_document->currentTime();
    QString error;
    if (!m_document->addEvent({t, tr("Event at step %1").arg(t), QString(), {}}, &error))
        return showMessage(error);
    selectEvent(int(m_document->scenario().events.size()) - 1);
    m_table->edit(m_model->index(currentEvent(), EventModel::LabelColumn));
}

void EventsEditor::removeEvent()
{
    QString error;
    const int e = currentEvent();
    if (e >= 0 && !m_document->removeEvent(e, &error))
        showMessage(error);
}

void EventsEditor::removeChange()
{
    QString error;
    const int e = currentEvent();
    const int c = m_changes->currentRow();
    if (e >= 0 && c >= 0 && !m_document->removeEventChange(e, c, &error))
        showMessage(error);
}

void EventsEditor::selectEvent(int index)
{
    m_table->selectionModel()->setCurrentIndex(m_model->index(index, EventModel::TimeColumn),
                                               QItemSelectionModel::ClearAndSelect
                                                   | QItemSelectionModel::Rows);
}

// The story moves to the picked event, so the plot and field show what it changed.
void EventsEditor::eventSelected(bool moveTime)
{
    const int e = currentEvent();
    if (e >= 0 && moveTime)
        m_document->setCurrentTime(m_document->scenario().events[e].time);
    fillChanges();
}

void EventsEditor::fillChanges()
{
    const int e = currentEvent();
    const int row = m_changes->currentRow();
    const QSignalBlocker block(m_changes);
    m_changes->clear();
    if (e >= 0 && e < m_document->scenario().events.size()) {
        for (const Change &c : m_document->scenario().events[e].changes)
            m_changes->addItem(describeChange(m_document->scenario(), c));
    }
    m_changes->setCurrentRow(qMin(row, m_changes->count() - 1));
    updateButtons();
}

void EventsEditor::updateButtons()
{
    const int e = currentEvent();
    const int c = m_changes->currentRow();
    m_remove->setEnabled(e >= 0);
    m_removeChange->setEnabled(e >= 0 && c >= 0);
    const Change *change = e >= 0 && c >= 0 ? &m_document->scenario().events[e].changes[c] : nullptr;
    const auto field = change ? onlyNumber(*change) : nullptr;
    m_value->setEnabled(field != nullptr);
    const QSignalBlocker block(m_value);
    m_value->setValue(field ? *(change->*field) : 0.0);
}

void EventsEditor::setChangeValue(double value)
{
    const int e = currentEvent();
    const int c = m_changes->currentRow();
    if (e < 0 || c < 0)
        return;
    Change change = m_document->scenario().events[e].changes[c];
    const auto field = onlyNumber(change);
    if (!field)
        return;
    change.*field = value;
    QString error;
    if (!m_document->setEventChange(e, c, change, &error))
        showMessage(error);
}

void EventsEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace powerfield
