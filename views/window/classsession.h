// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joincard.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace powerfield {

class ClassDock;
class Document;

namespace classroom {
class ClassServer;
}

// The window's Class menu: starts and stops the class session (its server over the window's
// Document) and shows the join card. Nothing listens until a session is started.
class ClassSession : public QObject
{
    Q_OBJECT

public:
    ClassSession(Document *document, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *joinCardAction() const { return m_joinCard; }
    // For the toolbar: checked while a session runs; checking it asks to start, unchecking stops.
    QAction *sessionAction() const { return m_session; }
    // The instructor's Class dock (the window docks it; shown when a session starts).
    ClassDock *dock() const { return m_dock; }
    QAction *trustGameAction() const { return m_trustGame; } // the trust game's dock (trustgamedock.h)
    classroom::ClassServer *server() const { return m_server; }
    JoinCard *joinCard() const { return m_card; }

    // Starts without asking (the command line, tests); false with the reason in `error`.
    bool start(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void stop();
    // Class > Start Class Session: asks for the network and port, starts, shows the join card.
    void askToStart();
    void showJoinCard();
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();

    QWidget *m_window;
    classroom::ClassServer *m_server;
    QMenu *m_menu;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_joinCard;
    QAction *m_session;
    ClassDock *m_dock;
    QAction *m_trustGame;
    QPointer<JoinCard> m_card;
};

} // namespace powerfield
