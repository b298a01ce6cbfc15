#pragma once

#include "base/concurrencylimit.h"
#include "downloadresult.h"
#include "failureclassifier.h"
#include "networkmanagerpool.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

#include <chrono>

class FlagRequest;
class QTimer;
class QNetworkAccessManager;
struct SaveOutcome;

struct EngineSettings
{
    int maxConcurrent = 30;                       // the semaphore's limit (1..1000)
    std::chrono::milliseconds timeout{3100};      // no data on the wire for this long: timed out
    std::chrono::milliseconds deadline{60000};    // one request's whole time on the wire
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
    qint64 maxMetadataBytes = 64 * 1024;

    bool namesWanted() const { return fetchCountryNames || fileNaming == FileNaming::ByCountryName; }
};

// Downloads a list of FlagJobs with at most maxConcurrent requests on the wire,
// saves each body with QtConcurrent::run (decode, then an atomic write), and
// reports every job exactly once through resultReady(). Front ends (the CLI,
// the window) drive it only through this interface.
//
// Path of one job: queue -> FlagRequest on the wire -> FailureClassifier ->
// [names: metadata FlagRequest on the wire -> CountryMetadata::parse ->
// SafeFileName] -> FlagSaver::saveAndDecode on the save pool -> resultReady.
//
// Names come after the flag, as in flags3: a code without a flag costs no
// second request, and the name is known before the file is named. The
// metadata request takes a slot like any other (waiting flags' metadata goes
// before new jobs), is not retried, and never fails the flag: without it the
// name is the system's (see DownloadResult::nameNote).
class DownloadEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadEngine)

public:
    static constexpr int maxConcurrencyLimit = maxConcurrency;
    // Bodies waiting for the save pool. When saving falls behind the network
    // (a fast local server), new requests wait, so memory stays flat however
    // long the run.
    static constexpr int maxSavesPending = 64;

    explicit DownloadEngine(QObject *parent = nullptr);
    ~DownloadEngine() override;

    // Used by the next start(); the concurrency can also change during a run.
    void setSettings(const EngineSettings &settings);
    EngineSettings settings() const { return m_settings; }

    // Starts a run. Returns false (and does nothing) while a run is going on.
    // An empty list finishes at once (asynchronously).
    bool start(const QList<FlagJob> &jobs);

    // Live: raising it starts queued jobs at once; lowering it lets in-flight
    // requests finish and starts none until fewer than the new limit are left.
    void setMaxConcurrent(int limit);
    int maxConcurrent() const { return m_settings.maxConcurrent; }

    // Starts nothing new, aborts what is on the wire, lets running saves
    // finish (they leave whole files), then emits finished() with cancelled set.
    void cancel();

    bool isRunning() const { return m_running; }
    int inFlight() const { return int(m_onWire.size()); }
    int queued() const { return int(m_jobs.size() - m_nextJob); }

Q_SIGNALS:
    // A request went on the wire startedMs after the run started: a job left
    // the queue (or its back-off), or a flag's metadata.json was asked for.
    void requestStarted(const QString &code, const QUrl &url, qint64 startedMs,
                        RequestSpan::Purpose purpose);
    // That request's reply finished (or was aborted): its whole span. For the
    // job's last request it may come just after the job's result; for an
    // attempt that is retried, or a flag that waits for its name, it is the
    // only word of the request's end until the result.
    void requestEnded(const QString &code, const RequestSpan &span);
    // A job ended: exactly once per job that started, after its last retry,
    // with status Cancelled for those a cancel() caught on the wire or between
    // retries (jobs still queued then get none). Carries status, message, file, bytes, timings and, when asked
    // for, a thumbnail.
    void resultReady(const DownloadResult &result);
    // done = results so far, total = jobs in the run (after a cancel, done
    // stops short of total).
    void progressChanged(int done, int total);
    // Requests on the wire now.
    void inFlightChanged(int inFlight);
    // The limit changed (setMaxConcurrent or a new run's settings).
    void maxConcurrentChanged(int limit);
    // The run is over: every started job has its result and every save ended.
    void finished(const RunSummary &summary);

private:
    struct Attempt
    {
        qsizetype jobIndex = 0;
        int number = 0; // 0: the first request; n: the n-th retry
        int requestsSentBefore = 0; // by the attempts before this one
        int redirectsBefore = 0;
    };
    struct OnWire
    {
        Attempt attempt;
        qint64 startedMs = 0;
        RequestSpan::Purpose purpose = RequestSpan::Purpose::Flag;
    };
    // A flag that arrived and waits for its country's name before it is saved.
    struct AwaitingName
    {
        DownloadResult result;
        FetchOutcome flag;
    };

    void startQueuedJobs();
    void startJob(Attempt attempt);
    void startMetadataRequest(qsizetype jobIndex);
    void onMetadataFinished(qsizetype jobIndex, const RequestSpan &span, const FetchOutcome &outcome);
    void saveNamed(qsizetype jobIndex, DownloadResult result, const FetchOutcome &flag);
    void scheduleRetry(Attempt attempt, const FetchOutcome &outcome);
    DownloadResult resultFor(qsizetype jobIndex) const;
    void onRequestFinished(FlagRequest *request, const FetchOutcome &outcome);
    void releaseManager(QNetworkAccessManager *manager, const FetchOutcome &outcome);
    void startSave(const FlagJob &job, DownloadResult result, const FetchOutcome &outcome,
                   const QString &fileStem, const QString &stemIfTaken = {});
    void onSaveFinished(DownloadResult result, const SaveOutcome &saved);
    void publish(DownloadResult result);
    void finishIfIdle();
    qint64 now() const { return m_clock.elapsed(); }

    EngineSettings m_settings;
    // Children as well as members, so that moveToThread() takes them along.
    NetworkManagerPool m_managers{this};
    QThreadPool m_savePool{this};
    QList<FlagJob> m_jobs;
    qsizetype m_nextJob = 0;
    QHash<FlagRequest *, OnWire> m_onWire;
    QList<QList<RequestSpan>> m_requestSpans; // per job, as they end
    QList<Attempt> m_retryQueue;            // back-off over: to start before new jobs
    QHash<QTimer *, Attempt> m_backingOff;  // waiting out their back-off
    QHash<qsizetype, AwaitingName> m_awaitingName; // by job: flag here, name to come
    QList<qsizetype> m_metadataQueue;       // of those, the ones waiting for a slot
    QSet<QString> m_usedStems;              // file stems claimed in this run (by name)
    int m_savesRunning = 0;
    RunSummary m_summary;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_cancelling = false;
};
