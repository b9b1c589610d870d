// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "panelpainting.h"

#include <QStringList>

namespace powerfield {

// Everything the panel shows about one dyad, read from the document's analysis: the meter, both
// quadrant positions and the plain-language sentences.
struct DyadReading
{
    QString a;
    QString b;
    bool valid = false; // the two parties form a dyad at the current time
    core::DyadResult result;
    MeterData meter;
    QuadrantData quadrantA;
    QuadrantData quadrantB;
    QString power;
    QStringList sentencesA; // quadrant, commitment, cooperation, response
    QStringList sentencesB;
};

// The dyad or party the panel shows: the selection, else the most imbalanced dyad; a dyad's
// parties in file order (inFileOrder), so the panel never flips with the selection.
Selection panelSelection(const Document &document);
DyadReading readDyad(const Document &document, const QString &a, const QString &b);
QColor partyColor(const Scenario &state, const QString &party);
QString partyName(const Scenario &state, const QString &party);
double investmentAmount(const Scenario &state, const QString &party, const QString &partner);
bool investmentExclusive(const Scenario &state, const QString &party, const QString &partner);

} // namespace powerfield
