// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QPushButton>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace powerfield {

// The panel's parts that carry names, made to fit any width: a long text is elided (the whole
// text in the tooltip and the accessible name) or wrapped, never wider than the panel.
namespace panelwidgets {

// A push button whose text is elided in the middle when the button is narrower than it.
class ElidingButton : public QPushButton
{
public:
    explicit ElidingButton(const QString &text, QWidget *parent = nullptr);

    QString fullText() const { return m_text; }
    void setToolTipText(const QString &tip); // shown with the whole text when it is elided
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_text;
    QString m_tip;
};

// A group box whose title is elided when the box is narrower than it; its minimum width is its
// contents', not its title's.
class ElidingGroupBox : public QGroupBox
{
public:
    explicit ElidingGroupBox(const QString &title, QWidget *parent = nullptr);

    QString fullTitle() const { return m_title; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_title;
};

// A check box whose text wraps: the box and a word-wrapped label; a click on the text toggles.
class WrappedCheckBox : public QWidget
{
public:
    explicit WrappedCheckBox(const QString &text, QWidget *parent = nullptr);

    QCheckBox *checkBox() const { return m_box; }
    QLabel *label() const { return m_label; }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QCheckBox *m_box;
    QLabel *m_label;
};

// Makes `widget` take the mouse wheel only while it has the keyboard focus: otherwise the wheel
// goes to the scroll area around it (a student scrolling the panel changes no value).
void wheelOnlyWithFocus(QWidget *widget);

} // namespace panelwidgets

} // namespace powerfield
