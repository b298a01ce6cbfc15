#include "concurrencysweep.h"

#include "base/processresources.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimer>
#include <QTimerEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

ConcurrencySweep::ConcurrencySweep(QObject *parent)
    : QObject(parent)
{
}

ConcurrencySweep::~ConcurrencySweep()
{
    if (m_engine) {
        // No more signals to us while we are half destroyed.
        disconnect(m_engine, nullptr, this, nullptr);
        m_engine->cancel();
        delete m_engine; // waits for running saves, so the folder can go
    }
    m_scratch.reset();
}

qint64 ConcurrencySweep::idealMs(int jobs, int level, qint64 requestMs)
{
    if (jobs <= 0 || level <= 0)
        return 0;
    const qint64 waves = (jobs + level - 1) / level;
    return waves * requestMs;
}

qint64 ConcurrencySweep::idealMs(int jobs, const QList<int> &levels, qint64 requestMs)
{
    qint64 total = 0;
    for (const int level : levels)
        total += idealMs(jobs, level, requestMs);
    return total;
}

QList<int> ConcurrencySweep::runOrder(QList<int> levels)
{
    // Lowest first: the ideal may be estimated from the first level.
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    if (levels.isEmpty() || levels.constFirst() < 1 || levels.constLast() > maxConcurrency)
        return {};
    return levels;
}

QList<SweepStep> ConcurrencySweep::steps(const SweepPlan &plan)
{
    QList<SweepStep> steps;
    for (const int level : runOrder(plan.levels)) {
        for (const NetworkStrategy strategy : plan.strategies)
            steps.append({level, strategy});
    }
    return steps;
}

bool ConcurrencySweep::start(const SweepPlan &plan)
{
    const QList<int> levels = runOrder(plan.levels);
    if (m_running || levels.isEmpty() || plan.strategies.isEmpty())
        return false;
    m_plan = plan;
    m_plan.levels = levels;
    m_steps = steps(m_plan);
    m_points.clear();
    m_next = 0;
    m_requestMs = plan.serverDelaySeconds > 0 ? qRound64(plan.serverDelaySeconds * 1000.0) : 0;
    m_error.clear();
    m_cancelled = false;
    m_running = true;
    QTimer::singleShot(0, this, &ConcurrencySweep::runNextLevel);
    return true;
}

void ConcurrencySweep::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Between levels there is no engine: runNextLevel() sees the flag.
    if (m_engine)
        m_engine->cancel(); // finished() may come at once, inside this call
}

void ConcurrencySweep::runNextLevel()
{
    if (m_cancelled || m_next >= m_steps.size()) {
        finish();
        return;
    }
    const QString parent = m_plan.scratchParent.isEmpty() ? QDir::tempPath() : m_plan.scratchParent;
    m_scratch = std::make_unique<QTemporaryDir>(QDir(parent).filePath(u"qflags-sweep-XXXXXX"_s));
    if (!m_scratch->isValid()) {
        m_error = tr("Cannot make a scratch folder in %1: %2").arg(parent, m_scratch->errorString());
        m_scratch.reset();
        finish();
        return;
    }

    const SweepStep step = m_steps.at(m_next);
    EngineSettings settings = m_plan.settings;
    settings.maxConcurrent = step.level;
    settings.strategy = step.strategy;
    settings.destinationDir = m_scratch->path();
    settings.thumbnailSize = QSize();
    // A sweep times the flags alone: with names each flag would cost two
    // requests, and the ideal counts one.
    settings.fetchCountryNames = false;
    settings.fileNaming = FileNaming::ByCode;
    // Every level fetches every flag: a 304 would time a re-run, not the level.
    settings.conditionalGet = false;

    // A fresh engine per level: no connection kept alive from the level before.
    m_engine = new DownloadEngine(this);
    m_engine->setSettings(settings);
    connect(m_engine, &DownloadEngine::progressChanged, this, [this](const RunSummary &summary) {
        Q_EMIT progressChanged(int(m_next), int(m_steps.size()), summary.done(), summary.total);
    });
    connect(m_engine, &DownloadEngine::finished, this, &ConcurrencySweep::onLevelFinished);
    // The peaks are this run's: the last run's threads are joined, its
    // memory given back (as far as the allocator does).
    ProcessResources::resetPeakResident();
    m_peakThreads = 0;
    samplePeaks();
    m_sampling.start(samplingMs, Qt::PreciseTimer, this);
    m_engine->start(m_plan.jobs);
}

void ConcurrencySweep::samplePeaks()
{
    m_peakThreads = std::max(m_peakThreads, ProcessResources::threadCount());
}

void ConcurrencySweep::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_sampling.timerId())
        samplePeaks();
    else
        QObject::timerEvent(event);
}

void ConcurrencySweep::onLevelFinished(const RunSummary &summary)
{
    // Before the engine goes: its threads are still there.
    samplePeaks();
    m_sampling.stop();
    const qint64 peakResident = ProcessResources::peakResidentSinceReset();
    // Every save has ended: the scratch folder and its flags can go.
    m_engine->deleteLater();
    m_engine = nullptr;
    m_scratch.reset();

    if (m_cancelled || summary.cancelled) {
        m_cancelled = true;
        finish();
        return;
    }
    SweepPoint point = pointFor(m_steps.at(m_next), summary);
    point.peakThreads = m_peakThreads;
    point.peakResidentBytes = peakResident;
    m_points.append(point);
    ++m_next;
    Q_EMIT pointMeasured(point);
    // Later, so the engine is gone before the next one opens its connections.
    QTimer::singleShot(0, this, &ConcurrencySweep::runNextLevel);
}

SweepPoint ConcurrencySweep::pointFor(const SweepStep &step, const RunSummary &summary)
{
    const int level = step.level;
    SweepPoint point;
    point.level = level;
    point.strategy = step.strategy;
    point.run = summary;

    point.requestMsEstimated = m_plan.serverDelaySeconds <= 0;
    if (m_requestMs == 0) {
        // The first level: one request's time is its elapsed over its waves.
        const qint64 waves = std::max<qint64>(1, idealMs(summary.total, level, 1));
        m_requestMs = std::max<qint64>(1, summary.elapsedMs / waves);
    }
    point.requestMs = m_requestMs;
    point.idealMs = idealMs(summary.total, level, m_requestMs);
    return point;
}

void ConcurrencySweep::finish()
{
    m_running = false;
    Q_EMIT finished(m_cancelled);
}
