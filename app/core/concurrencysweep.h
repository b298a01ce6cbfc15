#pragma once

#include "downloadengine.h"
#include "sweeppoint.h"

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
    // The server's mean delay per request, when it is known (the built-in
    // server's); 0: unknown, estimated from the first level.
    double serverDelaySeconds = 0.0;
    // Where each level's scratch folder is made; empty: the system's
    // temporary folder.
    QString scratchParent;
};

// Runs the same jobs once per concurrency level, each a whole DownloadEngine
// run (a fresh engine, so fresh connections) into a scratch folder that is
// removed as soon as the level ends. Reports a SweepPoint per level.
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
    static qint64 idealMs(int jobs, int level, qint64 requestMs);
    // The whole sweep's ideal: every level's, added up. What to expect
    // before it starts (a real sweep takes longer, never less).
    static qint64 idealMs(int jobs, const QList<int> &levels, qint64 requestMs);

Q_SIGNALS:
    // A level starts (done = 0) or one of its jobs ended; levelIndex counts from 0.
    void progressChanged(int levelIndex, int levelCount, int done, int total);
    // A level ended uncancelled: its point, in the order of the levels.
    void pointMeasured(const SweepPoint &point);
    // Every level ran, or the sweep was cancelled (the cancelled level gives no point).
    void finished(bool cancelled);

private:
    void runNextLevel();
    void onLevelFinished(const RunSummary &summary);
    SweepPoint pointFor(int level, const RunSummary &summary);
    void finish();

    SweepPlan m_plan;
    QList<SweepPoint> m_points;
    qsizetype m_next = 0;            // the level running, or to run next
    qint64 m_requestMs = 0;          // the ideal's d; 0 until known
    DownloadEngine *m_engine = nullptr; // the current level's
    std::unique_ptr<QTemporaryDir> m_scratch;
    QString m_error;
    bool m_running = false;
    bool m_cancelled = false;
};
