#include "clisweepoptions.h"

#include "core/sweeplevels.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliSweepOptions", text);
}

} // namespace

CliSweepOptions::CliSweepOptions(QCommandLineParser &parser)
    : m_parser(parser)
    , m_sweep(u"sweep"_s,
              tr("Instead of one run, one whole run per concurrency level (into scratch folders; "
                 "--dest is not touched), and a table of elapsed time, flags per second and the "
                 "ideal, e.g. 1,6,30,100,1000."),
              u"LEVELS"_s)
    , m_png(u"sweep-png"_s, tr("With --sweep: also draw the sweep's chart into FILE (.png)."), u"FILE"_s)
{
    parser.addOption(m_sweep);
    parser.addOption(m_png);
}

std::optional<SweepRequest> CliSweepOptions::read(QString *error) const
{
    SweepRequest request;
    if (m_parser.isSet(m_sweep)) {
        const auto levels = SweepLevels::parse(m_parser.value(m_sweep), error);
        if (!levels) {
            *error = u"--sweep LEVELS: "_s + *error;
            return std::nullopt;
        }
        request.levels = *levels;
    }
    if (m_parser.isSet(m_png)) {
        if (!request.requested()) {
            *error = tr("--sweep-png FILE needs --sweep LEVELS");
            return std::nullopt;
        }
        request.pngPath = m_parser.value(m_png);
        if (!request.pngPath.endsWith(u".png"_s, Qt::CaseInsensitive) || request.pngPath.size() <= 4) {
            *error = tr("--sweep-png FILE must be a file name ending in .png");
            return std::nullopt;
        }
    }
    return request;
}

bool CliSweepOptions::wantsImage(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strncmp(argv[i], "--sweep-png", 11) == 0)
            return true;
    }
    return false;
}
