// SPDX-License-Identifier: GPL-3.0-or-later
#include "quadrantchart.h"

#include "explain.h"

#include <QPainter>

#include <algorithm>

namespace powerfield {

QuadrantChart::QuadrantChart(QWidget *parent)
    : QWidget(parent)
{
    setToolTip(explain::definition(explain::Term::ComparisonLevel) + QLatin1Char('\n')
               + explain::definition(explain::Term::AlternativeLevel));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void QuadrantChart::setData(const QuadrantData &data)
{
    m_data = data;
    setAccessibleName(tr("Quadrant of %1").arg(data.name));
    setAccessibleDescription(data.valid ? explain::quadrantLabel(data.side.quadrant) : QString());
    update();
}

void QuadrantChart::setTheme(const Theme &theme)
{
    m_theme = theme;
    updateGeometry();
    update();
}

QSize QuadrantChart::sizeHint() const
{
    return QSize(180, heightForWidth(180));
}

int QuadrantChart::heightForWidth(int width) const
{
    return width + int(8 * m_theme.fontScale());
}

void QuadrantChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_theme.kind == ThemeKind::Transparent ? palette().window().color()
                                                                     : m_theme.background());
    // The window's type, never below 11 pixels (the chart is small; its labels must stay legible).
    panelpainting::paintQuadrantChart(painter, QRectF(rect()), m_theme, m_data,
                                      std::max(12, QFontInfo(font()).pixelSize()));
}

} // namespace powerfield
