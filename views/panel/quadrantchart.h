// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelpainting.h"

#include <QWidget>

namespace powerfield {

// A small Thibaut-Kelley chart of one party: outcome against CL and CLalt.
class QuadrantChart : public QWidget
{
    Q_OBJECT

public:
    explicit QuadrantChart(QWidget *parent = nullptr);

    void setData(const QuadrantData &data);
    const QuadrantData &data() const { return m_data; }
    void setTheme(const Theme &theme);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QuadrantData m_data;
    Theme m_theme;
};

} // namespace powerfield
