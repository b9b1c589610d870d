// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace powerfield {

class Document;

// One model value in [0,1] as a labelled slider with a spin box: it mirrors the value read from
// the document without emitting anything, and writes each user change through `write`: a mouse
// drag as one merged gesture, each key press and each spin-box step as one edit.
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

    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spin; }

signals:
    void gestureFinished();

private:
    void mirror(double value);
    void commit(double value);

    Document *m_document;
    Read m_read;
    Write m_write;
    QLabel *m_label;
    QSlider *m_slider;
    QDoubleSpinBox *m_spin;
};

} // namespace powerfield
