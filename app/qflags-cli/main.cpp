// qflags-cli: the flags2 command line over the qflags engine.

#include "clirun.h"

#include "charts/chartimage.h"
#include "core/processresources.h"
#include "core/runoptions.h"
#include "core/runreport.h"

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

// Drawing a timeline needs fonts, so a QGuiApplication, which must exist
// before the options are parsed: look for the option by hand first.
bool wantsTimeline(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "--timeline-png" || arg.startsWith("--timeline-png="))
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!wantsTimeline(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // The command line never shows a window: draw offscreen, display or not.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
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
    const QCommandLineOption timelinePng(
        u"timeline-png"_s,
        QCoreApplication::translate("main", "After the run, save its request timeline as a PNG image."),
        u"FILE"_s);
    parser.addOption(timelinePng);

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
            return usageError(QCoreApplication::translate("main", "*** Usage error: --report FILE must end in .csv or .json: %1")
                                  .arg(reportFile),
                              program);
        run.setReportFile(reportFile);
    }
    const QString timelinePath = parser.value(timelinePng);
    if (parser.isSet(timelinePng) && !ChartImage::isPngName(timelinePath)) {
        return usageError(QCoreApplication::translate("main", "*** Usage error: --timeline-png FILE must end in .png: %1")
                              .arg(timelinePath),
                          program);
    }
    run.setTimelinePath(timelinePath);
    return run.exec();
}
