// Event-loop stall benchmark: drives the real window (offscreen) through -e
// at concurrency 1000 from LOCAL with thumbnails, while a 5 ms timer records
// how late it fires. The longest lateness is the longest the GUI thread was
// busy: the longest a user would have seen the window frozen.

#include "mainwindow.h"
#include "runform.h"
#include "timelineview.h"

#include "base/processresources.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Fires every few milliseconds and remembers its worst lateness.
class StallProbe final
{
public:
    explicit StallProbe(int intervalMs) : m_intervalMs(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double lateMs = double(now - m_last) / 1e6 - m_intervalMs;
            m_worstMs = std::max(m_worstMs, lateMs);
            m_last = now;
        });
    }
    void start()
    {
        m_worstMs = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_worstMs;
    }

private:
    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_worstMs = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ProcessResources::raiseOpenFileLimit();
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(u"qflags-bench"_s);

    // [RUNS] [--timeline] [--delay SECONDS]: with --timeline, the Timeline
    // tab is the one shown, so the live timeline is drawn during every run;
    // with --delay, the built-in server holds every answer that long (DELAY
    // with a fixed delay), so all 676 answers land at once.
    int runs = 3;
    bool showTimeline = false;
    double delaySeconds = -1;
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--timeline"_s)
            showTimeline = true;
        else if (arguments.at(i) == u"--delay"_s && i + 1 < arguments.size())
            delaySeconds = arguments.at(++i).toDouble();
        else
            runs = arguments.at(i).toInt();
    }
    // One window for every run, as a user would: the first run opens the
    // built-in server, the later ones reuse it.
    QTemporaryDir destination;
    MainWindow window;
    window.show();
    RunForm *form = window.form();
    auto *servers = form->findChild<QComboBox *>(u"server"_s);
    servers->setCurrentIndex(servers->findData(delaySeconds >= 0 ? u"DELAY"_s : u"LOCAL"_s));
    if (delaySeconds >= 0) {
        form->findChild<QDoubleSpinBox *>(u"delayMax"_s)->setValue(delaySeconds);
        form->findChild<QDoubleSpinBox *>(u"delayMin"_s)->setValue(delaySeconds);
    }
    form->findChild<QLineEdit *>(u"codes"_s)->setText(u"-e"_s);
    form->findChild<QLineEdit *>(u"destination"_s)->setText(destination.path());
    form->findChild<QSpinBox *>(u"concurrency"_s)->setValue(1000);
    // Every run downloads every flag: a re-run of 304s would be a lighter load.
    form->findChild<QCheckBox *>(u"conditionalGet"_s)->setChecked(false);
    if (showTimeline)
        window.findChild<QTabWidget *>(u"resultTabs"_s)->setCurrentWidget(window.timeline());

    double worst = 0;
    for (int run = 1; run <= runs; ++run) {
        StallProbe probe(5);
        QEventLoop loop;
        RunSummary summary;
        const auto connection = QObject::connect(&window, &MainWindow::runFinished, &loop,
                                                 [&](const RunSummary &s) {
                                                     summary = s;
                                                     loop.quit();
                                                 });
        probe.start();
        window.start();
        loop.exec();
        const double stall = probe.stop();
        QObject::disconnect(connection);
        worst = std::max(worst, stall);
        std::printf("run %d: %d flags downloaded, %d unchanged, %d not found, %d errors in %.2f s; "
                    "longest stall %.1f ms\n",
                    run, summary.ok, summary.unchanged, summary.notFound, summary.errors,
                    double(summary.elapsedMs) / 1000.0, stall);
        std::fflush(stdout);
    }
    std::printf("max event-loop stall: %.0f ms\n", worst);
    return 0;
}
