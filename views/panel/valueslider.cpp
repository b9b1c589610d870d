// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueslider.h"

#include "document.h"
#include "panelwidgets.h"
#include "wrappedlabel.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace powerfield {

namespace {

constexpr int kSteps = 100; // the slider moves in hundredths
constexpr int kLingerMs = 1500; // how long the old value's tick stays after a gesture

// A slider that leaves a faint tick at the value a gesture started from: during a drag and for a
// moment after it, and across a quick run of key presses or spin-box steps.
class GhostSlider : public QSlider
{
public:
    GhostSlider()
        : QSlider(Qt::Horizontal)
    {
        m_linger.setSingleShot(true);
        m_linger.setInterval(kLingerMs);
        connect(&m_linger, &QTimer::timeout, this, [this] {
            m_ghost.reset();
            update();
        });
        connect(this, &QSlider::sliderPressed, this, [this] {
            m_linger.stop();
            m_ghost = value();
        });
        connect(this, &QSlider::sliderReleased, this, [this] {
            m_linger.start();
            update();
        });
    }

    // An edit that is no drag (key, click on the groove, spin box): a run of them keeps the tick
    // where the run started.
    void noteEdit(int before)
    {
        if (isSliderDown())
            return;
        if (!m_ghost)
            m_ghost = before;
        m_linger.start();
    }

    std::optional<int> ghost() const { return m_ghost; }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QSlider::paintEvent(event);
        if (!m_ghost || *m_ghost == value())
            return;
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        const int x = QStyle::sliderPositionFromValue(minimum(), maximum(), *m_ghost,
                                                      width() - handle.width()) + handle.width() / 2;
        QPainter painter(this);
        QColor color = palette().text().color();
        color.setAlpha(110);
        painter.setPen(QPen(color, 2));
        painter.drawLine(x, 1, x, height() - 2);
    }

private:
    std::optional<int> m_ghost;
    QTimer m_linger;
};

GhostSlider *ghostOf(QSlider *slider)
{
    return static_cast<GhostSlider *>(slider);
}

} // namespace

ValueSlider::ValueSlider(Document *document, const QString &label, Read read, Write write,
                         QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_read(std::move(read))
    , m_write(std::move(write))
    , m_label(new WrappedLabel(label))
    , m_slider(new GhostSlider)
    , m_spin(new QDoubleSpinBox)
{
    m_label->setBuddy(m_slider);
    m_slider->setRange(0, kSteps);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(10);
    m_spin->setRange(0.0, 1.0);
    m_spin->setDecimals(2);
    m_spin->setSingleStep(0.05);
    m_spin->setKeyboardTracking(false); // one edit when typing ends, not one per keystroke
    setText(label);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_slider, 1);
    row->addWidget(m_spin);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 2, 0, 2);
    column->setSpacing(1);
    column->addWidget(m_label);
    column->addLayout(row);
    setFocusProxy(m_slider);
    // Scrolling the panel over a slider scrolls the panel; the wheel edits only a focused control.
    panelwidgets::wheelOnlyWithFocus(m_slider);
    panelwidgets::wheelOnlyWithFocus(m_spin);

    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_document->beginGesture(); });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_document->endGesture();
        emit gestureFinished();
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) { commit(v / double(kSteps)); });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) { commit(v); });
    sync();
}

std::optional<double> ValueSlider::oldValue() const
{
    const std::optional<int> ghost = ghostOf(m_slider)->ghost();
    return ghost ? std::optional(*ghost / double(kSteps)) : std::nullopt;
}

void ValueSlider::setSweepTarget(const SweepTarget &target)
{
    m_target = target;
    if (m_sweep)
        return;
    // Right-click or the Menu key on the slider or its label; the spin box keeps its own menu.
    m_sweep = new QAction(tr("Sweep this value"), this);
    m_sweep->setObjectName(QStringLiteral("sweep"));
    m_sweep->setStatusTip(tr("Plot relative power across the whole range of this value"));
    addAction(m_sweep);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_sweep, &QAction::triggered, this, [this] {
        if (sweepValue(m_document->state(), m_target))
            emit sweepRequested(m_target);
    });
    updateSweep();
}

void ValueSlider::sync()
{
    mirror(m_read());
}

bool ValueSlider::event(QEvent *event)
{
    // Checked as the menu opens, not on every sync: it costs a search through the records.
    if (event->type() == QEvent::ContextMenu)
        updateSweep();
    return QWidget::event(event);
}

void ValueSlider::updateSweep()
{
    // A provision the slider creates on its first edit has no value to sweep before.
    if (m_sweep)
        m_sweep->setEnabled(sweepValue(m_document->state(), m_target).has_value());
}

double ValueSlider::value() const
{
    return m_spin->value();
}

void ValueSlider::setText(const QString &label)
{
    m_label->setText(label);
    m_slider->setAccessibleName(label);
    m_spin->setAccessibleName(label);
}

QString ValueSlider::text() const
{
    return m_label->text();
}

void ValueSlider::setDefinition(const QString &definition)
{
    for (QWidget *w : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_slider),
                       static_cast<QWidget *>(m_spin)}) {
        w->setToolTip(definition);
        w->setAccessibleDescription(definition);
    }
}

bool ValueSlider::isDragging() const
{
    return m_slider->isSliderDown();
}

void ValueSlider::mirror(double value)
{
    const QSignalBlocker blockSlider(m_slider);
    const QSignalBlocker blockSpin(m_spin);
    m_slider->setValue(int(std::lround(value * kSteps)));
    m_spin->setValue(value);
    m_slider->update();
}

void ValueSlider::commit(double value)
{
    ghostOf(m_slider)->noteEdit(int(std::lround(m_read() * kSteps)));
    m_write(value);
    sync(); // a refused value snaps back; an accepted one shows in both controls
}

} // namespace powerfield
