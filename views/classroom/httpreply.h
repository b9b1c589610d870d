// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QTcpSocket;

namespace powerfield::classroom {

// The plain HTTP side of the class session: one reply per connection, then it closes.
void writeReply(QTcpSocket *socket, int status, const QByteArray &reason,
                const QByteArray &body = QByteArray(), const QByteArray &type = "text/plain; charset=utf-8");
// GET of the student page ("/", "/index.html") or one of its assets, from the program's
// resources; every other path is 404 (nothing is ever read from disk).
void writeAsset(QTcpSocket *socket, const QByteArray &target);
// Whether the request head (request line and headers) asks for a WebSocket upgrade.
bool isWebSocketUpgrade(const QByteArray &head);

} // namespace powerfield::classroom
