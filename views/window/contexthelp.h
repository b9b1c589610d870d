// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAction;
class QWidget;

namespace powerfield {

class GlossaryDock;

// F1: the help page on the view that has the keyboard focus (the field, the panel, the plot, the
// scenario list, the events editor), shown in the glossary dock.
namespace contexthelp {

// The glossary page ("views#field", ...) on the view holding `widget`; the getting-started page
// for any other widget or none.
QString termFor(const QWidget *widget);
// "Help on This View" with F1, added to `window` so that it works wherever the focus is.
QAction *createAction(QWidget *window, GlossaryDock *dock);

} // namespace contexthelp

} // namespace powerfield
