// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>
#include <QString>

namespace powerfield {

// A name as FieldLabels draws it at one font and width limit (elided, or in two lines), kept by
// its node: a sync of a large field places 20,000 names, and nearly all are what they were at
// the last one. Looking them up in the shared measure cache instead is a string hash each.
struct NameFit
{
    QString name;
    int pixels = -1;
    bool bold = false;
    double maxWidth = 0.0;
    double wrapWidth = 0.0;
    QString shown;
    QSizeF size; // pixels, with the box's padding

    bool fits(const QString &n, int p, bool b, double mw, double ww) const
    {
        return p == pixels && b == bold && mw == maxWidth && ww == wrapWidth && n == name;
    }
};

} // namespace powerfield
