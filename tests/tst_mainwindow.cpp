// The window on the offscreen platform, driven as a user would: fill the
// form, click, wait, and read what the views show.

#include "flaggridmodel.h"
#include "mainwindow.h"
#include "notelabel.h"
#include "runform.h"
#include "sweeptablemodel.h"
#include "timelinecanvas.h"
#include "timelineview.h"
#include "sweepchartwidget.h"
#include "sweepview.h"
#include "testfiles.h"
#include "textrecorder.h"

#include "base/processresources.h"
#include "charts/chartcolours.h"
#include "charts/sweepchart.h"
#include "core/concurrencysweep.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QStatusBar>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <optional>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A folder in which this process may not create anything. For a user its mode
// is enough; root ignores modes, so for root it is a read-only file system,
// mounted in a mount namespace of the calling thread's own, which vanishes
// with the process even if the test is killed.
class ReadOnlyFolder
{
    Q_DISABLE_COPY_MOVE(ReadOnlyFolder)

public:
    ReadOnlyFolder()
    {
        m_path = m_base.filePath(u"locked"_s);
        if (!m_base.isValid() || !QDir().mkdir(m_path))
            return;
        if (::geteuid() != 0) {
            m_valid = QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ExeOwner);
            return;
        }
        static const bool ownNamespace = ::unshare(CLONE_NEWNS) == 0
                                         && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
        m_mounted = ownNamespace
                    && ::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", MS_RDONLY,
                               "size=64k")
                           == 0;
        m_valid = m_mounted;
    }
    ~ReadOnlyFolder()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
        else
            QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    bool isValid() const { return m_valid; }
    QString path() const { return m_path; }

private:
    QTemporaryDir m_base;
    QString m_path;
    bool m_valid = false;
    bool m_mounted = false;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void runFillsTheGridTheErrorsAndTheSummary();
    void sliderChangesTheLimitDuringARunAndCancelLeavesWholeFiles();
    void threadsPastTheSystemsLimitAreRefusedAndHeldBack();
    void retryFailedRequeuesExactlyTheFailedCodes();
    void timelineHasARowPerResult();
    void invalidInputDisablesStartWithTheReason();
    void codesAndLimitSayHowManyFlags();
    void badDestinationDisablesStartWithTheReason_data();
    void badDestinationDisablesStartWithTheReason();
    void destinationSaysWhatWillHappen();
    void theFolderIsCheckedAgainOnReturnAndOnStart();
    void messagesNeitherMoveTheFormNorWidenTheWindow();
    void typingOneDelayDoesNotDragTheOther();
    void enterRightAfterTypingUsesTheTypedValue();
    void settingsAreRemembered();
    void countryNamesReachTheGridAndTheFiles();
    void sweepTabRunsEachLevelIntoScratchFolders();
    void sweepWaitsForARunAndEscapeCancelsIt();
    void browseIsLockedDuringARunAndASweep();
    void saveReportWaitsForARunAndASweep();
    void statusLineKeepsTheRunsOwnTime();
    void aCancelledRunSaysWhatWasFetched();
    void everyAltKeyReachesOneThing();
    void theWindowFitsANetbookAndNeverGrows();
    void menusCarryEveryActionAndF1OpensTheGuide();
    void thumbnailsKeepTheirPixelsAtTwiceTheScale();
    void aDarkPaletteGivesDarkChartsAndReadableNotes();
    void theSweepKnowsNAndAsksBeforeALongOne();
    void theErrorListSortsAndCopiesWholeRows();
    void theSweepChartsLabelsNeverOverlap_data();
    void theSweepChartsLabelsNeverOverlap();
    void aNumberOutOfRangeStaysAndSaysTheRange_data();
    void aNumberOutOfRangeStaysAndSaysTheRange();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    void fillForm(const QString &server, const QString &codes, int concurrency);
    void typeDestination(const QString &text);
    RunSummary clickAndWait(const QString &button);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_destination;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    ProcessResources::raiseOpenFileLimit();
    // Never touch the user's settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"qflags-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    // Objects created on one thread with a parent on another: a threading bug.
    QTest::failOnWarning(QRegularExpression(u"Cannot create children|different thread"_s));
    QSettings().clear();
    m_destination.remove();
    m_destination = QTemporaryDir();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::fillForm(const QString &server, const QString &codes, int concurrency)
{
    auto *servers = child<QComboBox>(u"server"_s);
    servers->setCurrentIndex(servers->findData(server));
    child<QLineEdit>(u"codes"_s)->setText(codes);
    child<QLineEdit>(u"destination"_s)->setText(m_destination.path());
    child<QSpinBox>(u"concurrency"_s)->setValue(concurrency);
}

void TestMainWindow::typeDestination(const QString &text)
{
    auto *destination = child<QLineEdit>(u"destination"_s);
    destination->clear();
    QTest::keyClicks(destination, text);
}

RunSummary TestMainWindow::clickAndWait(const QString &button)
{
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QTest::mouseClick(child<QAbstractButton>(button), Qt::LeftButton);
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<RunSummary>();
}

void TestMainWindow::runFillsTheGridTheErrorsAndTheSummary()
{
    fillForm(u"ERROR"_s, u"A B C"_s, 100);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0);
    child<QSpinBox>(u"errorRate"_s)->setValue(30);
    QVERIFY(child<QAbstractButton>(u"start"_s)->isEnabled());

    const RunSummary summary = clickAndWait(u"start"_s);
    QCOMPARE(summary.total, 78);
    QVERIFY(summary.ok > 0);
    QVERIFY2(summary.errors > 0, "a 30 % error rate gave no errors");
    QCOMPARE(summary.done(), 78);

    QCOMPARE(child<QListView>(u"flagGrid"_s)->model()->rowCount(), summary.ok);
    QAbstractItemModel *errors = child<QTableView>(u"errorList"_s)->model();
    QCOMPARE(errors->rowCount(), summary.errors);
    int teapots = 0;
    for (int row = 0; row < errors->rowCount(); ++row)
        teapots += errors->index(row, 1).data().toString()
                   == u"HTTP error 418 - I'm a teapot (the test server fails some requests on purpose: fetch them again)"_s;
    QVERIFY(teapots > 0);
    auto *progress = child<QProgressBar>(u"progress"_s);
    QCOMPARE(progress->maximum(), 78);
    QCOMPARE(progress->value(), 78);
    const QString text = child<QLabel>(u"summary"_s)->text();
    QVERIFY2(text.contains(u"%1 flags downloaded."_s.arg(summary.ok)), qPrintable(text));
    QVERIFY2(text.contains(u"%1 errors."_s.arg(summary.errors)), qPrintable(text));
    QVERIFY(text.contains(u"Elapsed time:"_s));
    QVERIFY(child<QAbstractButton>(u"start"_s)->isEnabled());
    QCOMPARE(QDir(m_destination.path()).entryList(QDir::Files).size(), summary.ok);

    // The report to save holds every code, counted as the run counted them.
    QVERIFY(child<QAbstractButton>(u"saveReport"_s)->isEnabled());
    const RunSummary reported = m_window->report().counts();
    QCOMPARE(reported.total, 78);
    QCOMPARE(reported.ok, summary.ok);
    QCOMPARE(reported.errors, summary.errors);
    QCOMPARE(reported.notFound, summary.notFound);
    QCOMPARE(m_window->report().source().server, u"ERROR"_s);

    // Where the time went, and every request for a HAR file: the 78 first
    // requests and the retries of those that failed on the way.
    QVERIFY2(text.contains(u"Time went to: "_s), qPrintable(text));
    auto *saveHar = m_window->findChild<QAction *>(u"saveHar"_s);
    QVERIFY(saveHar && saveHar->isEnabled());
    QVERIFY(m_window->harLog().entryCount() >= 78);
    const QJsonArray entries =
        QJsonDocument::fromJson(m_window->harLog().toJson()).object()[u"log"_s][u"entries"_s].toArray();
    QCOMPARE(entries.size(), m_window->harLog().entryCount());
    int teapotEntries = 0;
    for (const QJsonValue &entry : entries)
        teapotEntries += entry[u"response"_s][u"status"_s].toInt() == 418;
    QCOMPARE(teapotEntries, teapots);
}

