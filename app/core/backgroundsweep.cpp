#include "backgroundsweep.h"

#include "base/processresources.h"

BackgroundSweep::BackgroundSweep(QObject *parent)
    : QObject(parent)
    , m_sweep(new ConcurrencySweep)
{
    m_thread.setObjectName(QStringLiteral("qflags sweep"));
    m_sweep->moveToThread(&m_thread);
    connect(m_sweep, &ConcurrencySweep::progressChanged, this, &BackgroundSweep::progressChanged);
    connect(m_sweep, &ConcurrencySweep::pointMeasured, this, &BackgroundSweep::pointMeasured);
    // On the sweep's thread, where its error may be read; then posted behind
    // the points already on their way.
    connect(m_sweep, &ConcurrencySweep::finished, m_sweep, [this, sweep = m_sweep](bool cancelled) {
        QMetaObject::invokeMethod(this, [this, cancelled, error = sweep->errorString()] {
            m_running = false;
            Q_EMIT finished(cancelled, error);
        });
    }, Qt::DirectConnection);
    m_thread.start();
    // Like the engine's thread: downloads yield to the window.
    QMetaObject::invokeMethod(m_sweep, &ProcessResources::lowerThisThreadPriority);
}

BackgroundSweep::~BackgroundSweep()
{
    // The sweep and its engine must die on their own thread.
    QMetaObject::invokeMethod(m_sweep, [sweep = m_sweep] {
        QObject::disconnect(sweep, nullptr, nullptr, nullptr);
        delete sweep;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool BackgroundSweep::start(const SweepPlan &plan)
{
    if (m_running || ConcurrencySweep::runOrder(plan.levels).isEmpty())
        return false;
    m_running = true;
    QMetaObject::invokeMethod(m_sweep, [sweep = m_sweep, plan] { sweep->start(plan); });
    return true;
}

void BackgroundSweep::cancel()
{
    QMetaObject::invokeMethod(m_sweep, &ConcurrencySweep::cancel);
}
