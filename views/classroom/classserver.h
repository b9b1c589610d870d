// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classlog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
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
    // One student of the roster, in the order they joined.
    struct RosterEntry
    {
        QString token;
        QString name;
        QString party;
        bool connected = false;
        bool locked = false;
        QString lastAction; // "how much Abe wants Company 0.30 -> 0.60"
    };
    QList<RosterEntry> roster() const;

    // Gives the student another party (any party, also one another student holds); the page
    // follows at once. False for an unknown student or party.
    bool assignParty(const QString &token, const QString &party);
    // A locked student's edits are refused (with the reason "locked", to that student only).
    void setLocked(const QString &token, bool locked);
    // Locks or unlocks every student, and those who join from now on.
    void setAllLocked(bool locked);
    bool allLocked() const { return m_lockAll; }
    // The student's page says it was removed; the token no longer joins.
    void removeStudent(const QString &token);

    // What the students' pages show: the numbers, and the readings about the other parties.
    void setShowNumbers(bool show);
    bool showNumbers() const { return m_showNumbers; }
    void setShowOthers(bool show);
    bool showOthers() const { return m_showOthers; }

    // Crowd mode: new students share the parties (each joins the party with the fewest
    // students), and a party's value is the median of the values its students have set.
    void setCrowd(bool crowd);
    bool isCrowd() const { return m_crowd; }

    // Every edit of this session with the analysis after it (cleared when a session starts).
    const ClassLog &log() const { return m_log; }

signals:
    void runningChanged(bool running);
    void studentsChanged(int connected);
    void studentJoined(const QString &token, const QString &name); // also on rejoining
    void studentLeft(const QString &token);                       // the connection closed
    void rosterChanged(); // a student joined, left, came back, edited, or the instructor changed one

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
        bool locked = false;
        double gestureStart = 0.0;   // the value when the drag began, for the log
        QString lastAction;
        QHash<QString, double> mine; // crowd mode: the values this student set, by value key
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
    void refuse(QWebSocket *socket, const QString &code, const QString &reason = QString());
    void applyEdit(Student &student, const ClientMessage &message, QWebSocket *socket);
    double crowdValue(const Student &student, const ClientMessage &message, double value);
    void disconnected(QWebSocket *socket);
    QString freeParty() const;
    void scheduleBroadcast();
    void broadcast();
    void sendState(const Student &student);
    QString stateText(const Student &student) const;
    void sendStateTo(const QString &token);

    QPointer<Document> m_document; // null once the window's Document is gone (closing down)
    QTcpServer *m_tcp;
    QWebSocketServer *m_ws;
    QTimer *m_broadcast;
    QString m_room;
    int m_limit = kDefaultStudentLimit;
    QHash<QString, Student> m_students;        // by token
    QStringList m_order;                       // tokens in the order students joined
    QSet<QString> m_removed;                   // tokens of removed students
    bool m_lockAll = false;
    bool m_showNumbers = true;
    bool m_showOthers = true;
    bool m_crowd = false;
    ClassLog m_log;
    QHash<QWebSocket *, QString> m_tokenOf;   // joined sockets
    QHash<QWebSocket *, Flow> m_flow;
    MessageHook m_hook;
};

} // namespace classroom
} // namespace powerfield
