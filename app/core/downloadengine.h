#pragma once

#include "base/concurrencylimit.h"
#include "clock.h"
#include "downloadresult.h"
#include "flagsaver.h"
#include "networkaccess.h"
#include "networkstrategy.h"
#include "savedflagindex.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QSslCertificate>
#include <QThreadPool>

#include <array>
#include <chrono>
#include <deque>
#include <functional>
#include <optional>

struct EngineSettings
{
    int maxConcurrent = 30;                       // the semaphore's limit (1..1000)
    std::chrono::milliseconds timeout{3100};      // no data on the wire for this long: timed out
    std::chrono::milliseconds deadline{60000};    // one request's whole time on the wire
    MinimumSpeed minimumSpeed;                    // a trickle is cut short well before the deadline
    int retries = 2;                              // fresh requests after a transient failure
    std::chrono::milliseconds retryBaseDelay{250};// back-off: base x 2^(n-1), jittered
    std::chrono::milliseconds retryAfterCap{10000};// the longest Retry-After we honour
    qint64 maxBodyBytes = 4 * 1024 * 1024;        // a larger body is aborted
    int maxRedirects = 5;
    QString destinationDir = QStringLiteral("downloaded");
    QSize thumbnailSize;                          // empty: no thumbnails
    // flags3: after a flag arrives, one more request, for its metadata.json,
    // under the same limit. Naming files by country fetches names too.
    bool fetchCountryNames = false;
    FileNaming fileNaming = FileNaming::ByCode;
    // A flag an earlier run saved in the destination (SavedFlagIndex) is asked
    // for with its validators; a 304 keeps the file and ends Unchanged.
    bool conditionalGet = true;
    qint64 maxMetadataBytes = 64 * 1024;
    // --cacert: trusted beside the system's CAs, for every request of the run
    // (handed to the network at start()).
    QList<QSslCertificate> extraCaCertificates;
    // Which proxy carries each request (handed to the network at start()):
    // by default the environment's and the desktop's.
    ProxyPolicy proxy = ProxyPolicy::fromEnvironment(QProcessEnvironment::systemEnvironment());
    // Requests keep both sides' headers, for an exchange log (HAR).
    bool keepHeaders = false;
    // Events or threads: the network the engine makes for the run (an
    // injected network is used whatever this says).
    NetworkStrategy strategy = NetworkStrategy::Events;

    bool namesWanted() const { return fetchCountryNames || fileNaming == FileNaming::ByCountryName; }
};

// Downloads a list of FlagJobs with at most maxConcurrent requests on the wire,
// saves each body off this thread (decode, then an atomic write), and reports
// every job that started exactly once through resultReady(). Front ends (the
// CLI, the window) drive it only through this interface.
//
// Each job is one record with one state:
//
//   Queued --> OnWire --> (failed, may pass) BackingOff --> Queued (a retry)
//                     --> (flag here, names wanted) AwaitingName --> Saving
//                     --> (flag here) Saving --> Done
//                     --> (304: the saved file stays) [Saving: its thumbnail] --> Done
//                     --> (failed for good, or cancelled) Done
//
// Requests wait in one ready queue, in priority order: a name for a flag that
// already holds a body, then retries, then new jobs. putOnWire() is the one
// place a request starts, onRequestFinished() the one place an outcome moves
// a job on, finishJob() the one place a job ends. The run is over when every
// job is Done.
//
// Names come after the flag, as in flags3: a code without a flag costs no
// second request, and the name is known before the file is named. The
// metadata request takes a slot like any other, is not retried, and never
// fails the flag: without it the name is the system's (see
// DownloadResult::nameNote).
//
// Signals leave after the step that caused them is complete, in order, so a
// receiver always sees a consistent run: finished() is the very last signal
// of a run, after its last requestEnded() and inFlightChanged(), even when a
// receiver calls cancel() or start() from inside a slot.
class DownloadEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadEngine)

