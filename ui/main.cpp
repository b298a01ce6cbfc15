// qflags: the window.

#include "base/translations.h"
#include "mainwindow.h"
#include "runform.h"
#include "sweepview.h"

#include "base/processresources.h"
#include "core/runoptions.h"
#include "core/sweeplevels.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// --help and --version print and exit: they need no display.
bool asksOnlyForWords(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application =
        asksOnlyForWords(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                     : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"qflags"_s);
    QCoreApplication::setOrganizationName(u"qflags"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QFLAGS_VERSION));
    Translations::install();

    // The CLI's selection options prefill the form; --start begins at once.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Download country flags concurrently and watch them arrive."));
    parser.addHelpOption();
    // Long form only: -v is flags2's --verbose, which the window takes and ignores.
    const QCommandLineOption versionOption(u"version"_s, QApplication::translate("main", "Displays version information."));
    parser.addOption(versionOption);
    RunOptionsParser runOptions(parser, RunForm::defaultDestination(), RunOptionsParser::Program::Window);
    const QCommandLineOption startOption(u"start"_s,
                                         QApplication::translate("main", "start downloading at once"));
    parser.addOption(startOption);
    const QCommandLineOption sweepOption(
        u"sweep"_s, QApplication::translate("main", "run a concurrency sweep at once at these levels, e.g. 1,6,30,100 (instead of --start)"),
        u"LEVELS"_s);
    parser.addOption(sweepOption);
    parser.process(app);
    if (parser.isSet(versionOption))
        parser.showVersion();

    QGuiApplication::setApplicationDisplayName(u"qflags"_s);
    QGuiApplication::setDesktopFileName(u"org.qflags.qflags"_s);
    QGuiApplication::setWindowIcon(QIcon::fromTheme(u"org.qflags.qflags"_s,
                                                    QIcon(u":/qflags/org.qflags.qflags.svg"_s)));
    ProcessResources::raiseOpenFileLimit();

    MainWindow window;
    // Options given on the command line win over the remembered ones.
    QString error;
    const auto usageError = [](const QString &message) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(message),
                     qPrintable(RunOptionsParser::usageLine(u"qflags"_s, u" [--start] [--sweep LEVELS]"_s,
                                                            RunOptionsParser::Program::Window)));
        return 2;
    };
    auto options = runOptions.read(&error, window.form()->options());
    if (!options)
        return usageError(error);
    if (parser.isSet(sweepOption) && !SweepLevels::parse(parser.value(sweepOption), &error))
        return usageError(QApplication::translate("main", "*** Usage error: --sweep LEVELS: %1").arg(error));
    if (options->strategies.size() > 1 && !parser.isSet(sweepOption))
        return usageError(QApplication::translate("main", "*** Usage error: --strategy takes one strategy "
                                                          "for a run; events,threads is for a --sweep"));
    // A folder given on the command line is taken from where the program was
    // started, as in the CLI (the form, with no such folder, refuses relative paths).
    options->destination = QDir(options->destination).absolutePath();
    window.setOptions(*options);
    window.show();
    if (parser.isSet(sweepOption)) {
        window.sweepView()->setLevelsText(parser.value(sweepOption));
        if (options->strategies.size() > 1)
            window.sweepView()->setComparesStrategies(true);
        QTimer::singleShot(0, &window, &MainWindow::startSweep);
    } else if (parser.isSet(startOption)) {
        QTimer::singleShot(0, &window, &MainWindow::start);
    }
    return app.exec();
}
