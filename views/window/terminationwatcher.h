// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace powerfield {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal delivered by the event loop (through a
// self-pipe), so the window can keep its recovery copy and quit cleanly. One per process.
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

signals:
    void terminationRequested(int signal);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace powerfield
