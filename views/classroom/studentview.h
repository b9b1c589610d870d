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
// What the instructor lets the page show.
struct PageOptions
{
    bool numbers = true; // the values' numbers and the dependences
    bool others = true;  // the readings of where the party stands with each other party
    bool locked = false; // this student's edits are refused for now
};
QJsonObject studentState(const Document &document, const QString &party,
                         const PageOptions &options = PageOptions());

// The value an edit would change as the written scenario holds it now, and its name for the
// session log in the program's language ("how much Abe wants Company"); false when the edit names no value of `party`.
bool studentValue(const Document &document, const QString &party, const ClientMessage &edit,
                  double *value, QString *what);

// A student's edit of the party's own values, as the same Document edit the window makes,
// its undo entry named with the student ("Ana: ..."). False with a short reason when refused
// (an unknown id, or a value of another party).
bool applyStudentEdit(Document *document, const QString &student, const QString &party,
                      const ClientMessage &edit, QString *reason);

} // namespace classroom
} // namespace powerfield
