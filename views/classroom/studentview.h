// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classprotocol.h"

#include <QJsonObject>
#include <QString>

namespace powerfield {

class Document;

namespace classroom {

// What one student's page shows of the party the student holds: its desires with their
// importance, its outside options with their perceived values, and where it stands with each
// other party, read from the Document's analysis (the server never computes power itself).
QJsonObject studentState(const Document &document, const QString &party);

// A student's edit of the party's own values, as the same Document edit the window makes,
// its undo entry named with the student ("Ana: ..."). False with a short reason when refused
// (an unknown id, or a value of another party).
bool applyStudentEdit(Document *document, const QString &student, const QString &party,
                      const ClientMessage &edit, QString *reason);

} // namespace classroom
} // namespace powerfield
