#include "clisweep.h"

#include "clirun.h"
#include "interrupthandler.h"

#include "charts/sweepchart.h"
#include "core/concurrencysweep.h"
#include "base/countrycodes.h"
#include "core/flags2report.h"
#include "site/flagsite.h"
#include "core/serverpreset.h"
#include "core/sweeplevels.h"
#include "core/sweepreport.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString strategyNames(const QList<NetworkStrategy> &strategies)
{
    QStringList names;
    for (const NetworkStrategy strategy : strategies)
        names.append(NetworkStrategies::nameOf(strategy));
    return names.join(u", "_s);
}

} // namespace

CliSweep::CliSweep(const RunOptions &options, const CliOutputs &outputs, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_outputs(outputs)
{
}

QString CliSweep::tableHeader()
{
    return u"%1%2%3%4%5%6%7%8%9%10"_s.arg(tr("strategy"), -9)
        .arg(tr("level"), 6)
        .arg(tr("elapsed (s)"), 13)
        .arg(tr("flags/s"), 10)
        .arg(tr("ideal (s)"), 11)
        .arg(tr("ok"), 6)
        .arg(tr("not found"), 11)
        .arg(tr("errors"), 8)
        .arg(tr("threads"), 9)
        .arg(tr("peak MiB"), 10);
}

QString CliSweep::tableRow(const SweepPoint &point)
{
    return u"%1%2%3%4%5%6%7%8%9%10"_s.arg(NetworkStrategies::nameOf(point.strategy), -9)
        .arg(point.level, 6)
        .arg(point.elapsedSeconds(), 13, 'f', 2)
        .arg(point.flagsPerSecond(), 10, 'f', 2)
        .arg(point.idealSeconds(), 11, 'f', 2)
        .arg(point.run.ok, 6)
        .arg(point.run.notFound, 11)
        .arg(point.run.errors, 8)
        .arg(point.peakThreads, 9)
        .arg(point.peakResidentMiB(), 10, 'f', 1);
}

int CliSweep::exec()
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Said before the sweep, not after minutes of it.
    if (QString reason; !m_outputs.sweepPng.isEmpty() && !CliRun::prepareOutputFile(m_outputs.sweepPng, &reason)) {
        err << "qflags-cli: " << tr("cannot write the chart: %1").arg(reason) << Qt::endl;
        return CliRun::UsageError;
    }
    if (QString reason; !m_outputs.sweepReport.isEmpty() && !CliRun::prepareOutputFile(m_outputs.sweepReport, &reason)) {
        err << "qflags-cli: " << tr("cannot write the sweep report: %1").arg(reason) << Qt::endl;
        return CliRun::UsageError;
    }

    QString error;
    const QStringList codes = CountryCodes::expand(m_options.selection, &error);
    FlagSite site;
    if (!site.open(m_options.serverLabel, m_options.urlTemplate, &error)) {
        err << "qflags-cli: " << error << Qt::endl;
        return CliRun::NothingFetched;
    }

    SweepPlan plan;
    plan.jobs = site.jobsFor(codes);
    plan.levels = m_outputs.sweepLevels;
    plan.strategies = m_options.strategies;
    plan.settings = m_options.engineSettings(1);
    // The built-in server's delay is the preset's; another server's is unknown.
    double delayMin = -1;
    double delayMax = -1;
    double errorRate = 0;
    if (const auto preset = ServerPreset::find(m_options.serverLabel); preset && site.builtInServer()) {
        delayMin = preset->delayMinSeconds;
        delayMax = preset->delayMaxSeconds;
        errorRate = preset->errorRate;
        plan.serverDelaySeconds = (delayMin + delayMax) / 2;
    }

    // flags2's first two lines; then what the sweep does instead of one run.
    const QStringList initial = Flags2Report::initial(site.label(), site.siteText(), codes, 1).split(u'\n');
    out << initial.value(0) << '\n' << initial.value(1) << '\n';
    out << tr("Sweep over %1 concurrency levels: %2 (each a whole run into a scratch folder)")
               .arg(plan.levels.size())
               .arg(SweepLevels::toText(plan.levels))
        << '\n';
    if (plan.strategies.size() > 1)
        out << tr("Each level runs with each strategy: %1").arg(strategyNames(plan.strategies)) << '\n';
    if (site.builtInServer())
        out << tr("Threads and memory are the whole process's: the built-in server runs in it too") << '\n';
    if (plan.serverDelaySeconds > 0)
        out << tr("Ideal: ceil(N/C) x %1 s, the server's mean delay").arg(plan.serverDelaySeconds) << '\n';
    else
        out << tr("Ideal: ceil(N/C) x one request's time, measured at the first level") << '\n';
    out << tableHeader() << Qt::endl;

    ConcurrencySweep sweep;
    const QList<SweepStep> steps = ConcurrencySweep::steps(plan);
    const bool terminal = ::isatty(STDERR_FILENO);
    connect(&sweep, &ConcurrencySweep::progressChanged, this, [&](int index, int, int done, int total) {
        if (terminal) {
            const SweepStep step = steps.at(index);
            std::fprintf(stderr, "\r\033[K%s", qPrintable(tr("level %1 (%2): %3 of %4")
                                                              .arg(step.level)
                                                              .arg(NetworkStrategies::nameOf(step.strategy))
                                                              .arg(done)
                                                              .arg(total)));
            std::fflush(stderr);
        }
    });
    connect(&sweep, &ConcurrencySweep::pointMeasured, this, [&](const SweepPoint &point) {
        if (terminal)
            std::fputs("\r\033[K", stderr);
        out << tableRow(point) << Qt::endl;
    });

    InterruptHandler interrupts;
    int interruptingSignal = 0;
    connect(&interrupts, &InterruptHandler::interrupted, &sweep, [&](int signalNumber) {
        interruptingSignal = signalNumber;
        sweep.cancel();
    });

    QEventLoop loop;
    bool cancelled = false;
    connect(&sweep, &ConcurrencySweep::finished, &loop, [&](bool wasCancelled) {
        cancelled = wasCancelled;
        loop.quit();
    });
    sweep.start(plan);
    loop.exec();
    if (terminal)
        std::fputs("\r\033[K", stderr);

    const QList<SweepPoint> points = sweep.points();
    if (cancelled) {
        out << tr("Cancelled: %1 of %n run(s) measured.", nullptr, int(steps.size())).arg(points.size())
            << Qt::endl;
    } else if (!sweep.errorString().isEmpty()) {
        err << "qflags-cli: " << sweep.errorString() << Qt::endl;
    }

    if (!m_outputs.sweepReport.isEmpty() && !points.isEmpty()) {
        if (!SweepReport::save(points, m_outputs.sweepReport, &error)) {
            err << "qflags-cli: " << error << Qt::endl;
            return cancelled ? 128 + interruptingSignal : CliRun::OutputNotSaved;
        }
        out << tr("Sweep report: %1").arg(QDir::toNativeSeparators(QFileInfo(m_outputs.sweepReport).absoluteFilePath()))
            << Qt::endl;
    }

    if (!m_outputs.sweepPng.isEmpty() && !points.isEmpty()) {
        SweepChartData data;
        data.title = SweepChart::titleFor(site.label(), int(codes.size()), delayMin, delayMax, errorRate);
        data.levels = plan.levels;
        data.jobs = int(codes.size());
        data.points = points;
        if (!SweepChart(data).savePng(m_outputs.sweepPng, &error)) {
            err << "qflags-cli: " << error << Qt::endl;
            return cancelled ? 128 + interruptingSignal : CliRun::OutputNotSaved;
        }
        out << tr("Chart: %1").arg(QDir::toNativeSeparators(QFileInfo(m_outputs.sweepPng).absoluteFilePath()))
            << Qt::endl;
    }

    if (cancelled)
        return 128 + interruptingSignal;
    const bool anyResponse = std::any_of(points.cbegin(), points.cend(),
                                         [](const SweepPoint &point) { return point.run.anyResponse; });
    if (!sweep.errorString().isEmpty() || !anyResponse) {
        if (sweep.errorString().isEmpty())
            err << "qflags-cli: " << tr("nothing could be fetched from %1").arg(site.siteText()) << Qt::endl;
        return CliRun::NothingFetched;
    }
    return CliRun::Completed;
}
