// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace powerfield {

// Checks JSON text (UTF-8, without a byte-order mark) against the grammar of RFC 8259 before
// QJsonDocument reads it, because Qt's parser accepts what the RFC does not: raw control
// characters inside strings, numbers such as "5." and a key given twice (where the last value
// silently wins); and it calls a malformed number such as 05 an "unterminated object". A number
// too small for a double (1e-400), valid JSON that Qt refuses, is rewritten in place as 0 padded
// with spaces, so the text keeps its length and every offset its meaning.
//
// Debian's libjsoncpp (1.9.5, CharReaderBuilder::strictMode) was tried on the rows of
// tst_scenariofile's strictJson test first: it refuses duplicate keys, ".5", "0x10" and a second
// byte-order mark, but accepts raw NUL, newline and ESC in strings, "5.", "05", "-", "+1" and a
// trailing comment, and refuses the valid 1e-400; it would also parse every file a second time.
struct JsonProblem
{
    qsizetype offset = -1; // byte offset into the text
    QString reason;
};

// True when `text` is one valid JSON value with at most 1024 levels of nesting and no
// duplicate key in any object; `text` then holds the text to give QJsonDocument. Otherwise
// fills `problem` with the first error.
bool checkStrictJson(QByteArray *text, JsonProblem *problem);

} // namespace powerfield
