#include "mainwindow.h"

#include "errorlistmodel.h"
#include "flaggridmodel.h"
#include "runform.h"
#include "savefiledialog.h"
#include "timelineview.h"
#include "sweepview.h"

#include "charts/sweepchart.h"
#include "base/countrycodes.h"
#include "core/flags2report.h"
#include "site/flagsite.h"
#include "server/backgroundflagserver.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QSize thumbnailSize(96, 64);

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    // The application display name ("qflags") is appended by Qt.
    setWindowTitle(QString());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_form = new RunForm(central);
    layout->addWidget(m_form);

    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start"), central);
    m_start->setObjectName(u"start"_s);
    m_start->setToolTip(tr("Start downloading (Enter)"));
    // Every Alt+key is one thing in the whole window, whichever tab is shown
    // (tst_mainwindow walks them): Cancel's C is the Countries field's.
    m_cancel = new QPushButton(tr("C&ancel"), central);
    m_cancel->setObjectName(u"cancel"_s);
    m_cancel->setToolTip(tr("Stop: requests on the wire are aborted, saves finish (Esc)"));
    m_retry = new QPushButton(tr("&Retry failed"), central);
    m_retry->setObjectName(u"retry"_s);
    m_saveReport = new QPushButton(tr("Save re&port…"), central);
    m_saveReport->setObjectName(u"saveReport"_s);
    m_saveReport->setToolTip(tr("Save every code's result, times and message as CSV or JSON"));
    m_progress = new QProgressBar(central);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setValue(0);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_saveReport);
    buttons->addWidget(m_progress, 1);
    layout->addLayout(buttons);

    m_status = new QLabel(central);
    m_status->setObjectName(u"status"_s);
    m_status->setAccessibleName(tr("Status"));
    m_summary = new QLabel(central);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide(); // until a run ends
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(buildResults(), 1);
    setCentralWidget(central);

    connect(&m_controller, &RunController::runBatch, this, &MainWindow::onBatch);
    connect(&m_controller, &RunController::runFinished, this, &MainWindow::onFinished);
    m_timeline->follow(m_controller);
    connect(m_form, &RunForm::concurrencyChanged, this, [this](int limit) {
        if (m_controller.isRunning())
            m_controller.setMaxConcurrent(limit);
        else
            updateStatus(); // "in flight 0 of N" follows the slider
    });
    connect(m_form, &RunForm::problemChanged, this, &MainWindow::updateButtons);
    connect(m_form, &RunForm::openFolderRequested, this, [](const QString &folder) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    connect(m_start, &QPushButton::clicked, this, &MainWindow::start);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_retry, &QPushButton::clicked, this, &MainWindow::retryFailed);
    connect(m_saveReport, &QPushButton::clicked, this, &MainWindow::saveReport);
    auto *escape = new QShortcut(QKeySequence::Cancel, this);
    connect(escape, &QShortcut::activated, this, &MainWindow::cancel);
    // Ctrl+Q closes as the title bar's button does: settings saved, saves finished.
    auto *quit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), this); // ::Quit is empty on some platform themes
    connect(quit, &QShortcut::activated, this, &QWidget::close);
    // Enter starts from anywhere in the form (not in the grid, where it opens a flag).
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *enter = new QShortcut(key, m_form, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(enter, &QShortcut::activated, this, &MainWindow::start);
    }

    // The status line ticks while a run goes on: elapsed time and rate.
    m_statusTimer.setInterval(100);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);

    restoreSettings();
    updateButtons();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildResults()
{
    // One tab per way of looking at a run; the flags and their errors first.
    m_resultTabs = new QTabWidget(this);
    m_resultTabs->setObjectName(u"resultTabs"_s);
    m_resultTabs->setDocumentMode(true);
    m_splitter = new QSplitter(Qt::Vertical, m_resultTabs);
    m_splitter->setObjectName(u"resultsSplitter"_s);

    m_flagModel = new FlagGridModel(this);
    m_grid = new QListView(m_splitter);
    m_grid->setObjectName(u"flagGrid"_s);
    m_grid->setAccessibleName(tr("Downloaded flags"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(thumbnailSize);
    m_grid->setGridSize(thumbnailSize + QSize(16, 28));
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setModel(m_flagModel);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QListView::activated, this, &MainWindow::openFlag);
    connect(m_grid, &QListView::customContextMenuRequested, this, &MainWindow::showFlagMenu);

    m_errorModel = new ErrorListModel(this);
    m_errors = new QTableView(m_splitter);
    m_errors->setObjectName(u"errorList"_s);
    m_errors->setAccessibleName(tr("Errors"));
    m_errors->setModel(m_errorModel);
    m_errors->verticalHeader()->hide();
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->setColumnWidth(ErrorListModel::CodeColumn, 60);
    m_errors->setColumnWidth(ErrorListModel::ProblemColumn, 470);
    m_errors->setWordWrap(false);

    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_errors);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_resultTabs->addTab(m_splitter, tr("&Flags"));

    m_timeline = new TimelineView(m_resultTabs);
    m_timeline->setObjectName(u"timeline"_s);
    m_resultTabs->addTab(m_timeline, tr("Ti&meline"));
    m_sweepView = new SweepView(m_controller, m_resultTabs);
    m_sweepView->setObjectName(u"sweepView"_s);
    m_resultTabs->addTab(m_sweepView, tr("S&weep"));
    connect(m_sweepView, &SweepView::runRequested, this, &MainWindow::startSweep);
    connect(m_sweepView, &SweepView::runningChanged, this, [this](bool running) {
        m_form->setRunning(running); // the sweep runs what the form says
        if (running) {
            m_progress->setValue(0);
            m_progress->setFormat(tr("Sweep: %p%"));
            m_status->setText(tr("Sweep starting"));
        } else {
            // Back to the last run's figures.
            if (m_hasRun)
                m_progress->setFormat(tr("%v / %m"));
            updateStatus();
        }
        updateButtons();
    });
    connect(m_sweepView, &SweepView::progressChanged, this, [this](int done, int total, const QString &text) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
        m_status->setText(tr("Sweep: %1").arg(text));
    });
    return m_resultTabs;
}