void TestMainWindow::sliderChangesTheLimitDuringARunAndCancelLeavesWholeFiles()
{
    fillForm(u"DELAY"_s, u"-e"_s, 5);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0.5);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0.5);
    QTest::mouseClick(child<QAbstractButton>(u"start"_s), Qt::LeftButton);
    RunController *engine = m_window->controller();
    QVERIFY(engine->isRunning());
    QTRY_COMPARE(engine->inFlight(), 5);
    QVERIFY(!child<QAbstractButton>(u"start"_s)->isEnabled());

    auto *slider = child<QSlider>(u"concurrencySlider"_s);
    slider->setValue(slider->value() + 10); // 15 on the linear part of the scale
    QCOMPARE(child<QSpinBox>(u"concurrency"_s)->value(), 15);
    QCOMPARE(engine->maxConcurrent(), 15);
    QTRY_COMPARE(engine->inFlight(), 15);
    // The timeline saw the limit change.
    QVERIFY(!m_window->timeline()->timeline().limitSeries().isEmpty());
    QCOMPARE(m_window->timeline()->timeline().limitSeries().first().value, 5);
    QCOMPARE(m_window->timeline()->timeline().limitSeries().last().value, 15);
    // Typed into the box, the new limit takes effect on Enter, as a drag does.
    auto *box = child<QSpinBox>(u"concurrency"_s);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, u"20"_s);
    QCOMPARE(engine->maxConcurrent(), 15);
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(engine->maxConcurrent(), 20);
    QCOMPARE(box->value(), 20);

    QTRY_VERIFY_WITH_TIMEOUT(child<QListView>(u"flagGrid"_s)->model()->rowCount() > 0, 10000);
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(finished.wait(10000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(child<QAbstractButton>(u"start"_s)->isEnabled());
    QVERIFY(!child<QAbstractButton>(u"cancel"_s)->isEnabled());

    const QStringList files = filesIn(m_destination.path());
    QCOMPARE(files.size(), summary.ok);
    for (const QString &file : files)
        QVERIFY2(!QImage(m_destination.filePath(file)).isNull(), qPrintable(file));
}

void TestMainWindow::threadsPastTheSystemsLimitAreRefusedAndHeldBack()
{
    // Room for 20 more threads, whoever runs the test (root is not held to
    // ulimit -u, so a control group's limit stands in).
    ThreadLimits limits;
    limits.group = 1020;
    limits.groupTasks = 1000;
    limits.groupName = u"/test.slice"_s;
    m_window->setThreadLimitsReader([&limits] { return limits; });
    fillForm(u"DELAY"_s, u"-e"_s, 50);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0.5);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0.5);
    auto *strategy = child<QComboBox>(u"strategy"_s);
    strategy->setCurrentIndex(strategy->findData(u"threads"_s));

    // Before the run: a box says why, and nothing starts.
    QString said;
    QTimer::singleShot(0, this, [&said] {
        auto *refusal = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!refusal || refusal->objectName() != u"threadsRefused"_s)
            return;
        said = refusal->text() + u'\n' + refusal->informativeText();
        refusal->button(QMessageBox::Ok)->click();
    });
    QTest::mouseClick(child<QAbstractButton>(u"start"_s), Qt::LeftButton);
    QVERIFY2(said.contains(u"The threads strategy needs 50 threads at once"_s), qPrintable(said));
    QVERIFY2(said.contains(u"The control group /test.slice lets its programs run at most 1020"_s), qPrintable(said));
    QVERIFY(!m_window->controller()->isRunning());

    // Under the limit it runs; raised past it mid-run, the concurrency stays
    // where it was and the status bar says why; raised within it, it goes.
    child<QSpinBox>(u"concurrency"_s)->setValue(10);
    QTest::mouseClick(child<QAbstractButton>(u"start"_s), Qt::LeftButton);
    RunController *engine = m_window->controller();
    QVERIFY(engine->isRunning());
    QTRY_COMPARE(engine->inFlight(), 10);
    limits.groupTasks += 10; // the run's threads
    auto *box = child<QSpinBox>(u"concurrency"_s);
    box->setValue(40);
    QCOMPARE(engine->maxConcurrent(), 10);
    QCOMPARE(box->value(), 10);
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.startsWith(u"Concurrency kept at 10: The control group /test.slice"_s), qPrintable(status));
    QVERIFY2(status.contains(u"and 30 threads need more"_s), qPrintable(status));
    box->setValue(15);
    QCOMPARE(engine->maxConcurrent(), 15);
    QTRY_COMPARE(engine->inFlight(), 15);

    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QTest::mouseClick(child<QAbstractButton>(u"cancel"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
}

void TestMainWindow::retryFailedRequeuesExactlyTheFailedCodes()
{
    fillForm(u"ERROR"_s, u"B"_s, 30);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0);
    child<QSpinBox>(u"errorRate"_s)->setValue(50);
    const RunSummary first = clickAndWait(u"start"_s);
    QVERIFY(first.errors > 0);
    QAbstractItemModel *errors = child<QTableView>(u"errorList"_s)->model();
    QSet<QString> failed;
    for (int row = 0; row < errors->rowCount(); ++row)
        failed.insert(errors->index(row, 0).data().toString());
    QCOMPARE(failed.size(), first.errors);

    // A retry saves with the form's folder: a wrong one disables it too.
    auto *retry = child<QAbstractButton>(u"retry"_s);
    QVERIFY(retry->isEnabled());
    typeDestination(u"flags"_s);
    QVERIFY(!retry->isEnabled());
    QVERIFY2(retry->toolTip().startsWith(u"Type the full path"_s), qPrintable(retry->toolTip()));
    child<QLineEdit>(u"destination"_s)->setText(m_destination.path());
    QVERIFY(retry->isEnabled());

    child<QSpinBox>(u"errorRate"_s)->setValue(0);
    QSet<QString> retried;
    connect(m_window->controller(), &RunController::runBatch, this, [&retried](const RunBatch &batch) {
        for (const RunBatch::Started &started : batch.started)
            retried.insert(started.code);
    });
    const RunSummary second = clickAndWait(u"retry"_s);
    QCOMPARE(retried, failed);
    QCOMPARE(second.total, first.errors);
    QCOMPARE(second.errors, 0);
    QCOMPARE(second.ok + second.notFound, first.errors); // the set lacks a few B codes
    QCOMPARE(errors->rowCount(), 0);
    // A retry adds to the grid: the flags of both runs are there.
    QCOMPARE(child<QListView>(u"flagGrid"_s)->model()->rowCount(), first.ok + second.ok);
    QVERIFY(!child<QAbstractButton>(u"retry"_s)->isEnabled());
    // The report keeps one row per code, with the retry's outcome.
    const RunSummary reported = m_window->report().counts();
    QCOMPARE(reported.total, first.total);
    QCOMPARE(reported.ok, first.ok + second.ok);
    QCOMPARE(reported.errors, 0);
    QCOMPARE(m_window->report().elapsedMs(), first.elapsedMs + second.elapsedMs);
}

void TestMainWindow::timelineHasARowPerResult()
{
    fillForm(u"ERROR"_s, u"A B"_s, 6);
    // A short delay, so that the first six are all on the wire before any ends.
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0.05);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0.05);
    child<QSpinBox>(u"errorRate"_s)->setValue(30);
    auto *tabs = child<QTabWidget>(u"resultTabs"_s);
    TimelineView *view = m_window->timeline();
    tabs->setCurrentWidget(view);
    QVERIFY(!child<QPushButton>(u"timelineSave"_s)->isEnabled()); // nothing to save yet

    const RunSummary summary = clickAndWait(u"start"_s);
    QCOMPARE(summary.total, 52);
    QCOMPARE(view->rowCount(), 52);
    QCOMPARE(view->timeline().doneCount(), 52);
    QVERIFY(!view->timeline().isLive());
    QCOMPARE(view->timeline().maxOverlap(), 6);
    QVERIFY(child<QPushButton>(u"timelineSave"_s)->isEnabled());
    // Painted at most at frame rate (33 ms), not once per signal (100-odd).
    QTRY_VERIFY(view->canvas()->paintCount() > 0);
    QVERIFY2(view->canvas()->paintCount() <= summary.elapsedMs / 33 + 10,
             qPrintable(u"%1 paints in %2 ms"_s.arg(view->canvas()->paintCount()).arg(summary.elapsedMs)));

    const QString png = m_destination.filePath(u"timeline.png"_s);
    QString error;
    QVERIFY2(view->saveImage(png, &error), qPrintable(error));
    QCOMPARE(QImage(png).width(), 1600);

    // Zoom keeps the time under the cursor; Home fits the whole run again.
    const TimelineFrame whole = view->canvas()->frame();
    QTest::keyClick(view->canvas(), Qt::Key_Plus);
    const TimelineFrame zoomed = view->canvas()->frame();
    QVERIFY(zoomed.toMs - zoomed.fromMs < whole.toMs - whole.fromMs);
    QTRY_VERIFY(view->canvas()->horizontalScrollBar()->isVisible()); // the rest of the run is a scroll away
    QTest::keyClick(view->canvas(), Qt::Key_Home);
    QCOMPARE(view->canvas()->frame().toMs, whole.toMs);

    // A new run starts a new timeline.
    child<QLineEdit>(u"codes"_s)->setText(u"BR CN"_s);
    clickAndWait(u"start"_s);
    QCOMPARE(view->rowCount(), 2);
}

