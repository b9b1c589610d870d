// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "eventseditor.h"
#include "examples.h"
#include "models/eventmodel.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

using namespace powerfield;

// The events editor driven as a user would: buttons, the table's editors and the change list;
// every edit is one undo step of the Document.
class TestEventsEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsEvents();
    void addEventAtCurrentTime();
    void removeEvent();
    void selectingEventMovesTimeAndListsChanges();
    void removeOneChange();
    void editChangeValue();
    void renameInTable();
    void retimeInTable();
    void editCaptionInTable();
    void refusedTimeIsShown();

private:
    void select(int row);
    // Opens the table's editor on a cell, types `text` over its content and presses Return.
    void typeInto(int row, int column, const QString &text);

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<EventsEditor> m_editor;
};

void TestEventsEditor::init()
{
    m_doc = std::make_unique<Document>();
    QString error;
    QVERIFY2(m_doc->load(examplePath(QStringLiteral("abe-and-mary")), &error), qPrintable(error));
    m_editor = std::make_unique<EventsEditor>(m_doc.get());
    m_editor->resize(700, 500);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestEventsEditor::cleanup()
{
    m_editor.reset(); // before its document
}

void TestEventsEditor::select(int row)
{
    QTableView *table = m_editor->table();
    const QRect cell = table->visualRect(table->model()->index(row, EventModel::LabelColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestEventsEditor::typeInto(int row, int column, const QString &text)
{
    QTableView *table = m_editor->table();
    const QModelIndex index = table->model()->index(row, column);
    table->setCurrentIndex(index);
    table->edit(index);
    QWidget *editor = table->indexWidget(index);
    if (!editor) // item delegates put their editor on the viewport, not as an index widget
        editor = table->viewport()->findChild<QLineEdit *>();
    if (!editor)
        editor = table->viewport()->findChild<QSpinBox *>();
    QVERIFY(editor);
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->selectAll();
    else
        qobject_cast<QLineEdit *>(editor)->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
}

void TestEventsEditor::listsEvents()
{
    QTableView *table = m_editor->table();
    QCOMPARE(table->model()->rowCount(), m_doc->scenario().events.size());
    const QModelIndex friends = table->model()->index(1, EventModel::LabelColumn);
    QCOMPARE(friends.data().toString(), QStringLiteral("Mary makes friends at work"));
    QCOMPARE(table->model()->index(1, EventModel::ChangesColumn).data().toInt(), 2);
    QCOMPARE(m_editor->removeButton()->isEnabled(), m_editor->currentEvent() >= 0);
    QCOMPARE(m_doc->currentTime(), 0); // showing the list moves no time
}

void TestEventsEditor::addEventAtCurrentTime()
{
    const Scenario before = m_doc->scenario();
    m_doc->setCurrentTime(3);
    QTest::mouseClick(m_editor->addButton(), Qt::LeftButton);
    QCOMPARE(m_doc->scenario().events.size(), before.events.size() + 1);
    const Event &added = m_doc->scenario().events.last();
    QCOMPARE(added.time, 3);
    QCOMPARE(added.label, QStringLiteral("Event at step 3"));
    QCOMPARE(m_editor->table()->model()->rowCount(), m_doc->scenario().events.size());
    QCOMPARE(m_editor->currentEvent(), int(before.events.size())); // the new row, selected
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->scenario() == before);
    QCOMPARE(m_editor->table()->model()->rowCount(), before.events.size());
}

void TestEventsEditor::removeEvent()
{
    const Scenario before = m_doc->scenario();
    select(2);
    QVERIFY(m_editor->removeButton()->isEnabled());
    QTest::mouseClick(m_editor->removeButton(), Qt::LeftButton);
    QCOMPARE(m_doc->scenario().events.size(), before.events.size() - 1);
    QCOMPARE(m_doc->scenario().events[2].label, before.events[3].label);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->scenario() == before);
}

void TestEventsEditor::selectingEventMovesTimeAndListsChanges()
{
    select(2); // "Abe grows fond of Mary", at step 6
    QCOMPARE(m_doc->currentTime(), 6);
    QListWidget *changes = m_editor->changeList();
    QCOMPARE(changes->count(), 3);
    QCOMPARE(changes->item(0)->text(), QStringLiteral("Abe: importance of Company becomes 0.90"));
    QVERIFY2(changes->item(1)->text().contains(QStringLiteral("Mary to Abe")), qPrintable(changes->item(1)->text()));
    QVERIFY(changes->item(1)->text().endsWith(QStringLiteral("0.80")));
    select(1);
    QCOMPARE(m_doc->currentTime(), 4);
    QCOMPARE(changes->count(), 2);
    QCOMPARE(changes->item(0)->text(), QStringLiteral("Mary's coworkers becomes active"));
}

void TestEventsEditor::removeOneChange()
{
    const Scenario before = m_doc->scenario();
    select(2);
    QVERIFY(!m_editor->removeChangeButton()->isEnabled());
    QListWidget *changes = m_editor->changeList();
    QTest::mouseClick(changes->viewport(), Qt::LeftButton, {}, changes->visualItemRect(changes->item(1)).center());
    QVERIFY(m_editor->removeChangeButton()->isEnabled());
    QTest::mouseClick(m_editor->removeChangeButton(), Qt::LeftButton);
    QCOMPARE(m_doc->scenario().events[2].changes.size(), 2);
    QCOMPARE(m_doc->scenario().events[2].changes[1], before.events[2].changes[2]);
    QCOMPARE(changes->count(), 2);
    QCOMPARE(m_editor->table()->model()->index(2, EventModel::ChangesColumn).data().toInt(), 2);
    // The state at the event's time no longer has Mary's belief about Abe's company.
    const Scenario &state = m_doc->state();
    QVERIFY(!state.provisions[state.provisionIndex(QStringLiteral("mary"), QStringLiteral("abe"), QStringLiteral("company"))].rating.perceived);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->scenario() == before);
    QCOMPARE(changes->count(), 3);
}

void TestEventsEditor::editChangeValue()
{
    const Scenario before = m_doc->scenario();
    select(2); // "Abe grows fond of Mary"
    QListWidget *changes = m_editor->changeList();
    QTest::mouseClick(changes->viewport(), Qt::LeftButton, {}, changes->visualItemRect(changes->item(0)).center());
    QDoubleSpinBox *value = m_editor->valueBox();
    QVERIFY(value->isEnabled());
    QCOMPARE(value->value(), 0.9); // Abe's importance of company
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("0.4"));
    QTest::keyClick(value, Qt::Key_Return);
    QCOMPARE(*m_doc->scenario().events[2].changes[0].importance, 0.4);
    QCOMPARE(changes->item(0)->text(), QStringLiteral("Abe: importance of Company becomes 0.40"));
    QCOMPARE(m_doc->state().party(QStringLiteral("abe"))->importance(QStringLiteral("company")), 0.4);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->scenario() == before);
    QCOMPARE(value->value(), 0.9);
    select(1); // "Mary makes friends at work": its first change is a switch, not a number
    QTest::mouseClick(changes->viewport(), Qt::LeftButton, {}, changes->visualItemRect(changes->item(0)).center());
    QVERIFY(!value->isEnabled());
}

