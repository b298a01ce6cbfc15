#pragma once

#include "core/downloadresult.h"
#include "core/runbatch.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

// How a row of the timeline ended, which picks its colour.
enum class TimelineOutcome { OnTheWire, Downloaded, Unchanged, NotFound, Error, Cancelled };

// One code of a run: its wait in the queue, each request it sent, its save.
// Times are milliseconds since the engine's run started; -1: not (yet) reached.
struct TimelineRow
{
    QString code;
    QString countryName;
    qint64 firstStartMs = -1;       // the queue wait is [0, firstStartMs]
    QList<RequestSpan> requests;    // endedMs -1: still on the wire
    qint64 respondedMs = -1;        // the save is [respondedMs, savedMs]
    qint64 savedMs = -1;
    TimelineOutcome outcome = TimelineOutcome::OnTheWire;
    int retries = 0;
    int httpStatus = 0;
    QString message;

    bool isDone() const { return outcome != TimelineOutcome::OnTheWire; }
    bool retried() const { return retries > 0; }
};

// A value that holds from atMs until the next step.
struct TimelineStep
{
    qint64 atMs = 0;
    int value = 0;
};

// Every request of one run over time, filled from the engine's batches
// (record()) and read by TimelinePainter. Plain data on the thread
// that owns it: recording a signal is a hash look-up and an append, so it
// never slows a run; the derived series are computed when read.
//
// The engine's timings are exact, limit changes included. Only "now" while
// the run goes on is observed rather than reported: it is read from our own
// clock, lined up with the engine's by the requests' start times.
class RunTimeline final
{
public:
    // Forgets the last run; the engine is about to start with this limit.
    void begin(int limit);
    void requestStarted(const QString &code, qint64 startedMs,
                        RequestSpan::Purpose purpose = RequestSpan::Purpose::Flag);
    // Closes the request that started at span.startedMs; a row that already
    // has its result (which holds every span) ignores it.
    void requestEnded(const QString &code, const RequestSpan &span);
    void addResult(const DownloadResult &result);
    // Records a limit from atMs on (engine milliseconds; -1: now); no step
    // when it is unchanged.
    void noteLimit(int limit, qint64 atMs = -1);
    // All of a batch: its starts, then its ends, its results and its limits.
    void record(const RunBatch &batch);
    void finish(qint64 elapsedMs);

    bool isLive() const { return m_live; }
    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype rowCount() const { return m_rows.size(); }
    const TimelineRow &row(qsizetype index) const { return m_rows.at(index); }
    const QList<TimelineRow> &rows() const { return m_rows; }
    qsizetype doneCount() const { return m_doneCount; }

    // Engine milliseconds now while live; the end of the run after finish().
    qint64 nowMs() const;
    // The time axis runs from 0 to here: the run's end, or now while live.
    qint64 endMs() const;

    // Changes with every recorded event: a view repaints only when it moved.
    quint64 revision() const { return m_revision; }

    // Requests on the wire over time, counted from the spans: exact, live or
    // not, since the engine reports each request's start and end.
    const QList<TimelineStep> &inFlightSeries() const;
    const QList<TimelineStep> &limitSeries() const { return m_limits; }
    int inFlightAt(qint64 ms) const;
    int limitAt(qint64 ms) const;
    // The most requests that were on the wire at one moment.
    int maxOverlap() const;
    int maxLimit() const;

private:
    TimelineRow &rowFor(const QString &code);
    static int valueAt(const QList<TimelineStep> &series, qint64 ms);
    static void appendStep(QList<TimelineStep> &series, qint64 atMs, int value);

    QList<TimelineRow> m_rows; // in the order of their first request
    QHash<QString, qsizetype> m_rowOf;
    QList<TimelineStep> m_limits;
    mutable QList<TimelineStep> m_inFlight;
    mutable quint64 m_inFlightRevision = ~quint64(0);
    QElapsedTimer m_clock;
    qint64 m_clockLeadMs = -1; // our clock minus the engine's, at best
    qint64 m_endMs = 0;
    qsizetype m_doneCount = 0;
    quint64 m_revision = 0;
    bool m_live = false;
};
