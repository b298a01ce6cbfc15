#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

// Time as the engine sees it: a monotonic reading and callbacks after a
// delay. Injected, so tests run back-offs and Retry-After on a clock they
// move by hand, without sleeping.
class Clock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Clock)

public:
    using TimerId = quint64;

    using QObject::QObject;

    // Milliseconds from an arbitrary, fixed origin.
    virtual qint64 nowMs() const = 0;
    // Calls callback once, after delay, from the event loop; never from
    // inside this call. The id is never 0.
    virtual TimerId callAfter(std::chrono::milliseconds delay, std::function<void()> callback) = 0;
    // The callback will not be called. An id that already fired is ignored.
    virtual void cancel(TimerId id) = 0;
};

// The real one: QElapsedTimer and precise single-shot QTimers (a coarse
// timer may fire 5 % early, and a back-off is a promise to the server).
class SystemClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemClock)

public:
    explicit SystemClock(QObject *parent = nullptr);

    qint64 nowMs() const override { return m_elapsed.elapsed(); }
    TimerId callAfter(std::chrono::milliseconds delay, std::function<void()> callback) override;
    void cancel(TimerId id) override;

private:
    struct Pending
    {
        QTimer *timer = nullptr;
        std::function<void()> callback;
    };
    void fire(TimerId id);

    QElapsedTimer m_elapsed;
    QHash<TimerId, Pending> m_pending;
    TimerId m_lastId = 0;
};
