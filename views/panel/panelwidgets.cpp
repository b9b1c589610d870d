// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelwidgets.h"

#include "wrappedlabel.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionButton>
#include <QWheelEvent>

namespace powerfield::panelwidgets {

namespace {

// Passes wheel events over a widget without the keyboard focus to the scroll area around it.
class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() != QEvent::Wheel || !widget || widget->hasFocus())
            return QObject::eventFilter(watched, event);
        auto *wheel = static_cast<QWheelEvent *>(event);
        QAbstractScrollArea *area = nullptr;
        for (QWidget *w = widget->parentWidget(); w && !area; w = w->parentWidget())
            area = qobject_cast<QAbstractScrollArea *>(w);
        if (area) {
            // Sent on explicitly: Qt does not pass a synthetic wheel event to the parent.
            QWidget *viewport = area->viewport();
            QWheelEvent scroll(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                               wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                               wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source(),
                               wheel->pointingDevice());
            QCoreApplication::sendEvent(viewport, &scroll);
            event->accept();
        } else {
            event->ignore();
        }
        return true;
    }
};

} // namespace

ElidingButton::ElidingButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
    , m_text(text)
{
    setAccessibleName(text);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidingButton::setToolTipText(const QString &tip)
{
    m_tip = tip;
    elide();
}

QSize ElidingButton::minimumSizeHint() const
{
    const QSize hint = QPushButton::minimumSizeHint();
    return QSize(std::min(hint.width(), fontMetrics().averageCharWidth() * 12), hint.height());
}

void ElidingButton::resizeEvent(QResizeEvent *event)
{
    QPushButton::resizeEvent(event);
    elide();
}

void ElidingButton::changeEvent(QEvent *event)
{
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidingButton::elide()
{
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    // The room for text: the button less its frame and padding (the style's size of no text).
    const int frame = style()->sizeFromContents(QStyle::CT_PushButton, &option, QSize(0, 0), this).width();
    const int room = std::max(0, width() - frame);
    const QString shown = fontMetrics().elidedText(m_text, Qt::ElideMiddle, room);
    if (shown != text())
        setText(shown);
    const bool elided = shown != m_text;
    setToolTip(elided ? (m_tip.isEmpty() ? m_text : m_text + QStringLiteral("\n") + m_tip) : m_tip);
}

ElidingGroupBox::ElidingGroupBox(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
    , m_title(title)
{
    setAccessibleName(title);
}

QSize ElidingGroupBox::minimumSizeHint() const
{
    // QGroupBox would ask for its whole title; the contents decide here.
    const QSize contents = QWidget::minimumSizeHint();
    return QSize(contents.width(), QGroupBox::minimumSizeHint().height());
}

void ElidingGroupBox::resizeEvent(QResizeEvent *event)
{
    QGroupBox::resizeEvent(event);
    elide();
}

void ElidingGroupBox::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidingGroupBox::elide()
{
    const int room = std::max(0, width() - 2 * fontMetrics().averageCharWidth() - 8);
    const QString shown = fontMetrics().elidedText(m_title, Qt::ElideMiddle, room);
    if (shown != title())
        setTitle(shown);
    setToolTip(shown != m_title ? m_title : QString());
}

WrappedCheckBox::WrappedCheckBox(const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_box(new QCheckBox)
    , m_label(new WrappedLabel(text))
{
    m_box->setAccessibleName(text);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents); // a click on the text toggles
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_box, 0, Qt::AlignTop);
    row->addWidget(m_label, 1);
    setFocusProxy(m_box);
}

void WrappedCheckBox::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_box->isEnabled() && rect().contains(event->position().toPoint())) {
        m_box->setFocus(Qt::MouseFocusReason);
        m_box->toggle();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void wheelOnlyWithFocus(QWidget *widget)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    static WheelGuard *guard = nullptr;
    if (!guard)
        guard = new WheelGuard(qApp);
    widget->installEventFilter(guard);
}

} // namespace powerfield::panelwidgets