public:
    static constexpr int maxConcurrencyLimit = maxConcurrency;
    // Bodies held for their name or their save. When saving falls behind the
    // network (a fast local server), new requests wait, so memory stays flat
    // however long the run.
    static constexpr int maxSavesPending = 64;

    // How one save runs: decode and write, off the engine's thread.
    using SaveRunner = std::function<QFuture<SaveOutcome>(const SaveRequest &)>;

    // What the engine works with. Any left empty gets the real one: the
    // network of the settings' strategy (made again when a run asks for the
    // other), the system clock, random jitter, FlagSaver on a thread pool,
    // one syncfs() for the destination's disk when a run that saved
    // something ends (flags are written without an fsync each), and the
    // destination's SavedFlagIndex file.
    struct Dependencies
    {
        NetworkAccess *network = nullptr; // taken over, as a child
        Clock *clock = nullptr;           // taken over, as a child
        std::function<double()> jitter = {}; // in [0, 1): spreads retries' back-off
        SaveRunner save = {};
        std::function<void(const QString &folder)> flushSaved = {};
        // Read when a run starts; written when a run that saved something
        // ends, before the flush. A failed write costs the next run its 304s
        // for these flags, nothing more.
        std::function<SavedFlagIndex(const QString &folder)> readIndex = {};
        std::function<void(const QString &folder, const SavedFlagIndex &index)> writeIndex = {};
    };

    explicit DownloadEngine(QObject *parent = nullptr);
    explicit DownloadEngine(Dependencies dependencies, QObject *parent = nullptr);
    ~DownloadEngine() override;

    // Used by the next start(); the concurrency can also change during a run.
    void setSettings(const EngineSettings &settings);
    EngineSettings settings() const { return m_settings; }

    // Starts a run. Returns false (and does nothing) while a run is going on.
    // An empty list finishes at once, from the event loop.
    bool start(const QList<FlagJob> &jobs);

    // Live: raising it starts queued requests at once; lowering it lets
    // in-flight requests finish and starts none until fewer than the new
    // limit are left.
    void setMaxConcurrent(int limit);
    int maxConcurrent() const { return m_settings.maxConcurrent; }

    // Starts nothing new, aborts what is on the wire, lets running saves
    // finish (they leave whole files), then emits finished() with cancelled
    // set. Jobs that never started get no result.
    void cancel();

    bool isRunning() const { return m_running; }
    int inFlight() const { return m_onWire; }

Q_SIGNALS:
    // A request went on the wire startedMs after the run started: a job left
    // the queue (or its back-off), or a flag's metadata.json was asked for.
    void requestStarted(const QString &code, const QUrl &url, qint64 startedMs,
                        RequestSpan::Purpose purpose);
    // That request ended (answered, failed or aborted): its whole span.
    // Always before the job's result.
    void requestEnded(const QString &code, const RequestSpan &span);
    // A job ended: exactly once per job that started, after its last retry,
    // with status Cancelled for those a cancel() caught on the wire, between
    // retries or waiting for their name.
    void resultReady(const DownloadResult &result);
    // The run's counts so far, after each result (and once at the start).
    void progressChanged(const RunSummary &summary);
    // Requests on the wire now.
    void inFlightChanged(int inFlight);
    // The limit changed (setMaxConcurrent or a new run's settings), atMs
    // after the run started (-1 between runs).
    void maxConcurrentChanged(int limit, qint64 atMs);
    // The run is over: every started job has its result and every save ended.
    void finished(const RunSummary &summary);