void TestMainWindow::invalidInputDisablesStartWithTheReason()
{
    auto *start = child<QAbstractButton>(u"start"_s);
    auto *servers = child<QComboBox>(u"server"_s);
    servers->setCurrentIndex(RunForm::customServerIndex);
    auto *urlTemplate = child<QLineEdit>(u"urlTemplate"_s);
    QVERIFY(urlTemplate->isEnabled());
    QTest::keyClicks(urlTemplate, u"http://example.org/flag.png"_s);
    QVERIFY(!start->isEnabled());
    auto *status = child<NoteLabel>(u"templateStatus"_s);
    QVERIFY(status->isVisible());
    QVERIFY(status->showsProblem());
    QVERIFY2(status->text().contains(u"{cc}"_s), qPrintable(status->text()));
    QCOMPARE(start->toolTip(), status->text());

    // Another reason: the tooltip follows, not only the enabled state.
    urlTemplate->setText(u"ftp://example.org/{cc}.png"_s);
    QVERIFY(!start->isEnabled());
    QVERIFY(status->text().contains(u"http:// or https://"_s));
    QCOMPARE(start->toolTip(), status->text());
    QCOMPARE(child<QProgressBar>(u"progress"_s)->format(), u"Not ready"_s);

    urlTemplate->setText(u"http://127.0.0.1:1/{cc}.png"_s);
    QVERIFY(start->isEnabled());
    QVERIFY(!status->showsProblem());
    QCOMPARE(status->text(), u"BR will be fetched from http://127.0.0.1:1/br.png"_s);
    QCOMPARE(child<QProgressBar>(u"progress"_s)->format(), u"Ready"_s);

    auto *codes = child<QLineEdit>(u"codes"_s);
    auto *codesStatus = child<NoteLabel>(u"codesStatus"_s);
    codes->clear();
    QTest::keyClicks(codes, u"BR XYZ"_s);
    QVERIFY(!start->isEnabled());
    QVERIFY(codesStatus->showsProblem());
    QCOMPARE(codesStatus->text(), u"“XYZ” is not a country code: type two letters (BR), one letter "
                                  u"(B for BA to BZ), -a or -e"_s);
    QCOMPARE(start->toolTip(), codesStatus->text());
    codes->setText(u"BR -l 5"_s); // the limit has its own box
    QVERIFY(!start->isEnabled());
    QVERIFY(codesStatus->text().startsWith(u"“-l” is not a country code"_s));
    codes->setText(u"BR X"_s);
    QVERIFY(start->isEnabled());
    QVERIFY(!codesStatus->showsProblem());
    QCOMPARE(codesStatus->text(), u"27 flags will be fetched"_s);
}

void TestMainWindow::codesAndLimitSayHowManyFlags()
{
    auto *codes = child<QLineEdit>(u"codes"_s);
    auto *limit = child<QSpinBox>(u"limit"_s);
    auto *status = child<NoteLabel>(u"codesStatus"_s);
    codes->setText(u"-e"_s);
    QCOMPARE(status->text(), u"676 flags will be fetched"_s);
    limit->setValue(5);
    QCOMPARE(status->text(), u"The first 5 of 676 flags will be fetched"_s);
    QCOMPARE(m_window->form()->codeCount(), 5);
    codes->setText(u"BR CN"_s); // a limit above the count cuts nothing
    QCOMPARE(status->text(), u"2 flags will be fetched"_s);
    limit->setValue(1);
    QCOMPARE(status->text(), u"The first 1 of 2 flags will be fetched"_s);
    codes->clear();
    limit->setValue(0);
    QCOMPARE(status->text(), u"20 flags will be fetched"_s);
    QVERIFY(child<QAbstractButton>(u"start"_s)->isEnabled());
    // Before a run the status line's limit is the slider's.
    child<QSpinBox>(u"concurrency"_s)->setValue(12);
    QVERIFY2(child<QLabel>(u"status"_s)->text().contains(u"in flight 0 of 12"_s),
             qPrintable(child<QLabel>(u"status"_s)->text()));
}

void TestMainWindow::badDestinationDisablesStartWithTheReason_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("empty") << u"empty"_s;
    QTest::newRow("relative") << u"relative"_s;
    QTest::newRow("tilde") << u"tilde"_s;
    QTest::newRow("a file") << u"file"_s;
    QTest::newRow("under a file") << u"under a file"_s;
    QTest::newRow("a broken link") << u"broken link"_s;
    QTest::newRow("a read-only folder") << u"read-only"_s;
    QTest::newRow("under a read-only folder") << u"under read-only"_s;
}

void TestMainWindow::badDestinationDisablesStartWithTheReason()
{
    QFETCH(QString, kind);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString file = scratch.filePath(u"notes.txt"_s);
    QVERIFY(QFile(file).open(QIODevice::WriteOnly));
    const QString link = scratch.filePath(u"gone"_s);
    QVERIFY(QFile::link(scratch.filePath(u"nothing-here"_s), link));
    std::optional<ReadOnlyFolder> readOnly;
    if (kind.contains(u"read-only"_s)) {
        readOnly.emplace();
        if (!readOnly->isValid())
            QSKIP("cannot make a read-only folder here (root without the right to mount)");
    }
    const QString inHome = QDir(QDir::homePath()).filePath(u"flags"_s);
    const QHash<QString, QPair<QString, QString>> cases{
        // kind: what is typed, what the line under it says
        {u"empty"_s, {QString(), u"Choose a folder to save the flags in"_s}},
        {u"relative"_s, {u"flags"_s, u"Type the full path, such as %1"_s.arg(inHome)}},
        {u"tilde"_s, {u"~/flags"_s, u"Type the full path, such as %1"_s.arg(inHome)}},
        {u"file"_s, {file, u"This is a file, not a folder"_s}},
        {u"under a file"_s, {file + u"/flags/br"_s, u"Cannot create this folder: %1 is a file"_s.arg(file)}},
        {u"broken link"_s, {link, u"Cannot create this folder: %1 is a broken link"_s.arg(link)}},
        {u"read-only"_s,
         {readOnly ? readOnly->path() : QString(), u"This folder is read-only for you: choose another one"_s}},
        {u"under read-only"_s,
         {readOnly ? readOnly->path() + u"/flags"_s : QString(),
          u"Cannot create this folder: %1 is read-only for you"_s.arg(readOnly ? readOnly->path() : QString())}},
    };
    const auto [typed, message] = cases.value(kind);

    fillForm(u"LOCAL"_s, u"BR"_s, 30);
    auto *start = child<QAbstractButton>(u"start"_s);
    auto *status = child<NoteLabel>(u"destinationStatus"_s);
    QVERIFY(start->isEnabled());
    typeDestination(typed);
    QVERIFY(!start->isEnabled());
    QVERIFY(status->isVisible());
    QVERIFY(status->showsProblem());
    QCOMPARE(status->text(), message);
    QCOMPARE(start->toolTip(), message);

    child<QLineEdit>(u"destination"_s)->setText(m_destination.path());
    QVERIFY(start->isEnabled());
    QVERIFY(!status->showsProblem());
    QCOMPARE(start->toolTip(), u"Start downloading (Enter)"_s);
}

void TestMainWindow::destinationSaysWhatWillHappen()
{
    fillForm(u"LOCAL"_s, u"BR"_s, 30);
    auto *status = child<NoteLabel>(u"destinationStatus"_s);
    auto *open = child<QPushButton>(u"openFolder"_s);
    QVERIFY(!status->showsProblem());
    QCOMPARE(status->text(), u"Flags already here are replaced when they arrive again"_s);
    QVERIFY(open->isEnabled());

    const QString missing = m_destination.filePath(u"new/flags"_s);
    typeDestination(missing);
    QVERIFY(!status->showsProblem());
    QCOMPARE(status->text(), u"This folder will be created"_s);
    QVERIFY(child<QAbstractButton>(u"start"_s)->isEnabled());
    QVERIFY2(!open->isEnabled(), "opening a folder that is not there does nothing");

    // The run creates it, and the line says so once the run is over.
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QTest::mouseClick(child<QAbstractButton>(u"start"_s), Qt::LeftButton);
    QVERIFY(m_window->controller()->isRunning());
    QCOMPARE(status->text(), u"Flags are saved here as they arrive"_s);
    QVERIFY(open->isEnabled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<RunSummary>().ok, 1);
    QVERIFY(QFileInfo::exists(missing + u"/br.png"_s));
    // The next run asks the server before it downloads that flag again.
    QCOMPARE(status->text(), u"1 flag already here: downloaded again only if changed"_s);
    QVERIFY(open->isEnabled());
    child<QCheckBox>(u"conditionalGet"_s)->setChecked(false);
    QCOMPARE(status->text(), u"Flags already here are replaced when they arrive again"_s);
}

void TestMainWindow::theFolderIsCheckedAgainOnReturnAndOnStart()
{
    // Checked while typing, then changed on disk behind the window's back.
    fillForm(u"LOCAL"_s, u"BR"_s, 30);
    auto *start = child<QAbstractButton>(u"start"_s);
    auto *status = child<NoteLabel>(u"destinationStatus"_s);
    const QString path = m_destination.filePath(u"later"_s);
    child<QLineEdit>(u"destination"_s)->setText(path);
    QVERIFY(start->isEnabled());
    QVERIFY(QFile(path).open(QIODevice::WriteOnly));

    // Back from the file manager.
    QApplication::setActiveWindow(nullptr);
    QApplication::setActiveWindow(m_window.get());
    QTRY_VERIFY(!start->isEnabled());
    QCOMPARE(status->text(), u"This is a file, not a folder"_s);
    QVERIFY(QFile::remove(path));
    QApplication::setActiveWindow(nullptr);
    QApplication::setActiveWindow(m_window.get());
    QTRY_VERIFY(start->isEnabled());
    QCOMPARE(status->text(), u"This folder will be created"_s);

    // Or straight to Start, without leaving the window.
    QVERIFY(QFile(path).open(QIODevice::WriteOnly));
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!m_window->controller()->isRunning());
    QVERIFY(!start->isEnabled());
    QCOMPARE(status->text(), u"This is a file, not a folder"_s);
}

