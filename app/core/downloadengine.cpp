#include "downloadengine.h"

#include "countrymetadata.h"
#include "failureclassifier.h"

#include "base/atomicfile.h"
#include "base/safefilename.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

// Counts the engine's calls in progress; when the outermost ends, the signals
// it caused leave, in order.
class DownloadEngine::Step
{
public:
    explicit Step(DownloadEngine *engine) : m_engine(engine) { ++m_engine->m_stepDepth; }
    ~Step()
    {
        if (--m_engine->m_stepDepth == 0)
            m_engine->flush();
    }
    Q_DISABLE_COPY_MOVE(Step)

private:
    DownloadEngine *m_engine;
};

DownloadEngine::DownloadEngine(QObject *parent)
    : DownloadEngine(Dependencies{}, parent)
{
}

DownloadEngine::DownloadEngine(Dependencies dependencies, QObject *parent)
    : QObject(parent)
    , m_clock(dependencies.clock ? dependencies.clock : new SystemClock)
    , m_jitter(dependencies.jitter ? std::move(dependencies.jitter)
                                   : [] { return QRandomGenerator::global()->generateDouble(); })
    , m_save(std::move(dependencies.save))
    , m_flushSaved(dependencies.flushSaved ? std::move(dependencies.flushSaved) : AtomicFile::syncFileSystem)
    , m_readIndex(dependencies.readIndex ? std::move(dependencies.readIndex)
                                         : [](const QString &folder) {
                                               AtomicFile::removeLeftovers(folder);
                                               return SavedFlagIndex::read(folder);
                                           })
    , m_writeIndex(dependencies.writeIndex ? std::move(dependencies.writeIndex)
                                           : [](const QString &folder, const SavedFlagIndex &index) {
                                                 QString ignored;
                                                 index.write(folder, &ignored);
                                             })
{
    m_savePool.setObjectName(u"qflags save pool"_s);
    m_clock->setParent(this);
    if (!m_save) {
        m_save = [this](const SaveRequest &request) {
            return QtConcurrent::run(&m_savePool, &FlagSaver::saveAndDecode, request);
        };
    }
    if (dependencies.network) {
        useNetwork(dependencies.network);
    } else {
        m_ownNetworkStrategy = m_settings.strategy;
        useNetwork(NetworkStrategies::makeNetwork(m_settings.strategy));
    }
}

void DownloadEngine::useNetwork(NetworkAccess *network)
{
    delete m_network;
    m_network = network;
    m_network->setParent(this);
    connect(m_network, &NetworkAccess::capacityAvailable, this, [this] {
        Step step(this);
        startReadyRequests();
    });
}

DownloadEngine::~DownloadEngine()
{
    // Saves hold copies of their data and post back to us: let them end
    // first. Requests and timers are children and go with us, silently.
    m_savePool.waitForDone();
}

void DownloadEngine::setSettings(const EngineSettings &settings)
{
    const int oldLimit = m_settings.maxConcurrent;
    m_settings = settings;
    m_settings.maxConcurrent = oldLimit;
    setMaxConcurrent(settings.maxConcurrent); // clamps, signals, starts queued jobs if raised
}

