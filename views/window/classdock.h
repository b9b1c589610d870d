// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>

class QAction;
class QCheckBox;
class QPushButton;
class QTableWidget;
class QTimer;

namespace powerfield {

class Document;

namespace classroom {
class ClassServer;
}

// The instructor's Class dock: the roster (name, party, connected, locked, last action), with
// each student's party in a combo box, locks for one or all students, what the students' pages
// show (numbers, the other parties), crowd mode, the story sent forward (students see the
// caption), removing a student, and the session log and the power after each change as CSV.
class ClassDock : public QDockWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, PartyColumn, ConnectedColumn, LockedColumn, LastActionColumn, ColumnCount };

    ClassDock(Document *document, classroom::ClassServer *server, QWidget *parent = nullptr);

    QTableWidget *roster() const { return m_table; }
    QCheckBox *showNumbersBox() const { return m_numbers; }
    QCheckBox *showOthersBox() const { return m_others; }
    QCheckBox *crowdBox() const { return m_crowd; }
    QPushButton *lockAllButton() const { return m_lockAll; }
    QPushButton *unlockAllButton() const { return m_unlockAll; }
    QPushButton *storyButton() const { return m_story; }
    QPushButton *removeButton() const { return m_remove; }
    QAction *lockAction() const { return m_lock; }
    QAction *removeAction() const { return m_removeAction; }

    // The token of the student in `row` of the roster.
    QString tokenAt(int row) const;
    // Writes the session log (time, student, party, what, old, new) or the power after each
    // change; false with the reason in `error`.
    bool saveLog(const QString &path, QString *error = nullptr) const;
    bool savePower(const QString &path, QString *error = nullptr) const;

    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void fillRow(int row, const QString &token);
    void assign(const QString &token, int comboIndex);
    void lockSelected();
    void removeSelected();
    void sendStoryForward();
    void updateStory();
    void askToSave(bool power);
    void showContextMenu(const QPoint &pos);

    QPointer<Document> m_document; // null once the window's Document is gone (closing down)
    classroom::ClassServer *m_server;
    QTableWidget *m_table;
    QCheckBox *m_numbers;
    QCheckBox *m_others;
    QCheckBox *m_crowd;
    QPushButton *m_lockAll;
    QPushButton *m_unlockAll;
    QPushButton *m_story;
    QPushButton *m_remove;
    QPushButton *m_saveLog;
    QPushButton *m_savePower;
    QAction *m_lock;
    QAction *m_removeAction;
    QTimer *m_refresh;
    bool m_filling = false;
};

} // namespace powerfield