void TestMainWindow::messagesNeitherMoveTheFormNorWidenTheWindow()
{
    fillForm(u"LOCAL"_s, u"BR"_s, 30);
    RunForm *form = m_window->form();
    const QSize hint = form->sizeHint();
    const int minimumWidth = form->minimumSizeHint().width();
    const int width = m_window->width();

    // A file at the end of a path far wider than any screen: the message names it.
    QString deep = m_destination.path();
    for (int level = 0; level < 40; ++level)
        deep += u"/a-folder-with-a-long-name"_s;
    QVERIFY(QDir().mkpath(deep));
    const QString file = deep + u"/notes.txt"_s;
    QVERIFY(QFile(file).open(QIODevice::WriteOnly));
    child<QLineEdit>(u"destination"_s)->setText(file + u"/flags"_s);
    child<QLineEdit>(u"codes"_s)->setText(u"BR XYZXYZXYZXYZXYZXYZXYZXYZXYZXYZXYZXYZXYZXYZXYZXYZXYZ"_s);
    QVERIFY(!child<QAbstractButton>(u"start"_s)->isEnabled());
    QVERIFY(child<QLabel>(u"destinationStatus"_s)->text().contains(file));
    QCOMPARE(form->sizeHint().height(), hint.height());
    QCOMPARE(form->minimumSizeHint().width(), minimumWidth);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->width(), width);

    child<QLineEdit>(u"destination"_s)->setText(m_destination.path());
    child<QLineEdit>(u"codes"_s)->setText(u"BR"_s);
    QCOMPARE(form->sizeHint().height(), hint.height());
}

void TestMainWindow::typingOneDelayDoesNotDragTheOther()
{
    // The two delays keep min <= max by pushing each other; typing must only
    // push once the number is complete.
    fillForm(u"DELAY"_s, u"BR"_s, 30);
    auto *shortest = child<QDoubleSpinBox>(u"delayMin"_s);
    auto *longest = child<QDoubleSpinBox>(u"delayMax"_s);
    shortest->setValue(2);
    longest->setValue(5);
    longest->setFocus();
    longest->selectAll();
    QTest::keyClicks(longest, u"10"_s); // passes through "1"
    QTest::keyClick(longest, Qt::Key_Tab);
    QCOMPARE(longest->value(), 10.0);
    QCOMPARE(shortest->value(), 2.0);

    // Past the other one, once complete: the other follows.
    shortest->setFocus();
    shortest->selectAll();
    QTest::keyClicks(shortest, u"12"_s);
    QTest::keyClick(shortest, Qt::Key_Tab);
    QCOMPARE(shortest->value(), 12.0);
    QCOMPARE(longest->value(), 12.0);
    QCOMPARE(m_window->form()->delayMinSeconds(), 12.0);
    QCOMPARE(m_window->form()->delayMaxSeconds(), 12.0);
}

void TestMainWindow::enterRightAfterTypingUsesTheTypedValue()
{
    fillForm(u"LOCAL"_s, u"A B"_s, 30);
    auto *concurrency = child<QSpinBox>(u"concurrency"_s);
    concurrency->setFocus();
    concurrency->selectAll();
    QTest::keyClicks(concurrency, u"7"_s);
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QTest::keyClick(concurrency, Qt::Key_Return);
    QVERIFY(m_window->controller()->isRunning());
    QCOMPARE(m_window->controller()->maxConcurrent(), 7);
    QCOMPARE(concurrency->value(), 7);
    QVERIFY(finished.wait(30000));
}

void TestMainWindow::settingsAreRemembered()
{
    fillForm(u"DELAY"_s, u"BR CN"_s, 42);
    child<QSpinBox>(u"limit"_s)->setValue(1);
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier); // closes, as the title bar does
    QVERIFY(!m_window->isVisible());
    m_window = std::make_unique<MainWindow>();
    const RunOptions options = m_window->form()->options();
    QCOMPARE(options.serverLabel, u"DELAY"_s);
    QCOMPARE(options.selection.arguments, (QStringList{u"BR"_s, u"CN"_s}));
    QCOMPARE(options.selection.limit, 1);
    QCOMPARE(options.maxRequests, 42);
    QCOMPARE(options.destination, m_destination.path());
    QVERIFY(!options.fetchNames);

    child<QCheckBox>(u"nameFiles"_s)->setChecked(true);
    // A proxy's password is used, never written: not in the settings either.
    child<QLineEdit>(u"proxy"_s)->setText(u"user:s3cret@127.0.0.1:3128"_s);
    QCOMPARE(m_window->form()->options().proxy, u"user:s3cret@127.0.0.1:3128"_s);
    child<QCheckBox>(u"conditionalGet"_s)->setChecked(false);
    auto *strategy = child<QComboBox>(u"strategy"_s);
    QCOMPARE(m_window->form()->options().strategy(), NetworkStrategy::Events); // the default
    strategy->setCurrentIndex(strategy->findData(u"threads"_s));
    QCOMPARE(m_window->form()->options().strategy(), NetworkStrategy::Threads);
    child<QCheckBox>(u"sweepBothStrategies"_s)->setChecked(true);
    auto *tabs = child<QTabWidget>(u"resultTabs"_s);
    QCOMPARE(tabs->currentWidget()->objectName(), u"flagGrid"_s);
    tabs->setCurrentWidget(child<QWidget>(u"timeline"_s));
    // The panels as they were left: the errors hidden, the settings shown.
    QVERIFY(!child<QDockWidget>(u"errorsPanel"_s)->isHidden());
    child<QDockWidget>(u"errorsPanel"_s)->hide(); // as View > Errors Panel does
    QVERIFY(child<QDockWidget>(u"errorsPanel"_s)->isHidden());
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->form()->options().fetchNames);
    QCOMPARE(m_window->form()->options().fileNaming, FileNaming::ByCountryName);
    QVERIFY(!m_window->form()->options().conditionalGet);
    QCOMPARE(m_window->form()->options().strategy(), NetworkStrategy::Threads);
    QVERIFY(child<QCheckBox>(u"sweepBothStrategies"_s)->isChecked());
    child<QComboBox>(u"strategy"_s)->setCurrentIndex(0);
    child<QCheckBox>(u"sweepBothStrategies"_s)->setChecked(false);
    QCOMPARE(m_window->form()->options().proxy, u"http://user@127.0.0.1:3128"_s);
    {
        QSettings settings;
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("s3cret"), qPrintable(settings.fileName()));
    }
    child<QLineEdit>(u"proxy"_s)->clear();
    child<QCheckBox>(u"conditionalGet"_s)->setChecked(true);
    QCOMPARE(child<QTabWidget>(u"resultTabs"_s)->currentWidget()->objectName(), u"timeline"_s);
    QVERIFY(child<QDockWidget>(u"errorsPanel"_s)->isHidden());
    QVERIFY(!child<QDockWidget>(u"settingsPanel"_s)->isHidden());

    // Start remembers the form at once: a window killed during a run loses nothing.
    fillForm(u"LOCAL"_s, u"FR"_s, 17);
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QTest::mouseClick(child<QAbstractButton>(u"start"_s), Qt::LeftButton);
    QCOMPARE(QSettings().value(u"run/concurrency"_s).toInt(), 17);
    QVERIFY(finished.wait(30000));
}

void TestMainWindow::countryNamesReachTheGridAndTheFiles()
{
    fillForm(u"LOCAL"_s, u"BR CI QQ"_s, 5);
    auto *fetchNames = child<QCheckBox>(u"fetchNames"_s);
    auto *nameFiles = child<QCheckBox>(u"nameFiles"_s);
    QVERIFY(!fetchNames->isChecked());
    // Naming files by country needs the names: it checks and holds the first box.
    nameFiles->setChecked(true);
    QVERIFY(fetchNames->isChecked());
    QVERIFY(!fetchNames->isEnabled());
    nameFiles->setChecked(false);
    QVERIFY(fetchNames->isEnabled());
    nameFiles->setChecked(true);

    const RunSummary summary = clickAndWait(u"start"_s);
    QCOMPARE(summary.ok, 2);
    QAbstractItemModel *grid = child<QListView>(u"flagGrid"_s)->model();
    QStringList shown;
    for (int row = 0; row < grid->rowCount(); ++row)
        shown.append(grid->index(row, 0).data().toString());
    shown.sort();
    QCOMPARE(shown, (QStringList{u"Brazil"_s, u"Côte d'Ivoire"_s}));
    const QModelIndex first = grid->index(0, 0);
    const QString tip = first.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"%1 (%2) — %1.png"_s.arg(first.data().toString(),
                                                      first.data(FlagGridModel::CodeRole).toString())),
             qPrintable(tip));
    QCOMPARE(QDir(m_destination.path()).entryList(QDir::Files),
             (QStringList{u"Brazil.png"_s, u"Côte d'Ivoire.png"_s}));
}

