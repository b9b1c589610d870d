// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

class QWidget;

namespace powerfield {

class Document;
struct Provision;

// The small dialogs of the field's link gestures. Each returns false when the user cancels.

// Which desire `from` gives `to` (the ones `to` wants first) and how well (0 to 1).
bool askNewProvision(QWidget *parent, const Document &document, const QString &from, const QString &to,
                     QString *desire, double *quality);
// How well each provision between `a` and `b` is given; edits the qualities in `provisions`.
bool editProvisions(QWidget *parent, const Document &document, const QString &a, const QString &b,
                    QVector<Provision> *provisions);

} // namespace powerfield