private:
    enum class JobState { Queued, OnWire, BackingOff, AwaitingName, Saving, Done };

    // Everything about one job, from the queue to its result.
    struct Job
    {
        FlagJob spec;
        JobState state = JobState::Queued;
        QList<RequestSpan> spans;     // every request so far, in order
        int requestsSent = 0;         // by Qt, quiet resends and redirects included
        int redirects = 0;
        WireRequest *request = nullptr; // on the wire: the flag's request, or its name's
        qint64 requestStartedMs = -1;
        qint64 readyMs = 0;           // when it last joined the ready queue (new jobs: the start)
        Clock::TimerId backOff = 0;   // BackingOff: the timer that queues the retry
        QByteArray body;              // AwaitingName: the flag, waiting for its name
        QString contentType;
        qint64 bytes = 0;
        qint64 savedMs = -1;
        QString countryName;
        QString nameNote;
        std::optional<SavedFlag> previous; // what an earlier run saved for it
        bool conditional = false;     // its flag requests carry previous's validators
        bool keepingPrevious = false; // a 304 came: reading previous for its thumbnail
        QByteArray etag;              // the validators of the flag's answer
        QByteArray lastModified;
        bool hasRequested() const { return !spans.isEmpty() || request; }
    };

    // Jobs waiting for a slot, in the order they go on the wire.
    class ReadyQueue
    {
    public:
        enum class Lane { Name, Retry };
        void reset(qsizetype newJobs);
        void push(qsizetype job, Lane lane) { m_lanes[int(lane)].push_back(job); }
        // The next job, without taking it: names first, then retries, then
        // new jobs; names only while bodies pile up.
        std::optional<qsizetype> peek(bool namesOnly) const;
        void pop(bool namesOnly);

    private:
        std::array<std::deque<qsizetype>, 2> m_lanes;
        qsizetype m_nextNew = 0;
        qsizetype m_newJobs = 0;
    };

    // Signals wait here until the outermost step is over (see the class comment).
    class Step;
    void post(std::function<void()> emitSignal);
    void flush();

    // One job's path, in the order it happens.
    void enqueue(qsizetype index, ReadyQueue::Lane lane);
    void startReadyRequests();
    void putOnWire(qsizetype index);
    void onRequestFinished(qsizetype index, const FetchOutcome &outcome);
    void onFlagArrived(qsizetype index, const FetchOutcome &outcome);
    void backOff(qsizetype index, const FetchOutcome &outcome);
    void onNameArrived(qsizetype index, const FetchOutcome &outcome);
    void keepPrevious(qsizetype index);
    void startSave(qsizetype index, QByteArray body, const QString &contentType);
    void runSave(qsizetype index, const SaveRequest &request);
    void onSaveFinished(qsizetype index, const SaveOutcome &saved);
    static SaveOutcome outcomeOf(QFuture<SaveOutcome> save);
    void remember(const Job &job, const SaveOutcome &saved);
    void finishJob(qsizetype index, Verdict verdict, const SaveOutcome &saved = {});
    void finishRunIfOver();

    void setState(Job &job, JobState state);
    QString fileStemFor(Job &job, QString *stemIfTaken);
    qint64 now() const { return m_clock->nowMs() - m_startMs; }

    EngineSettings m_settings;
    // Children as well as members, so that moveToThread() takes them along.
    QThreadPool m_savePool{this};
    void useNetwork(NetworkAccess *network);

    NetworkAccess *m_network = nullptr;
    // Made by the engine for this strategy; nothing: injected, kept for every run.
    std::optional<NetworkStrategy> m_ownNetworkStrategy;
    Clock *m_clock;
    std::function<double()> m_jitter;
    SaveRunner m_save;
    std::function<void(const QString &folder)> m_flushSaved;
    std::function<SavedFlagIndex(const QString &folder)> m_readIndex;
    std::function<void(const QString &folder, const SavedFlagIndex &index)> m_writeIndex;

    QList<Job> m_jobs;
    ReadyQueue m_ready;
    std::array<int, 6> m_jobsIn{};  // jobs in each JobState
    int m_onWire = 0;               // requests on the wire
    QSet<QString> m_usedStems;      // file stems claimed in this run (by name)
    SavedFlagIndex m_index;         // the destination's, with this run's saves
    bool m_indexChanged = false;
    RunSummary m_summary;
    qint64 m_startMs = 0;
    bool m_running = false;
    bool m_cancelling = false;

    std::deque<std::function<void()>> m_outbox;
    int m_stepDepth = 0;
    bool m_flushing = false;
};