void TestMainWindow::sweepTabRunsEachLevelIntoScratchFolders()
{
    fillForm(u"DELAY"_s, u"BR CN FR DE IN US"_s, 5);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0.2);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0.2);
    auto *tabs = child<QTabWidget>(u"resultTabs"_s);
    QCOMPARE(tabs->tabText(2), u"S&weep"_s);
    tabs->setCurrentWidget(m_window->sweepView());

    auto *levels = child<QLineEdit>(u"sweepLevels"_s);
    auto *run = child<QPushButton>(u"runSweep"_s);
    QCOMPARE(levels->text(), u"1,2,5,10,30,100,300,1000"_s);
    QVERIFY(run->isEnabled());
    QVERIFY(!child<QPushButton>(u"saveSweepPng"_s)->isEnabled());
    // Wrong levels: the reason under the field and on the button.
    levels->setText(u"1,,6"_s);
    QVERIFY(!run->isEnabled());
    QVERIFY2(run->toolTip().contains(u"missing between two commas"_s), qPrintable(run->toolTip()));
    QVERIFY(child<NoteLabel>(u"sweepLevelsNote"_s)->showsProblem());
    levels->setText(u"6, 1,3"_s);
    QVERIFY(run->isEnabled());

    SweepView *view = m_window->sweepView();
    QSignalSpy finished(view, &SweepView::sweepFinished);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(view->isRunning());
    // One thing at a time: no run during a sweep, and the form is locked.
    QVERIFY(!child<QAbstractButton>(u"start"_s)->isEnabled());
    QVERIFY(!run->isEnabled());
    QVERIFY(child<QAbstractButton>(u"cancel"_s)->isEnabled());
    QVERIFY(child<QPushButton>(u"cancelSweep"_s)->isEnabled());
    QVERIFY(!child<QLineEdit>(u"codes"_s)->isEnabled());
    // The sweep sets its own concurrency and saves elsewhere: the form says so.
    QVERIFY(!child<QSlider>(u"concurrencySlider"_s)->isEnabled());
    QVERIFY(!child<QSpinBox>(u"concurrency"_s)->isEnabled());
    QCOMPARE(child<NoteLabel>(u"destinationStatus"_s)->text(),
             u"The sweep saves into scratch folders; this one is not touched"_s);
    QTRY_VERIFY(child<QLabel>(u"sweepProgress"_s)->text().startsWith(u"Level 1 (1 of 3): "_s));
    // The window's own progress bar and status line follow the sweep.
    auto *progress = child<QProgressBar>(u"progress"_s);
    QVERIFY2(progress->text().startsWith(u"Sweep: "_s), qPrintable(progress->text()));
    QCOMPARE(progress->maximum(), 3 * 6);
    QTRY_VERIFY(child<QLabel>(u"status"_s)->text().startsWith(u"Sweep: Level 1 (1 of 3): "_s));
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 6, 20000); // into the second level
    QVERIFY(finished.wait(30000));
    QVERIFY(child<QSlider>(u"concurrencySlider"_s)->isEnabled()); // the form's again
    QCOMPARE(finished.first().first().toBool(), false);

    // A row per level, in order, faster as concurrency rises.
    QAbstractItemModel *table = child<QTableView>(u"sweepTable"_s)->model();
    QCOMPARE(table->rowCount(), 3);
    double previous = 1e9;
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(table->index(row, SweepTableModel::StrategyColumn).data().toString(), u"events"_s);
        QCOMPARE(table->index(row, SweepTableModel::LevelColumn).data().toInt(), (QList<int>{1, 3, 6}).at(row));
        QCOMPARE(table->index(row, SweepTableModel::OkColumn).data().toInt(), 6);
        QVERIFY(table->index(row, SweepTableModel::ThreadsColumn).data().toInt() > 1);
        QVERIFY(table->index(row, SweepTableModel::MemoryColumn).data().toDouble() > 1.0);
        const double elapsed = table->index(row, SweepTableModel::ElapsedColumn).data().toDouble();
        QVERIFY2(elapsed < previous, qPrintable(u"%1 s after %2 s"_s.arg(elapsed).arg(previous)));
        previous = elapsed;
    }
    QCOMPARE(table->index(0, SweepTableModel::IdealColumn).data().toString(), u"1.20"_s); // 6 waves of 0.2 s
    QCOMPARE(child<SweepChartWidget>(u"sweepChart"_s)->chart().data().points.size(), 3);
    const QString said = child<QLabel>(u"sweepProgress"_s)->text();
    QVERIFY2(said.contains(u"times as fast, where the ideal is 6.0 times"_s), qPrintable(said));
    // The Save to folder is not touched.
    QCOMPARE(QDir(m_destination.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(child<QAbstractButton>(u"start"_s)->isEnabled());
    QVERIFY(run->isEnabled());
    QVERIFY(child<QLineEdit>(u"codes"_s)->isEnabled());
    QCOMPARE(progress->text(), u"Ready"_s); // no run yet: the sweep's runs are not the window's
    QVERIFY2(child<QLabel>(u"status"_s)->text().startsWith(u"Downloaded 0 "_s),
             qPrintable(child<QLabel>(u"status"_s)->text()));

    // The chart as the window shows it and as a PNG.
    auto *save = child<QPushButton>(u"saveSweepPng"_s);
    QVERIFY(save->isEnabled());
    QTemporaryDir pictures;
    QString error;
    QVERIFY2(view->savePng(pictures.filePath(u"sweep.png"_s), &error), qPrintable(error));
    QCOMPARE(QImage(pictures.filePath(u"sweep.png"_s)).size(), QSize(960, 600));
    auto *chart = child<SweepChartWidget>(u"sweepChart"_s);
    const QImage shown = chart->grab().toImage();
    QVERIFY(!shown.isNull());
    QVERIFY(shown.width() >= chart->minimumSizeHint().width() && shown.height() >= chart->minimumSizeHint().height());

    // The levels are remembered.
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(child<QLineEdit>(u"sweepLevels"_s)->text(), u"6, 1,3"_s);
}

void TestMainWindow::sweepWaitsForARunAndEscapeCancelsIt()
{
    fillForm(u"DELAY"_s, u"BR CN FR DE IN US"_s, 1);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0.5);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0.5);
    child<QTabWidget>(u"resultTabs"_s)->setCurrentWidget(m_window->sweepView());
    auto *run = child<QPushButton>(u"runSweep"_s);
    child<QLineEdit>(u"sweepLevels"_s)->setText(u"1,2"_s);

    // No sweep during a run.
    QSignalSpy runFinished(m_window.get(), &MainWindow::runFinished);
    QTest::mouseClick(child<QAbstractButton>(u"start"_s), Qt::LeftButton);
    QVERIFY(!run->isEnabled());
    QCOMPARE(run->toolTip(), u"A run is going on"_s);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(runFinished.wait(10000));
    QVERIFY(run->isEnabled());

    SweepView *view = m_window->sweepView();
    QSignalSpy finished(view, &SweepView::sweepFinished);
    QTest::mouseClick(run, Qt::LeftButton);
    // Level 1 takes 3 s (six answers of 0.5 s, one at a time): cancel during it.
    QTRY_VERIFY(child<QLabel>(u"sweepProgress"_s)->text().startsWith(u"Level 1 (1 of 2): "_s));
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(child<QTableView>(u"sweepTable"_s)->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(u"sweepProgress"_s)->text(), u"Cancelled after 0 of 2 runs."_s);
    QVERIFY(child<QAbstractButton>(u"start"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"cancelSweep"_s)->isEnabled());
}

