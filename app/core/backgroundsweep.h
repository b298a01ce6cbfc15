#pragma once

#include "concurrencysweep.h"

#include <QObject>
#include <QThread>

// A ConcurrencySweep on a thread of its own, for the window, for the reason
// BackgroundEngine gives: at a level of 1000 the replies' work would freeze
// the GUI thread. The signals are the sweep's, delivered on the thread that
// created this object; call it from that thread.
class BackgroundSweep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundSweep)

public:
    explicit BackgroundSweep(QObject *parent = nullptr);
    ~BackgroundSweep() override; // cancels a sweep and joins the thread

    // Returns false while a sweep runs or when the plan has no level.
    bool start(const SweepPlan &plan);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressChanged(int levelIndex, int levelCount, int done, int total);
    void pointMeasured(const SweepPoint &point);
    // errorString: why it stopped short without a cancel; empty otherwise.
    void finished(bool cancelled, const QString &errorString);

private:
    QThread m_thread;
    ConcurrencySweep *m_sweep; // lives in m_thread
    bool m_running = false;
};
