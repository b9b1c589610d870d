// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>

class QAction;
class QWidget;

namespace powerfield {

class FieldView;

// The global zoom of the user interface (Ctrl++, Ctrl+-, Ctrl+0): the application's font grows
// or shrinks in steps, and the field zooms with it; the level is remembered between sessions.
// Presentation mode adds its own boost on top (setBoost).
class UiZoom : public QObject
{
    Q_OBJECT

public:
    // `window` receives the actions (they work wherever the focus is in it).
    UiZoom(FieldView *field, QWidget *window);

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *resetAction() const { return m_reset; }

    int level() const { return m_level; } // 0 is the normal size; each step is 1.25 times
    void setLevel(int level);             // clamped to [-2, 4]; stored in the settings
    double factor() const;                // the font's factor from the level alone
    // An extra factor on the font, not remembered (presentation mode's large type).
    void setBoost(double boost);
    double boost() const { return m_boost; }
    QFont baseFont() const { return m_base; }

    void zoomIn() { setLevel(m_level + 1); }
    void zoomOut() { setLevel(m_level - 1); }
    void reset() { setLevel(0); }

signals:
    void levelChanged(int level);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void applyFont();

    FieldView *m_field;
    QWidget *m_window;
    QFont m_base;
    int m_level = 0;
    double m_boost = 1.0;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_reset;
};

} // namespace powerfield
