// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Answers the dialogs and popup menus a gesture opens, as a user would: a timer waits for the
// dialog or menu to come up (its exec() blocks the test) and then types, chooses and confirms.

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QtTest>

#include <functional>

namespace powerfield::test {

// Runs `answer` on the next modal dialog of type `Dialog` once it is up.
template<typename Dialog>
void answerNextDialog(std::function<void(Dialog *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

// Types `text` into the next text dialog (QInputDialog) and presses Enter.
inline void typeIntoNextTextDialog(const QString &text)
{
    answerNextDialog<QInputDialog>([text](QInputDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

// The action whose text (without '&') is `text`, in `menu` or its submenus.
inline QAction *menuEntry(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (QString(a->text()).remove(QLatin1Char('&')) == text)
            return a;
        if (a->menu()) {
            if (QAction *inner = menuEntry(a->menu(), text))
                return inner;
        }
    }
    return nullptr;
}

// Chooses the entry `text` (looked for in submenus too) of the next popup menu, then closes it;
// `found` tells whether there was one.
inline void chooseInNextPopup(const QString &text, bool *found = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text, found] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        QAction *entry = menuEntry(menu, text);
        if (found)
            *found = entry;
        menu->close(); // as a click does: the popup goes, then the entry runs
        if (entry)
            entry->trigger();
    });
    timer->start();
}

} // namespace powerfield::test
