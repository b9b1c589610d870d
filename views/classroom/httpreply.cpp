// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpreply.h"

#include <QFile>
#include <QTcpSocket>

namespace powerfield::classroom {

void writeReply(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                const QByteArray &type)
{
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    reply += "Content-Type: " + type + "\r\n";
    reply += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    reply += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    reply += "Content-Security-Policy: default-src 'self'; connect-src 'self' ws: wss:\r\n";
    reply += "Connection: close\r\n\r\n";
    socket->write(reply + body);
    socket->disconnectFromHost(); // after the reply is written
}

void writeAsset(QTcpSocket *socket, const QByteArray &target)
{
    struct Asset
    {
        const char *path;
        const char *resource;
        const char *type;
    };
    static const Asset assets[] = {
        {"/", ":/classroom/index.html", "text/html; charset=utf-8"},
        {"/index.html", ":/classroom/index.html", "text/html; charset=utf-8"},
        {"/student.css", ":/classroom/student.css", "text/css; charset=utf-8"},
        {"/student.js", ":/classroom/student.js", "text/javascript; charset=utf-8"},
        {"/trust.js", ":/classroom/trust.js", "text/javascript; charset=utf-8"}, // the trust game
    };
    const qsizetype query = target.indexOf('?');
    const QByteArray path = query < 0 ? target : target.left(query);
    for (const Asset &asset : assets) {
        if (path != asset.path)
            continue;
        QFile file(QString::fromLatin1(asset.resource));
        if (file.open(QIODevice::ReadOnly))
            return writeReply(socket, 200, "OK", file.readAll(), asset.type);
    }
    writeReply(socket, 404, "Not Found", "not found\n");
}

bool isWebSocketUpgrade(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray header = line.trimmed().toLower();
        if (header.startsWith("upgrade:") && header.contains("websocket"))
            return true;
    }
    return false;
}

} // namespace powerfield::classroom
