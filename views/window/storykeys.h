// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace powerfield {

// The story's keys (Space and the arrows step through the events, Home resets) are shortcuts
// of the whole window, so they work wherever the focus is; but a slider, spin box, text field,
// list, button or the field with a selected party uses those keys itself. Installed on the
// application, this lets such a widget keep its key instead of the story taking it.
class StoryKeys : public QObject
{
    Q_OBJECT

public:
    explicit StoryKeys(QObject *parent = nullptr);

    // Whether the widget with the focus uses the key itself (without modifiers).
    static bool focusUsesKey(const QWidget *focus, int key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace powerfield
