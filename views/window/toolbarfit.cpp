// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolbarfit.h"

#include <QEvent>
#include <QTimer>
#include <QToolBar>

namespace powerfield {

ToolBarFit::ToolBarFit(QToolBar *bar)
    : QObject(bar)
    , m_bar(bar)
{
    bar->installEventFilter(this);
}

void ToolBarFit::fit()
{
    if (m_bar->orientation() != Qt::Horizontal)
        return;
    if (m_needed < 0) { // the named buttons' width, measured once per type, language and set of actions
        const Qt::ToolButtonStyle was = m_bar->toolButtonStyle();
        m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_needed = m_bar->sizeHint().width();
        m_bar->setToolButtonStyle(was);
    }
    m_bar->setToolButtonStyle(m_needed <= m_bar->width() ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
}

bool ToolBarFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bar) {
        switch (event->type()) {
        case QEvent::FontChange:
        case QEvent::LanguageChange:
        case QEvent::ActionAdded:
        case QEvent::ActionRemoved:
            m_needed = -1;
            [[fallthrough]];
        case QEvent::Resize:
        case QEvent::Show:
            // After the event: the new width, type or names are in place then.
            QTimer::singleShot(0, this, &ToolBarFit::fit);
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace powerfield
