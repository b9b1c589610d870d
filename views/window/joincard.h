// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace powerfield {

namespace classroom {
class ClassServer;
}

// The join card for the projector: the QR code of the join address, the address in large
// type, the room code and how many students are connected; full screen and back.
class JoinCard : public QDialog
{
    Q_OBJECT

public:
    explicit JoinCard(classroom::ClassServer *server, QWidget *parent = nullptr);

    QString addressText() const;
    QString roomText() const;
    QString countText() const;
    QImage qrCode() const { return m_qrImage; }

private:
    void update();
    void toggleFullScreen();

    classroom::ClassServer *m_server;
    QLabel *m_qr;
    QLabel *m_address;
    QLabel *m_room;
    QLabel *m_count;
    QPushButton *m_fullScreen;
    QImage m_qrImage;
};

} // namespace powerfield
