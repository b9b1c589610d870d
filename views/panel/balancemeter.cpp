// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancemeter.h"

#include "explain.h"

#include <QEvent>
#include <QPainter>

#include <cmath>
#include <QVariantAnimation>

namespace powerfield {

namespace {

// Whether the verdict's words changed (its length decides the lines it needs).
bool meterVerdictChanged(const MeterData &a, const MeterData &b)
{
    return a.valid && panelpainting::meterVerdict(a) != panelpainting::meterVerdict(b);
}

} // namespace

BalanceMeter::BalanceMeter(QWidget *parent)
    : QWidget(parent)
    , m_animation(new QVariantAnimation(this))
{
    m_animation->setDuration(300);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_displayed = value.toDouble();
        update();
    });
    setAccessibleName(tr("Balance meter"));
    setToolTip(explain::definition(explain::Term::RelativePower));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

double BalanceMeter::tilt() const
{
    return m_data.valid ? panelpainting::meterTilt(m_data.relativePowerA) : 0.0;
}

void BalanceMeter::setData(const MeterData &data)
{
    const bool relayout = data.valid != m_data.valid || data.nameA != m_data.nameA || data.nameB != m_data.nameB
        || data.kindA != m_data.kindA || data.kindB != m_data.kindB
        || meterVerdictChanged(data, m_data);
    m_data = data;
    if (relayout)
        updateGeometry(); // the names and the verdict may need other lines
    m_animation->stop();
    const double target = tilt();
    if (!isVisible()) {
        m_displayed = target; // nothing to watch: jump
    } else if (target != m_displayed) {
        m_animation->setStartValue(m_displayed);
        m_animation->setEndValue(target);
        m_animation->start();
    }
    update();
}

void BalanceMeter::setTheme(const Theme &theme)
{
    m_theme = theme;
    updateGeometry();
    update();
}

panelpainting::MeterLayout BalanceMeter::layoutFor(int width) const
{
    // The widget's own type (the application's, grown by the UI zoom and presentation mode).
    // Presentation mode leaves the bars to the reading under the meter, which gives both numbers.
    return panelpainting::layoutMeter(QRectF(0, 0, width, 0), m_theme, m_data, QFontInfo(font()).pixelSize(),
                                      !m_theme.presentation);
}

panelpainting::MeterLayout BalanceMeter::layout() const
{
    return layoutFor(width());
}

QSize BalanceMeter::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 40;
    return QSize(width, heightForWidth(width));
}

QSize BalanceMeter::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 14;
    return QSize(width, heightForWidth(width));
}

int BalanceMeter::heightForWidth(int width) const
{
    return int(std::ceil(layoutFor(width).height));
}

void BalanceMeter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void BalanceMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    Theme theme = m_theme;
    painter.fillRect(rect(), theme.kind == ThemeKind::Transparent ? palette().window().color()
                                                                   : theme.background());
    panelpainting::paintBalanceMeter(painter, layout(), theme, m_data, m_displayed);
}

} // namespace powerfield
