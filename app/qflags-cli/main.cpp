// qflags-cli: the flags2 command line over the qflags engine.

#include "base/translations.h"
#include "clioutputoptions.h"
#include "clirun.h"
#include "clisweep.h"

#include "base/countrycodes.h"
#include "base/processresources.h"
#include "base/threadlimits.h"
#include "core/runoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

int usageError(const QString &message, const QString &program)
{
    QTextStream err(stderr);
    err << message << '\n'
        << RunOptionsParser::usageLine(program, CliOutputOptions::usageText()) << Qt::endl;
    return CliRun::UsageError;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!CliOutputOptions::wantsImage(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Charts draw text, which takes a QGuiApplication. The command line never
    // shows a window: draw offscreen, display or not.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(u"qflags-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QFLAGS_VERSION));
    Translations::install();
    ProcessResources::raiseOpenFileLimit();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Download flags for country codes concurrently."));
    const QCommandLineOption help = parser.addHelpOption();
    // Long form only: -v is flags2's --verbose.
    const QCommandLineOption version(u"version"_s,
                                     QCoreApplication::translate("main", "Displays version information."));
    parser.addOption(version);
    RunOptionsParser runOptions(parser);
    CliOutputOptions outputOptions(parser);

    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(u"*** Usage error: "_s + parser.errorText(), program);
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();

    QString error;
    const auto options = runOptions.read(&error);
    if (!options)
        return usageError(error, program);
    const auto outputs = outputOptions.read(&error);
    if (!outputs)
        return usageError(error, program);

    if (options->strategies.size() > 1 && !outputs->sweepRequested()) {
        return usageError(QCoreApplication::translate("main", "*** Usage error: --strategy takes one strategy "
                                                              "for a run; events,threads is for a --sweep"),
                          program);
    }
    if (options->strategies.contains(NetworkStrategy::Threads)) {
        // Refused before anything starts, in words: not a thread that fails
        // to start in the middle of a run.
        // A sweep by its highest level; never more threads than flags.
        RunOptions highest = *options;
        if (outputs->sweepRequested())
            highest.maxRequests = *std::max_element(outputs->sweepLevels.cbegin(), outputs->sweepLevels.cend());
        const int threads = highest.effectiveConcurrency(CountryCodes::expand(options->selection, &error).size());
        if (const QString problem = ThreadLimits::ofThisSystem().problemFor(threads); !problem.isEmpty()) {
            return usageError(QCoreApplication::translate("main", "*** Usage error: --strategy threads: %1")
                                  .arg(problem),
                              program);
        }
    }

    if (outputs->sweepRequested())
        return CliSweep(*options, *outputs).exec();
    return CliRun(*options, *outputs).exec();
}
