// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "startsteps.h"

#include <QFrame>

class QLabel;

namespace powerfield {

class Document;

// A short checklist in a band above the field while the scenario is not yet built: two parties,
// what each wants, who provides it, an alternative (startSteps()). Each step ticks itself as the
// student does it; once all are done it goes away for good (until another scenario comes), and
// a scenario that starts complete, as every example does, never shows it. It sits above its
// parent's viewport (a QAbstractScrollArea such as the field view), in the room the parent
// leaves for it when told by roomChanged(), so it never covers a party or a name.
class FieldChecklist : public QFrame
{
    Q_OBJECT

public:
    explicit FieldChecklist(Document *document, QWidget *parent);

    enum Step { Parties, Wants, Provides, Alternative, StepCount };
    bool isDone(Step step) const;
    QString stepText(Step step) const; // as shown, with its tick or empty box

signals:
    void roomChanged(int height); // the band's height above the viewport, 0 when hidden

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
    int m_room = -1; // the height last asked for
};

} // namespace powerfield