void TestMainWindow::browseIsLockedDuringARunAndASweep()
{
    // A folder chosen during a run would change Save to, not where the run saves.
    fillForm(u"DELAY"_s, u"BR CN FR DE IN US"_s, 1);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0.5);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0.5);
    auto *browse = child<QPushButton>(u"browse"_s);
    QVERIFY(browse->isEnabled());
    QSignalSpy runFinished(m_window.get(), &MainWindow::runFinished);
    QTest::mouseClick(child<QAbstractButton>(u"start"_s), Qt::LeftButton);
    QVERIFY(m_window->controller()->isRunning());
    QVERIFY(!child<QLineEdit>(u"destination"_s)->isEnabled());
    QVERIFY(!browse->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(runFinished.wait(10000));
    QVERIFY(browse->isEnabled());

    // A sweep runs what the form says: the form is locked, Browse with it.
    child<QTabWidget>(u"resultTabs"_s)->setCurrentWidget(m_window->sweepView());
    child<QLineEdit>(u"sweepLevels"_s)->setText(u"1"_s);
    QSignalSpy sweepFinished(m_window->sweepView(), &SweepView::sweepFinished);
    QTest::mouseClick(child<QPushButton>(u"runSweep"_s), Qt::LeftButton);
    QVERIFY(m_window->sweepView()->isRunning());
    QVERIFY(!browse->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(sweepFinished.wait(10000));
    QVERIFY(browse->isEnabled());
}

void TestMainWindow::saveReportWaitsForARunAndASweep()
{
    fillForm(u"LOCAL"_s, u"BR"_s, 1);
    auto *save = child<QAbstractButton>(u"saveReport"_s);
    QVERIFY(!save->isEnabled()); // nothing to save yet
    QCOMPARE(clickAndWait(u"start"_s).ok, 1);
    QVERIFY(save->isEnabled());

    // The report is the last run's; while anything runs, there is no "last" yet.
    fillForm(u"DELAY"_s, u"BR CN FR DE IN US"_s, 1);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0.5);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0.5);
    QSignalSpy runFinished(m_window.get(), &MainWindow::runFinished);
    QTest::mouseClick(child<QAbstractButton>(u"start"_s), Qt::LeftButton);
    QVERIFY(m_window->controller()->isRunning());
    QVERIFY(!save->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(runFinished.wait(10000));
    QVERIFY(save->isEnabled());

    child<QTabWidget>(u"resultTabs"_s)->setCurrentWidget(m_window->sweepView());
    child<QLineEdit>(u"sweepLevels"_s)->setText(u"1"_s);
    QSignalSpy sweepFinished(m_window->sweepView(), &SweepView::sweepFinished);
    QTest::mouseClick(child<QPushButton>(u"runSweep"_s), Qt::LeftButton);
    QVERIFY(m_window->sweepView()->isRunning());
    QVERIFY(!save->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(sweepFinished.wait(10000));
    QVERIFY(save->isEnabled());
}

void TestMainWindow::statusLineKeepsTheRunsOwnTime()
{
    fillForm(u"LOCAL"_s, u"A B"_s, 30);
    const RunSummary summary = clickAndWait(u"start"_s);
    QVERIFY(summary.ok > 0);
    auto *status = child<QLabel>(u"status"_s);
    const QString said = child<QLabel>(u"summary"_s)->text();
    const QRegularExpressionMatch elapsed = QRegularExpression(u"Elapsed time: ([0-9.]+)s"_s).match(said);
    QVERIFY2(elapsed.hasMatch(), qPrintable(said));
    const QString rate = QString::number(summary.ok / (summary.elapsedMs / 1000.0), 'f', 1);
    const QRegularExpression timeAndRate(u"  ·  ([0-9.]+) s  ·  ([0-9.]+) flags/s"_s);
    const auto checkStatus = [&] {
        const QRegularExpressionMatch shown = timeAndRate.match(status->text());
        QVERIFY2(shown.hasMatch(), qPrintable(status->text()));
        QCOMPARE(shown.captured(1), elapsed.captured(1));
        QCOMPARE(shown.captured(2), rate);
    };
    checkStatus();
    if (QTest::currentTestFailed())
        return;

    // Later, whatever redraws the status line: the run's own figures, not the time since it began.
    QTest::qWait(300);
    child<QSpinBox>(u"concurrency"_s)->setValue(12); // "in flight 0 of N" follows it
    QVERIFY2(status->text().contains(u"in flight 0 of 12"_s), qPrintable(status->text()));
    checkStatus();
    if (QTest::currentTestFailed())
        return;

    // A sweep ending puts the last run's figures back: they have not moved either.
    child<QTabWidget>(u"resultTabs"_s)->setCurrentWidget(m_window->sweepView());
    child<QLineEdit>(u"sweepLevels"_s)->setText(u"30"_s);
    QSignalSpy sweepFinished(m_window->sweepView(), &SweepView::sweepFinished);
    QTest::mouseClick(child<QPushButton>(u"runSweep"_s), Qt::LeftButton);
    QVERIFY(sweepFinished.wait(30000));
    QVERIFY2(status->text().startsWith(u"Downloaded %1 "_s.arg(summary.ok)), qPrintable(status->text()));
    checkStatus();
}

void TestMainWindow::aCancelledRunSaysWhatWasFetched()
{
    // Four at a time, half a second each: cancelled with four on the wire and most never started.
    fillForm(u"DELAY"_s, u"A B C D"_s, 4);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0.5);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0.5);
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QTest::mouseClick(child<QAbstractButton>(u"start"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->controller()->summary().fetched() > 0, 10000);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(finished.wait(10000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.total, 104);
    QVERIFY2(summary.interrupted > 0 && summary.notStarted() > 0,
             qPrintable(u"%1 cancelled on the wire, %2 not started"_s.arg(summary.interrupted)
                            .arg(summary.notStarted())));

    // The bar shows what was fetched, not what was stopped.
    auto *progress = child<QProgressBar>(u"progress"_s);
    QCOMPARE(progress->maximum(), 104);
    QCOMPARE(progress->value(), summary.fetched());
    QCOMPARE(progress->text(), u"%1 / 104"_s.arg(summary.fetched()));
    const QString status = child<QLabel>(u"status"_s)->text();
    QVERIFY2(status.contains(u"  ·  cancelled %1  ·  not started %2  ·  "_s.arg(summary.interrupted)
                                 .arg(summary.notStarted())),
             qPrintable(status));
    QCOMPARE(child<QDockWidget>(u"errorsPanel"_s)->windowTitle(),
             u"Errors, cancelled (%1)"_s.arg(summary.interrupted)); // cancels are not failures
    const QString said = child<QLabel>(u"summary"_s)->text();
    const QString split = u"%1 %2 cancelled on the wire, %3 never started."_s.arg(summary.interrupted)
                              .arg(summary.interrupted == 1 ? u"was"_s : u"were"_s)
                              .arg(summary.notStarted());
    QVERIFY2(said.contains(split), qPrintable(said));

    // Continue fetches what did not finish, the cancelled and the never
    // started, into the same grid; Retry Failed is for failures, none here.
    auto *continueButton = child<QAbstractButton>(u"continue"_s);
    QVERIFY(continueButton->isEnabled());
    QVERIFY(!child<QAbstractButton>(u"retry"_s)->isEnabled());
    const int unfinished = summary.interrupted + summary.notStarted();
    QVERIFY2(continueButton->toolTip().contains(QString::number(unfinished)), qPrintable(continueButton->toolTip()));
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0);
    const RunSummary rest = clickAndWait(u"continue"_s);
    QVERIFY(!rest.cancelled);
    QCOMPARE(rest.total, unfinished);
    QCOMPARE(rest.done(), unfinished);
    QCOMPARE(summary.fetched() + rest.done(), 104);
    const auto *grid = child<QListView>(u"flagGrid"_s);
    QCOMPARE(grid->model()->rowCount(), summary.ok + rest.ok);
    QCOMPARE(m_window->report().rows().size(), 104); // one row per code, over both runs
    QVERIFY(!continueButton->isEnabled()); // nothing left
    // The summary says where the whole set stands, not only the second run.
    const QString whole = child<QLabel>(u"summary"_s)->text();
    QVERIFY2(whole.contains(u"All 104 codes so far: %1 downloaded, %2 not found, 0 errors, 0 not fetched"_s
                                    .arg(summary.ok + rest.ok)
                                    .arg(summary.notFound + rest.notFound)),
             qPrintable(whole));
    QCOMPARE(child<QDockWidget>(u"errorsPanel"_s)->windowTitle(), u"Errors"_s); // no failures left
}

void TestMainWindow::everyAltKeyReachesOneThing()
{
    // Every Alt+key of the window, on every tab (a hidden one's too), and
    // whoever has it: labels (for their fields), buttons, check boxes, tabs,
    // group boxes.
    QMap<QString, QStringList> owners;
    const auto add = [&owners](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key.toString(QKeySequence::PortableText)].append(text);
    };
    for (const QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->buddy())
            add(label->text());
    }
    for (const QAbstractButton *button : m_window->findChildren<QAbstractButton *>())
        add(button->text());
    for (const QTabWidget *tabs : m_window->findChildren<QTabWidget *>()) {
        for (int index = 0; index < tabs->count(); ++index)
            add(tabs->tabText(index));
    }
    for (const QGroupBox *group : m_window->findChildren<QGroupBox *>())
        add(group->title());
    // The menu bar's titles share the keys (Alt+F opens File).
    for (const QAction *menu : m_window->menuBar()->actions())
        add(menu->text());

    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(u"%1 (%2)"_s.arg(it.key(), it.value().join(u", "_s)));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(u"one key, several things: "_s + clashes.join(u"; "_s)));
    QVERIFY2(owners.size() > 20, qPrintable(owners.keys().join(u" "_s))); // the walk found the window's keys
    // Esc cancels; the menus give Start, Continue, Retry Failed and Save Report keys of their own.
    for (const QString &name : {u"start"_s, u"cancel"_s, u"continue"_s, u"retry"_s, u"saveReport"_s})
        QVERIFY2(!m_window->findChild<QAction *>(name)->shortcut().isEmpty(), qPrintable(name));
    QCOMPARE(m_window->findChild<QAction *>(u"cancel"_s)->shortcut(), QKeySequence(QKeySequence::Cancel));
}

