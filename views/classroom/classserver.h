// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace powerfield {

class Document;

namespace classroom {

struct ClientMessage;

// One class session: serves the student page on one port over plain HTTP (GET only, from the
// program's resources) and hands WebSocket upgrades to a QWebSocketServer on the same port.
// Students join with the room code and a name, get a party (one each, in file order), see its
// values and reading live, and edit them as Document commands named with the student.
class ClassServer : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 8080;
    static constexpr int kDefaultStudentLimit = 200;
    // A page sends a message per slider release; more than this in one second is refused, and
    // a connection that keeps on past kDropPerSecond is dropped.
    static constexpr int kMessagesPerSecond = 20;
    static constexpr int kDropPerSecond = 100;

    explicit ClassServer(Document *document, QObject *parent = nullptr);
    ~ClassServer() override;

    // Listens on `address` at `port`, or the next free port of the following 20 (port 0: any
    // free port). False with a reason when nothing could be opened.
    bool start(const QHostAddress &address, quint16 port = kDefaultPort, QString *error = nullptr);
    // Closes the server and every connection; students and their parties are forgotten.
    void stop();
    bool isRunning() const;
    QHostAddress address() const;
    quint16 port() const;
    QString roomCode() const { return m_room; }
    // The address students open: http://ADDRESS:PORT/?room=CODE
    QUrl joinUrl() const;

    int studentCount() const; // connected now
    int studentLimit() const { return m_limit; }
    void setStudentLimit(int limit) { m_limit = limit; }

    // Hook for a game played in the session (the trust game, views/classroom/trustroom.h): it is
    // offered every text message first, with the sender's token ("" before joining), and returns
    // true when it took the message; a `reason` it sets is refused to that student only. With a
    // hook, students beyond the document's parties join without a party (they play the game).
    using MessageHook = std::function<bool(const QString &token, const QString &text, QString *reason)>;
    void setMessageHook(MessageHook hook) { m_hook = std::move(hook); }
    bool sendToStudent(const QString &token, const QByteArray &json); // false when not connected
    QList<QPair<QString, QString>> connectedStudents() const;       // token and name

signals:
    void runningChanged(bool running);
    void studentsChanged(int connected);
    void studentJoined(const QString &token, const QString &name); // also on rejoining
    void studentLeft(const QString &token);                       // the connection closed

private:
    // Messages of one connection in the current second, for slowing and dropping floods.
    struct Flow
    {
        QElapsedTimer window;
        int count = 0;
    };
    struct Student
    {
        QString name;
        QString token;
        QString party;
        QPointer<QWebSocket> socket;
        bool dragging = false; // a slider drag's edits merge into one undo step
    };

    void acceptTcp();
    void readRequest(QTcpSocket *socket);
    void serveFile(QTcpSocket *socket, const QByteArray &path);
    void upgrade(QTcpSocket *socket, const QByteArray &target);
    void acceptWebSocket();
    void receive(QWebSocket *socket, const QString &text);
    bool withinRate(QWebSocket *socket);
    void join(QWebSocket *socket, const ClientMessage &message);
    void edit(QWebSocket *socket, const ClientMessage &message);
    void refuse(QWebSocket *socket, const QString &reason);
    void disconnected(QWebSocket *socket);
    QString freeParty() const;
    void scheduleBroadcast();
    void broadcast();
    void sendState(const Student &student);

    QPointer<Document> m_document; // null once the window's Document is gone (closing down)
    QTcpServer *m_tcp;
    QWebSocketServer *m_ws;
    QTimer *m_broadcast;
    QString m_room;
    int m_limit = kDefaultStudentLimit;
    QHash<QString, Student> m_students;        // by token
    QHash<QWebSocket *, QString> m_tokenOf;   // joined sockets
    QHash<QWebSocket *, Flow> m_flow;
    MessageHook m_hook;
};

} // namespace classroom
} // namespace powerfield
