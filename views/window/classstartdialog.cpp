// SPDX-License-Identifier: GPL-3.0-or-later
#include "classstartdialog.h"

#include "classserver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QNetworkInterface>
#include <QSpinBox>

namespace powerfield {

ClassStartDialog::ClassStartDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QComboBox(this))
    , m_port(new QSpinBox(this))
{
    setWindowTitle(tr("Start Class Session"));
    auto *layout = new QFormLayout(this);
    auto *intro = new QLabel(tr("Students open the page from their phones or laptops on the same "
                                "network. Nothing leaves the room."), this);
    intro->setWordWrap(true);
    layout->addRow(intro);
    // The local network's addresses first: they are what students can reach.
    QList<QPair<QString, QHostAddress>> loopback;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (!(interface.flags() & QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            const QString text = tr("%1 (%2)").arg(ip.toString(), interface.humanReadableName());
            if (ip.isLoopback())
                loopback.append({tr("%1 (this computer only, for a try-out)").arg(ip.toString()), ip});
            else
                m_address->addItem(text, ip.toString());
        }
    }
    for (const auto &entry : std::as_const(loopback))
        m_address->addItem(entry.first, entry.second.toString());
    if (m_address->count() == 0)
        m_address->addItem(tr("127.0.0.1 (this computer only, for a try-out)"), QStringLiteral("127.0.0.1"));
    layout->addRow(tr("&Network:"), m_address);
    m_port->setRange(1024, 65535);
    m_port->setValue(classroom::ClassServer::kDefaultPort);
    m_port->setAccessibleDescription(tr("When this port is taken, the next free one is used"));
    layout->addRow(tr("&Port:"), m_port);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

QHostAddress ClassStartDialog::address() const
{
    return QHostAddress(m_address->currentData().toString());
}

quint16 ClassStartDialog::port() const
{
    return quint16(m_port->value());
}

} // namespace powerfield
