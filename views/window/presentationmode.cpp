// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationmode.h"

#include "mainactions.h"
#include "uizoom.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFontInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QLayout>
#include <QScreen>
#include <QTimer>

#include <algorithm>

namespace powerfield {

namespace {

// A palette whose every colour is set, so a child keeps it inside a window of another palette.
QPalette explicitCopy(const QPalette &from)
{
    QPalette to;
    for (int g = 0; g < int(QPalette::NColorGroups); ++g)
        for (int r = 0; r < int(QPalette::NColorRoles); ++r)
            to.setColor(QPalette::ColorGroup(g), QPalette::ColorRole(r),
                        from.color(QPalette::ColorGroup(g), QPalette::ColorRole(r)));
    return to;
}

// Every action of the menu bar and its menus, so their shortcuts outlive a hidden menu bar.
QList<QAction *> menuActions(const QMenuBar *bar)
{
    QList<QAction *> all;
    QList<QAction *> pending = bar->actions();
    while (!pending.isEmpty()) {
        QAction *a = pending.takeFirst();
        if (QMenu *menu = a->menu())
            pending.append(menu->actions());
        else if (!a->isSeparator() && !a->shortcut().isEmpty())
            all.append(a);
    }
    return all;
}

} // namespace

double PresentationMode::typeBoost(int screenHeight, double basePixels)
{
    // Type about 1/40 of the screen's height: the back row of a lecture hall reads it, and the
    // layout scales with the screen, so what fits at 720 lines fits at 2160.
    return std::max(1.0, screenHeight / 40.0 / std::max(1.0, basePixels));
}

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

Theme PresentationMode::presentationTheme(int screenHeight)
{
    Theme theme;
    theme.kind = ThemeKind::Projector;
    theme.presentation = true;
    theme.minTextPixels = screenHeight / 45.0;
    return theme;
}

// The window's own colours to match the projector theme of the views: light on near black.
QPalette PresentationMode::projectorPalette()
{
    const Theme theme = presentationTheme();
    QPalette p;
    const QColor back = theme.background();
    const QColor text = theme.foreground();
    const QColor raised = back.lighter(250);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        p.setColor(role, role == QPalette::Window ? back : raised);
    p.setColor(QPalette::AlternateBase, raised.lighter(120));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText})
        p.setColor(role, text);
    p.setColor(QPalette::Highlight, QColor(0x56, 0xB4, 0xE9)); // Okabe-Ito sky blue
    p.setColor(QPalette::HighlightedText, back);
    p.setColor(QPalette::ToolTipBase, raised);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Disabled, QPalette::Text, theme.muted());
    p.setColor(QPalette::Disabled, QPalette::ButtonText, theme.muted());
    p.setColor(QPalette::Disabled, QPalette::WindowText, theme.muted());
    return p;
}

void PresentationMode::setChrome(const QList<QWidget *> &chrome)
{
    m_chrome.clear();
    for (QWidget *w : chrome)
        m_chrome.append(w);
}

void PresentationMode::setDocks(const QList<QDockWidget *> &docks)
{
    m_docks.clear();
    for (QDockWidget *d : docks)
        m_docks.append(d);
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
    // The screen first, the large type after: a window that grows (its minimum size with the
    // type) while the window manager has not yet made it full screen stays a window (X11).
    if (const QScreen *screen = m_window->screen())
        m_window->setGeometry(screen->geometry());
    m_window->setWindowState(m_windowState | Qt::WindowFullScreen);
    m_hidden.clear();
    for (const QPointer<QWidget> &w : std::as_const(m_chrome)) {
        if (w && w->isVisibleTo(m_window)) {
            m_hidden.append(w);
            w->hide();
        }
    }
    const QScreen *screen = m_window->screen();
    const int height = screen ? screen->geometry().height() : 768;
    if (m_applyTheme)
        m_applyTheme(presentationTheme(height));
    if (m_zoom) {
        m_zoom->setBoost(typeBoost(height, QFontInfo(m_zoom->baseFont()).pixelSize() * m_zoom->factor()));
    }
    // The menu bar goes too (the screen is the class's), but its shortcuts keep working.
    m_menuActions.clear();
    if (QMenuBar *bar = m_window->menuBar(); bar && bar->isVisible()) {
        for (QAction *a : menuActions(bar)) {
            if (!m_window->actions().contains(a)) {
                m_window->addAction(a);
                m_menuActions.append(a);
            }
        }
        bar->hide();
        m_hidden.append(bar);
    }
    for (const QPointer<QDockWidget> &dock : std::as_const(m_docks))
        if (dock)
            dock->setTitleBarWidget(new QWidget(dock)); // an empty one: no title bar
    m_palette = m_window->palette();
    m_window->setPalette(projectorPalette());
    if (m_story) {
        QFont large = QApplication::font();
        large.setPointSizeF(large.pointSizeF() * kStoryBoost);
        m_story->setFont(large);
        // A light band like subtitles: dark text, and the buttons' dark icons stay visible.
        m_story->setPalette(explicitCopy(m_palette));
        m_story->setAutoFillBackground(true);
    }
    if (m_arrange)
        m_arrange();
}

void PresentationMode::leave()
{
    if (m_zoom)
        m_zoom->setBoost(1.0);
    if (m_story) {
        m_story->setFont(QFont()); // inherits the window's type and colours again
        m_story->setPalette(QPalette());
        m_story->setAutoFillBackground(false);
    }
    m_window->setPalette(m_palette);
    for (const QPointer<QDockWidget> &dock : std::as_const(m_docks)) {
        if (dock) {
            delete dock->titleBarWidget();
            dock->setTitleBarWidget(nullptr);
        }
    }
    if (m_applyTheme)
        m_applyTheme(Theme());
    for (const QPointer<QWidget> &w : std::as_const(m_hidden))
        if (w)
            w->show();
    m_hidden.clear();
    for (const QPointer<QAction> &a : std::as_const(m_menuActions))
        if (a)
            m_window->removeAction(a);
    m_menuActions.clear();
    // The normal type's smaller minimum size first, so the old geometry is not held larger.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (m_window->layout())
        m_window->layout()->activate();
    m_window->setWindowState(m_windowState);
    // A maximized window's size is the window manager's to give: a geometry set beside the
    // request can leave it unmaximized, its title bar above the screen (seen with openbox).
    if (!(m_windowState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window->restoreGeometry(m_geometry);
    m_window->restoreState(m_state);
    // The window system resizes the window back after this returns, and the docks would share
    // the change out: the dock sizes are restored once more when that has happened.
    QTimer::singleShot(0, m_window, [window = m_window, state = m_state] { window->restoreState(state); });
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
    // Full screen arrives later than the request, as a resize: lay out for the new size then.
    if (watched == m_window && event->type() == QEvent::Resize && m_active && m_arrange)
        m_arrange();
    return QObject::eventFilter(watched, event);
}

} // namespace powerfield
