#include "clirun.h"

#include "cliprogress.h"
#include "interrupthandler.h"

#include "charts/runtimeline.h"
#include "charts/timelinepainter.h"
#include "charts/timelinerecorder.h"
#include "core/downloadengine.h"
#include "core/flags2report.h"
#include "core/flagsaver.h"
#include "core/flagsite.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QImageWriter>
#include <QMap>
#include <QTextStream>

#include <optional>
#include <unistd.h>

CliRun::CliRun(const RunOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

int CliRun::exec()
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    // The timeline's folder first, so a long run does not end in vain, and
    // nothing is created when it is wrong.
    if (!m_timelinePath.isEmpty()) {
        const QFileInfo file(m_timelinePath);
        QString reason;
        if (file.isDir())
            reason = tr("%1 is a folder").arg(file.absoluteFilePath());
        else if (!QDir().mkpath(file.absolutePath()))
            reason = tr("cannot create the folder %1").arg(file.absolutePath());
        if (!reason.isEmpty()) {
            err << "qflags-cli: " << tr("cannot save the timeline: %1").arg(reason) << Qt::endl;
            return UsageError;
        }
    }

    // Said once, before anything is fetched, rather than once for every flag.
    // Like a usage error, only a different --dest can fix it.
    if (QString reason; !FlagSaver::prepareFolder(m_options.destination, &reason)) {
        err << "qflags-cli: " << tr("cannot save flags: %1").arg(reason) << Qt::endl;
        return UsageError;
    }
    QString error;
    const QStringList codes = CountryCodes::expand(m_options.selection, &error);
    FlagSite site;
    if (!site.open(m_options.serverLabel, m_options.urlTemplate, &error)) {
        err << "qflags-cli: " << error << Qt::endl;
        return NothingFetched;
    }

    const int concurrency = m_options.effectiveConcurrency(codes.size());
    out << Flags2Report::initial(site.label(), site.siteText(), codes, concurrency) << Qt::flush;

    DownloadEngine engine;
    EngineSettings settings;
    settings.maxConcurrent = concurrency;
    settings.timeout = std::chrono::milliseconds(qRound64(m_options.timeoutSeconds * 1000.0));
    settings.destinationDir = m_options.destination;
    settings.retries = m_options.retries;
    engine.setSettings(settings);

    std::optional<CliProgress> progress;
    if (!m_options.verbose && ::isatty(STDERR_FILENO))
        progress.emplace(stderr);

    // Without -v, errors would go unexplained: keep one example of each kind.
    QMap<FailureKind, QPair<int, QString>> errorsByKind;
    QString firstError;
    connect(&engine, &DownloadEngine::resultReady, this, [&](const DownloadResult &result) {
        if (result.status == DownloadStatus::Error) {
            if (firstError.isEmpty())
                firstError = result.message;
            auto &[count, example] = errorsByKind[result.failure];
            if (count++ == 0)
                example = Flags2Report::resultLine(result);
        }
        if (m_options.verbose)
            out << Flags2Report::resultLine(result) << Qt::endl;
    });
    connect(&engine, &DownloadEngine::progressChanged, this, [&](int done, int total) {
        if (progress)
            progress->update(done, total);
    });

    InterruptHandler interrupts;
    int interruptingSignal = 0;
    connect(&interrupts, &InterruptHandler::interrupted, &engine, [&](int signalNumber) {
        interruptingSignal = signalNumber;
        engine.cancel();
    });

    RunTimeline timeline;
    if (!m_timelinePath.isEmpty())
        recordTimeline(engine, timeline, this);

    QEventLoop loop;
    RunSummary summary;
    connect(&engine, &DownloadEngine::finished, &loop, [&](const RunSummary &s) {
        summary = s;
        loop.quit();
    });
    timeline.begin(concurrency);
    engine.start(site.jobsFor(codes));
    loop.exec();

    if (progress)
        progress->finish();
    out << Flags2Report::final(summary) << Qt::flush;
    if (!m_options.verbose && !errorsByKind.isEmpty()) {
        err << tr("Errors (-v lists every code):") << '\n';
        for (const auto &[count, example] : std::as_const(errorsByKind))
            err << tr("%1 like  %2").arg(count, 5).arg(example) << '\n';
        err << Qt::flush;
    }

    if (!m_timelinePath.isEmpty()) {
        if (QString reason; saveTimeline(timeline, &reason)) {
            out << tr("Timeline saved to %1").arg(m_timelinePath) << Qt::endl;
        } else {
            err << "qflags-cli: " << tr("cannot save the timeline: %1").arg(reason) << Qt::endl;
            return UsageError;
        }
    }

    if (summary.cancelled)
        return 128 + interruptingSignal; // the shell's convention: 130 after Ctrl-C
    if (summary.total > 0 && !summary.anyResponse) {
        err << "qflags-cli: nothing could be fetched from " << site.siteText() << ": " << firstError
            << Qt::endl;
        return NothingFetched;
    }
    return Completed;
}

bool CliRun::saveTimeline(const RunTimeline &timeline, QString *error) const
{
    const QImage image = TimelinePainter::renderImage(timeline, TimelinePainter::exportSize(timeline));
    QImageWriter writer(m_timelinePath, "png");
    if (writer.write(image))
        return true;
    *error = tr("%1: %2").arg(m_timelinePath, writer.errorString());
    return false;
}
