// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationmode.h"

#include "mainactions.h"
#include "uizoom.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>

namespace powerfield {

PresentationMode::PresentationMode(QMainWindow *window, UiZoom *zoom, ThemeSetter applyTheme)
    : QObject(window)
    , m_window(window)
    , m_zoom(zoom)
    , m_applyTheme(std::move(applyTheme))
    , m_toggle(new QAction(window))
    , m_leave(new QAction(window))
{
    m_toggle->setObjectName(QStringLiteral("presentationMode"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F5));
    m_toggle->setIcon(MainActions::icon(QStringLiteral("view-fullscreen")));
    m_leave->setObjectName(QStringLiteral("leavePresentation"));
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leave->setEnabled(false); // Esc keeps its usual meaning outside presentation mode
    for (QAction *a : {m_toggle, m_leave}) {
        a->setShortcutContext(Qt::WindowShortcut);
        window->addAction(a);
    }
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setActive);
    connect(m_leave, &QAction::triggered, this, [this] { setActive(false); });
    retranslate();
    window->installEventFilter(this);
}

Theme PresentationMode::presentationTheme()
{
    Theme theme;
    theme.kind = ThemeKind::Projector;
    theme.presentation = true;
    return theme;
}

void PresentationMode::setChrome(const QList<QWidget *> &chrome)
{
    m_chrome.clear();
    for (QWidget *w : chrome)
        m_chrome.append(w);
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    active ? enter() : leave();
    m_toggle->setChecked(active);
    m_leave->setEnabled(active);
    emit activeChanged(active);
}

void PresentationMode::enter()
{
    m_state = m_window->saveState();
    m_geometry = m_window->saveGeometry();
    m_windowState = m_window->windowState();
    m_hidden.clear();
    for (const QPointer<QWidget> &w : std::as_const(m_chrome)) {
        if (w && w->isVisibleTo(m_window)) {
            m_hidden.append(w);
            w->hide();
        }
    }
    if (m_applyTheme)
        m_applyTheme(presentationTheme());
    if (m_zoom)
        m_zoom->setBoost(kFontBoost);
    m_window->setWindowState(m_windowState | Qt::WindowFullScreen);
}

void PresentationMode::leave()
{
    if (m_zoom)
        m_zoom->setBoost(1.0);
    if (m_applyTheme)
        m_applyTheme(Theme());
    for (const QPointer<QWidget> &w : std::as_const(m_hidden))
        if (w)
            w->show();
    m_hidden.clear();
    m_window->setWindowState(m_windowState);
    m_window->restoreGeometry(m_geometry);
    m_window->restoreState(m_state);
}

void PresentationMode::retranslate()
{
    m_toggle->setText(tr("&Presentation Mode"));
    m_toggle->setStatusTip(tr("Full screen with large type, thick lines and high contrast for a lecture hall; Esc leaves"));
    m_toggle->setToolTip(tr("Presentation mode (F5; Esc leaves)"));
    m_leave->setText(tr("Leave Presentation Mode"));
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace powerfield
