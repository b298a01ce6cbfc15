#pragma once

#include "downloadengine.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>

// What a run did over a few milliseconds, so that a listener on another
// thread (the window) gets one call per batch instead of one per request.
// Within each list, in the order it happened.
struct RunBatch
{
    struct Started
    {
        QString code;
        qint64 startedMs = 0;
        RequestSpan::Purpose purpose = RequestSpan::Purpose::Flag;
    };
    struct Ended
    {
        QString code;
        RequestSpan span;
    };
    struct LimitChange
    {
        qint64 atMs = 0; // since the run started
        int limit = 0;
    };

    QList<Started> started;
    QList<Ended> ended;
    QList<DownloadResult> results;
    QList<LimitChange> limitChanges;
    RunSummary summary; // as the engine counts it, at the end of the batch
    int inFlight = 0;   // requests on the wire at the end of the batch
};

// Collects a DownloadEngine's signals into RunBatches: a batch leaves at most
// `interval` after the first thing in it happened, and the last one just
// before finished(). Lives on the engine's thread.
class RunBatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunBatcher)

public:
    RunBatcher(DownloadEngine *engine, std::chrono::milliseconds interval, QObject *parent = nullptr);

    // Hands on what is pending now.
    void flush();

Q_SIGNALS:
    void batchReady(const RunBatch &batch);
    // The run is over; its last batch has left.
    void finished(const RunSummary &summary);

private:
    void schedule();

    RunBatch m_batch;
    bool m_pending = false;
    QTimer m_timer{this}; // a child, so it moves with us to another thread
};

Q_DECLARE_METATYPE(RunBatch)
