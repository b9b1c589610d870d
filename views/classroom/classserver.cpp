// SPDX-License-Identifier: GPL-3.0-or-later
#include "classserver.h"

#include "classprotocol.h"
#include "document.h"
#include "httpreply.h"
#include "studentview.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <utility>

namespace powerfield::classroom {

namespace {

constexpr int kMaxRequestBytes = 8192;
constexpr int kRequestTimeoutMs = 10000; // a page request that never completes is dropped
constexpr int kPortsToTry = 20;
const char *const kUpgraded = "powerfieldUpgraded";

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The first IPv4 address on the local network, for a server listening on every network; else
// this computer's loopback.
QHostAddress localNetworkAddress()
{
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (!(interface.flags() & QNetworkInterface::IsUp) || (interface.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !entry.ip().isLoopback())
                return entry.ip();
        }
    }
    return QHostAddress(QHostAddress::LocalHost);
}

} // namespace

ClassServer::ClassServer(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_tcp(new QTcpServer(this))
    , m_ws(new QWebSocketServer(QStringLiteral("Powerfield"), QWebSocketServer::NonSecureMode, this))
    , m_broadcast(new QTimer(this))
{
    m_broadcast->setSingleShot(true);
    m_broadcast->setInterval(0); // every change of one event-loop turn in one message
    connect(m_broadcast, &QTimer::timeout, this, &ClassServer::broadcast);
    connect(m_tcp, &QTcpServer::newConnection, this, &ClassServer::acceptTcp);
    connect(m_ws, &QWebSocketServer::newConnection, this, &ClassServer::acceptWebSocket);
    connect(m_document, &Document::analysisChanged, this, &ClassServer::scheduleBroadcast);
    connect(m_document, &Document::scenarioReset, this, &ClassServer::scheduleBroadcast);
}

ClassServer::~ClassServer()
{
    stop();
}

bool ClassServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    stop();
    const int tries = port == 0 ? 1 : kPortsToTry;
    for (int i = 0; i < tries && port + i <= 65535; ++i) {
        if (m_tcp->listen(address, quint16(port == 0 ? 0 : port + i))) {
            m_room = newRoomCode();
            emit runningChanged(true);
            return true;
        }
    }
    if (error)
        *error = m_tcp->errorString();
    return false;
}

void ClassServer::stop()
{
    if (!m_tcp->isListening())
        return;
    m_tcp->close();
    const auto sockets = m_tokenOf.keys();
    for (QWebSocket *socket : sockets)
        socket->abort();
    for (QWebSocket *socket : findChildren<QWebSocket *>())
        socket->abort();
    for (QTcpSocket *socket : m_tcp->findChildren<QTcpSocket *>())
        socket->abort();
    m_tokenOf.clear();
    m_students.clear();
    m_room.clear();
    emit studentsChanged(0);
    emit runningChanged(false);
}

bool ClassServer::isRunning() const
{
    return m_tcp->isListening();
}

QHostAddress ClassServer::address() const
{
    return m_tcp->serverAddress();
}

quint16 ClassServer::port() const
{
    return m_tcp->serverPort();
}

QUrl ClassServer::joinUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress host = address();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = localNetworkAddress();
    url.setHost(host.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    url.setQuery(QStringLiteral("room=") + m_room);
    return url;
}

int ClassServer::studentCount() const
{
    return int(m_tokenOf.size());
}

void ClassServer::acceptTcp()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] {
            if (!socket->property(kUpgraded).toBool())
                socket->abort();
        });
    }
}

void ClassServer::readRequest(QTcpSocket *socket)
{
    // Peek only: an upgrade hands the unread request to the WebSocket server.
    const QByteArray head = socket->peek(kMaxRequestBytes + 1);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxRequestBytes)
            writeReply(socket, 431, "Request Header Fields Too Large");
        return;
    }
    const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
    if (line.size() != 3 || !line[2].startsWith("HTTP/1.")) {
        writeReply(socket, 400, "Bad Request");
        return;
    }
    if (line[0] != "GET") {
        writeReply(socket, 405, "Method Not Allowed");
        return;
    }
    if (isWebSocketUpgrade(head.left(end)))
        upgrade(socket, line[1]);
    else
        serveFile(socket, line[1]);
}

void ClassServer::serveFile(QTcpSocket *socket, const QByteArray &target)
{
    socket->readAll();
    writeAsset(socket, target);
}

void ClassServer::upgrade(QTcpSocket *socket, const QByteArray &target)
{
    const QUrlQuery query(QUrl::fromEncoded(target).query());
    if (query.queryItemValue(QStringLiteral("room")).toUpper() != m_room) {
        writeReply(socket, 403, "Forbidden", "wrong room code\n");
        return;
    }
    if (findChildren<QWebSocket *>().size() >= m_limit) {
        writeReply(socket, 503, "Service Unavailable", "the class is full\n");
        return;
    }
    socket->setProperty(kUpgraded, true);
    disconnect(socket, nullptr, this, nullptr);
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_ws->handleConnection(socket);
}

