// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace powerfield {

// File > Properties: the scenario's title (shown in the window's title and on slides), a short
// description for students, and the teacher's notes.
class PropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PropertiesDialog(QWidget *parent = nullptr);

    void setTexts(const ScenarioTexts &texts);
    ScenarioTexts texts() const;

private:
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_notes;
};

} // namespace powerfield