bool DownloadEngine::start(const QList<FlagJob> &jobs)
{
    Step step(this);
    if (m_running)
        return false;
    m_index = m_readIndex(m_settings.destinationDir);
    m_indexChanged = false;
    m_jobs.clear();
    m_jobs.reserve(jobs.size());
    for (const FlagJob &spec : jobs) {
        Job job;
        job.spec = spec;
        job.previous = m_index.find(spec.code, spec.url);
        // A 304 keeps a file only under this run's naming: by code, the code's
        // file; by country, a file the earlier run named by country too.
        if (job.previous && (QFileInfo(job.previous->fileName).completeBaseName() == spec.fileStem)
                                != (m_settings.fileNaming == FileNaming::ByCode))
            job.previous.reset();
        job.conditional = m_settings.conditionalGet && job.previous && job.previous->hasValidators();
        m_jobs.append(std::move(job));
    }
    m_jobsIn = {};
    m_jobsIn[int(JobState::Queued)] = int(jobs.size());
    m_ready.reset(jobs.size());
    m_usedStems.clear();
    m_onWire = 0;
    m_summary = RunSummary{};
    m_summary.total = int(jobs.size());
    if (m_ownNetworkStrategy && *m_ownNetworkStrategy != m_settings.strategy) {
        m_ownNetworkStrategy = m_settings.strategy;
        useNetwork(NetworkStrategies::makeNetwork(m_settings.strategy));
    }
    m_network->setExtraCaCertificates(m_settings.extraCaCertificates);
    m_network->setProxyPolicy(m_settings.proxy);
    m_network->setKeepsHeaders(m_settings.keepHeaders);
    m_startMs = m_clock->nowMs();
    m_running = true;
    m_cancelling = false;
    post([this, summary = m_summary] { Q_EMIT progressChanged(summary); });
    if (jobs.isEmpty()) {
        // Not from inside start(): a caller may not be listening yet.
        m_clock->callAfter(std::chrono::milliseconds(0), [this] {
            Step step(this);
            finishRunIfOver();
        });
    }
    startReadyRequests();
    return true;
}

void DownloadEngine::setMaxConcurrent(int limit)
{
    Step step(this);
    limit = std::clamp(limit, 1, maxConcurrencyLimit);
    if (limit == m_settings.maxConcurrent)
        return;
    m_settings.maxConcurrent = limit;
    post([this, limit, atMs = m_running ? now() : -1] { Q_EMIT maxConcurrentChanged(limit, atMs); });
    startReadyRequests();
}

void DownloadEngine::cancel()
{
    Step step(this);
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    // Jobs that are not on the wire end now: those that never started
    // silently, those between requests as cancelled. Requests on the wire
    // are collected first: cancelling one ends it at once, and the last one
    // may end the run.
    QList<QPointer<WireRequest>> onWire;
    for (qsizetype index = 0; index < m_jobs.size(); ++index) {
        Job &job = m_jobs[index];
        if (job.request) {
            onWire.append(job.request);
            continue;
        }
        switch (job.state) {
        case JobState::Queued:
            if (job.hasRequested())
                finishJob(index, Verdict::cancelled()); // a retry waiting for a slot
            else
                setState(job, JobState::Done);
            break;
        case JobState::BackingOff:
            m_clock->cancel(std::exchange(job.backOff, 0));
            finishJob(index, Verdict::cancelled());
            break;
        case JobState::AwaitingName: // its name request waits for a slot
            finishJob(index, Verdict::cancelled());
            break;
        case JobState::OnWire:
        case JobState::Saving: // a save ends by itself, with a whole file
        case JobState::Done:
            break;
        }
    }
    m_ready.reset(0);
    for (const QPointer<WireRequest> &request : std::as_const(onWire)) {
        if (request)
            request->cancel(); // onRequestFinished(), from inside this call
    }
    finishRunIfOver();
}

// --- One job's path -------------------------------------------------------

void DownloadEngine::startReadyRequests()
{
    while (m_running && !m_cancelling && m_onWire < m_settings.maxConcurrent) {
        // A flag waiting for its name holds a body already; while bodies pile
        // up for the save pool, nothing else starts.
        const int bodiesHeld = m_jobsIn[int(JobState::AwaitingName)] + m_jobsIn[int(JobState::Saving)];
        const bool namesOnly = bodiesHeld >= maxSavesPending;
        const std::optional<qsizetype> next = m_ready.peek(namesOnly);
        if (!next)
            return;
        const Job &job = m_jobs.at(*next);
        const QUrl url = job.state == JobState::AwaitingName ? job.spec.metadataUrl : job.spec.url;
        // The network's own queue would start Qt's timers early: wait here
        // instead, until it says there is room (capacityAvailable).
        if (!m_network->canStart(url))
            return;
        m_ready.pop(namesOnly);
        putOnWire(*next);
    }
}

