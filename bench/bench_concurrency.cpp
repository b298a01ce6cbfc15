// Concurrency benchmark, in three parts:
// 1. memory against job count: peak RSS after N/10 and after N requests;
// 2. N = 676 requests against the built-in server with a fixed delay d, at
//    several concurrency levels, beside the ideal ceil(N/C)*d, with the
//    server's own maximum of requests in flight;
// 3. the server holding 1000 slow requests at once.

#include "base/countrycodes.h"
#include "core/downloadengine.h"
#include "base/processresources.h"
#include "core/serverpreset.h"
#include "core/urltemplate.h"
#include "server/backgroundflagserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Measured
{
    RunSummary summary;
    int serverMaxInFlight = 0;
    qint64 residentAtEnd = 0; // with the engine and the job list still alive
};

Measured runOnce(QList<FlagJob> jobs, int concurrency, double delaySeconds)
{
    FlagServerConfig config;
    config.delayMinSeconds = config.delayMaxSeconds = delaySeconds;
    BackgroundFlagServer server;
    QString error;
    if (!server.start(config, &error))
        qFatal("server: %s", qPrintable(error));

    QString templateError;
    const auto urlTemplate = UrlTemplate::parse(ServerPreset::builtInTemplate(server.baseUrl().toString()), &templateError);
    for (FlagJob &job : jobs)
        job.url = urlTemplate->urlFor(job.code);

    QTemporaryDir destination;
    DownloadEngine engine;
    EngineSettings settings;
    settings.maxConcurrent = concurrency;
    settings.destinationDir = destination.path();
    settings.timeout = std::chrono::milliseconds(qRound64((delaySeconds + 3.1) * 1000));
    engine.setSettings(settings);

    Measured measured;
    QEventLoop loop;
    QObject::connect(&engine, &DownloadEngine::finished, &loop, [&](const RunSummary &summary) {
        measured.summary = summary;
        loop.quit();
    });
    engine.start(jobs);
    loop.exec();
    measured.serverMaxInFlight = server.stats().maxInFlight;
    measured.residentAtEnd = ProcessResources::currentResidentBytes();
    return measured;
}

// count jobs cycling through codes, each saved under a name of its own.
QList<FlagJob> numbered(const QList<FlagJob> &codes, int count)
{
    QList<FlagJob> jobs;
    jobs.reserve(count);
    for (int i = 0; i < count; ++i) {
        const FlagJob &job = codes.at(i % codes.size());
        jobs.append({job.code, {}, u"%1-%2"_s.arg(job.fileStem).arg(i), {}});
    }
    return jobs;
}

double mebibytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ProcessResources::raiseOpenFileLimit();

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption levelsOption(u"levels"_s, u"concurrency levels"_s, u"LIST"_s, u"1,6,30,100,1000"_s);
    const QCommandLineOption delayOption(u"delay"_s, u"server delay in seconds"_s, u"SECONDS"_s, u"0.5"_s);
    const QCommandLineOption bulkOption(u"bulk"_s, u"N for the memory runs (0: skip)"_s, u"N"_s, u"10000"_s);
    parser.addOptions({levelsOption, delayOption, bulkOption});
    parser.process(app);

    const double delay = parser.value(delayOption).toDouble();
    QList<FlagJob> jobs;
    for (const QString &code : CountryCodes::everyPair())
        jobs.append({code, {}, code.toLower(), {}});

    // Memory against job count: runs of N/10, N, N again and 3N jobs, with the
    // resident size before the job list is built, with it built, and at the
    // end of the run (the list still held). The first runs warm the allocator
    // up; after that a run grows by its job records only.
    const int bulk = parser.value(bulkOption).toInt();
    if (bulk >= 10) {
        std::printf("Memory, at concurrency 200 with no delay (the saves are the bottleneck):\n");
        std::printf("%8s %9s %5s %5s %5s %8s %10s %9s %13s %13s\n", "requests", "elapsed_s", "ok",
                    "404", "error", "rss_MiB", "+job_list", "+run", "+run_per_job", "peak_rss_MiB");
        for (const int count : {bulk / 10, bulk, bulk, bulk * 3}) {
            const qint64 before = ProcessResources::currentResidentBytes();
            QList<FlagJob> many = numbered(jobs, count);
            const qint64 withList = ProcessResources::currentResidentBytes();
            const Measured m = runOnce(std::move(many), 200, 0.0);
            const qint64 runGrowth = m.residentAtEnd - withList;
            std::printf("%8d %9.2f %5d %5d %5d %8.1f %10.1f %9.1f %11lld B %13.1f\n", count,
                        double(m.summary.elapsedMs) / 1000.0, m.summary.ok, m.summary.notFound,
                        m.summary.errors, mebibytes(before), mebibytes(withList - before),
                        mebibytes(runGrowth), qlonglong(runGrowth / count),
                        mebibytes(ProcessResources::peakResidentBytes()));
            std::fflush(stdout);
        }
    }
    std::printf("\nN = %lld codes (-e, AA..ZZ), server delay %.2f s on every request\n",
                qlonglong(jobs.size()), delay);
    std::fflush(stdout);
    std::printf("%11s %10s %10s %7s %15s %13s\n", "concurrency", "elapsed_s", "ideal_s", "ratio",
                "server_max_infl", "peak_rss_MiB");
    for (const QString &level : parser.value(levelsOption).split(u',', Qt::SkipEmptyParts)) {
        const int concurrency = level.toInt();
        const Measured m = runOnce(jobs, concurrency, delay);
        const double elapsed = double(m.summary.elapsedMs) / 1000.0;
        const double ideal = std::ceil(double(jobs.size()) / concurrency) * delay;
        std::printf("%11d %10.2f %10.2f %7.2f %15d %13.1f\n", concurrency, elapsed, ideal,
                    elapsed / ideal, m.serverMaxInFlight,
                    mebibytes(ProcessResources::peakResidentBytes()));
        std::fflush(stdout);
    }

    // The server's own capacity: a thousand slow requests at once.
    {
        const Measured m = runOnce(numbered(jobs, 1000), 1000, 1.0);
        std::printf("\n1000 requests at concurrency 1000, 1 s delay each: %.2f s, server max in flight %d\n",
                    double(m.summary.elapsedMs) / 1000.0, m.serverMaxInFlight);
        std::fflush(stdout);
    }

    return 0;
}
