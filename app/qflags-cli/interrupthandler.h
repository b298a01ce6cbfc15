#pragma once

#include <QObject>

class QSocketNotifier;

// Turns the first Ctrl-C (SIGINT) or SIGTERM into a Qt signal, through a
// self-pipe, so the run can cancel cleanly on the event loop. A second one
// ends the process the default way.
class InterruptHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptHandler)

public:
    explicit InterruptHandler(QObject *parent = nullptr);
    ~InterruptHandler() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void onPipeReadable();
    QSocketNotifier *m_notifier = nullptr;
};
