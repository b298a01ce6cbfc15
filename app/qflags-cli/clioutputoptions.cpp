#include "clioutputoptions.h"

#include "charts/chartimage.h"
#include "core/runreport.h"
#include "core/sweeplevels.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliOutputOptions", text, disambiguation, n);
}

} // namespace

CliOutputOptions::CliOutputOptions(QCommandLineParser &parser)
    : m_parser(parser)
    , m_report(u"report"_s,
               tr("Also write the run as a table: CSV when FILE ends in .csv, JSON when in .json."),
               u"FILE"_s)
    , m_timelinePng(u"timeline-png"_s, tr("After the run, save its request timeline as a PNG image."),
                    u"FILE"_s)
    , m_har(u"har"_s,
            tr("Also write every request of the run (retries and name requests too) with its "
               "headers and timings as an HTTP Archive (HAR 1.2), which browsers' developer tools open."),
            u"FILE"_s)
    , m_sweep(u"sweep"_s,
              tr("Instead of one run, one whole run per concurrency level (into scratch folders; "
                 "--dest is not touched), and a table of elapsed time, flags per second and the "
                 "ideal, e.g. 1,6,30,100,1000."),
              u"LEVELS"_s)
    , m_sweepPng(u"sweep-png"_s, tr("With --sweep: also draw the sweep's chart into FILE (.png)."),
                 u"FILE"_s)
    , m_sweepReport(u"sweep-report"_s,
                    tr("With --sweep: also write a row per run (strategy, level, times, counts, peak "
                       "threads and memory) into FILE (.csv)."),
                    u"FILE"_s)
{
    parser.addOptions({m_report, m_timelinePng, m_har, m_sweep, m_sweepPng, m_sweepReport});
}

std::optional<CliOutputs> CliOutputOptions::read(QString *error) const
{
    CliOutputs outputs;
    if (m_parser.isSet(m_report)) {
        outputs.reportFile = m_parser.value(m_report);
        if (!RunReport::formatFor(outputs.reportFile)) {
            *error = tr("*** Usage error: --report FILE must end in .csv or .json: %1").arg(outputs.reportFile);
            return std::nullopt;
        }
    }
    if (m_parser.isSet(m_timelinePng)) {
        outputs.timelinePng = m_parser.value(m_timelinePng);
        if (!ChartImage::isPngName(outputs.timelinePng)) {
            *error = tr("*** Usage error: --timeline-png FILE must end in .png: %1").arg(outputs.timelinePng);
            return std::nullopt;
        }
    }
    if (m_parser.isSet(m_har)) {
        outputs.harFile = m_parser.value(m_har);
        if (outputs.harFile.isEmpty()) {
            *error = tr("*** Usage error: --har FILE needs a file name");
            return std::nullopt;
        }
    }
    if (m_parser.isSet(m_sweep)) {
        const auto levels = SweepLevels::parse(m_parser.value(m_sweep), error);
        if (!levels) {
            *error = tr("*** Usage error: --sweep LEVELS: %1").arg(*error);
            return std::nullopt;
        }
        outputs.sweepLevels = *levels;
        // A sweep is many runs: one report or timeline would say nothing clear.
        if (!outputs.reportFile.isEmpty() || !outputs.timelinePng.isEmpty() || !outputs.harFile.isEmpty()) {
            *error = tr("*** Usage error: --report, --timeline-png and --har describe one run, not a --sweep");
            return std::nullopt;
        }
    }
    if (m_parser.isSet(m_sweepPng)) {
        if (!outputs.sweepRequested()) {
            *error = tr("*** Usage error: --sweep-png FILE needs --sweep LEVELS");
            return std::nullopt;
        }
        outputs.sweepPng = m_parser.value(m_sweepPng);
        if (!ChartImage::isPngName(outputs.sweepPng)) {
            *error = tr("--sweep-png FILE must be a file name ending in .png");
            return std::nullopt;
        }
    }
    if (m_parser.isSet(m_sweepReport)) {
        if (!outputs.sweepRequested()) {
            *error = tr("*** Usage error: --sweep-report FILE needs --sweep LEVELS");
            return std::nullopt;
        }
        outputs.sweepReport = m_parser.value(m_sweepReport);
        if (!outputs.sweepReport.endsWith(u".csv"_s, Qt::CaseInsensitive)) {
            *error = tr("*** Usage error: --sweep-report FILE must end in .csv: %1").arg(outputs.sweepReport);
            return std::nullopt;
        }
    }
    return outputs;
}

bool CliOutputOptions::wantsImage(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        for (const char *option : {"--timeline-png", "--sweep-png"}) {
            if (arg == option || arg.startsWith(QByteArray(option).append('=')))
                return true;
        }
    }
    return false;
}

QString CliOutputOptions::usageText()
{
    return u" [--report FILE] [--timeline-png FILE] [--har FILE] [--sweep LEVELS] [--sweep-png FILE] "
           u"[--sweep-report FILE]"_s;
}
