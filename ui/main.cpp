// qflags: the window.

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

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"qflags"_s);
    QApplication::setOrganizationName(u"qflags"_s);
    QApplication::setApplicationDisplayName(u"qflags"_s);
    QApplication::setApplicationVersion(QStringLiteral(QFLAGS_VERSION));
    QGuiApplication::setDesktopFileName(u"org.qflags.qflags"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.qflags.qflags"_s,
                                                 QIcon(u":/qflags/org.qflags.qflags.svg"_s)));
    ProcessResources::raiseOpenFileLimit();

    // The CLI's selection options prefill the form; --start begins at once.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Download country flags concurrently and watch them arrive."));
    parser.addHelpOption();
    RunOptionsParser runOptions(parser, RunForm::defaultDestination());
    const QCommandLineOption startOption(u"start"_s,
                                         QApplication::translate("main", "start downloading at once"));
    parser.addOption(startOption);
    const QCommandLineOption sweepOption(
        u"sweep"_s, QApplication::translate("main", "run a concurrency sweep at once at these levels, e.g. 1,6,30,100 (instead of --start)"),
        u"LEVELS"_s);
    parser.addOption(sweepOption);
    parser.process(app);

    MainWindow window;
    // Options given on the command line win over the remembered ones.
    QString error;
    const auto usageError = [](const QString &message) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(message),
                     qPrintable(RunOptionsParser::usageLine(u"qflags"_s, u" [--start] [--sweep LEVELS]"_s)));
        return 2;
    };
    auto options = runOptions.read(&error, window.form()->options());
    if (!options)
        return usageError(error);
    if (parser.isSet(sweepOption) && !SweepLevels::parse(parser.value(sweepOption), &error))
        return usageError(QApplication::translate("main", "*** Usage error: --sweep LEVELS: %1").arg(error));
    // A folder given on the command line is taken from where the program was
    // started, as in the CLI (the form, with no such folder, refuses relative paths).
    options->destination = QDir(options->destination).absolutePath();
    window.setOptions(*options);
    window.show();
    if (parser.isSet(sweepOption)) {
        window.sweepView()->setLevelsText(parser.value(sweepOption));
        QTimer::singleShot(0, &window, &MainWindow::startSweep);
    } else if (parser.isSet(startOption)) {
        QTimer::singleShot(0, &window, &MainWindow::start);
    }
    return app.exec();
}