void MainWindow::setOptions(const RunOptions &options)
{
    m_form->setOptions(options);
}

bool MainWindow::formIsReadyToRun()
{
    // Enter may come straight after typing into a spin box, and the folder may
    // have changed on disk since it was checked.
    m_form->commitTypedValues();
    m_form->revalidate();
    return m_form->isValid();
}

bool MainWindow::isBusy() const
{
    return m_controller.isBusy();
}

void MainWindow::start()
{
    if (isBusy()) {
        // Enter during a run applies a concurrency typed into its box.
        m_form->commitTypedValues();
        return;
    }
    if (!formIsReadyToRun())
        return;
    QString error;
    startRun(CountryCodes::expand(m_form->options().selection, &error), FreshRun);
}

void MainWindow::retryFailed()
{
    if (isBusy())
        return;
    // A retry runs with the form's server and folder: they must be right too.
    if (!formIsReadyToRun())
        return;
    const QStringList codes = m_errorModel->failedCodes();
    if (!codes.isEmpty())
        startRun(codes, KeepDownloaded);
}

bool MainWindow::openSite(const RunOptions &options)
{
    // The site (and the built-in server on its thread) lives on between runs
    // to the same server: opening and closing one waits on that thread.
    if (!m_site || m_siteLabel != options.serverLabel || m_siteTemplate != options.urlTemplate) {
        delete m_site;
        m_site = new FlagSite(this);
        QString error;
        if (!m_site->open(options.serverLabel, options.urlTemplate, &error)) {
            delete m_site;
            m_site = nullptr;
            m_summary->setText(error);
            m_summary->show();
            return false;
        }
        m_siteLabel = options.serverLabel;
        m_siteTemplate = options.urlTemplate;
        if (BackgroundFlagServer *server = m_site->builtInServer())
            server->lowerPriority();
    }
    if (BackgroundFlagServer *server = m_site->builtInServer()) {
        server->setDelay(m_form->delayMinSeconds(), m_form->delayMaxSeconds());
        server->setErrorRate(m_form->errorRate());
        m_form->setServerAddress(server->baseUrl().toString());
    }
    return true;
}

