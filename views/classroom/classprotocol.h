// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace powerfield::classroom {

// The largest message a student's page sends (a join or an edit is far smaller); larger ones are
// refused with a reason, and frames beyond kMaxFrameBytes drop the connection.
constexpr int kMaxMessageBytes = 4096;
constexpr int kMaxFrameBytes = 65536;
constexpr int kMaxNameLength = 40;
constexpr int kRoomCodeLength = 4;

// One checked message from a student's page. Every field was present with the right type, no
// unknown field came along, and numbers are finite and within [0, 1].
struct ClientMessage
{
    enum class Type { Join, Edit };
    enum class Kind { Importance, Alternative };
    Type type = Type::Join;
    // join
    QString name;
    QString room;
    QString token; // empty: a new student
    // edit
    Kind kind = Kind::Importance;
    QString id; // importance: desire id; alternative: "option/desire"
    double value = 0.0;
    // false while a slider is being dragged: the edits of one drag merge into one undo step,
    // which the release (final, the default) closes
    bool final = true;
};

// Reads one text message; on refusal returns false with a short reason for the student.
bool parseClientMessage(const QByteArray &text, ClientMessage *message, QString *reason);

// A random room code of four capital letters without look-alikes (no I, O).
QString newRoomCode();
// A random token that brings a student back to the same party.
QString newToken();

} // namespace powerfield::classroom
