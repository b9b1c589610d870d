// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QPointer>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace powerfield {

class UiZoom;

// Presentation mode (F5, Esc leaves): the window goes full screen with the projector theme in
// large type and thick lines, the editing chrome is hidden and the story's controls stay; leaving
// restores the exact layout, theme and type size from before.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    // `applyTheme` sets a theme on every view that draws with one (field, panel, plot).
    using ThemeSetter = std::function<void(const Theme &theme)>;
    PresentationMode(QMainWindow *window, UiZoom *zoom, ThemeSetter applyTheme);

    // The widgets hidden while presenting (scenario tree, toolbar, status bar, ...).
    void setChrome(const QList<QWidget *> &chrome);
    // Docks whose title bars go while presenting (the class needs no "Dependence" caption).
    void setDocks(const QList<QDockWidget *> &docks);
    // The story's controls and caption: their type grows most, for the back row.
    void setStoryWidget(QWidget *story) { m_story = story; }
    // Lays the views out for presenting, after each resize of the full-screen window.
    void setArrange(std::function<void()> arrange) { m_arrange = std::move(arrange); }

    QAction *toggleAction() const { return m_toggle; } // F5, checkable
    QAction *leaveAction() const { return m_leave; }   // Esc, enabled while presenting
    bool isActive() const { return m_active; }
    void setActive(bool active);

    // Projector, large type, thick lines; no type below a 45th of a screen `screenHeight` high.
    static Theme presentationTheme(int screenHeight = 0);
    static QPalette projectorPalette(); // the window's colours while presenting
    // The factor on the window's type while presenting, for a screen `screenHeight` pixels high
    // whose normal type is `basePixels` high.
    static double typeBoost(int screenHeight, double basePixels);
    static constexpr double kStoryBoost = 1.25; // the caption, on top of the boost

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter();
    void leave();
    void retranslate();

    QMainWindow *m_window;
    UiZoom *m_zoom;
    ThemeSetter m_applyTheme;
    QList<QPointer<QWidget>> m_chrome;
    QList<QPointer<QWidget>> m_hidden; // the chrome that was visible, to show again
    QList<QPointer<QAction>> m_menuActions; // lent to the window while the menu bar is hidden
    QList<QPointer<QDockWidget>> m_docks;
    QPointer<QWidget> m_story;
    std::function<void()> m_arrange;
    QPalette m_palette;
    QAction *m_toggle;
    QAction *m_leave;
    QByteArray m_state;
    QByteArray m_geometry;
    Qt::WindowStates m_windowState;
    bool m_active = false;
};

} // namespace powerfield
