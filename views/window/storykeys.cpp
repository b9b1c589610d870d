// SPDX-License-Identifier: GPL-3.0-or-later
#include "storykeys.h"

#include "document.h"
#include "fieldview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace powerfield {

StoryKeys::StoryKeys(QObject *parent)
    : QObject(parent)
{
}

bool StoryKeys::focusUsesKey(const QWidget *focus, int key)
{
    if (!focus)
        return false;
    const bool arrow = key == Qt::Key_Left || key == Qt::Key_Right;
    if (key != Qt::Key_Space && !arrow && key != Qt::Key_Home)
        return false;
    if (qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QAbstractSpinBox *>(focus)
        || qobject_cast<const QTextEdit *>(focus) || qobject_cast<const QPlainTextEdit *>(focus)
        || qobject_cast<const QAbstractItemView *>(focus))
        return true;
    if (qobject_cast<const QAbstractSlider *>(focus) || qobject_cast<const QComboBox *>(focus))
        return arrow || key == Qt::Key_Home || key == Qt::Key_Space;
    if (qobject_cast<const QAbstractButton *>(focus))
        return key == Qt::Key_Space; // presses the button
    // In the field the arrows nudge the selected party; with none selected they step the story.
    if (const auto *field = qobject_cast<const FieldView *>(focus)) {
        const Selection s = field->document()->selection();
        return arrow && !s.isEmpty() && !s.isDyad();
    }
    return false;
}

bool StoryKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched == QApplication::focusWidget()) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Consumed here: the widget's own handler (a graphics view passes the event on to its
        // scene) would reject it again and the window's shortcut would fire.
        if (key->modifiers() == Qt::NoModifier && focusUsesKey(QApplication::focusWidget(), key->key())) {
            key->accept(); // the widget gets the key press; the shortcut does not fire
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace powerfield
