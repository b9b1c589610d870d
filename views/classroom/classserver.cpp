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
    connect(m_document, &Document::currentTimeChanged, this, &ClassServer::scheduleBroadcast);
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
            m_log.clear();
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
    for (Student &student : m_students) { // a drag cut short is still one undo entry
        if (std::exchange(student.dragging, false) && m_document) {
            const Document::AuthorScope author(m_document, student.name);
            m_document->endGesture();
        }
    }
    const auto sockets = m_tokenOf.keys();
    for (QWebSocket *socket : sockets)
        socket->abort();
    for (QWebSocket *socket : findChildren<QWebSocket *>())
        socket->abort();
    for (QTcpSocket *socket : m_tcp->findChildren<QTcpSocket *>())
        socket->abort();
    m_tokenOf.clear();
    m_students.clear();
    m_order.clear();
    m_removed.clear();
    m_room.clear();
    m_lockAll = false;
    emit studentsChanged(0);
    emit rosterChanged();
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
                refuse(socket, QStringLiteral("invalid"), QStringLiteral("text messages only"));
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
            refuse(socket, QStringLiteral("slow"), QStringLiteral("too many messages: slow down"));
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
            refuse(socket, QStringLiteral("trust"), reason);
        return;
    }
    if (!parseClientMessage(text.toUtf8(), &message, &reason))
        refuse(socket, QStringLiteral("invalid"), reason);
    else if (message.type == ClientMessage::Type::Join)
        join(socket, message);
    else
        edit(socket, message);
}

