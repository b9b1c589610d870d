// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sweep.h"

#include <QWidget>

#include <functional>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QAction;
class QSlider;

namespace powerfield {

class Document;

// One model value in [0,1] as a labelled slider with a spin box: it mirrors the value read from
// the document without emitting anything, and writes each user change through `write`: a mouse
// drag as one merged gesture, each key press and each spin-box step as one edit. During a gesture
// and for a moment after it, a faint tick marks the value it started from (docs/architecture.md
// §Before and after); its context menu offers to sweep the value when it has a sweep target. The
// mouse wheel edits it only while it has the keyboard focus: otherwise it scrolls the panel around
// it.
class ValueSlider : public QWidget
{
    Q_OBJECT

public:
    using Read = std::function<double()>;
    using Write = std::function<void(double)>;

    ValueSlider(Document *document, const QString &label, Read read, Write write,
                QWidget *parent = nullptr);

    void sync(); // reads the model value again; never writes
    double value() const;
    void setText(const QString &label);
    QString text() const;
    void setDefinition(const QString &definition); // tooltip and accessible description
    bool isDragging() const;
    // The value the current or last moment's gesture started from, while its tick shows.
    std::optional<double> oldValue() const;
    // What "Sweep this value" varies; without one the slider offers no sweep.
    void setSweepTarget(const SweepTarget &target);
    QAction *sweepAction() const { return m_sweep; }

    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spin; }

signals:
    void gestureFinished();
    void sweepRequested(const powerfield::SweepTarget &target);

protected:
    bool event(QEvent *event) override;

private:
    void updateSweep();
    void mirror(double value);
    void commit(double value);

    Document *m_document;
    Read m_read;
    Write m_write;
    QLabel *m_label;
    QSlider *m_slider;
    QDoubleSpinBox *m_spin;
    QAction *m_sweep = nullptr;
    SweepTarget m_target;
};

} // namespace powerfield
