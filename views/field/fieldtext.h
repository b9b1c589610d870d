// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace powerfield {

class Document;
struct FieldLink;

// The field's plain-language readings of parties, dyads and outside options, with their numbers,
// for tooltips and screen readers.
class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)

public:
    // "Mary depends on Abe (0.70) more than Abe depends on Mary (0.00): Abe holds more power."
    static QString dyad(const Document &document, const FieldLink &link);
    static QString party(const Document &document, const QString &party);
    static QString option(const Document &document, const QString &option);

    // Names a party by id, falling back to the id when it has no name.
    static QString name(const Document &document, const QString &party);
};

} // namespace powerfield
