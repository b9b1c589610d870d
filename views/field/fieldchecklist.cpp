// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldchecklist.h"

#include "document.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QGridLayout>

#include <algorithm>

namespace powerfield {

FieldChecklist::FieldChecklist(Document *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("fieldChecklist"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    // The title, then the steps in two rows of two: a band two lines high.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(2);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title, 0, 0, 2, 1, Qt::AlignVCenter);
    for (int i = 0; i < StepCount; ++i) {
        m_labels[i] = new QLabel(this);
        layout->addWidget(m_labels[i], i / 2, 1 + i % 2);
    }
    layout->setColumnStretch(3, 1);
    parent->installEventFilter(this);
    if (auto *area = qobject_cast<QAbstractScrollArea *>(parent))
        area->viewport()->installEventFilter(this); // laid out after its parent's resize
    connect(document, &Document::changed, this, &FieldChecklist::scheduleUpdate);
    connect(document, &Document::scenarioReset, this, [this] {
        m_finished = false;
        updateSteps();
    });
    retranslate();
    updateSteps();
}

bool FieldChecklist::isDone(Step step) const
{
    switch (step) {
    case Parties: return m_steps.parties;
    case Wants: return m_steps.wants;
    case Provides: return m_steps.provides;
    default: return m_steps.alternative;
    }
}

QString FieldChecklist::stepText(Step step) const
{
    return m_labels[step]->text();
}

void FieldChecklist::retranslate()
{
    m_title->setText(tr("Build your scenario"));
    const QString texts[StepCount] = {tr("Add two parties"), tr("Say what each wants"), tr("Who provides it"),
                                      tr("Give someone an alternative")};
    const QString tips[StepCount] = {
        tr("Add Party in the toolbar or the Edit menu, twice"),
        tr("Select a party: the Dependence panel adds a desire it wants"),
        tr("Shift-drag from one party onto the other: what it gives the other"),
        tr("Select a party and choose Add Outside Option: what it could turn to instead")};
    for (int i = 0; i < StepCount; ++i) {
        // U+2611 ballot box with check, U+2610 ballot box
        m_labels[i]->setText((isDone(Step(i)) ? QStringLiteral("\u2611 ") : QStringLiteral("\u2610 ")) + texts[i]);
        m_labels[i]->setToolTip(tips[i]);
        m_labels[i]->setEnabled(!isDone(Step(i)));
    }
    adjustSize();
    place();
}

void FieldChecklist::scheduleUpdate()
{
    if (m_queued)
        return;
    m_queued = true;
    QTimer::singleShot(0, this, [this] {
        m_queued = false;
        updateSteps();
    });
}

void FieldChecklist::updateSteps()
{
    m_steps = startSteps(m_document->scenario());
    if (m_steps.complete())
        m_finished = true;
    setVisible(!m_finished);
    if (!m_finished)
        retranslate();
    const int room = m_finished ? 0 : sizeHint().height();
    if (room != m_room) {
        m_room = room;
        emit roomChanged(room);
    }
}

// Across the top of the parent, above its viewport.
void FieldChecklist::place()
{
    auto *area = qobject_cast<QAbstractScrollArea *>(parentWidget());
    const QRect view = area ? area->viewport()->geometry() : parentWidget()->rect();
    const int height = sizeHint().height();
    setGeometry(view.left(), std::max(0, view.top() - height), view.width(), height);
    raise();
}

bool FieldChecklist::eventFilter(QObject *watched, QEvent *event)
{
    if (watched->isWidgetType() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QFrame::eventFilter(watched, event);
}

void FieldChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace powerfield