void MainWindow::startRun(const QStringList &codes, RunKind kind)
{
    const RunOptions options = m_form->options();
    if (!openSite(options))
        return;
    saveSettings(); // nothing typed is lost if the window is killed during the run

    if (kind == FreshRun) {
        m_flagModel->clear(); // a retry adds to what arrived before
        m_report.clear();
    }
    m_report.setSource({m_site->label(), m_site->siteText(), m_form->concurrency()});
    m_errorModel->clear();
    m_runSummary = RunSummary{};
    m_runSummary.total = int(codes.size());
    m_hasRun = true;
    m_progress->setFormat(tr("%v / %m"));
    m_summary->clear();
    m_summary->hide();

    EngineSettings settings = options.engineSettings(m_form->concurrency());
    settings.thumbnailSize = thumbnailSize;
    // Room for "BR  Brazil" in the error list, only when there are names. (The
    // grid elides a long name; its tooltip has it whole.)
    m_errors->setColumnWidth(ErrorListModel::CodeColumn, options.fetchNames ? 190 : 60);
    m_timeline->begin(settings.maxConcurrent); // each run, a retry too, has a clock of its own
    m_controller.startRun(settings, m_site->jobsFor(codes));
    m_runClock.start();
    m_statusTimer.start();
    m_form->setRunning(true);
    updateButtons();
    updateStatus();
}

void MainWindow::startSweep()
{
    if (isBusy() || !formIsReadyToRun())
        return;
    const RunOptions options = m_form->options();
    if (!openSite(options))
        return;
    saveSettings();
    m_resultTabs->setCurrentWidget(m_sweepView); // also when started from the command line
    QString error;
    const QStringList codes = CountryCodes::expand(options.selection, &error);
    SweepPlan plan;
    plan.jobs = m_site->jobsFor(codes);
    plan.settings = options.engineSettings(1);
    // The built-in server's delay is the form's; another server's is unknown.
    double delayMin = -1;
    double delayMax = -1;
    double errorRate = 0;
    if (m_site->builtInServer()) {
        delayMin = m_form->delayMinSeconds();
        delayMax = m_form->delayMaxSeconds();
        errorRate = m_form->errorRate();
        plan.serverDelaySeconds = (delayMin + delayMax) / 2;
    }
    m_sweepView->start(plan, SweepChart::titleFor(m_site->label(), int(codes.size()), delayMin, delayMax,
                                                         errorRate));
}

void MainWindow::cancel()
{
    m_controller.cancel(); // a run or a sweep
}

void MainWindow::onBatch(const RunBatch &batch)
{
    m_flagModel->append(batch.results);
    m_errorModel->append(batch.results);
    for (const DownloadResult &result : batch.results)
        m_report.add(result);
    // QProgressBar repaints at once on every setValue: the status timer
    // shows the engine's counts, not each batch.
    m_runSummary = batch.summary;
}

void MainWindow::onFinished(const RunSummary &summary)
{
    m_statusTimer.stop();
    m_runSummary = summary;
    m_report.setElapsedMs(m_report.elapsedMs() + summary.elapsedMs); // with the retries' runs
    m_form->setRunning(false);
    QStringList lines = Flags2Report::summaryLines(summary);
    for (QString &line : lines)
        line = line.trimmed(); // flags2 pads counts to three columns
    if (summary.cancelled) {
        // flags2 says how many were not fetched; the window also says why:
        // stopped on the wire, or never started. Before the elapsed time, the last line.
        const QString onTheWire = summary.interrupted == 1
                                      ? tr("1 was cancelled on the wire")
                                      : tr("%1 were cancelled on the wire").arg(summary.interrupted);
        lines.insert(lines.size() - 1, tr("%1, %2 never started.").arg(onTheWire).arg(summary.notStarted()));
    }
    m_summary->setText(lines.join(u"  ·  "_s));
    m_summary->show();
    setWindowTitle(summary.cancelled ? tr("Cancelled") : tr("Done"));
    updateButtons();
    updateStatus();
    QApplication::alert(this);
    Q_EMIT runFinished(summary);
    if (m_closeAfterCancel)
        close();
}