void ClassServer::acceptWebSocket()
{
    while (QWebSocket *socket = m_ws->nextPendingConnection()) {
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(kMaxFrameBytes);
        socket->setMaxAllowedIncomingFrameSize(kMaxFrameBytes);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { receive(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
            if (withinRate(socket))
                refuse(socket, QStringLiteral("text messages only"));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { disconnected(socket); });
    }
}

bool ClassServer::withinRate(QWebSocket *socket)
{
    Flow &flow = m_flow[socket];
    if (!flow.window.isValid() || flow.window.elapsed() >= 1000) {
        flow.window.start();
        flow.count = 0;
    }
    ++flow.count;
    if (flow.count > kDropPerSecond) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many messages"));
        socket->abort();
        return false;
    }
    if (flow.count > kMessagesPerSecond) {
        if (flow.count == kMessagesPerSecond + 1)
            refuse(socket, QStringLiteral("too many messages: slow down"));
        return false;
    }
    return true;
}

void ClassServer::receive(QWebSocket *socket, const QString &text)
{
    if (!withinRate(socket))
        return;
    ClientMessage message;
    QString reason;
    if (m_hook && m_hook(m_tokenOf.value(socket), text, &reason)) { // a game's message
        if (!reason.isEmpty())
            refuse(socket, reason);
        return;
    }
    if (!parseClientMessage(text.toUtf8(), &message, &reason))
        refuse(socket, reason);
    else if (message.type == ClientMessage::Type::Join)
        join(socket, message);
    else
        edit(socket, message);
}

void ClassServer::join(QWebSocket *socket, const ClientMessage &message)
{
    if (m_tokenOf.contains(socket))
        return refuse(socket, QStringLiteral("already joined"));
    if (message.room != m_room)
        return refuse(socket, QStringLiteral("wrong room code"));
    QString token = message.token;
    if (!m_students.contains(token)) {
        if (m_students.size() >= m_limit)
            return refuse(socket, QStringLiteral("the class is full"));
        const QString party = freeParty();
        if (party.isEmpty() && !m_hook) // with a game in the session (m_hook) students join without a party
            return refuse(socket, QStringLiteral("every party is taken"));
        token = newToken();
        m_students.insert(token, Student{message.name, token, party, nullptr});
    }
    Student &student = m_students[token];
    if (student.socket && student.socket != socket) { // the same student from a new connection
        m_tokenOf.remove(student.socket);
        student.socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                              QStringLiteral("joined again elsewhere"));
    }
    student.socket = socket;
    m_tokenOf.insert(socket, token);
    socket->sendTextMessage(QString::fromUtf8(json({{QStringLiteral("type"), QStringLiteral("welcome")},
                                                    {QStringLiteral("token"), token},
                                                    {QStringLiteral("name"), student.name},
                                                    {QStringLiteral("room"), m_room}})));
    sendState(student);
    emit studentsChanged(studentCount());
    emit studentJoined(token, student.name);
}

void ClassServer::edit(QWebSocket *socket, const ClientMessage &message)
{
    const QString token = m_tokenOf.value(socket);
    if (token.isEmpty())
        return refuse(socket, QStringLiteral("join first"));
    if (!m_document)
        return;
    Student &student = m_students[token];
    if (!message.final && !student.dragging) {
        m_document->beginGesture();
        student.dragging = true;
    }
    QString reason;
    const bool done = applyStudentEdit(m_document, student.name, student.party, message, &reason);
    if (message.final && student.dragging) {
        m_document->endGesture();
        student.dragging = false;
    }
    if (!done)
        refuse(socket, reason.isEmpty() ? QStringLiteral("refused") : reason);
}

void ClassServer::refuse(QWebSocket *socket, const QString &reason)
{
    socket->sendTextMessage(QString::fromUtf8(json({{QStringLiteral("type"), QStringLiteral("refused")},
                                                    {QStringLiteral("reason"), reason}})));
}

void ClassServer::disconnected(QWebSocket *socket)
{
    const QString token = m_tokenOf.take(socket);
    m_flow.remove(socket);
    if (!token.isEmpty() && m_students.value(token).socket == socket) {
        Student &student = m_students[token];
        student.socket = nullptr;
        if (std::exchange(student.dragging, false) && m_document) // the phone slept mid-drag
            m_document->endGesture();
    }
    socket->deleteLater();
    if (!token.isEmpty()) {
        emit studentsChanged(studentCount());
        if (!m_students.value(token).socket)
            emit studentLeft(token);
    }
}

bool ClassServer::sendToStudent(const QString &token, const QByteArray &json)
{
    const auto it = m_students.constFind(token);
    if (it == m_students.constEnd() || !it->socket)
        return false;
    it->socket->sendTextMessage(QString::fromUtf8(json));
    return true;
}

QList<QPair<QString, QString>> ClassServer::connectedStudents() const
{
    QList<QPair<QString, QString>> students;
    for (const Student &student : m_students) {
        if (student.socket)
            students.append({student.token, student.name});
    }
    return students;
}

QString ClassServer::freeParty() const
{
    if (!m_document)
        return QString();
    for (const Party &party : m_document->scenario().parties) {
        const bool held = std::any_of(m_students.begin(), m_students.end(),
                                      [&](const Student &s) { return s.party == party.id; });
        if (!held)
            return party.id;
    }
    return QString();
}

void ClassServer::scheduleBroadcast()
{
    if (!m_tokenOf.isEmpty())
        m_broadcast->start();
}

void ClassServer::broadcast()
{
    if (!m_document)
        return;
    for (const Student &student : std::as_const(m_students)) {
        if (student.socket)
            sendState(student);
    }
}

void ClassServer::sendState(const Student &student)
{
    if (!m_document)
        return;
    student.socket->sendTextMessage(
        QString::fromUtf8(json(studentState(*m_document, student.party))));
}

} // namespace powerfield::classroom
