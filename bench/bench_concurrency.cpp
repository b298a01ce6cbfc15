// Concurrency benchmark: N requests against the built-in server with a fixed
// delay d, at several concurrency levels, beside the ideal ceil(N/C)*d, with the
// server's own maximum of requests in flight and the process's peak memory.
// Then a 10,000-request run to show memory does not grow with the job count.

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

Measured runOnce(const QList<FlagJob> &jobs, int concurrency, double delaySeconds)
{
    FlagServerConfig config;
    config.delayMinSeconds = config.delayMaxSeconds = delaySeconds;
    BackgroundFlagServer server;
    QString error;
    if (!server.start(config, &error))
        qFatal("server: %s", qPrintable(error));

    QString templateError;
    const auto urlTemplate = UrlTemplate::parse(ServerPreset::builtInTemplate(server.baseUrl().toString()), &templateError);
    QList<FlagJob> located = jobs;
    for (FlagJob &job : located)
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
    engine.start(located);
    loop.exec();
    measured.serverMaxInFlight = server.stats().maxInFlight;
    return measured;
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
    const QCommandLineOption thousandOption(u"thousand"_s, u"also hold 1000 slow requests at once"_s);
    parser.addOptions({levelsOption, delayOption, bulkOption, thousandOption});
    parser.process(app);

    const double delay = parser.value(delayOption).toDouble();
    QList<FlagJob> jobs;
    for (const QString &code : CountryCodes::everyPair())
        jobs.append({code, {}, code.toLower()});

    std::printf("N = %lld codes (-e, AA..ZZ), server delay %.2f s on every request\n",
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
    if (parser.isSet(thousandOption)) {
        QList<FlagJob> thousand;
        for (int i = 0; i < 1000; ++i) {
            const FlagJob &job = jobs.at(i % jobs.size());
            thousand.append({job.code, {}, u"%1-%2"_s.arg(job.fileStem).arg(i)});
        }
        const Measured m = runOnce(thousand, 1000, 1.0);
        std::printf("\n1000 requests at concurrency 1000, 1 s delay each: %.2f s, server max in flight %d\n",
                    double(m.summary.elapsedMs) / 1000.0, m.serverMaxInFlight);
        std::fflush(stdout);
    }

    // Memory against job count: a run of N/10 jobs, then one of N. Peak RSS
    // only rises, so the second figure minus the first is what the extra
    // jobs cost.
    const int bulk = parser.value(bulkOption).toInt();
    if (bulk >= 10) {
        std::printf("\nMemory, at concurrency 200 with no delay (the saves are the bottleneck):\n");
        for (const int count : {bulk / 10, bulk}) {
            QList<FlagJob> many;
            many.reserve(count);
            for (int i = 0; i < count; ++i) {
                const FlagJob &job = jobs.at(i % jobs.size());
                many.append({job.code, {}, u"%1-%2"_s.arg(job.fileStem).arg(i)});
            }
            const Measured m = runOnce(many, 200, 0.0);
            std::printf("%6d requests: %6.2f s, %5d OK, %5d not found, %d errors; peak RSS %.1f MiB\n",
                        count, double(m.summary.elapsedMs) / 1000.0, m.summary.ok,
                        m.summary.notFound, m.summary.errors,
                        mebibytes(ProcessResources::peakResidentBytes()));
            std::fflush(stdout);
        }
    }
    return 0;
}
