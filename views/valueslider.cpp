// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueslider.h"

#include "document.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QVBoxLayout>

#include <cmath>

namespace powerfield {

namespace {

constexpr int kSteps = 100; // the slider moves in hundredths

// A slider that leaves a faint tick at the value a drag started from.
class GhostSlider : public QSlider
{
public:
    GhostSlider()
        : QSlider(Qt::Horizontal)
    {
        connect(this, &QSlider::sliderPressed, this, [this] { m_ghost = value(); });
        connect(this, &QSlider::sliderReleased, this, [this] { update(); });
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QSlider::paintEvent(event);
        if (!isSliderDown() || m_ghost == value())
            return;
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        const int x = QStyle::sliderPositionFromValue(minimum(), maximum(), m_ghost,
                                                      width() - handle.width()) + handle.width() / 2;
        QPainter painter(this);
        QColor color = palette().text().color();
        color.setAlpha(110);
        painter.setPen(QPen(color, 2));
        painter.drawLine(x, 1, x, height() - 2);
    }

private:
    int m_ghost = 0;
};

} // namespace

ValueSlider::ValueSlider(Document *document, const QString &label, Read read, Write write,
                         QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_read(std::move(read))
    , m_write(std::move(write))
    , m_label(new QLabel(label))
    , m_slider(new GhostSlider)
    , m_spin(new QDoubleSpinBox)
{
    m_label->setWordWrap(true);
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

    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_document->beginGesture(); });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_document->endGesture();
        emit gestureFinished();
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) { commit(v / double(kSteps)); });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) { commit(v); });
    sync();
}

void ValueSlider::sync()
{
    mirror(m_read());
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
    m_write(value);
    sync(); // a refused value snaps back; an accepted one shows in both controls
}

} // namespace powerfield
