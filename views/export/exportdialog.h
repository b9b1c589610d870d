// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace powerfield {

// What File > Export View writes: which view (see viewNames()) and the picture's request.
struct ViewExportChoice
{
    QString view = QStringLiteral("slide");
    ExportRequest request;

    // The last choice made, from the settings (a slide of 1920x1080 the first time).
    static ViewExportChoice remembered();
    void remember() const;
};

// The Export View dialog: the view, the file (its suffix gives the format: PNG, SVG or PDF),
// the size with 16:9 and 4:3 presets, the scale (PNG), the theme and presentation styling.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);

    void setChoice(const ViewExportChoice &choice);
    ViewExportChoice choice() const;
    // Why the choice cannot be exported as it stands (shown in the dialog), or empty.
    QString problem() const;

private:
    void browse();
    void presetChosen(int index);
    void updateState();

    QComboBox *m_view;
    QLineEdit *m_path;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_scale;
    QComboBox *m_theme;
    QCheckBox *m_presentation;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace powerfield
