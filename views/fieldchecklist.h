// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "startsteps.h"

#include <QFrame>

class QLabel;

namespace powerfield {

class Document;

// A short checklist over the top of the field while the scenario is not yet built: two parties,
// what each wants, who provides it, an alternative (startSteps()). Each step ticks itself as the
// student does it; once all are done it goes away for good (until another scenario comes), and
// a scenario that starts complete, as every example does, never shows it. It places itself in
// its parent's viewport (a QAbstractScrollArea such as the field view).
class FieldChecklist : public QFrame
{
    Q_OBJECT

public:
    explicit FieldChecklist(Document *document, QWidget *parent);

    enum Step { Parties, Wants, Provides, Alternative, StepCount };
    bool isDone(Step step) const;
    QString stepText(Step step) const; // as shown, with its tick or empty box

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void scheduleUpdate();
    void updateSteps();
    void place();

    Document *m_document;
    QLabel *m_title;
    QLabel *m_labels[StepCount];
    StartSteps m_steps;
    bool m_finished = false; // done once for this scenario: stays away
    bool m_queued = false;
};

} // namespace powerfield