void TestMainWindow::theWindowFitsANetbookAndNeverGrows()
{
    // 1024x600 with a 40 px panel, less a title bar: the smallest screen the
    // window is made for. Its smallest size must fit, with every panel shown,
    // before and after a run, and a run must not make it grow.
    const QSize netbook(1024, 600 - 40 - 32);
    const auto fits = [&netbook](const QSize &size) {
        return size.width() <= netbook.width() && size.height() <= netbook.height();
    };
    const auto describe = [](const QSize &size) { return u"%1x%2"_s.arg(size.width()).arg(size.height()); };
    qInfo("smallest size %s", qPrintable(describe(m_window->minimumSizeHint())));
    QVERIFY2(fits(m_window->minimumSizeHint()), qPrintable(describe(m_window->minimumSizeHint())));
    // At 200 %, the common 1366x768 laptop is 683 logical pixels wide.
    if (m_window->devicePixelRatio() >= 2)
        QVERIFY2(m_window->minimumSizeHint().width() <= 1366 / 2, qPrintable(describe(m_window->minimumSizeHint())));
    m_window->resize(netbook);
    QTRY_COMPARE(m_window->size(), netbook);

    fillForm(u"ERROR"_s, u"-e"_s, 100);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0);
    child<QSpinBox>(u"errorRate"_s)->setValue(50);
    child<QSpinBox>(u"limit"_s)->setValue(60);
    const RunSummary summary = clickAndWait(u"start"_s);
    QVERIFY(summary.errors > 0);
    QVERIFY(child<QLabel>(u"summary"_s)->isVisible());
    QVERIFY2(fits(m_window->minimumSizeHint()), qPrintable(describe(m_window->minimumSizeHint())));
    QTest::qWait(50);
    QCOMPARE(m_window->size(), netbook);
    // The results (the tabs and the errors under them) get most of the room.
    const auto area = [](const QWidget *widget) { return widget->width() * widget->height(); };
    const int results = area(child<QTabWidget>(u"resultTabs"_s)) + area(child<QWidget>(u"errorsPanel"_s));
    QVERIFY2(results * 2 > area(m_window.get()),
             qPrintable(u"results %1 of %2 px²"_s.arg(results).arg(area(m_window.get()))));
}

void TestMainWindow::menusCarryEveryActionAndF1OpensTheGuide()
{
    QStringList menus;
    QStringList entries;
    for (const QAction *menu : m_window->menuBar()->actions()) {
        menus.append(menu->text());
        for (const QAction *entry : menu->menu()->actions())
            entries.append(entry->text());
    }
    QCOMPARE(menus, (QStringList{u"&File"_s, u"&Run"_s, u"&View"_s, u"&Help"_s}));
    for (const QString &entry : {u"Save &Report…"_s, u"&Quit"_s, u"&Start"_s, u"&Cancel"_s, u"C&ontinue"_s,
                                 u"&Retry Failed"_s, u"&Settings Panel"_s, u"&Errors Panel"_s,
                                 u"qflags &Guide"_s, u"&About qflags"_s, u"About &Qt"_s})
        QVERIFY2(entries.contains(entry), qPrintable(entry));

    // F1 opens the guide, beside the window (not modal), and says why concurrency helps.
    QVERIFY(!m_window->findChild<QDialog *>(u"guide"_s));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *guide = m_window->findChild<QDialog *>(u"guide"_s);
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QVERIFY(!guide->isModal());
    const QString text = guide->findChild<QTextBrowser *>()->toPlainText();
    QVERIFY2(text.contains(u"Why concurrency helps"_s), qPrintable(text));
    // F9 hides the settings panel and shows it again.
    auto *settings = child<QDockWidget>(u"settingsPanel"_s);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QTRY_VERIFY(settings->isHidden());
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QTRY_VERIFY(!settings->isHidden());
}

void TestMainWindow::thumbnailsKeepTheirPixelsAtTwiceTheScale()
{
    // At 200 % (ctest runs this with QT_SCALE_FACTOR=2 too) the grid's 96x64
    // points are 192x128 pixels: the thumbnails must have them all, not a
    // quarter of them stretched.
    fillForm(u"LOCAL"_s, u"BR"_s, 1);
    const RunSummary summary = clickAndWait(u"start"_s);
    QCOMPARE(summary.ok, 1);
    const qreal ratio = m_window->devicePixelRatioF();
    if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
        QCOMPARE(ratio, qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
    const auto *grid = child<QListView>(u"flagGrid"_s);
    const QIcon icon = grid->model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>();
    const QSize pixels = icon.availableSizes().value(0);
    const QSize points = grid->iconSize();
    QCOMPARE(pixels.height(), qRound(points.height() * ratio));
    QVERIFY(pixels.width() <= qRound(points.width() * ratio));
}

namespace {

// The highest contrast any pixel of the image has against `background`:
// the text's own colour, where a glyph is solid.
double strongestContrast(const QImage &image, const QColor &background)
{
    double strongest = 1.0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            strongest = std::max(strongest, ChartColours::contrast(image.pixelColor(x, y), background));
    }
    return strongest;
}

} // namespace

void TestMainWindow::aDarkPaletteGivesDarkChartsAndReadableNotes()
{
    // Adwaita-dark's colours, as Qt's gtk3 platform theme hands them over.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xec));
    dark.setColor(QPalette::Base, QColor(0x2d, 0x2d, 0x2d));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xec));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xec));
    m_window->setPalette(dark);

    // The charts: a dark ground, and text on it at 4.5:1 or more.
    auto *tabs = child<QTabWidget>(u"resultTabs"_s);
    const auto checkChart = [tabs](QWidget *chart, QWidget *tab) {
        tabs->setCurrentWidget(tab); // painted as the window shows it
        QTRY_VERIFY(chart->isVisible());
        const QImage image = chart->grab().toImage();
        const QColor ground = image.pixelColor(2, 2);
        QVERIFY2(ground.lightness() < 80, qPrintable(chart->objectName() + u": "_s + ground.name()));
        const double contrast = strongestContrast(image, ground);
        QVERIFY2(contrast >= 4.5, qPrintable(chart->objectName() + u": "_s + QString::number(contrast)));
    };
    SweepChartData planned;
    planned.title = u"Sweep · DELAY server · 20 flags"_s;
    planned.levels = {1, 10, 100};
    planned.jobs = 20;
    planned.requestMs = 500;
    child<SweepChartWidget>(u"sweepChart"_s)->setData(planned);
    checkChart(child<QWidget>(u"sweepChart"_s), child<QWidget>(u"sweepView"_s));
    checkChart(child<QWidget>(u"timelineCanvas"_s), child<QWidget>(u"timeline"_s));
    const ChartColours colours = ChartColours::fromPalette(dark);
    QVERIFY(ChartColours::contrast(colours.muted, colours.background) >= 4.5);

    // A problem under a field: red, and readable on the dark window.
    typeDestination(u"relative/folder"_s);
    auto *note = child<NoteLabel>(u"destinationStatus"_s);
    QVERIFY(note->showsProblem());
    const QImage image = note->grab().toImage();
    const QColor window = dark.color(QPalette::Window);
    QVERIFY2(strongestContrast(image, window) >= 4.5, qPrintable(QString::number(strongestContrast(image, window))));
    QColor reddest = window;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.red() - pixel.green() > reddest.red() - reddest.green())
                reddest = pixel;
        }
    }
    QVERIFY2(reddest.red() - reddest.green() > 60, qPrintable(reddest.name())); // still red
}

void TestMainWindow::theSweepKnowsNAndAsksBeforeALongOne()
{
    // Every code from DELAY (0.5 to 5 s): before anything runs, the chart
    // has N and the line under the levels what to expect.
    fillForm(u"DELAY"_s, u"-e"_s, 5);
    m_window->sweepView()->setLevelsText(u"1,10,100"_s);
    auto *chart = child<SweepChartWidget>(u"sweepChart"_s);
    QCOMPARE(chart->chart().data().jobs, 676);
    QCOMPARE(chart->chart().data().levels, (QList<int>{1, 10, 100}));
    QVERIFY2(chart->chart().data().title.contains(u"676 flags"_s), qPrintable(chart->chart().data().title));
    // (676 + 68 + 7) waves of 2.75 s: 34 min 25 s, said as 34 min.
    QCOMPARE(m_window->sweepView()->estimatedMs(), qint64(676 + 68 + 7) * 2750);
    const QString note = child<NoteLabel>(u"sweepLevelsNote"_s)->text();
    QVERIFY2(note.contains(u"3 runs, one at each level, of 676 flags each: at least 34 min"_s), qPrintable(note));
    // The table: OK, not found and errors add up to N.
    const QAbstractItemModel *table = child<QTableView>(u"sweepTable"_s)->model();
    QStringList headers;
    for (int column = 0; column < table->columnCount(); ++column)
        headers.append(table->headerData(column, Qt::Horizontal).toString());
    QVERIFY2(headers.contains(u"Not found"_s), qPrintable(headers.join(u", "_s)));

    // Run sweep asks first; No starts nothing.
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!question)
            return;
        asked = question->text().contains(u"at least 34 min"_s);
        question->button(QMessageBox::No)->click();
    });
    QTest::mouseClick(child<QPushButton>(u"runSweep"_s), Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(!m_window->sweepView()->isRunning());
    QVERIFY(!m_window->controller()->isBusy());

    // A short one does not ask.
    child<QLineEdit>(u"codes"_s)->setText(u"BR"_s);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0);
    QCOMPARE(m_window->sweepView()->estimatedMs(), 0);
    QCOMPARE(chart->chart().data().jobs, 1);
    QSignalSpy finished(m_window->sweepView(), &SweepView::sweepFinished);
    QTest::mouseClick(child<QPushButton>(u"runSweep"_s), Qt::LeftButton);
    QVERIFY(m_window->sweepView()->isRunning());
    QVERIFY(finished.wait(30000));
}

