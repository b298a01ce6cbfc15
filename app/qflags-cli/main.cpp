// qflags-cli: the flags2 command line over the qflags engine.

#include "clirun.h"
#include "clisweep.h"
#include "clisweepoptions.h"

#include "core/processresources.h"
#include "core/runoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

int usageError(const QString &message, const QString &program)
{
    QTextStream err(stderr);
    err << message << '\n' << RunOptionsParser::usageLine(program) << Qt::endl;
    return CliRun::UsageError;
}

} // namespace

int main(int argc, char *argv[])
{
    // The sweep's chart draws text, which takes a QGuiApplication; on no display.
    std::unique_ptr<QCoreApplication> app;
    if (CliSweepOptions::wantsImage(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"qflags-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QFLAGS_VERSION));
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
    CliSweepOptions sweepOptions(parser);

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

    const auto sweep = sweepOptions.read(&error);
    if (!sweep)
        return usageError(error, program);
    if (sweep->requested())
        return CliSweep(*options, *sweep).exec();
    return CliRun(*options).exec();
}