void MainWindow::updateStatus()
{
    // Flags fetched, whatever their outcome: after a cancel, the ones stopped
    // on the wire are not among them (the status line counts them apart).
    m_progress->setMaximum(std::max(m_runSummary.total, 1));
    m_progress->setValue(m_runSummary.fetched());
    if (m_controller.isRunning())
        setWindowTitle(tr("%1 of %2").arg(m_runSummary.done()).arg(m_runSummary.total));
    // While a run goes on, the window's clock ticks; once it has ended, the
    // run's own time, as the summary gives it, which nothing makes move again.
    const bool ticking = m_controller.isRunning();
    const double seconds = ticking ? (m_runClock.isValid() ? m_runClock.elapsed() / 1000.0 : 0.0)
                                   : m_runSummary.elapsedMs / 1000.0;
    const double rate = seconds > 0 ? m_runSummary.ok / seconds : 0.0;
    const QString retried = m_runSummary.retried ? tr("  ·  retried %1").arg(m_runSummary.retried) : QString();
    // After a cancel: stopped on the wire, and never started (counted once
    // the run has ended; until then, the stopped ones as they come).
    QString cancelled;
    if (m_runSummary.cancelled)
        cancelled = tr("  ·  cancelled %1  ·  not started %2")
                        .arg(m_runSummary.interrupted)
                        .arg(m_runSummary.notStarted());
    else if (m_runSummary.interrupted)
        cancelled = tr("  ·  cancelled %1").arg(m_runSummary.interrupted);
    m_status->setText(tr("Downloaded %1  ·  not found %2  ·  errors %3%4  ·  in flight %5 of %6"
                         "  ·  %7 s  ·  %8 flags/s%9")
                          .arg(m_runSummary.ok)
                          .arg(m_runSummary.notFound)
                          .arg(m_runSummary.errors)
                          .arg(cancelled)
                          .arg(m_controller.inFlight())
                          .arg(m_controller.isRunning() ? m_controller.maxConcurrent() : m_form->concurrency())
                          .arg(seconds, 0, 'f', ticking ? 1 : 2)
                          .arg(rate, 0, 'f', 1)
                          .arg(retried));
}

void MainWindow::saveReport()
{
    if (isBusy() || m_report.isEmpty())
        return;
    const QString suggested = u"qflags-%1.csv"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    const QString path = SaveFileDialog::ask(this, u"report"_s, tr("Save the run's report"), suggested,
                                             tr("CSV table (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QString error; !m_report.save(path, &error))
        QMessageBox::warning(this, tr("Report not saved"), error);
    else
        m_status->setText(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::updateButtons()
{
    const bool running = m_controller.isRunning();
    const bool sweeping = m_controller.isSweeping();
    m_start->setEnabled(!running && !sweeping && m_form->isValid());
    m_start->setToolTip(m_form->isValid() ? tr("Start downloading (Enter)") : m_form->problem());
    // Short: the reason is on the form's own line and in Start's tooltip. After
    // a run the bar keeps that run's count.
    if (!m_hasRun && !sweeping)
        m_progress->setFormat(m_form->isValid() ? tr("Ready") : tr("Not ready"));
    m_cancel->setEnabled(running || sweeping);
    m_retry->setEnabled(!running && !sweeping && m_form->isValid() && m_errorModel->rowCount() > 0);
    m_sweepView->setRunAllowed(!running && m_form->isValid(),
                               running ? tr("A run is going on") : m_form->problem());
    m_retry->setToolTip(m_form->isValid() ? tr("Download the codes in the error list again") : m_form->problem());
    // As Start and Retry failed: one thing at a time, a run or a sweep.
    m_saveReport->setEnabled(!running && !sweeping && !m_report.isEmpty());
}

void MainWindow::openFlag(const QModelIndex &index)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(index.data(FlagGridModel::FilePathRole).toString()));
}

void MainWindow::showFlagMenu(const QPoint &position)
{
    const QModelIndex index = m_grid->indexAt(position);
    if (!index.isValid())
        return;
    const QString path = index.data(FlagGridModel::FilePathRole).toString();
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, index] { openFlag(index); });
    menu.addAction(tr("Open containing &folder"), this, [path] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    menu.addAction(tr("&Copy path"), this, [path] { QGuiApplication::clipboard()->setText(path); });
    menu.exec(m_grid->viewport()->mapToGlobal(position));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_controller.isRunning()) {
        // Leave only whole files: cancel, and close once the saves are done.
        m_closeAfterCancel = true;
        m_controller.cancel();
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    m_form->restoreSettings(settings);
    m_sweepView->restoreSettings(settings);
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(available.width() * 2 / 3, available.height() * 3 / 4);
    }
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    // The tab by name, so a tab added later does not shift the remembered one.
    const QString tab = settings.value(u"window/tab"_s).toString();
    for (int index = 0; index < m_resultTabs->count(); ++index) {
        if (m_resultTabs->widget(index)->objectName() == tab)
            m_resultTabs->setCurrentIndex(index);
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    m_form->saveSettings(settings);
    m_sweepView->saveSettings(settings);
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"window/tab"_s, m_resultTabs->currentWidget()->objectName());
}