void ClassServer::join(QWebSocket *socket, const ClientMessage &message)
{
    if (m_tokenOf.contains(socket))
        return refuse(socket, QStringLiteral("joined"), QStringLiteral("already joined"));
    if (message.room != m_room)
        return refuse(socket, QStringLiteral("room"), QStringLiteral("wrong room code"));
    QString token = message.token;
    if (m_removed.contains(token))
        return refuse(socket, QStringLiteral("removed"), QStringLiteral("removed by the instructor"));
    if (!m_students.contains(token)) {
        if (m_students.size() >= m_limit)
            return refuse(socket, QStringLiteral("full"), QStringLiteral("the class is full"));
        const QString party = freeParty();
        if (party.isEmpty() && !m_hook) // with a game in the session (m_hook) students join without a party
            return refuse(socket, QStringLiteral("taken"), QStringLiteral("every party is taken"));
        token = newToken();
        // Names are the students' names in the undo history and the log: two Anas become
        // "Ana" and "Ana 2".
        QString name = message.name;
        for (int n = 2; std::any_of(m_students.cbegin(), m_students.cend(),
                                    [&](const Student &s) { return s.name == name; });
             ++n)
            name = message.name + QLatin1Char(' ') + QString::number(n);
        Student student;
        student.name = name;
        student.token = token;
        student.party = party;
        student.locked = m_lockAll;
        m_students.insert(token, student);
        m_order.append(token);
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
    emit rosterChanged();
}

void ClassServer::edit(QWebSocket *socket, const ClientMessage &message)
{
    const QString token = m_tokenOf.value(socket);
    if (token.isEmpty())
        return refuse(socket, QStringLiteral("join"), QStringLiteral("join first"));
    if (!m_document)
        return;
    Student &student = m_students[token];
    if (student.locked) {
        if (std::exchange(student.dragging, false)) {
            const Document::AuthorScope author(m_document, student.name);
            m_document->endGesture();
        }
        return refuse(socket, QStringLiteral("locked"), QStringLiteral("locked by the instructor"));
    }
    applyEdit(student, message, socket);
}

void ClassServer::applyEdit(Student &student, const ClientMessage &message, QWebSocket *socket)
{
    double before = 0.0;
    QString what;
    if (!studentValue(*m_document, student.party, message, &before, &what))
        return refuse(socket, QStringLiteral("notyours"),
                      message.kind == ClientMessage::Kind::Importance
                          ? QStringLiteral("not a desire of your party")
                          : QStringLiteral("not an alternative of your party"));
    // Each student's drags are their own gesture (Document::AuthorScope), one undo entry each.
    const Document::AuthorScope author(m_document, student.name);
    if (!student.dragging)
        student.gestureStart = before;
    if (!message.final && !student.dragging) {
        m_document->beginGesture();
        student.dragging = true;
    }
    ClientMessage change = message;
    if (m_crowd)
        change.value = crowdValue(student, message, message.value);
    QString reason;
    const bool done = change.value == before
                      || applyStudentEdit(m_document, student.name, student.party, change, &reason);
    if (message.final && student.dragging) {
        m_document->endGesture();
        student.dragging = false;
    }
    if (!done)
        return refuse(socket, QStringLiteral("refused"), reason.isEmpty() ? QStringLiteral("refused") : reason);
    if (m_broadcast->isActive()) { // a student's edit reaches the pages before the window's views
        m_broadcast->stop();       // repaint the rest (the plot, the panel)
        broadcast();
    }
    if (!message.final)
        return;
    double after = before;
    studentValue(*m_document, student.party, message, &after, &what);
    if (after == student.gestureStart)
        return; // nothing changed: nothing to log
    student.lastAction = tr("%1 %2 -> %3", "the dock's last action: what, old value, new value")
                             .arg(what, QString::number(student.gestureStart, 'f', 2),
                                  QString::number(after, 'f', 2));
    m_log.append({QDateTime::currentDateTimeUtc(), student.name, student.party, what,
                  student.gestureStart, after},
                 *m_document);
    emit rosterChanged();
}

double ClassServer::crowdValue(const Student &student, const ClientMessage &message, double value)
{
    const QString key = (message.kind == ClientMessage::Kind::Importance ? QStringLiteral("i:")
                                                                          : QStringLiteral("a:"))
                        + message.id;
    m_students[student.token].mine.insert(key, value);
    QList<double> values;
    for (const Student &other : std::as_const(m_students)) {
        if (other.party == student.party && other.mine.contains(key))
            values.append(other.mine.value(key));
    }
    return median(values);
}

void ClassServer::refuse(QWebSocket *socket, const QString &code, const QString &reason)
{
    socket->sendTextMessage(QString::fromUtf8(json({{QStringLiteral("type"), QStringLiteral("refused")},
                                                    {QStringLiteral("code"), code},
                                                    {QStringLiteral("reason"), reason.isEmpty() ? code : reason}})));
}

void ClassServer::disconnected(QWebSocket *socket)
{
    const QString token = m_tokenOf.take(socket);
    m_flow.remove(socket);
    if (!token.isEmpty() && m_students.value(token).socket == socket) {
        Student &student = m_students[token];
        student.socket = nullptr;
        if (std::exchange(student.dragging, false) && m_document) { // the phone slept mid-drag
            const Document::AuthorScope author(m_document, student.name);
            m_document->endGesture();
        }
    }
    socket->deleteLater();
    if (!token.isEmpty()) {
        emit studentsChanged(studentCount());
        if (!m_students.value(token).socket)
            emit studentLeft(token);
        emit rosterChanged();
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
    QString fewest;
    qsizetype least = -1;
    for (const Party &party : m_document->scenario().parties) {
        const qsizetype held = std::count_if(m_students.begin(), m_students.end(),
                                             [&](const Student &s) { return s.party == party.id; });
        if (held == 0)
            return party.id;
        if (m_crowd && party.active && (least < 0 || held < least)) {
            least = held;
            fewest = party.id;
        }
    }
    return fewest; // crowd mode: the party with the fewest students; else none
}

QList<ClassServer::RosterEntry> ClassServer::roster() const
{
    QList<RosterEntry> list;
    for (const QString &token : m_order) {
        const Student &s = m_students[token];
        list.append({token, s.name, s.party, !s.socket.isNull(), s.locked, s.lastAction});
    }
    return list;
}

bool ClassServer::assignParty(const QString &token, const QString &party)
{
    if (!m_students.contains(token) || !m_document || !m_document->scenario().party(party))
        return false;
    Student &student = m_students[token];
    if (student.party == party)
        return true;
    if (std::exchange(student.dragging, false)) {
        const Document::AuthorScope author(m_document, student.name);
        m_document->endGesture();
    }
    student.party = party;
    student.mine.clear(); // crowd mode: the old party's values no longer count as this student's
    sendStateTo(token);
    emit rosterChanged();
    return true;
}

void ClassServer::setLocked(const QString &token, bool locked)
{
    if (!m_students.contains(token) || m_students[token].locked == locked)
        return;
    m_students[token].locked = locked;
    sendStateTo(token);
    emit rosterChanged();
}

void ClassServer::setAllLocked(bool locked)
{
    m_lockAll = locked;
    for (Student &student : m_students)
        student.locked = locked;
    broadcast();
    emit rosterChanged();
}

void ClassServer::removeStudent(const QString &token)
{
    if (!m_students.contains(token))
        return;
    Student student = m_students.take(token);
    m_order.removeAll(token);
    m_removed.insert(token);
    if (student.dragging && m_document) {
        const Document::AuthorScope author(m_document, student.name);
        m_document->endGesture();
    }
    if (student.socket) {
        m_tokenOf.remove(student.socket);
        student.socket->sendTextMessage(
            QString::fromUtf8(json({{QStringLiteral("type"), QStringLiteral("removed")}})));
        student.socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("removed"));
    }
    emit studentsChanged(studentCount());
    emit rosterChanged();
}

void ClassServer::setShowNumbers(bool show)
{
    if (std::exchange(m_showNumbers, show) != show)
        broadcast();
}

void ClassServer::setShowOthers(bool show)
{
    if (std::exchange(m_showOthers, show) != show)
        broadcast();
}

void ClassServer::setCrowd(bool crowd)
{
    m_crowd = crowd;
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
    // Students of one party (crowd mode, or assigned alike) get the same message: built once.
    QHash<QString, QString> built;
    for (const Student &student : std::as_const(m_students)) {
        if (!student.socket)
            continue;
        const QString key = student.party + (student.locked ? QStringLiteral("\n1") : QStringLiteral("\n0"));
        auto it = built.find(key);
        if (it == built.end())
            it = built.insert(key, stateText(student));
        student.socket->sendTextMessage(*it);
    }
}

QString ClassServer::stateText(const Student &student) const
{
    const PageOptions options{m_showNumbers, m_showOthers, student.locked};
    return QString::fromUtf8(json(studentState(*m_document, student.party, options)));
}

void ClassServer::sendState(const Student &student)
{
    if (!m_document || !student.socket)
        return;
    student.socket->sendTextMessage(stateText(student));
}

void ClassServer::sendStateTo(const QString &token)
{
    const auto it = m_students.constFind(token);
    if (it != m_students.constEnd())
        sendState(*it);
}

} // namespace powerfield::classroom
