// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancemeter.h"

#include "explain.h"

#include <QPainter>
#include <QVariantAnimation>

namespace powerfield {

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
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

double BalanceMeter::tilt() const
{
    return m_data.valid ? panelpainting::meterTilt(m_data.relativePowerA) : 0.0;
}

void BalanceMeter::setData(const MeterData &data)
{
    m_data = data;
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

QSize BalanceMeter::sizeHint() const
{
    return QSize(380, int(230 * m_theme.fontScale()));
}

QSize BalanceMeter::minimumSizeHint() const
{
    return QSize(260, int(200 * m_theme.fontScale()));
}

void BalanceMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    Theme theme = m_theme;
    painter.fillRect(rect(), theme.kind == ThemeKind::Transparent ? palette().window().color()
                                                                   : theme.background());
    panelpainting::paintBalanceMeter(painter, QRectF(rect()), theme, m_data, m_displayed);
}

} // namespace powerfield
