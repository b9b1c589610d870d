// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QString>
#include <QVector>

#include <qcustomplot.h>

namespace powerfield {

// An axis ticker that labels only as many ticks as the axis has pixels for, so that no two tick
// labels touch however short or narrow the plot: it reads its axis' length and tick label font
// when the plot lays out.
//
// With levels (setLevels), it shows the richest level whose labels keep a gap (on a value axis:
// +1, +0.5, 0, -0.5, -1, then +1, 0, -1, then 0); without, it counts in whole steps of 1, 2, 5,
// 10, 20... wide enough for the widest label (a time axis).
class PlotTicker : public QCPAxisTicker
{
public:
    using Tick = QPair<double, QString>;

    explicit PlotTicker(QCPAxis *axis);
    // From the richest to the sparsest.
    void setLevels(const QVector<QVector<Tick>> &levels);
    // The axis' length or range changed since the ticks were made: the plot must lay out again.
    bool isStale() const;

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;
    QVector<QString> createLabelVector(const QVector<double> &ticks, const QLocale &locale,
                                       QChar formatChar, int precision) override;

private:
    double pixels() const; // the axis' length
    double pixelsPerUnit(const QCPRange &range) const;

    QCPAxis *m_axis;
    QVector<QVector<Tick>> m_levels;
    int m_level = 0;
    double m_usedPixels = -1;
    QCPRange m_usedRange;
};

} // namespace powerfield
