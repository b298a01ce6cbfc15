#pragma once

#include "downloadengine.h"
#include "sweeppoint.h"

#include <QBasicTimer>
#include <QList>
#include <QObject>

#include <memory>

class QTemporaryDir;

// What a sweep runs: the same jobs at each level.
struct SweepPlan
{
    QList<FlagJob> jobs;
    // The run's settings. The sweep sets maxConcurrent to each level, saves
    // into a scratch folder of its own (destinationDir is never touched) and
    // asks for no thumbnails and no country names.
    EngineSettings settings;
    QList<int> levels;             // 1 to 1000; run lowest first, each once
    // Each level runs once with each, in this order, before the next level.
    QList<NetworkStrategy> strategies = {NetworkStrategy::Events};
    // The server's mean delay per request, when it is known (the built-in
    // server's); 0: unknown, estimated from the first level.
    double serverDelaySeconds = 0.0;
    // Where each level's scratch folder is made; empty: the system's
    // temporary folder.
    QString scratchParent;
};

// One run of a sweep: a level, with a strategy.
struct SweepStep
{
    int level = 0;
    NetworkStrategy strategy = NetworkStrategy::Events;
};

// Runs the same jobs once per concurrency level and strategy, each a whole
// DownloadEngine run (a fresh engine, so fresh connections and threads) into
// a scratch folder that is removed as soon as the run ends. Reports a
// SweepPoint per run, with the process's peak threads (sampled every
// samplingMs) and peak resident memory (the kernel's high-water mark, reset
// as each run starts) during it.
//
// The ideal for a level C over N jobs is ceil(N / C) x d: the jobs go in
// waves of C requests, each wave one request long. d is the server's delay
// when the front end knows it (the built-in server's mean), since that is
// what the user set and what concurrency hides. Otherwise (a custom URL,
// or LOCAL's zero delay) d is measured: the first, lowest level's elapsed
// time divided by its number of waves, so the ideal line starts on the
// first point and shows what perfect scaling from there would give.
class ConcurrencySweep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcurrencySweep)

public:
    explicit ConcurrencySweep(QObject *parent = nullptr);
    ~ConcurrencySweep() override; // cancels a level on the wire and removes its folder

    // Starts the lowest level (asynchronously). Returns false while a sweep
    // runs, when there is no level or one is outside 1 to 1000.
    bool start(const SweepPlan &plan);
    // Aborts the level on the wire and runs no other; finished(true) follows.
    void cancel();

    bool isRunning() const { return m_running; }
    QList<SweepPoint> points() const { return m_points; }
    // Why the sweep stopped short without a cancel (a scratch folder could
    // not be made); empty otherwise.
    QString errorString() const { return m_error; }

    // The levels in the order they run, each once; empty when one is
    // outside 1 to 1000.
    static QList<int> runOrder(QList<int> levels);
    // Every run of a plan, in order: each level (runOrder) with each strategy.
    static QList<SweepStep> steps(const SweepPlan &plan);
    static constexpr int samplingMs = 20;
    static qint64 idealMs(int jobs, int level, qint64 requestMs);
    // The whole sweep's ideal: every level's, added up. What to expect
    // before it starts (a real sweep takes longer, never less).
    static qint64 idealMs(int jobs, const QList<int> &levels, qint64 requestMs);

Q_SIGNALS:
    // A run starts (done = 0) or one of its jobs ended; stepIndex counts
    // from 0 in steps(plan).
    void progressChanged(int stepIndex, int stepCount, int done, int total);
    // A run ended uncancelled: its point, in the order of the steps.
    void pointMeasured(const SweepPoint &point);
    // Every level ran, or the sweep was cancelled (the cancelled level gives no point).
    void finished(bool cancelled);

private:
    void runNextLevel();
    void onLevelFinished(const RunSummary &summary);
    SweepPoint pointFor(const SweepStep &step, const RunSummary &summary);
    void finish();
    void samplePeaks();

protected:
    void timerEvent(QTimerEvent *event) override;

private:

    SweepPlan m_plan;
    QList<SweepStep> m_steps;
    QList<SweepPoint> m_points;
    qsizetype m_next = 0;            // the step running, or to run next
    qint64 m_requestMs = 0;          // the ideal's d; 0 until known
    DownloadEngine *m_engine = nullptr; // the current level's
    std::unique_ptr<QTemporaryDir> m_scratch;
    QString m_error;
    bool m_running = false;
    bool m_cancelled = false;
    QBasicTimer m_sampling;
    int m_peakThreads = 0;
};
