// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHostAddress>

class QCheckBox;
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
    // Crowd mode: several students share each party; its values are the median of theirs.
    bool crowd() const;

private:
    QComboBox *m_address;
    QSpinBox *m_port;
    QCheckBox *m_crowd;
};

} // namespace powerfield
