// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace powerfield {

class Document;
class EventModel;

// The story's events as a table (time, label, caption, number of changes) with the changes of
// the selected event listed below it in plain words. Adds an event at the current step, removes
// events and single changes; time, label and caption are edited in the table, the value of a
// change that sets one number in a spin box beside the list. Every edit goes
// through the Document, so each is one undo step. Selecting an event moves the time to it.
class EventsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EventsEditor(Document *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QListWidget *changeList() const { return m_changes; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *removeChangeButton() const { return m_removeChange; }
    QDoubleSpinBox *valueBox() const { return m_value; } // the selected change's one number
    int currentEvent() const; // the selected event's index, -1 when none

public slots:
    void addEvent();    // at the Document's current time, selected afterwards
    void removeEvent(); // the selected one
    void removeChange(); // the selected change of the selected event

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void selectEvent(int index);
    void eventSelected(bool moveTime);
    void fillChanges();
    void updateButtons();
    void setChangeValue(double value);
    void showMessage(const QString &message);

    Document *m_document;
    EventModel *m_model;
    QTableView *m_table;
    QListWidget *m_changes;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_removeChange;
    QDoubleSpinBox *m_value;
    QLabel *m_changesLabel;
    QLabel *m_message;
};

} // namespace powerfield
