// Concurrency benchmark, in three parts:
// 1. memory against job count: peak RSS after N/10 and after N requests;
// 2. N = 676 requests against the built-in server with a fixed delay d, at
//    several concurrency levels, beside the ideal ceil(N/C)*d, with the
//    server's own maximum of requests in flight;
// 3. the server holding 1000 slow requests at once.

#include "core/countrycodes.h"
#include "core/downloadengine.h"
#include "core/processresources.h"
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
    return measured;
}

// count jobs cycling through codes, each saved under a name of its own.
QList<FlagJob> numbered(const QList<FlagJob> &codes, int count)
{
    QList<FlagJob> jobs;
    jobs.reserve(count);
    for (int i = 0; i < count; ++i) {
        const FlagJob &job = codes.at(i % codes.size());
        jobs.append({job.code, {}, u"%1-%2"_s.arg(job.fileStem).arg(i)});
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
    const QCommandLineOption bulkOption(u"bulk"_s, u"requests in the memory run (0: skip)"_s, u"N"_s, u"10000"_s);
    parser.addOptions({levelsOption, delayOption, bulkOption});
    parser.process(app);

    const double delay = parser.value(delayOption).toDouble();
    QList<FlagJob> jobs;
    for (const QString &code : CountryCodes::everyPair())
        jobs.append({code, {}, code.toLower()});

    // Memory against job count: a run of N/10 jobs, then one of N. Peak RSS
    // only rises, so the second figure minus the first is what the extra
    // jobs cost.
    const int bulk = parser.value(bulkOption).toInt();
    if (bulk >= 10) {
        std::printf("Memory, at concurrency 200 with no delay (the saves are the bottleneck):\n");
        for (const int count : {bulk / 10, bulk}) {
            const Measured m = runOnce(numbered(jobs, count), 200, 0.0);
            std::printf("%6d requests: %6.2f s, %5d OK, %5d not found, %d errors; peak RSS %.1f MiB\n",
                        count, double(m.summary.elapsedMs) / 1000.0, m.summary.ok,
                        m.summary.notFound, m.summary.errors,
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
