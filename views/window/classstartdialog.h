// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHostAddress>

class QComboBox;
class QSpinBox;

namespace powerfield {

// Class > Start Class Session: the network address to listen on (the machine's addresses by
// interface, loopback for a try-out) and the port.
class ClassStartDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClassStartDialog(QWidget *parent = nullptr);

    QHostAddress address() const;
    quint16 port() const;

private:
    QComboBox *m_address;
    QSpinBox *m_port;
};

} // namespace powerfield
