#include "runcontroller.h"

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

// The controller's other half, on the run's thread: one engine for runs
// (its warm connections serve a Retry failed), one sweep, and the batches.
class RunWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWorker)

public:
    // A batch a little shorter than two frames: the window redraws once per
    // batch, and a thousand results a second cost it a handful of calls.
    static constexpr std::chrono::milliseconds batchInterval{25};

    RunWorker()
    {
        connect(&m_batcher, &RunBatcher::batchReady, this, &RunWorker::runBatch);
        connect(&m_batcher, &RunBatcher::finished, this, &RunWorker::runFinished);
        connect(&m_sweep, &ConcurrencySweep::progressChanged, this, &RunWorker::sweepProgressChanged);
        connect(&m_sweep, &ConcurrencySweep::pointMeasured, this, &RunWorker::sweepPointMeasured);
        connect(&m_sweep, &ConcurrencySweep::finished, this,
                [this](bool cancelled) { Q_EMIT sweepFinished(cancelled, m_sweep.errorString()); });
    }
    ~RunWorker() override
    {
        // Nobody listens any more: end quietly, leaving whole files.
        disconnect(this, nullptr, nullptr, nullptr);
        cancel();
    }

    void startRun(const EngineSettings &settings, const QList<FlagJob> &jobs)
    {
        m_engine.setSettings(settings);
        m_engine.start(jobs);
    }
    void startSweep(const SweepPlan &plan) { m_sweep.start(plan); }
    void setMaxConcurrent(int limit) { m_engine.setMaxConcurrent(limit); }
    void cancel()
    {
        m_engine.cancel();
        m_sweep.cancel();
    }

Q_SIGNALS:
    void runBatch(const RunBatch &batch);
    void runFinished(const RunSummary &summary);
    void sweepProgressChanged(int levelIndex, int levelCount, int done, int total);
    void sweepPointMeasured(const SweepPoint &point);
    void sweepFinished(bool cancelled, const QString &errorString);

private:
    // Children as well as members, so that moveToThread() takes them along.
    DownloadEngine m_engine{this};
    RunBatcher m_batcher{&m_engine, batchInterval, this};
    ConcurrencySweep m_sweep{this};
};

RunController::RunController(QObject *parent)
    : QObject(parent)
    , m_thread(u"qflags run"_s)
{
    RunWorker *worker = m_thread.worker();
    connect(worker, &RunWorker::runBatch, this, [this](const RunBatch &batch) {
        m_summary = batch.summary;
        m_inFlight = batch.inFlight;
        if (!batch.limitChanges.isEmpty())
            m_maxConcurrent = batch.limitChanges.constLast().limit;
        Q_EMIT runBatch(batch);
    });
    connect(worker, &RunWorker::runFinished, this, [this](const RunSummary &summary) {
        m_activity = Activity::Idle;
        m_summary = summary;
        m_inFlight = 0;
        Q_EMIT runFinished(summary);
    });
    connect(worker, &RunWorker::sweepProgressChanged, this, &RunController::sweepProgressChanged);
    connect(worker, &RunWorker::sweepPointMeasured, this, &RunController::sweepPointMeasured);
    connect(worker, &RunWorker::sweepFinished, this, [this](bool cancelled, const QString &error) {
        m_activity = Activity::Idle;
        Q_EMIT sweepFinished(cancelled, error);
    });
    m_thread.lowerPriority();
}

RunController::~RunController() = default;

bool RunController::startRun(const EngineSettings &settings, const QList<FlagJob> &jobs)
{
    if (isBusy())
        return false;
    m_activity = Activity::Running;
    m_inFlight = 0;
    m_summary = RunSummary{};
    m_summary.total = int(jobs.size());
    m_maxConcurrent = std::clamp(settings.maxConcurrent, 1, DownloadEngine::maxConcurrencyLimit);
    m_thread.invoke([settings, jobs](RunWorker *worker) { worker->startRun(settings, jobs); });
    return true;
}

bool RunController::startSweep(const SweepPlan &plan)
{
    if (isBusy() || ConcurrencySweep::runOrder(plan.levels).isEmpty())
        return false;
    m_activity = Activity::Sweeping;
    m_thread.invoke([plan](RunWorker *worker) { worker->startSweep(plan); });
    return true;
}

void RunController::setMaxConcurrent(int limit)
{
    m_maxConcurrent = std::clamp(limit, 1, DownloadEngine::maxConcurrencyLimit);
    m_thread.invoke([limit](RunWorker *worker) { worker->setMaxConcurrent(limit); });
}

void RunController::cancel()
{
    m_thread.invoke([](RunWorker *worker) { worker->cancel(); });
}

#include "runcontroller.moc"
