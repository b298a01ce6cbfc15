#include "clirun.h"

#include "cliprogress.h"
#include "interrupthandler.h"

#include "charts/chartimage.h"
#include "charts/runtimeline.h"
#include "charts/timelinepainter.h"
#include "core/downloadengine.h"
#include "core/flags2report.h"
#include "core/harlog.h"
#include "core/requestphases.h"
#include "core/runbatch.h"
#include "base/atomicfile.h"
#include "site/flagsite.h"
#include "core/runreport.h"
#include "core/savedflagindex.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

#include <optional>
#include <unistd.h>

CliRun::CliRun(const RunOptions &options, const CliOutputs &outputs, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_outputs(outputs)
{
}

int CliRun::exec()
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    // The outputs' folders first, so a long run does not end in vain, and
    // nothing is created when one is wrong.
    const std::pair<QString, QString> outputs[] = {{m_outputs.reportFile, tr("cannot save the report: %1")},
                                                   {m_outputs.timelinePng, tr("cannot save the timeline: %1")},
                                                   {m_outputs.harFile, tr("cannot save the HAR file: %1")}};
    for (const auto &[file, problem] : outputs) {
        if (QString reason; !file.isEmpty() && !prepareOutputFile(file, &reason)) {
            err << "qflags-cli: " << problem.arg(reason) << Qt::endl;
            return UsageError;
        }
    }

    // Said once, before anything is fetched, rather than once for every flag.
    // Like a usage error, only a different --dest can fix it.
    if (QString reason; !AtomicFile::prepareFolder(m_options.destination, &reason)) {
        err << "qflags-cli: " << tr("cannot save flags: %1").arg(reason) << Qt::endl;
        return UsageError;
    }

    QString error;
    QStringList codes = CountryCodes::expand(m_options.selection, &error);
    FlagSite site;
    if (!site.open(m_options.serverLabel, m_options.urlTemplate, &error)) {
        err << "qflags-cli: " << error << Qt::endl;
        return NothingFetched;
    }
    QList<FlagJob> jobs = site.jobsFor(codes);
    if (m_options.onlyMissing) {
        jobs = SavedFlagIndex::notYetSaved(m_options.destination, jobs);
        const qsizetype here = codes.size() - jobs.size();
        codes.clear();
        for (const FlagJob &job : std::as_const(jobs))
            codes.append(job.code);
        const QString folder = QDir::toNativeSeparators(m_options.destination);
        if (jobs.isEmpty())
            out << tr("Nothing to fetch: all %n flag(s) are already in %1.", nullptr, int(here)).arg(folder) << '\n';
        else
            out << tr("Continuing: %1 of %n flag(s) already in %2, %3 to fetch.", nullptr, int(here + jobs.size()))
                       .arg(here)
                       .arg(folder)
                       .arg(jobs.size())
                << '\n';
    }

    const int concurrency = m_options.effectiveConcurrency(codes.size());
    out << Flags2Report::initial(site.label(), site.siteText(), codes, concurrency);
    if (m_options.strategy() == NetworkStrategy::Threads)
        out << tr("Strategy threads: each request blocks a thread of its own, %n thread(s).", nullptr, concurrency)
            << '\n';
    out << Qt::flush;

    DownloadEngine engine;
    EngineSettings settings = m_options.engineSettings(concurrency);
    settings.keepHeaders = !m_outputs.harFile.isEmpty();
    engine.setSettings(settings);

    std::optional<CliProgress> progress;
    if (!m_options.verbose && ::isatty(STDERR_FILENO))
        progress.emplace(stderr);

    // Without -v, errors would go unexplained: keep one example of each kind.
    QMap<FailureKind, QPair<int, QString>> errorsByKind;
    QString firstError;
    RunReport report;
    report.setSource({site.label(), site.siteText(), concurrency});
    HarLog har;
    PhaseShares shares;
    connect(&engine, &DownloadEngine::resultReady, this, [&](const DownloadResult &result) {
        if (!m_outputs.reportFile.isEmpty())
            report.add(result);
        if (!m_outputs.harFile.isEmpty())
            har.add(result);
        shares.add(result);
        if (result.status() == DownloadStatus::Error) {
            if (firstError.isEmpty())
                firstError = result.verdict.message;
            auto &[count, example] = errorsByKind[result.verdict.failure];
            if (count++ == 0)
                example = Flags2Report::resultLine(result);
        }
        if (m_options.verbose)
            out << Flags2Report::resultLine(result) << Qt::endl;
    });
    connect(&engine, &DownloadEngine::progressChanged, this, [&](const RunSummary &summary) {
        if (progress)
            progress->update(summary.done(), summary.total);
    });

    InterruptHandler interrupts;
    int interruptingSignal = 0;
    connect(&interrupts, &InterruptHandler::interrupted, &engine, [&](int signalNumber) {
        interruptingSignal = signalNumber;
        engine.cancel();
    });

    // Made before the loop below listens, so the timeline has the last batch
    // and its end before the loop quits.
    RunTimeline timeline;
    std::optional<RunBatcher> batcher;
    if (!m_outputs.timelinePng.isEmpty()) {
        batcher.emplace(&engine, std::chrono::milliseconds(100));
        connect(&*batcher, &RunBatcher::batchReady, this, [&](const RunBatch &batch) { timeline.record(batch); });
        connect(&*batcher, &RunBatcher::finished, this,
                [&](const RunSummary &summary) { timeline.finish(summary.elapsedMs); });
    }

    QEventLoop loop;
    RunSummary summary;
    connect(&engine, &DownloadEngine::finished, &loop, [&](const RunSummary &s) {
        summary = s;
        loop.quit();
    });
    timeline.begin(concurrency);
    har.begin(QDateTime::currentDateTimeUtc(), HarLog::titleFor(site.label(), site.siteText(), jobs.size(), concurrency));
    engine.start(jobs);
    loop.exec();

    if (progress)
        progress->finish();
    out << Flags2Report::final(summary) << Qt::flush;
    if (m_options.verbose && !shares.isEmpty())
        out << shares.summary() << Qt::endl;
    if (!m_options.verbose && !errorsByKind.isEmpty()) {
        err << tr("Errors (-v lists every code):") << '\n';
        for (const auto &[count, example] : std::as_const(errorsByKind))
            err << tr("%1 like  %2").arg(count, 5).arg(example) << '\n';
        err << Qt::flush;
    }

    // Each output is written whole or not at all, the one whether or not the
    // other could be, and after a cancel too: it shows what the run did.
    bool outputsSaved = true;
    const auto reportOutcome = [&](bool saved, const QString &done, const QString &failed) {
        if (saved)
            out << done << Qt::endl;
        else
            err << "qflags-cli: " << failed << Qt::endl;
        outputsSaved = outputsSaved && saved;
    };
    if (!m_outputs.reportFile.isEmpty()) {
        report.setElapsedMs(summary.elapsedMs);
        const bool saved = report.save(m_outputs.reportFile, &error);
        reportOutcome(saved, tr("Report saved to %1").arg(m_outputs.reportFile), error);
    }
    if (!m_outputs.harFile.isEmpty()) {
        har.setElapsedMs(summary.elapsedMs);
        const bool saved = har.save(m_outputs.harFile, &error);
        reportOutcome(saved, har.savedMessage(m_outputs.harFile),
                      error);
    }
    if (!m_outputs.timelinePng.isEmpty()) {
        const QImage image = TimelinePainter::renderImage(timeline, TimelinePainter::exportSize(timeline));
        QString reason;
        const bool saved = ChartImage::savePng(image, m_outputs.timelinePng, &reason);
        reportOutcome(saved, tr("Timeline saved to %1").arg(m_outputs.timelinePng),
                      tr("cannot save the timeline %1: %2").arg(m_outputs.timelinePng, reason));
    }

    if (summary.cancelled)
        return 128 + interruptingSignal; // the shell's convention: 130 after Ctrl-C
    if (summary.total > 0 && !summary.anyResponse) {
        err << "qflags-cli: " << tr("nothing could be fetched from %1: %2").arg(site.siteText(), firstError)
            << Qt::endl;
        return NothingFetched;
    }
    return outputsSaved ? Completed : OutputNotSaved;
}

bool CliRun::prepareOutputFile(const QString &path, QString *reason)
{
    const QFileInfo file(path);
    if (file.isDir()) {
        *reason = tr("%1 is a folder").arg(QDir::toNativeSeparators(file.absoluteFilePath()));
        return false;
    }
    return AtomicFile::prepareFolder(file.absolutePath(), reason);
}
