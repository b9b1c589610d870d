// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace powerfield {

class QuadrantChart;

// One party's reading in the dependence panel: its quadrant chart with the sentences beside it
// where the width allows, else under it.
class ReadingBox : public QWidget
{
public:
    ReadingBox(QuadrantChart *chart, const QList<QLabel *> &texts, QWidget *parent = nullptr);

    bool isStacked() const { return m_stacked; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(bool stacked);

    QuadrantChart *m_chart;
    QWidget *m_texts;
    QGridLayout *m_grid;
    bool m_stacked = false;
};

} // namespace powerfield
