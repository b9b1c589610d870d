// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelpainting.h"

#include <QWidget>

class QVariantAnimation;

namespace powerfield {

// A beam that tips toward the party with more power, with both dependences as bars; it animates
// to each new value and paints through panelpainting, the same code as the export. Its height
// follows its width and type (the layout wraps and elides rather than cut); each party's marker
// has the shape the field gives its kind.
class BalanceMeter : public QWidget
{
    Q_OBJECT

public:
    explicit BalanceMeter(QWidget *parent = nullptr);

    void setData(const MeterData &data);
    const MeterData &data() const { return m_data; }
    double tilt() const;                                // where the beam is heading, degrees
    double displayedTilt() const { return m_displayed; } // where it is drawn now
    void setTheme(const Theme &theme);

    // Where everything is painted at the current size (and the widget's own text size).
    panelpainting::MeterLayout layout() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    panelpainting::MeterLayout layoutFor(int width) const;

    MeterData m_data;
    Theme m_theme;
    double m_displayed = 0.0;
    QVariantAnimation *m_animation;
};

} // namespace powerfield
