// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QToolBar;

namespace powerfield {

// Names beside the toolbar's symbols while every button fits the window, symbols alone when not
// (their names stay in the tooltips and menus): at 1280 pixels the named buttons ran past the edge
// and the last ones, Presentation Mode among them, hid behind the overflow arrow. Refits when the
// toolbar is resized, its type changes (zoom, presentation) or its language does.
class ToolBarFit : public QObject
{
    Q_OBJECT

public:
    explicit ToolBarFit(QToolBar *bar);

    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolBar *m_bar;
    int m_needed = -1; // width of the named buttons; -1: to be measured
};

} // namespace powerfield
