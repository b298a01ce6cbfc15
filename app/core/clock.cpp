#include "clock.h"

#include <QTimer>

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
{
    m_elapsed.start();
}

Clock::TimerId SystemClock::callAfter(std::chrono::milliseconds delay, std::function<void()> callback)
{
    const TimerId id = ++m_lastId;
    auto *timer = new QTimer(this); // a child, so it moves with us to another thread
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, id] { fire(id); });
    m_pending.insert(id, {timer, std::move(callback)});
    timer->start(delay);
    return id;
}

void SystemClock::cancel(TimerId id)
{
    if (const Pending pending = m_pending.take(id); pending.timer)
        pending.timer->deleteLater();
}

void SystemClock::fire(TimerId id)
{
    // Taken out first: the callback may schedule or cancel others.
    const Pending pending = m_pending.take(id);
    if (!pending.timer)
        return;
    pending.timer->deleteLater();
    pending.callback();
}
