// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldlegend.h"

#include <QWidget>

namespace powerfield {

class FieldScene;

// The legend over a corner of the field view, compact, with its title row as a button that folds
// it away to that row and opens it again (the choice is remembered). Clicks elsewhere on it go
// through to the field.
class FieldLegendOverlay : public QWidget
{
    Q_OBJECT

public:
    FieldLegendOverlay(FieldScene *scene, QWidget *parent);

    bool isFolded() const { return m_folded; }
    void setFolded(bool folded);
    // Folded for want of room (the view is small), without changing the user's choice.
    bool isCrowded() const { return m_crowded; }
    void setCrowded(bool crowded);
    // Measures it again (theme, numbers or faded parties changed).
    void refresh();

signals:
    void foldedChanged(bool folded);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    FieldLegend::Options options() const;
    QRectF headerRect() const;

    FieldScene *m_scene;
    bool m_folded = false;
    bool m_crowded = false;
};

} // namespace powerfield
