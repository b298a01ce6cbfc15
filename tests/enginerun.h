#pragma once

// Running the engine in a test: an engine saving into a temporary folder, what
// it reports, and the files it leaves. Shared by the engine tests.

#include "testfiles.h"

#include "core/downloadengine.h"
#include "core/urltemplate.h"
#include "server/flagserverconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

struct Run
{
    QList<DownloadResult> results;
    RunSummary summary;
    bool finished = false;
    int resultsAfterFinish = 0;
};

inline QList<FlagJob> jobsFor(const QString &templateText, const QStringList &codes)
{
    QString error;
    const auto urlTemplate = UrlTemplate::parse(templateText, &error);
    Q_ASSERT(urlTemplate);
    QList<FlagJob> jobs;
    for (const QString &code : codes)
        // The metadata URL is only asked for when a run fetches names.
        jobs.append({code, urlTemplate->urlFor(code), code.toLower(), urlTemplate->metadataUrlFor(code)});
    return jobs;
}

// Collects everything the engine reports during one run.
inline void record(DownloadEngine &engine, Run &run)
{
    QObject::connect(&engine, &DownloadEngine::resultReady, &engine, [&run](const DownloadResult &r) {
        run.results.append(r);
        if (run.finished)
            ++run.resultsAfterFinish;
    });
    QObject::connect(&engine, &DownloadEngine::finished, &engine, [&run](const RunSummary &s) {
        run.summary = s;
        run.finished = true;
    });
}

inline bool waitForEnd(const Run &run, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!run.finished && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return run.finished;
}


inline QStringList savedNamesOf(const QList<DownloadResult> &results)
{
    QStringList names;
    for (const DownloadResult &r : results) {
        if (r.status() == DownloadStatus::Ok)
            names.append(QFileInfo(r.filePath).fileName());
    }
    names.sort();
    return names;
}

inline QSet<QString> codesOf(const QList<DownloadResult> &results)
{
    QSet<QString> codes;
    for (const DownloadResult &r : results)
        codes.insert(r.code);
    return codes;
}

// An engine saving into a temporary folder, recording all it reports.
struct Harness
{
    explicit Harness(EngineSettings settings)
    {
        if (settings.destinationDir == EngineSettings{}.destinationDir)
            settings.destinationDir = dir.path();
        engine.setSettings(settings);
        record(engine, run);
    }
    explicit Harness(int concurrency) : Harness(withConcurrency(concurrency)) {}

    static EngineSettings withConcurrency(int concurrency)
    {
        EngineSettings settings;
        settings.maxConcurrent = concurrency;
        return settings;
    }

    QTemporaryDir dir;
    DownloadEngine engine;
    Run run;
};

inline FlagServerConfig delayed(double seconds)
{
    FlagServerConfig config;
    config.delayMinSeconds = config.delayMaxSeconds = seconds;
    return config;
}

