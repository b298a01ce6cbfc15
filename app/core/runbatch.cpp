#include "runbatch.h"

RunBatcher::RunBatcher(DownloadEngine *engine, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &RunBatcher::flush);
    connect(engine, &DownloadEngine::requestStarted, this,
            [this](const QString &code, const QUrl &, qint64 startedMs, RequestSpan::Purpose purpose) {
                m_batch.started.append({code, startedMs, purpose});
                schedule();
            });
    connect(engine, &DownloadEngine::requestEnded, this, [this](const QString &code, const RequestSpan &span) {
        m_batch.ended.append({code, span});
        schedule();
    });
    connect(engine, &DownloadEngine::resultReady, this, [this](const DownloadResult &result) {
        m_batch.results.append(result);
        schedule();
    });
    connect(engine, &DownloadEngine::progressChanged, this, [this](const RunSummary &summary) {
        m_batch.summary = summary;
        schedule();
    });
    connect(engine, &DownloadEngine::inFlightChanged, this, [this](int inFlight) {
        m_batch.inFlight = inFlight;
        schedule();
    });
    connect(engine, &DownloadEngine::maxConcurrentChanged, this, [this](int limit, qint64 atMs) {
        m_batch.limitChanges.append({atMs, limit});
        schedule();
    });
    connect(engine, &DownloadEngine::finished, this, [this](const RunSummary &summary) {
        m_batch.summary = summary;
        m_batch.inFlight = 0;
        m_pending = true;
        flush();
        Q_EMIT finished(summary);
    });
}

void RunBatcher::schedule()
{
    m_pending = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void RunBatcher::flush()
{
    m_timer.stop();
    if (!m_pending)
        return;
    m_pending = false;
    const RunSummary summary = m_batch.summary;
    const int inFlight = m_batch.inFlight;
    Q_EMIT batchReady(std::exchange(m_batch, {}));
    // What a batch says at its end stays true until the next one says otherwise.
    m_batch.summary = summary;
    m_batch.inFlight = inFlight;
}