void DownloadEngine::putOnWire(qsizetype index)
{
    Job &job = m_jobs[index];
    const bool forName = job.state == JobState::AwaitingName;
    const QUrl url = forName ? job.spec.metadataUrl : job.spec.url;
    const RequestLimits limits{m_settings.timeout, m_settings.deadline,
                               forName ? m_settings.maxMetadataBytes : m_settings.maxBodyBytes,
                               m_settings.maxRedirects, m_settings.minimumSpeed};
    RequestConditions conditions;
    if (!forName && job.conditional)
        conditions = {job.previous->etag, job.previous->lastModified};
    WireRequest *request = m_network->start(url, limits, conditions);
    request->setParent(this);
    job.request = request;
    job.requestStartedMs = now();
    if (!forName)
        setState(job, JobState::OnWire);
    ++m_onWire;
    connect(request, &WireRequest::finished, this,
            [this, index](const FetchOutcome &outcome) { onRequestFinished(index, outcome); });

    const auto purpose = forName ? RequestSpan::Purpose::Metadata : RequestSpan::Purpose::Flag;
    post([this, code = job.spec.code, url, startedMs = job.requestStartedMs, purpose] {
        Q_EMIT requestStarted(code, url, startedMs, purpose);
    });
    post([this, inFlight = m_onWire] { Q_EMIT inFlightChanged(inFlight); });
}

void DownloadEngine::onRequestFinished(qsizetype index, const FetchOutcome &outcome)
{
    Step step(this);
    Job &job = m_jobs[index];
    const bool forName = job.state == JobState::AwaitingName;
    std::exchange(job.request, nullptr)->deleteLater();
    --m_onWire;
    RequestSpan span{forName ? RequestSpan::Purpose::Metadata : RequestSpan::Purpose::Flag,
                     job.requestStartedMs, now(), outcome.httpStatus};
    span.queuedMs = job.readyMs;
    span.phases = outcome.phases;
    span.url = outcome.finalUrl;
    span.reasonPhrase = outcome.reasonPhrase;
    span.contentType = outcome.contentType;
    span.bodyBytes = outcome.receivedBytes;
    span.requestHeaders = outcome.requestHeaders;
    span.responseHeaders = outcome.responseHeaders;
    job.spans.append(span);
    job.requestsSent += outcome.requestsSent;
    job.redirects += outcome.redirects;
    if (outcome.httpStatus > 0)
        m_summary.anyResponse = true;
    post([this, code = job.spec.code, span] { Q_EMIT requestEnded(code, span); });
    post([this, inFlight = m_onWire] { Q_EMIT inFlightChanged(inFlight); });

    if (forName)
        onNameArrived(index, outcome);
    else
        onFlagArrived(index, outcome);
    startReadyRequests();
    finishRunIfOver();
}

void DownloadEngine::onFlagArrived(qsizetype index, const FetchOutcome &outcome)
{
    Job &job = m_jobs[index];
    job.bytes = outcome.body.size();
    if (outcome.cancelled) {
        finishJob(index, Verdict::cancelled());
        return;
    }
    if (outcome.httpStatus == 304 && job.conditional && !outcome.abortedByUs()) {
        keepPrevious(index);
        return;
    }
    job.etag = outcome.etag;
    job.lastModified = outcome.lastModified;
    Verdict verdict = FailureClassifier(m_settings.timeout, m_settings.maxBodyBytes, m_settings.deadline,
                                        m_settings.minimumSpeed)
                          .classify(outcome);
    if (verdict.isOk()) {
        if (m_settings.namesWanted() && job.spec.metadataUrl.isValid()) {
            job.body = outcome.body;
            job.contentType = outcome.contentType;
            setState(job, JobState::AwaitingName);
            enqueue(index, ReadyQueue::Lane::Name);
        } else {
            startSave(index, outcome.body, outcome.contentType);
        }
        return;
    }
    const int retriesSoFar = int(job.spans.size()) - 1; // names come after the flag
    if (verdict.retryable && retriesSoFar < m_settings.retries && !m_cancelling) {
        backOff(index, outcome);
        return;
    }
    if (retriesSoFar > 0 && verdict.status == DownloadStatus::Error) {
        verdict.message += tr(", retried %n time(s)", nullptr, retriesSoFar); // English: "once" for 1
    }
    finishJob(index, verdict);
}