void TestEventsEditor::renameInTable()
{
    typeInto(1, EventModel::LabelColumn, QStringLiteral("Coworkers"));
    QCOMPARE(m_doc->scenario().events[1].label, QStringLiteral("Coworkers"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().events[1].label, QStringLiteral("Mary makes friends at work"));
}

void TestEventsEditor::retimeInTable()
{
    typeInto(1, EventModel::TimeColumn, QStringLiteral("2"));
    QCOMPARE(m_doc->scenario().events[1].time, 2);
    m_doc->setCurrentTime(2);
    const Scenario &state = m_doc->state();
    QVERIFY(state.party(QStringLiteral("coworkers"))->active); // the story changed from step 2 on
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().events[1].time, 4);
}

void TestEventsEditor::editCaptionInTable()
{
    typeInto(0, EventModel::CaptionColumn, QStringLiteral("A new start."));
    QCOMPARE(m_doc->scenario().events[0].caption, QStringLiteral("A new start."));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestEventsEditor::refusedTimeIsShown()
{
    typeInto(1, EventModel::TimeColumn, QStringLiteral("99"));
    QCOMPARE(m_doc->scenario().events[1].time, 4);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    const QList<QLabel *> labels = m_editor->findChildren<QLabel *>();
    const bool shown = std::any_of(labels.begin(), labels.end(), [](const QLabel *l) {
        return l->isVisible() && l->text().contains(QStringLiteral("between 0 and 12"));
    });
    QVERIFY(shown);
}

QTEST_MAIN(TestEventsEditor)
#include "tst_eventseditor.moc"
