// SPDX-License-Identifier: GPL-3.0-or-later
#include "joincard.h"

#include "classserver.h"
#include "qrimage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace powerfield {

namespace {

QLabel *bigLabel(QWidget *parent, double scale)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

JoinCard::JoinCard(classroom::ClassServer *server, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
    , m_qr(new QLabel(this))
    , m_address(bigLabel(this, 2.0))
    , m_room(bigLabel(this, 3.0))
    , m_count(new QLabel(this))
    , m_fullScreen(new QPushButton(tr("&Full Screen"), this))
{
    setObjectName(QStringLiteral("joinCard"));
    setWindowTitle(tr("Join the Class"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_count->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_qr, 1);
    layout->addWidget(m_address);
    layout->addWidget(m_room);
    layout->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_fullScreen, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fullScreen, &QPushButton::clicked, this, &JoinCard::toggleFullScreen);
    layout->addWidget(buttons);
    connect(m_server, &classroom::ClassServer::studentsChanged, this, &JoinCard::update);
    connect(m_server, &classroom::ClassServer::runningChanged, this, &JoinCard::update);
    update();
}

QString JoinCard::addressText() const
{
    return m_address->text();
}

QString JoinCard::roomText() const
{
    return m_room->text();
}

QString JoinCard::countText() const
{
    return m_count->text();
}

void JoinCard::update()
{
    if (!m_server->isRunning()) {
        m_qrImage = QImage();
        m_qr->clear();
        m_address->clear();
        m_room->clear();
        m_count->setText(tr("No class session is running."));
        return;
    }
    const QString url = m_server->joinUrl().toString();
    m_qrImage = qrImage(url, 8);
    m_qr->setPixmap(QPixmap::fromImage(m_qrImage));
    m_qr->setAccessibleName(tr("QR code of %1").arg(url));
    // Short enough to type: browsers take "host:port" without the scheme.
    m_address->setText(QStringLiteral("%1:%2").arg(m_server->joinUrl().host()).arg(m_server->port()));
    m_room->setText(tr("Room code: %1").arg(m_server->roomCode()));
    m_count->setText(tr("Students connected: %1").arg(m_server->studentCount()));
}

void JoinCard::toggleFullScreen()
{
    if (isFullScreen()) {
        showNormal();
        m_fullScreen->setText(tr("&Full Screen"));
    } else {
        showFullScreen();
        m_fullScreen->setText(tr("Leave &Full Screen"));
    }
}

} // namespace powerfield