void DownloadEngine::backOff(qsizetype index, const FetchOutcome &outcome)
{
    Job &job = m_jobs[index];
    // Exponential back-off with jitter, so failed requests do not return in
    // lockstep; the server's Retry-After wins, up to a cap.
    const int attempt = int(job.spans.size()) - 1;
    std::chrono::milliseconds wait = m_settings.retryBaseDelay * (1 << attempt);
    wait = std::chrono::milliseconds(qint64(double(wait.count()) * (0.5 + m_jitter())));
    if (outcome.retryAfter)
        wait = std::min(*outcome.retryAfter, m_settings.retryAfterCap);
    setState(job, JobState::BackingOff);
    job.backOff = m_clock->callAfter(wait, [this, index] {
        Step step(this);
        Job &waiting = m_jobs[index];
        waiting.backOff = 0;
        setState(waiting, JobState::Queued);
        enqueue(index, ReadyQueue::Lane::Retry);
        startReadyRequests();
    });
}

void DownloadEngine::onNameArrived(qsizetype index, const FetchOutcome &outcome)
{
    Job &job = m_jobs[index];
    if (outcome.cancelled) {
        job.body.clear();
        finishJob(index, Verdict::cancelled());
        return;
    }
    QString why;
    std::optional<QString> name;
    const Verdict verdict = FailureClassifier(m_settings.timeout, m_settings.maxMetadataBytes, m_settings.deadline,
                                              m_settings.minimumSpeed)
                                .classify(outcome);
    if (verdict.isOk())
        name = CountryMetadata::parse(outcome.body, &why);
    else if (verdict.status == DownloadStatus::NotFound)
        why = tr("metadata.json not found (404)");
    else
        why = verdict.message;
    if (name)
        job.countryName = *name;
    else
        job.nameNote = tr("No country name from the server: %1").arg(why);
    startSave(index, std::exchange(job.body, {}), job.contentType);
}

void DownloadEngine::keepPrevious(qsizetype index)
{
    Job &job = m_jobs[index];
    const QString path = QDir(m_settings.destinationDir).absoluteFilePath(job.previous->fileName);
    if (job.countryName.isEmpty())
        job.countryName = job.previous->countryName;
    if (!m_settings.thumbnailSize.isValid() || m_settings.thumbnailSize.isEmpty()) {
        finishJob(index, Verdict::unchanged(), SaveOutcome{Verdict::unchanged(), path});
        return;
    }
    // The window shows it like any other: its thumbnail is read off this thread.
    job.keepingPrevious = true;
    SaveRequest request;
    request.keptFile = path;
    request.thumbnailSize = m_settings.thumbnailSize;
    runSave(index, request);
}

void DownloadEngine::startSave(qsizetype index, QByteArray body, const QString &contentType)
{
    Job &job = m_jobs[index];
    if (m_settings.namesWanted() && job.countryName.isEmpty())
        job.countryName = CountryMetadata::localName(job.spec.code);
    QString stemIfTaken;
    const QString stem = fileStemFor(job, &stemIfTaken);
    SaveRequest request{std::move(body), m_settings.destinationDir, stem,
                        QFileInfo(job.spec.url.path()).suffix(), contentType,
                        m_settings.thumbnailSize, stemIfTaken};
    if (job.previous)
        request.ownFileName = job.previous->fileName;
    runSave(index, request);
}

