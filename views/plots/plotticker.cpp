// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotticker.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace powerfield {

namespace {

constexpr double kVerticalGap = 0.35;  // of a label's height, between two labels on a value axis
constexpr double kHorizontalGap = 1.2; // of a label's height, between two labels on a time axis

} // namespace

PlotTicker::PlotTicker(QCPAxis *axis)
    : m_axis(axis)
{
}

void PlotTicker::setLevels(const QVector<QVector<Tick>> &levels)
{
    m_levels = levels;
    m_level = 0;
}

double PlotTicker::pixels() const
{
    const QCPAxisRect *rect = m_axis->axisRect();
    return m_axis->orientation() == Qt::Vertical ? rect->height() : rect->width();
}

double PlotTicker::pixelsPerUnit(const QCPRange &range) const
{
    return range.size() > 0 ? pixels() / range.size() : 0.0;
}

bool PlotTicker::isStale() const
{
    return std::abs(pixels() - m_usedPixels) > 0.5 || m_axis->range() != m_usedRange;
}

double PlotTicker::getTickStep(const QCPRange &range)
{
    m_usedPixels = pixels();
    m_usedRange = range;
    if (!m_levels.isEmpty())
        return 1.0; // unused: the levels give the ticks
    // Whole steps that leave every label its width and a gap.
    const QFontMetricsF metrics(m_axis->tickLabelFont());
    const QLocale locale = m_axis->parentPlot()->locale();
    double widest = 0;
    for (double end : {range.lower, range.upper})
        widest = std::max(widest, metrics.horizontalAdvance(locale.toString(qint64(std::ceil(std::abs(end))))));
    const double needed = widest + kHorizontalGap * metrics.height();
    const double perUnit = pixelsPerUnit(range);
    const double minStep = perUnit > 0 ? needed / perUnit : range.size();
    double magnitude = 1;
    while (magnitude * 10 < minStep)
        magnitude *= 10;
    for (double mantissa : {1.0, 2.0, 5.0, 10.0}) {
        if (mantissa * magnitude >= minStep)
            return mantissa * magnitude;
    }
    return 10 * magnitude;
}

int PlotTicker::getSubTickCount(double tickStep)
{
    if (!m_levels.isEmpty() || tickStep <= 1)
        return 0;
    if (tickStep > 10)
        return 4; // fifths of a long step
    // A small tick at every step between the labelled ones, while they stay a few pixels apart.
    return pixelsPerUnit(m_usedRange) >= 4 ? int(tickStep) - 1 : 0;
}

QVector<double> PlotTicker::createTickVector(double tickStep, const QCPRange &range)
{
    if (m_levels.isEmpty())
        return QCPAxisTicker::createTickVector(tickStep, range);
    const QFontMetricsF metrics(m_axis->tickLabelFont());
    const double needed = metrics.height() * (1 + kVerticalGap);
    const double perUnit = pixelsPerUnit(range);
    m_level = int(m_levels.size()) - 1;
    for (int i = 0; i < m_levels.size(); ++i) {
        double closest = 1e300;
        const QVector<Tick> &level = m_levels[i];
        for (int k = 1; k < level.size(); ++k)
            closest = std::min(closest, std::abs(level[k].first - level[k - 1].first) * perUnit);
        if (closest >= needed) {
            m_level = i;
            break;
        }
    }
    QVector<double> ticks;
    for (const Tick &t : m_levels[m_level])
        ticks.append(t.first);
    std::sort(ticks.begin(), ticks.end());
    return ticks;
}

QVector<QString> PlotTicker::createLabelVector(const QVector<double> &ticks, const QLocale &locale,
                                               QChar formatChar, int precision)
{
    if (m_levels.isEmpty())
        return QCPAxisTicker::createLabelVector(ticks, locale, formatChar, precision);
    QVector<QString> labels;
    for (double tick : ticks) {
        QString label;
        for (const Tick &t : m_levels[m_level])
            if (std::abs(t.first - tick) < 1e-9)
                label = t.second;
        labels.append(label);
    }
    return labels;
}

} // namespace powerfield