void TestMainWindow::theErrorListSortsAndCopiesWholeRows()
{
    fillForm(u"ERROR"_s, u"A B"_s, 50);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0);
    child<QSpinBox>(u"errorRate"_s)->setValue(60);
    child<QSpinBox>(u"retries"_s)->setValue(0);
    const RunSummary summary = clickAndWait(u"start"_s);
    QVERIFY2(summary.errors >= 3, qPrintable(QString::number(summary.errors)));
    auto *errors = child<QTableView>(u"errorList"_s);
    QCOMPARE(errors->model()->rowCount(), summary.errors);

    // A click on the Code header sorts by code; another, the other way.
    const auto codes = [errors] {
        QStringList shown;
        for (int row = 0; row < errors->model()->rowCount(); ++row)
            shown.append(errors->model()->index(row, 0).data().toString());
        return shown;
    };
    QHeaderView *header = errors->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(0) + 5, header->height() / 2));
    QStringList ascending = codes();
    QVERIFY(std::is_sorted(ascending.cbegin(), ascending.cend()));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(0) + 5, header->height() / 2));
    std::reverse(ascending.begin(), ascending.end());
    QCOMPARE(codes(), ascending);

    // Ctrl+C copies the selected rows whole: code, problem and URL.
    errors->setFocus();
    errors->selectRow(0);
    errors->selectionModel()->select(errors->model()->index(1, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(errors, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (int row = 0; row < 2; ++row) {
        const QStringList cells = lines.at(row).split(u'\t');
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells.at(0), errors->model()->index(row, 0).data().toString());
        QVERIFY2(cells.at(1).contains(u"418"_s), qPrintable(cells.at(1)));
        QVERIFY2(cells.at(2).startsWith(u"http://127.0.0.1:"_s), qPrintable(cells.at(2)));
    }
}

void TestMainWindow::theSweepChartsLabelsNeverOverlap_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("measured");
    const QSize smallest = SweepChartWidget().minimumSizeHint(); // the smallest the window allows
    QTest::newRow("smallest, planned") << smallest << false;
    QTest::newRow("smallest, measured") << smallest << true;
    QTest::newRow("netbook") << QSize(420, 300) << true;
    QTest::newRow("laptop") << QSize(700, 480) << true;
    QTest::newRow("large") << QSize(1100, 760) << true;
    QTest::newRow("narrow and tall") << QSize(smallest.width(), 600) << true;
    QTest::newRow("wide and short") << QSize(1000, smallest.height()) << true;
    QTest::newRow("exported PNG") << SweepChart::defaultSize << true;
}

void TestMainWindow::theSweepChartsLabelsNeverOverlap()
{
    // Every code from DELAY, at the default levels: the run that made the
    // chart's labels overlap its axes.
    QFETCH(QSize, size);
    QFETCH(bool, measured);
    SweepChartData data;
    data.title = SweepChart::titleFor(u"DELAY"_s, 676, 0.5, 5.0);
    data.levels = {1, 2, 5, 10, 30, 100, 300, 1000};
    data.jobs = 676;
    data.requestMs = 2750;
    if (measured) {
        for (const int level : data.levels) {
            SweepPoint point;
            point.level = level;
            point.requestMs = 2750;
            point.idealMs = ConcurrencySweep::idealMs(676, level, 2750);
            point.run.total = 676;
            point.run.ok = 252;
            point.run.notFound = 424;
            point.run.elapsedMs = qint64(point.idealMs * 1.08) + 40;
            data.points.append(point);
        }
    }
    SweepChart chart(data);
    TextRecorder recorder(size);
    QPainter painter(&recorder);
    painter.setFont(SweepChartWidget().font()); // as the window paints it
    chart.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    QVERIFY(recorder.texts().size() > 8); // the recorder saw the labels
    const QStringList problems = recorder.problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestMainWindow::aNumberOutOfRangeStaysAndSaysTheRange_data()
{
    QTest::addColumn<QString>("box");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("note");    // the line that says the range
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("right");   // a number in range, typed after
    const QString numbers = u"numbersStatus"_s;
    QTest::newRow("concurrency 5000") << u"concurrency"_s << u"5000"_s << numbers << u"Concurrency is 1 to 1000"_s << u"500"_s;
    QTest::newRow("concurrency 0") << u"concurrency"_s << u"0"_s << numbers << u"Concurrency is 1 to 1000"_s << u"7"_s;
    QTest::newRow("timeout 0") << u"timeout"_s << u"0"_s << numbers << u"The timeout is 0.1 to 3600 s"_s << u"0.5"_s;
    QTest::newRow("timeout 5000") << u"timeout"_s << u"5000"_s << numbers << u"The timeout is 0.1 to 3600 s"_s << u"500.0"_s;
    QTest::newRow("retries 50") << u"retries"_s << u"50"_s << numbers << u"Retries are 0 to 10"_s << u"5"_s;
    QTest::newRow("shortest delay 70") << u"delayMin"_s << u"70"_s << numbers << u"The shortest delay is 0 to 60 s"_s << u"1.0"_s;
    QTest::newRow("longest delay 70") << u"delayMax"_s << u"70"_s << numbers << u"The longest delay is 0 to 60 s"_s << u"7.5"_s;
    QTest::newRow("error rate 150") << u"errorRate"_s << u"150"_s << numbers << u"The error rate is 0 to 100 %"_s << u"15"_s;
    QTest::newRow("limit 700") << u"limit"_s << u"700"_s << u"codesStatus"_s << u"The limit is 1 to 676, or 0 for no limit"_s << u"70"_s;
}

void TestMainWindow::aNumberOutOfRangeStaysAndSaysTheRange()
{
    QFETCH(QString, box);
    QFETCH(QString, typed);
    QFETCH(QString, note);
    QFETCH(QString, message);
    QFETCH(QString, right);
    fillForm(u"LOCAL"_s, u"-e"_s, 30);
    auto *start = child<QAbstractButton>(u"start"_s);
    auto *field = child<QAbstractSpinBox>(box);
    auto *line = child<NoteLabel>(note);
    QVERIFY(start->isEnabled());
    // As the box shows it (without prefix and suffix), and its value.
    const auto shown = [field] {
        if (const auto *integer = qobject_cast<QSpinBox *>(field))
            return integer->cleanText();
        return qobject_cast<QDoubleSpinBox *>(field)->cleanText();
    };
    const auto inRange = [field] {
        if (const auto *integer = qobject_cast<QSpinBox *>(field))
            return integer->minimum() <= integer->value() && integer->value() <= integer->maximum();
        const auto *decimal = qobject_cast<QDoubleSpinBox *>(field);
        return decimal->minimum() <= decimal->value() && decimal->value() <= decimal->maximum();
    };
    const auto typeInto = [field](const QString &text) {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
    };

    // What is typed stays, the line says the range, and Start waits.
    typeInto(typed);
    QCOMPARE(shown(), typed);
    QVERIFY(!start->isEnabled());
    QVERIFY(line->showsProblem());
    QCOMPARE(line->text(), message);
    QCOMPARE(start->toolTip(), message);
    QCOMPARE(field->accessibleDescription(), message);
    // Enter starts nothing and takes nothing; leaving the box keeps it too.
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!m_window->controller()->isRunning());
    QCOMPARE(shown(), typed);
    child<QLineEdit>(u"codes"_s)->setFocus();
    QVERIFY(!field->hasFocus());
    QCOMPARE(shown(), typed);
    QVERIFY(!start->isEnabled());
    QCOMPARE(line->text(), message);
    QVERIFY(inRange()); // the value is the last number in range that was typed

    // A number in range: the problem goes, and leaving the box takes it.
    typeInto(right);
    QVERIFY(start->isEnabled());
    QVERIFY(!line->showsProblem());
    QCOMPARE(start->toolTip(), u"Start downloading (Enter)"_s);
    child<QLineEdit>(u"codes"_s)->setFocus();
    QCOMPARE(shown(), right);
    QVERIFY(field->accessibleDescription().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
