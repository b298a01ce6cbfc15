#include "downloadengine.h"

#include "countrymetadata.h"
#include "flagrequest.h"
#include "flagsaver.h"
#include "base/safefilename.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

DownloadEngine::DownloadEngine(QObject *parent)
    : QObject(parent)
{
    m_savePool.setObjectName(QStringLiteral("qflags save pool"));
}

DownloadEngine::~DownloadEngine()
{
    // Saves hold copies of their data and post back to us: let them end first.
    m_savePool.waitForDone();
    qDeleteAll(m_onWire.keys());
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
    if (m_running)
        return false;
    m_jobs = jobs;
    m_nextJob = 0;
    m_requestSpans = QList<QList<RequestSpan>>(jobs.size());
    m_awaitingName.clear();
    m_metadataQueue.clear();
    m_usedStems.clear();
    m_summary = RunSummary{};
    m_summary.total = int(jobs.size());
    m_running = true;
    m_cancelling = false;
    m_clock.start();
    Q_EMIT progressChanged(0, m_summary.total);
    startQueuedJobs();
    if (jobs.isEmpty())
        QTimer::singleShot(0, this, &DownloadEngine::finishIfIdle);
    return true;
}

void DownloadEngine::setMaxConcurrent(int limit)
{
    limit = std::clamp(limit, 1, maxConcurrencyLimit);
    if (limit == m_settings.maxConcurrent)
        return;
    m_settings.maxConcurrent = limit;
    Q_EMIT maxConcurrentChanged(limit);
    if (m_running)
        startQueuedJobs();
}

void DownloadEngine::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    m_nextJob = m_jobs.size(); // start nothing new
    // cancel() finishes each request synchronously, which edits m_onWire.
    const QList<FlagRequest *> requests = m_onWire.keys();
    for (FlagRequest *request : requests)
        request->cancel();
    // Jobs between retries were started: they end now, as cancelled.
    QList<Attempt> waiting = std::exchange(m_retryQueue, {});
    for (auto it = m_backingOff.cbegin(); it != m_backingOff.cend(); ++it) {
        delete it.key();
        waiting.append(it.value());
    }
    m_backingOff.clear();
    for (const Attempt &attempt : std::as_const(waiting)) {
        DownloadResult result = resultFor(attempt.jobIndex);
        result.retries = attempt.number;
        result.requestsSent = attempt.requestsSentBefore;
        result.redirects = attempt.redirectsBefore;
        publish(result);
    }
    // Flags waiting for a slot for their metadata were started too.
    const QList<qsizetype> parked = std::exchange(m_metadataQueue, {});
    for (const qsizetype jobIndex : parked) {
        DownloadResult result = m_awaitingName.take(jobIndex).result;
        result.status = DownloadStatus::Cancelled;
        result.failure = FailureKind::None;
        result.message = tr("Cancelled");
        publish(result);
    }
    finishIfIdle();
}

void DownloadEngine::startQueuedJobs()
{
    while (!m_cancelling && m_onWire.size() < m_settings.maxConcurrent) {
        // A flag that waits for its name holds a body: it goes first.
        if (!m_metadataQueue.isEmpty()) {
            startMetadataRequest(m_metadataQueue.takeFirst());
            continue;
        }
        if (m_savesRunning + m_awaitingName.size() >= maxSavesPending)
            break;
        if (!m_retryQueue.isEmpty())
            startJob(m_retryQueue.takeFirst());
        else if (m_nextJob < m_jobs.size())
            startJob(Attempt{m_nextJob++, 0});
        else
            break;
    }
}

void DownloadEngine::startMetadataRequest(qsizetype jobIndex)
{
    const QString code = m_jobs.at(jobIndex).code;
    const QUrl url = m_jobs.at(jobIndex).metadataUrl;
    const FlagRequest::Limits limits{m_settings.timeout, m_settings.deadline,
                                     m_settings.maxMetadataBytes, m_settings.maxRedirects};
    auto *request = new FlagRequest(m_managers.acquire(), url, limits, this);
    m_onWire.insert(request, {Attempt{jobIndex, 0}, now(), RequestSpan::Purpose::Metadata});
    connect(request, &FlagRequest::finished, this,
            [this, request](const FetchOutcome &outcome) { onRequestFinished(request, outcome); });
    Q_EMIT requestStarted(code, url, m_onWire.value(request).startedMs, RequestSpan::Purpose::Metadata);
    Q_EMIT inFlightChanged(int(m_onWire.size()));
}

void DownloadEngine::startJob(Attempt attempt)
{
    // Copies: a receiver of requestStarted may cancel, which can end the run
    // and clear m_jobs before the next receiver runs.
    const QString code = m_jobs.at(attempt.jobIndex).code;
    const QUrl url = m_jobs.at(attempt.jobIndex).url;
    const FlagRequest::Limits limits{m_settings.timeout, m_settings.deadline,
                                     m_settings.maxBodyBytes, m_settings.maxRedirects};
    auto *request = new FlagRequest(m_managers.acquire(), url, limits, this);
    m_onWire.insert(request, {attempt, now()});
    connect(request, &FlagRequest::finished, this,
            [this, request](const FetchOutcome &outcome) { onRequestFinished(request, outcome); });
    Q_EMIT requestStarted(code, url, m_onWire.value(request).startedMs, RequestSpan::Purpose::Flag);
    Q_EMIT inFlightChanged(int(m_onWire.size()));
}

