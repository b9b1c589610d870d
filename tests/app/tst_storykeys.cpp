// SPDX-License-Identifier: GPL-3.0-or-later
// The story's keys in the whole window: Right (and Space) step to the next event from wherever
// the focus is, except where the focused control uses the key itself: a panel slider moves, a
// selected party in the field is nudged, and the story stays where it was.
#include "dependencepanel.h"
#include "document.h"
#include "fieldview.h"
#include "mainwindow.h"
#include "timecontrols.h"
#include "valueslider.h"

#include <QSlider>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace powerfield;

class TestStoryKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rightInTheFieldStepsTheStory();
    void rightOnASliderMovesTheSlider();
    void rightWithAPartySelectedNudgesIt();

private:
    // Gives the widget the keyboard focus in the shown window.
    void focus(QWidget *widget);

    std::unique_ptr<MainWindow> m_window;
};

void TestStoryKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no window layout from earlier runs
}

void TestStoryKeys::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    QVERIFY(m_window->openExample(QStringLiteral("abe-and-mary")));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestStoryKeys::cleanup()
{
    m_window.reset();
}

void TestStoryKeys::focus(QWidget *widget)
{
    widget->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), widget);
}

void TestStoryKeys::rightInTheFieldStepsTheStory()
{
    Document *doc = m_window->document();
    doc->setSelection(Selection());
    focus(m_window->fieldView());
    const int next = TimeControls::nextStop(*doc, 0);
    QVERIFY(next > 0);
    QTest::keyClick(m_window->fieldView(), Qt::Key_Right);
    QCOMPARE(doc->currentTime(), next);
    QTest::keyClick(m_window->fieldView(), Qt::Key_Left);
    QCOMPARE(doc->currentTime(), 0);
}

void TestStoryKeys::rightOnASliderMovesTheSlider()
{
    Document *doc = m_window->document();
    doc->setSelection(Selection{QStringLiteral("abe"), QStringLiteral("mary")});
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("dependenceDock"));
    QVERIFY(dock);
    dock->show();
    dock->raise();
    auto *panel = m_window->findChild<DependencePanel *>();
    QVERIFY(panel);
    // The panel rebuilds for the new dyad on the next turn of the event loop.
    const auto movableSlider = [panel]() -> QAbstractSlider * {
        for (ValueSlider *v : panel->findChildren<ValueSlider *>())
            if (v->slider()->isVisible() && v->slider()->isEnabled() && v->slider()->value() < v->slider()->maximum())
                return v->slider();
        return nullptr;
    };
    QTRY_VERIFY(movableSlider());
    QAbstractSlider *slider = movableSlider();
    focus(slider);
    const int before = slider->value();
    const int undoBefore = doc->undoStack()->count();
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(doc->currentTime(), 0);
    QCOMPARE(doc->undoStack()->count(), undoBefore + 1);
    // The panel may have rebuilt its sliders for the new value: the focus stays on the slider.
    auto *focused = qobject_cast<QAbstractSlider *>(QApplication::focusWidget());
    QVERIFY(focused);
    QVERIFY2(focused->value() > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(focused->value())));
}

void TestStoryKeys::rightWithAPartySelectedNudgesIt()
{
    Document *doc = m_window->document();
    doc->setSelection(Selection{QStringLiteral("mary"), QString()});
    focus(m_window->fieldView());
    const double x = doc->scenario().party(QStringLiteral("mary"))->x;
    QTest::keyClick(m_window->fieldView(), Qt::Key_Right);
    QCOMPARE(doc->currentTime(), 0);
    QVERIFY(doc->scenario().party(QStringLiteral("mary"))->x > x);
    // Space is not an arrow: it still steps the story.
    QTest::keyClick(m_window->fieldView(), Qt::Key_Space);
    QCOMPARE(doc->currentTime(), TimeControls::nextStop(*doc, 0));
}

QTEST_MAIN(TestStoryKeys)
#include "tst_storykeys.moc"
