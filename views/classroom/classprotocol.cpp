// SPDX-License-Identifier: GPL-3.0-or-later
#include "classprotocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <cmath>

namespace powerfield::classroom {

namespace {

bool onlyKnownFields(const QJsonObject &object, const QSet<QString> &known, QString *reason)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *reason = QStringLiteral("unknown field: %1").arg(it.key().left(40));
            return false;
        }
    }
    return true;
}

bool stringField(const QJsonObject &object, const QString &key, bool required, int maxLength,
                 QString *out, QString *reason)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return true;
    if (!value.isString()) {
        *reason = QStringLiteral("%1 must be text").arg(key);
        return false;
    }
    *out = value.toString().trimmed();
    if (out->size() > maxLength || (required && out->isEmpty())) {
        *reason = QStringLiteral("%1 must be 1 to %2 characters").arg(key).arg(maxLength);
        return false;
    }
    return true;
}

bool parseJoin(const QJsonObject &object, ClientMessage *message, QString *reason)
{
    static const QSet<QString> known = {QStringLiteral("type"), QStringLiteral("name"),
                                        QStringLiteral("room"), QStringLiteral("token")};
    if (!onlyKnownFields(object, known, reason)
        || !stringField(object, QStringLiteral("name"), true, kMaxNameLength, &message->name, reason)
        || !stringField(object, QStringLiteral("room"), true, kRoomCodeLength, &message->room, reason)
        || !stringField(object, QStringLiteral("token"), false, 64, &message->token, reason))
        return false;
    for (const QChar c : std::as_const(message->name)) {
        if (!c.isPrint()) {
            *reason = QStringLiteral("name holds a control character");
            return false;
        }
    }
    message->room = message->room.toUpper();
    message->type = ClientMessage::Type::Join;
    return true;
}

bool parseEdit(const QJsonObject &object, ClientMessage *message, QString *reason)
{
    static const QSet<QString> known = {QStringLiteral("type"), QStringLiteral("kind"),
                                        QStringLiteral("id"), QStringLiteral("value"),
                                        QStringLiteral("final")};
    QString kind;
    if (!onlyKnownFields(object, known, reason)
        || !stringField(object, QStringLiteral("kind"), true, 20, &kind, reason)
        || !stringField(object, QStringLiteral("id"), true, 300, &message->id, reason))
        return false;
    if (kind == QLatin1String("importance")) {
        message->kind = ClientMessage::Kind::Importance;
    } else if (kind == QLatin1String("alternative")) {
        message->kind = ClientMessage::Kind::Alternative;
    } else {
        *reason = QStringLiteral("kind must be importance or alternative");
        return false;
    }
    // JSON has no NaN or infinity; a number too large for a double reads as infinity.
    const QJsonValue value = object.value(QStringLiteral("value"));
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        *reason = QStringLiteral("value must be a finite number");
        return false;
    }
    message->value = value.toDouble();
    const QJsonValue final = object.value(QStringLiteral("final"));
    if (!final.isUndefined() && !final.isBool()) {
        *reason = QStringLiteral("final must be true or false");
        return false;
    }
    message->final = final.toBool(true);
    if (message->value < 0.0 || message->value > 1.0) {
        *reason = QStringLiteral("value must be between 0 and 1");
        return false;
    }
    message->type = ClientMessage::Type::Edit;
    return true;
}

} // namespace

bool parseClientMessage(const QByteArray &text, ClientMessage *message, QString *reason)
{
    if (text.size() > kMaxMessageBytes) {
        *reason = QStringLiteral("message too large");
        return false;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        *reason = QStringLiteral("not a JSON object");
        return false;
    }
    const QJsonObject object = json.object();
    const QJsonValue type = object.value(QStringLiteral("type"));
    *message = ClientMessage();
    if (type == QLatin1String("join"))
        return parseJoin(object, message, reason);
    if (type == QLatin1String("edit"))
        return parseEdit(object, message, reason);
    *reason = QStringLiteral("type must be join or edit");
    return false;
}

QString newRoomCode()
{
    static const char letters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString code;
    for (int i = 0; i < kRoomCodeLength; ++i)
        code += QLatin1Char(letters[QRandomGenerator::system()->bounded(int(sizeof letters) - 1)]);
    return code;
}

QString newToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

} // namespace powerfield::classroom