void DownloadEngine::runSave(qsizetype index, const SaveRequest &request)
{
    setState(m_jobs[index], JobState::Saving);
    // A watcher, not QFuture::then(context): Qt 6.4 can run a continuation
    // twice when the save ends while it is being attached (setContinuation
    // runs it and stores it; the pool thread's runContinuation runs it again
    // on a moved-from promise, a crash seen under TSan).
    auto *watcher = new QFutureWatcher<SaveOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, index, watcher] {
        watcher->deleteLater();
        onSaveFinished(index, outcomeOf(watcher->future()));
    });
    watcher->setFuture(m_save(request));
}

// A save that throws (out of memory in a decoder) still ends its job.
SaveOutcome DownloadEngine::outcomeOf(QFuture<SaveOutcome> save)
{
    try {
        save.waitForFinished(); // finished already; rethrows what the save threw
    } catch (const std::exception &error) {
        return {Verdict::error(FailureKind::SaveFailed,
                               tr("Could not save the flag: %1").arg(QString::fromLocal8Bit(error.what())))};
    } catch (...) {
    }
    if (save.resultCount() > 0)
        return save.result();
    return {Verdict::error(FailureKind::SaveFailed, tr("Could not save the flag: the save failed unexpectedly"))};
}

QString DownloadEngine::fileStemFor(Job &job, QString *stemIfTaken)
{
    if (m_settings.fileNaming != FileNaming::ByCountryName)
        return job.spec.fileStem;
    // A code nobody has a name for keeps its usual file name, "zz.png".
    const QString wanted = job.countryName == job.spec.code
                               ? job.spec.fileStem
                               : SafeFileName::fromCountryName(job.countryName, job.spec.code);
    const QString stem = SafeFileName::claim(wanted, job.spec.code, &m_usedStems);
    // A country's name belongs to no code for sure: a file of that name from
    // an earlier run may be another code's flag (or the user's), so it is
    // kept and this flag gets its code too. "Congo (CG)" is ours, and so is
    // the file the index says an earlier run saved for this code (the saver
    // knows it by SaveRequest::ownFileName).
    if (stem == wanted && stem != job.spec.fileStem)
        *stemIfTaken = SafeFileName::claim(u"%1 (%2)"_s.arg(stem, job.spec.code.toUpper()), job.spec.code,
                                           &m_usedStems);
    return stem;
}

void DownloadEngine::onSaveFinished(qsizetype index, const SaveOutcome &saved)
{
    Step step(this);
    Job &job = m_jobs[index];
    job.savedMs = now();
    if (std::exchange(job.keepingPrevious, false)) {
        if (saved.saved()) {
            finishJob(index, Verdict::unchanged(), saved);
        } else {
            // The file the index vouched for does not read: the files win.
            // It leaves the index, and is fetched again at once,
            // unconditionally, like a retry (unless the run is cancelled).
            m_index.remove(job.spec.code);
            m_indexChanged = true;
            job.conditional = false;
            job.previous.reset();
            job.savedMs = -1;
            if (m_cancelling) {
                finishJob(index, Verdict::cancelled());
            } else {
                setState(job, JobState::Queued);
                enqueue(index, ReadyQueue::Lane::Retry);
            }
        }
    } else {
        if (saved.saved())
            remember(job, saved);
        finishJob(index, saved.verdict, saved);
    }
    startReadyRequests();
    finishRunIfOver();
}

void DownloadEngine::remember(const Job &job, const SaveOutcome &saved)
{
    SavedFlag flag;
    flag.code = job.spec.code;
    flag.url = job.spec.url;
    flag.fileName = QFileInfo(saved.filePath).fileName();
    flag.etag = job.etag;
    flag.lastModified = job.lastModified;
    flag.fileBytes = saved.fileBytes;
    flag.fileModifiedMs = saved.fileModifiedMs;
    flag.countryName = job.countryName;
    m_index.record(flag);
    m_indexChanged = true;
}

