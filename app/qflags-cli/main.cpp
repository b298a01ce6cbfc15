// qflags-cli: the flags2 command line over the qflags engine.

#include "clirun.h"

#include "core/processresources.h"
#include "core/runoptions.h"
#include "core/runreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

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
    QCoreApplication app(argc, argv);
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
    const QCommandLineOption report(
        u"report"_s,
        QCoreApplication::translate("main", "Also write the run as a table: CSV when FILE ends in .csv, JSON when in .json."),
        u"FILE"_s);
    parser.addOption(report);

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

    CliRun run(*options);
    if (parser.isSet(report)) {
        const QString reportFile = parser.value(report);
        if (!RunReport::formatFor(reportFile))
            return usageError(QCoreApplication::translate("main", "*** Usage error: --report: the file name must end in .csv or .json: %1")
                                  .arg(reportFile),
                              program);
        run.setReportFile(reportFile);
    }
    return run.exec();
}
