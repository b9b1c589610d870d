// SPDX-License-Identifier: GPL-3.0-or-later
#include "classsession.h"

#include "classdock.h"
#include "classserver.h"
#include "classstartdialog.h"
#include "joincard.h"
#include "trustgamedock.h"

#include <QAction>
#include <QIcon>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QWidget>

namespace powerfield {

ClassSession::ClassSession(Document *document, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_server(new classroom::ClassServer(document, this))
    , m_menu(new QMenu(window))
    , m_start(new QAction(window))
    , m_stop(new QAction(window))
    , m_joinCard(new QAction(window))
    , m_session(new QAction(window))
    , m_dock(new ClassDock(document, m_server, window))
    , m_trustGame(new QAction(window))
{
    m_session->setObjectName(QStringLiteral("classSessionToggle"));
    m_session->setCheckable(true);
    m_session->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)); // J for join
    m_session->setIcon(QIcon::fromTheme(QStringLiteral("network-wireless"),
                                        window->style()->standardIcon(QStyle::SP_DriveNetIcon)));
    connect(m_session, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            askToStart();
        else
            stop();
        updateActions(); // a cancelled start leaves the action unchecked
    });
    m_dock->hide();
    m_menu->setObjectName(QStringLiteral("classMenu"));
    m_start->setObjectName(QStringLiteral("startClassSession"));
    m_stop->setObjectName(QStringLiteral("stopClassSession"));
    m_joinCard->setObjectName(QStringLiteral("showJoinCard"));
    m_menu->addActions({m_start, m_stop});
    m_menu->addSeparator();
    m_menu->addAction(m_joinCard);
    m_trustGame->setObjectName(QStringLiteral("showTrustGame"));
    m_menu->addAction(m_trustGame);
    connect(m_trustGame, &QAction::triggered, this, [this] { TrustGameDock::showIn(m_server, m_window); });
    connect(m_start, &QAction::triggered, this, &ClassSession::askToStart);
    connect(m_stop, &QAction::triggered, this, &ClassSession::stop);
    connect(m_joinCard, &QAction::triggered, this, &ClassSession::showJoinCard);
    connect(m_server, &classroom::ClassServer::runningChanged, this, &ClassSession::updateActions);
    retranslate();
    updateActions();
    window->installEventFilter(this); // the window's LanguageChange retranslates the menu
}

bool ClassSession::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server->start(address, port, error))
        return false;
    m_dock->show();
    m_dock->raise();
    return true;
}

void ClassSession::stop()
{
    m_server->stop();
    if (m_card)
        m_card->close();
}

void ClassSession::askToStart()
{
    ClassStartDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_server->setCrowd(dialog.crowd());
    QString error;
    if (!start(dialog.address(), dialog.port(), &error)) {
        QMessageBox::warning(m_window, tr("Start Class Session"),
                             tr("The class session could not start: %1").arg(error));
        return;
    }
    showJoinCard();
}

void ClassSession::showJoinCard()
{
    if (!m_card)
        m_card = new JoinCard(m_server, m_window);
    m_card->show();
    m_card->raise();
}

void ClassSession::retranslate()
{
    m_menu->setTitle(tr("&Class"));
    m_start->setText(tr("&Start Class Session…"));
    m_start->setStatusTip(tr("Let students join from their browsers and each hold a party"));
    m_stop->setText(tr("S&top Class Session"));
    m_stop->setStatusTip(tr("Close the class session and every student's connection"));
    m_joinCard->setText(tr("Show &Join Card"));
    m_joinCard->setStatusTip(tr("The QR code, address and room code for the projector"));
    m_session->setText(tr("Class Session"));
    m_session->setToolTip(tr("Start or stop the class session: students join from their browsers"));
    m_trustGame->setText(tr("Trust &Game…"));
    m_trustGame->setStatusTip(tr("Play the trust game in pairs with the class and show cooperation by power"));
}

bool ClassSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ClassSession::updateActions()
{
    const bool running = m_server->isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_joinCard->setEnabled(running);
    m_session->setChecked(running);
    m_trustGame->setEnabled(running);
}

} // namespace powerfield
