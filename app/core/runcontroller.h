#pragma once

#include "concurrencysweep.h"
#include "downloadengine.h"
#include "runbatch.h"
#include "sweeppoint.h"

#include "base/workerthread.h"

#include <QObject>

#include <memory>

class RunWorker;

// Runs what a front end asks for, a run or a sweep (a sweep is a run per
// level), on one thread of its own, so that downloads never stall the
// caller's event loop (the window's): Qt's network code does a little work
// on the thread that owns each reply, and a thousand replies together add
// up. One thread, one cancel path, for both.
//
// Call it from the thread that made it; its signals arrive there. What the
// engine reports comes in batches (RunBatch), a few per frame. The getters
// are this thread's view, as of the last batch.
class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override; // cancels what runs and joins the thread

    // Each returns false while something runs.
    bool startRun(const EngineSettings &settings, const QList<FlagJob> &jobs);
    bool startSweep(const SweepPlan &plan);
    // Live, for a run (a sweep sets its own per level).
    void setMaxConcurrent(int limit);
    // Stops a run or a sweep; runRunFinished or sweepFinished follows.
    void cancel();

    bool isBusy() const { return m_activity != Activity::Idle; }
    bool isRunning() const { return m_activity == Activity::Running; }
    bool isSweeping() const { return m_activity == Activity::Sweeping; }
    int inFlight() const { return m_inFlight; }
    int maxConcurrent() const { return m_maxConcurrent; }
    RunSummary summary() const { return m_summary; }

Q_SIGNALS:
    // A run: batches of what happened, then its end, after its last batch.
    void runBatch(const RunBatch &batch);
    void runFinished(const RunSummary &summary);
    // A sweep: a level starts (done = 0) or one of its jobs ended.
    void sweepProgressChanged(int levelIndex, int levelCount, int done, int total);
    void sweepPointMeasured(const SweepPoint &point);
    // errorString: why it stopped short without a cancel; empty otherwise.
    void sweepFinished(bool cancelled, const QString &errorString);

private:
    enum class Activity { Idle, Running, Sweeping };

    WorkerThread<RunWorker> m_thread;
    Activity m_activity = Activity::Idle;
    int m_inFlight = 0;
    int m_maxConcurrent = EngineSettings{}.maxConcurrent;
    RunSummary m_summary;
};