void DownloadEngine::finishJob(qsizetype index, Verdict verdict, const SaveOutcome &saved)
{
    Job &job = m_jobs[index];
    DownloadResult result;
    result.code = job.spec.code;
    result.url = job.spec.url;
    result.verdict = std::move(verdict);
    result.requests = std::exchange(job.spans, {});
    result.requestsSent = job.requestsSent;
    result.redirects = job.redirects;
    result.filePath = saved.filePath;
    result.thumbnail = saved.thumbnail;
    result.bytes = job.bytes;
    result.savedMs = job.savedMs;
    result.countryName = std::exchange(job.countryName, {});
    if (m_settings.namesWanted() && result.countryName.isEmpty())
        result.countryName = CountryMetadata::localName(result.code);
    result.nameNote = std::exchange(job.nameNote, {});
    setState(job, JobState::Done);
    m_summary.count(result);
    post([this, result] { Q_EMIT resultReady(result); });
    post([this, summary = m_summary] { Q_EMIT progressChanged(summary); });
}

void DownloadEngine::finishRunIfOver()
{
    if (!m_running || m_jobsIn[int(JobState::Done)] < m_jobs.size())
        return;
    if (m_indexChanged)
        m_writeIndex(m_settings.destinationDir, std::exchange(m_index, {}));
    // "Done" means on the disk: the saves skipped their fsync for this one.
    if (m_summary.ok > 0)
        m_flushSaved(m_settings.destinationDir);
    m_running = false;
    m_summary.elapsedMs = now();
    m_summary.cancelled = m_cancelling;
    m_jobs.clear();
    m_jobs.squeeze();
    m_usedStems.clear();
    m_index = {};
    m_ready.reset(0);
    post([this, summary = m_summary] { Q_EMIT finished(summary); });
}

// --- Bookkeeping ------------------------------------------------------------

void DownloadEngine::enqueue(qsizetype index, ReadyQueue::Lane lane)
{
    m_jobs[index].readyMs = now();
    m_ready.push(index, lane);
}

void DownloadEngine::setState(Job &job, JobState state)
{
    --m_jobsIn[int(job.state)];
    ++m_jobsIn[int(state)];
    job.state = state;
}

void DownloadEngine::ReadyQueue::reset(qsizetype newJobs)
{
    for (auto &lane : m_lanes)
        lane.clear();
    m_nextNew = 0;
    m_newJobs = newJobs;
}

std::optional<qsizetype> DownloadEngine::ReadyQueue::peek(bool namesOnly) const
{
    if (!m_lanes[int(Lane::Name)].empty())
        return m_lanes[int(Lane::Name)].front();
    if (namesOnly)
        return std::nullopt;
    if (!m_lanes[int(Lane::Retry)].empty())
        return m_lanes[int(Lane::Retry)].front();
    if (m_nextNew < m_newJobs)
        return m_nextNew;
    return std::nullopt;
}

void DownloadEngine::ReadyQueue::pop(bool namesOnly)
{
    if (!m_lanes[int(Lane::Name)].empty())
        m_lanes[int(Lane::Name)].pop_front();
    else if (namesOnly)
        return;
    else if (!m_lanes[int(Lane::Retry)].empty())
        m_lanes[int(Lane::Retry)].pop_front();
    else if (m_nextNew < m_newJobs)
        ++m_nextNew;
}

void DownloadEngine::post(std::function<void()> emitSignal)
{
    m_outbox.push_back(std::move(emitSignal));
}

void DownloadEngine::flush()
{
    // A slot that calls us back (cancel(), start()) adds to the outbox; this
    // loop, not a nested one, sends what it added, after what came before.
    if (m_flushing)
        return;
    m_flushing = true;
    const QPointer<DownloadEngine> alive(this);
    while (!m_outbox.empty()) {
        const std::function<void()> emitSignal = std::move(m_outbox.front());
        m_outbox.pop_front();
        emitSignal();
        if (!alive)
            return; // a receiver deleted us
    }
    m_flushing = false;
}