void DownloadEngine::onRequestFinished(FlagRequest *request, const FetchOutcome &outcome)
{
    const OnWire onWire = m_onWire.take(request);
    const RequestSpan span{onWire.purpose, onWire.startedMs, now(), outcome.httpStatus};
    // A copy: a receiver of a signal below may cancel, which can end the run
    // and clear m_jobs.
    const QString code = m_jobs.at(onWire.attempt.jobIndex).code;
    request->deleteLater();
    releaseManager(request->manager(), outcome);
    if (onWire.purpose == RequestSpan::Purpose::Metadata) {
        onMetadataFinished(onWire.attempt.jobIndex, span, outcome);
        Q_EMIT requestEnded(code, span);
        Q_EMIT inFlightChanged(int(m_onWire.size()));
        startQueuedJobs();
        finishIfIdle();
        return;
    }

    const Attempt attempt = onWire.attempt;
    const FlagJob &job = m_jobs.at(attempt.jobIndex);
    DownloadResult result = resultFor(attempt.jobIndex);
    result.httpStatus = outcome.httpStatus;
    result.bytes = outcome.body.size();
    result.retries = attempt.number;
    result.requestsSent = attempt.requestsSentBefore + outcome.requestsSent;
    result.redirects = attempt.redirectsBefore + outcome.redirects;
    result.timings.startedMs = onWire.startedMs;
    result.timings.respondedMs = span.endedMs;
    m_requestSpans[attempt.jobIndex].append(span);
    result.requests = m_requestSpans.at(attempt.jobIndex);
    if (outcome.httpStatus > 0)
        m_summary.anyResponse = true;

    if (outcome.cancelled) {
        publish(result);
    } else {
        const Verdict verdict = FailureClassifier(m_settings.timeout, m_settings.maxBodyBytes,
                                                  m_settings.deadline)
                                    .classify(outcome);
        result.status = verdict.status;
        result.failure = verdict.failure;
        result.message = verdict.message;
        if (verdict.shouldSave() && m_settings.namesWanted() && job.metadataUrl.isValid()) {
            m_awaitingName.insert(attempt.jobIndex, {result, outcome});
            m_metadataQueue.append(attempt.jobIndex);
        } else if (verdict.shouldSave()) {
            saveNamed(attempt.jobIndex, result, outcome);
        } else if (attempt.number < m_settings.retries && !m_cancelling
                   && FailureClassifier::isTransient(outcome, verdict)) {
            scheduleRetry(attempt, outcome);
        } else {
            if (attempt.number > 0 && result.status == DownloadStatus::Error)
                result.message += tr(", retried %1 times").arg(attempt.number);
            publish(result);
        }
    }
    Q_EMIT requestEnded(code, span);
    Q_EMIT inFlightChanged(int(m_onWire.size()));
    startQueuedJobs();
    finishIfIdle();
}

DownloadResult DownloadEngine::resultFor(qsizetype jobIndex) const
{
    // Cancelled until something better is known.
    DownloadResult result;
    result.code = m_jobs.at(jobIndex).code;
    result.url = m_jobs.at(jobIndex).url;
    result.status = DownloadStatus::Cancelled;
    result.message = tr("Cancelled");
    result.timings.queuedMs = 0;
    result.requests = m_requestSpans.at(jobIndex);
    return result;
}

void DownloadEngine::scheduleRetry(Attempt attempt, const FetchOutcome &outcome)
{
    // Exponential back-off with jitter, so failed requests do not return in
    // lockstep; the server's Retry-After wins, up to a cap.
    std::chrono::milliseconds wait = m_settings.retryBaseDelay * (1 << attempt.number);
    wait = std::chrono::milliseconds(qint64(double(wait.count()) * (0.5 + QRandomGenerator::global()->generateDouble())));
    if (outcome.retryAfter)
        wait = std::min(*outcome.retryAfter, m_settings.retryAfterCap);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    m_backingOff.insert(timer, {attempt.jobIndex, attempt.number + 1,
                                attempt.requestsSentBefore + outcome.requestsSent,
                                attempt.redirectsBefore + outcome.redirects});
    connect(timer, &QTimer::timeout, this, [this, timer] {
        m_retryQueue.append(m_backingOff.take(timer));
        timer->deleteLater();
        startQueuedJobs();
    });
    timer->start(wait);
}

void DownloadEngine::releaseManager(QNetworkAccessManager *manager, const FetchOutcome &outcome)
{
    const bool abortedByUs = outcome.cancelled || outcome.timedOut || outcome.pastDeadline
                             || outcome.tooLarge;
    if (!abortedByUs) {
        m_managers.release(manager);
        return;
    }
    // Qt emits finished() inside abort() before it tells its network thread to
    // drop the connection. A request sent to this manager now would reach that
    // thread first, find all six connections busy and wait in Qt's queue. Hand
    // the slot back once abort() has returned.
    QMetaObject::invokeMethod(this, [this, manager] {
        m_managers.release(manager);
        startQueuedJobs();
    }, Qt::QueuedConnection);
}

