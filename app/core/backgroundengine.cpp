#include "backgroundengine.h"

#include "base/processresources.h"

#include <algorithm>

BackgroundEngine::BackgroundEngine(QObject *parent)
    : QObject(parent)
    , m_engine(new DownloadEngine)
{
    m_thread.setObjectName(QStringLiteral("qflags engine"));
    m_engine->moveToThread(&m_thread);

    // Each queued call updates our view first, then passes the signal on.
    connect(m_engine, &DownloadEngine::requestStarted, this, &BackgroundEngine::requestStarted);
    connect(m_engine, &DownloadEngine::requestEnded, this, &BackgroundEngine::requestEnded);
    connect(m_engine, &DownloadEngine::resultReady, this, &BackgroundEngine::resultReady);
    connect(m_engine, &DownloadEngine::progressChanged, this, &BackgroundEngine::progressChanged);
    connect(m_engine, &DownloadEngine::inFlightChanged, this, [this](int inFlight) {
        m_inFlight = inFlight;
        Q_EMIT inFlightChanged(inFlight);
    });
    connect(m_engine, &DownloadEngine::finished, this, [this](const RunSummary &summary) {
        m_running = false;
        m_inFlight = 0;
        Q_EMIT finished(summary);
    });
    m_thread.start();
    // Downloads, decoding and saving yield to the window: the engine thread,
    // and the network and save threads it starts, run at a lower priority.
    QMetaObject::invokeMethod(m_engine, &ProcessResources::lowerThisThreadPriority);
}

BackgroundEngine::~BackgroundEngine()
{
    // The engine must die on its own thread: its replies and timers live there.
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] {
        engine->cancel();
        delete engine;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool BackgroundEngine::start(const EngineSettings &settings, const QList<FlagJob> &jobs)
{
    if (m_running)
        return false;
    m_running = true;
    m_inFlight = 0;
    m_maxConcurrent = std::clamp(settings.maxConcurrent, 1, DownloadEngine::maxConcurrencyLimit);
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, settings, jobs] {
        engine->setSettings(settings);
        engine->start(jobs);
    });
    return true;
}

void BackgroundEngine::setMaxConcurrent(int limit)
{
    m_maxConcurrent = std::clamp(limit, 1, DownloadEngine::maxConcurrencyLimit);
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, limit] { engine->setMaxConcurrent(limit); });
}

void BackgroundEngine::cancel()
{
    QMetaObject::invokeMethod(m_engine, &DownloadEngine::cancel);
}