void DownloadEngine::onMetadataFinished(qsizetype jobIndex, const RequestSpan &span,
                                        const FetchOutcome &outcome)
{
    AwaitingName waiting = m_awaitingName.take(jobIndex);
    DownloadResult &result = waiting.result;
    m_requestSpans[jobIndex].append(span);
    // The save starts now: its time is measured from the last reply.
    result.timings.respondedMs = m_requestSpans.at(jobIndex).constLast().endedMs;
    result.requests = m_requestSpans.at(jobIndex);
    result.requestsSent += outcome.requestsSent;
    result.redirects += outcome.redirects;
    if (outcome.cancelled) {
        result.status = DownloadStatus::Cancelled;
        result.failure = FailureKind::None;
        result.message = tr("Cancelled");
        publish(result);
        return;
    }

    QString why;
    std::optional<QString> name;
    const Verdict verdict = FailureClassifier(m_settings.timeout, m_settings.maxMetadataBytes,
                                              m_settings.deadline)
                                .classify(outcome);
    if (verdict.status == DownloadStatus::Ok)
        name = CountryMetadata::parse(outcome.body, &why);
    else if (verdict.status == DownloadStatus::NotFound)
        why = tr("metadata.json not found (404)");
    else
        why = verdict.message;
    if (name)
        result.countryName = *name;
    else
        result.nameNote = tr("No country name from the server: %1").arg(why);
    saveNamed(jobIndex, result, waiting.flag);
}

void DownloadEngine::saveNamed(qsizetype jobIndex, DownloadResult result, const FetchOutcome &flag)
{
    const FlagJob &job = m_jobs.at(jobIndex);
    if (m_settings.namesWanted() && result.countryName.isEmpty())
        result.countryName = CountryMetadata::localName(job.code);
    QString stem = job.fileStem;
    QString stemIfTaken;
    if (m_settings.fileNaming == FileNaming::ByCountryName) {
        // A code nobody has a name for keeps its usual file name, "zz.png".
        const QString wanted = result.countryName == job.code
                                   ? job.fileStem
                                   : SafeFileName::fromCountryName(result.countryName, job.code);
        stem = SafeFileName::claim(wanted, job.code, &m_usedStems);
        // A country's name belongs to no code for sure: a file of that name
        // from an earlier run may be another code's flag (or the user's), so
        // it is kept and this flag gets its code too. "Congo (CG)" is ours.
        if (stem == wanted && stem != job.fileStem)
            stemIfTaken = SafeFileName::claim(u"%1 (%2)"_s.arg(stem, job.code.toUpper()), job.code, &m_usedStems);
    }
    startSave(job, result, flag, stem, stemIfTaken);
}

void DownloadEngine::startSave(const FlagJob &job, DownloadResult result, const FetchOutcome &outcome,
                               const QString &fileStem, const QString &stemIfTaken)
{
    SaveRequest request{outcome.body, m_settings.destinationDir, fileStem,
                        QFileInfo(job.url.path()).suffix(), outcome.contentType,
                        m_settings.thumbnailSize, stemIfTaken};
    ++m_savesRunning;
    QtConcurrent::run(&m_savePool, &FlagSaver::saveAndDecode, std::move(request))
        .then(this, [this, result](const SaveOutcome &saved) { onSaveFinished(result, saved); });
}

void DownloadEngine::onSaveFinished(DownloadResult result, const SaveOutcome &saved)
{
    --m_savesRunning;
    result.timings.savedMs = now();
    if (saved.saved) {
        result.filePath = saved.filePath;
        result.thumbnail = saved.thumbnail;
    } else {
        result.status = DownloadStatus::Error;
        result.failure = saved.decoded ? FailureKind::SaveFailed : FailureKind::NotAnImage;
        result.message = saved.error;
    }
    publish(result);
    startQueuedJobs();
    finishIfIdle();
}

void DownloadEngine::publish(DownloadResult result)
{
    if (m_settings.namesWanted() && result.countryName.isEmpty())
        result.countryName = CountryMetadata::localName(result.code);
    m_summary.count(result);
    Q_EMIT resultReady(result);
    Q_EMIT progressChanged(m_summary.done(), m_summary.total);
}

void DownloadEngine::finishIfIdle()
{
    if (!m_running || !m_onWire.isEmpty() || m_savesRunning > 0 || !m_awaitingName.isEmpty()
        || m_nextJob < m_jobs.size()
        || !m_retryQueue.isEmpty() || !m_backingOff.isEmpty())
        return;
    m_running = false;
    m_summary.elapsedMs = now();
    m_summary.cancelled = m_cancelling;
    m_jobs.clear();
    m_jobs.squeeze();
    m_requestSpans.clear();
    m_requestSpans.squeeze();
    m_usedStems.clear();
    m_nextJob = 0;
    Q_EMIT finished(m_summary);
}
