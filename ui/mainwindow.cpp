#include "mainwindow.h"

#include "errorlistmodel.h"
#include "guidedialog.h"
#include "flaggridmodel.h"
#include "runform.h"
#include "savefiledialog.h"
#include "timelineview.h"
#include "sweepview.h"

#include "charts/sweepchart.h"
#include "base/countrycodes.h"
#include "base/formatting.h"
#include "core/flags2report.h"
#include "site/flagsite.h"
#include "server/backgroundflagserver.h"

#include <QApplication>
#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QSize thumbnailSize(96, 64);
// A sweep expected to last longer than this asks first.
constexpr qint64 LongSweepMs = 2 * 60 * 1000;
// saveState()'s version: a layout saved by another arrangement of panels is ignored.
constexpr int WindowStateVersion = 2;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    // The application display name ("qflags") is appended by Qt.
    setWindowTitle(QString());
    m_form = new RunForm(this);
    buildActions();
    buildMenus();
    buildToolBar();
    setCentralWidget(buildResults());
    buildPanels();
    buildStatusBar();

    connect(&m_controller, &RunController::runBatch, this, &MainWindow::onBatch);
    connect(&m_controller, &RunController::runFinished, this, &MainWindow::onFinished);
    m_timeline->follow(m_controller);
    connect(m_form, &RunForm::concurrencyChanged, this, &MainWindow::onConcurrencyChanged);
    connect(m_form, &RunForm::problemChanged, this, &MainWindow::updateButtons);
    connect(m_form, &RunForm::checked, this, &MainWindow::updateSweepPlan);
    connect(m_form, &RunForm::openFolderRequested, this, [](const QString &folder) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
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
    updateSweepPlan();
}

void MainWindow::updateSweepPlan()
{
    // The Sweep tab knows N and what to expect before it starts.
    const RunOptions options = m_form->options();
    const bool builtIn = m_form->usesBuiltInServer();
    const double delayMin = builtIn ? m_form->delayMinSeconds() : -1;
    const double delayMax = builtIn ? m_form->delayMaxSeconds() : -1;
    if (!m_form->isValid())
        return; // the plan of the last valid form stays, never "0 flags"
    const int jobs = m_form->codeCount();
    const QString label = options.urlTemplate.isEmpty() ? options.serverLabel : u"CUSTOM"_s;
    m_sweepView->setPlan(jobs, builtIn ? qRound64((delayMin + delayMax) / 2 * 1000) : 0,
                         SweepChart::titleFor(label, jobs, delayMin, delayMax, builtIn ? m_form->errorRate() : 0.0));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    const auto action = [this](const QString &text, const QString &name, QStyle::StandardPixmap icon,
                               const QString &themeIcon, auto slot) {
        auto *made = new QAction(QIcon::fromTheme(themeIcon, style()->standardIcon(icon)), text, this);
        made->setObjectName(name);
        connect(made, &QAction::triggered, this, slot);
        return made;
    };
    m_start = action(tr("&Start"), u"start"_s, QStyle::SP_MediaPlay, u"media-playback-start"_s, &MainWindow::start);
    m_start->setShortcut(Qt::CTRL | Qt::Key_Return);
    m_cancel = action(tr("&Cancel"), u"cancel"_s, QStyle::SP_MediaStop, u"process-stop"_s, &MainWindow::cancel);
    m_cancel->setShortcut(QKeySequence::Cancel);
    m_cancel->setToolTip(tr("Stop: requests on the wire are aborted, saves finish (Esc)"));
    m_continue = action(tr("C&ontinue"), u"continue"_s, QStyle::SP_MediaSeekForward, u"media-seek-forward"_s,
                        &MainWindow::continueRun);
    m_continue->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    m_continue->setToolTip(tr("Fetch the codes the cancelled run did not finish, into the same folder"));
    m_retry = action(tr("&Retry Failed"), u"retry"_s, QStyle::SP_BrowserReload, u"view-refresh"_s,
                     &MainWindow::retryFailed);
    m_retry->setShortcut(Qt::CTRL | Qt::Key_R);
    m_saveReport = action(tr("Save &Report…"), u"saveReport"_s, QStyle::SP_DialogSaveButton, u"document-save"_s,
                          &MainWindow::saveReport);
    m_saveReport->setShortcut(QKeySequence::Save);
    m_saveHar = action(tr("Save as &HAR…"), u"saveHar"_s, QStyle::SP_DialogSaveButton, u"document-save-as"_s,
                       &MainWindow::saveHar);
    m_saveHar->setToolTip(tr("Save every request of the last run with its headers and timings as an HTTP "
                             "Archive, which browsers' developer tools open"));
    m_openFolder = action(tr("&Open Download Folder"), u"openDownloadFolder"_s, QStyle::SP_DirOpenIcon,
                          u"folder-open"_s, [this] {
                              QDesktopServices::openUrl(QUrl::fromLocalFile(m_form->options().destination));
                          });
    m_openFolder->setShortcut(QKeySequence::Open);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_saveReport);
    file->addAction(m_saveHar);
    file->addAction(m_openFolder);
    file->addSeparator();
    // Quit closes as the title bar's button does: settings saved, saves finished.
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(Qt::CTRL | Qt::Key_Q); // ::Quit is empty on some platform themes
    quit->setMenuRole(QAction::QuitRole);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addActions({m_start, m_cancel, m_continue, m_retry});

    // View's entries for the panels and tabs are added once they exist.
    menuBar()->addMenu(tr("&View"))->setObjectName(u"viewMenu"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(QIcon::fromTheme(u"help-contents"_s), tr("qflags &Guide"), this,
                                     &MainWindow::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About qflags"), this, &MainWindow::showAbout)
            ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Run"));
    m_toolBar->setObjectName(u"runToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addActions({m_start, m_cancel, m_continue, m_retry});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_saveReport);
    // The buttons carry their action's name, for tests and accessibility tools.
    for (QAction *action : m_toolBar->actions()) {
        if (QWidget *button = m_toolBar->widgetForAction(action); button && !action->isSeparator())
            button->setObjectName(action->objectName());
    }
}

void MainWindow::buildPanels()
{
    // Dolphin's and qBittorrent's arrangement: the settings beside the results,
    // full height; the errors under the results.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);

    m_settingsPanel = new QDockWidget(tr("Settings"), this);
    m_settingsPanel->setObjectName(u"settingsPanel"_s);
    m_settingsPanel->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_settingsPanel->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    auto *scroll = new QScrollArea(m_settingsPanel);
    scroll->setObjectName(u"settingsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form->setContentsMargins(6, 0, 6, 6);
    scroll->setWidget(m_form);
    // Never narrower than the form: a short screen scrolls it, none cuts it.
    scroll->setMinimumWidth(m_form->minimumSizeHint().width()
                            + scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_settingsPanel->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_settingsPanel);

    m_errorsPanel = new QDockWidget(tr("Errors"), this);
    m_errorsPanel->setObjectName(u"errorsPanel"_s);
    m_errorsPanel->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_errorsPanel->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_errorsPanel->setWidget(m_errors);
    addDockWidget(Qt::BottomDockWidgetArea, m_errorsPanel);
    resizeDocks({m_settingsPanel}, {scroll->minimumWidth()}, Qt::Horizontal);
    resizeDocks({m_errorsPanel}, {120}, Qt::Vertical);
    // The panel's title counts its rows, so a hidden panel still tells.
    const auto countErrors = [this] {
        // Failures and cancels apart, as the status bar counts them.
        const int failed = int(m_errorModel->failedCodes().size());
        const int cancelled = m_errorModel->rowCount() - failed;
        QString title = failed ? tr("Errors (%n)", nullptr, failed) : tr("Errors");
        if (cancelled)
            title += tr(", cancelled (%n)", nullptr, cancelled);
        m_errorsPanel->setWindowTitle(title);
    };
    connect(m_errorModel, &QAbstractItemModel::rowsInserted, this, countErrors);
    connect(m_errorModel, &QAbstractItemModel::modelReset, this, countErrors);

    auto *view = findChild<QMenu *>(u"viewMenu"_s);
    QAction *settings = m_settingsPanel->toggleViewAction();
    settings->setText(tr("&Settings Panel"));
    settings->setShortcut(Qt::Key_F9);
    QAction *errors = m_errorsPanel->toggleViewAction();
    errors->setText(tr("&Errors Panel"));
    errors->setShortcut(Qt::Key_F8);
    view->addActions({settings, errors});
    view->addSeparator();
    // One entry per tab, Ctrl+1, 2, 3 as in a browser.
    for (int index = 0; index < m_resultTabs->count(); ++index) {
        QAction *tab = view->addAction(m_resultTabs->tabText(index).remove(u'&'), this,
                                       [this, index] { m_resultTabs->setCurrentIndex(index); });
        tab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    }
    view->addSeparator();
    m_toolBar->toggleViewAction()->setText(tr("&Toolbar"));
    view->addAction(m_toolBar->toggleViewAction());
}

void MainWindow::buildStatusBar()
{
    m_status = new QLabel(statusBar());
    m_status->setObjectName(u"status"_s);
    m_status->setAccessibleName(tr("Status"));
    // A long line is cut, never widens the window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress = new QProgressBar(statusBar());
    m_progress->setObjectName(u"progress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setValue(0);
    m_progress->setMaximumWidth(fontMetrics().horizontalAdvance(u"0000 / 0000"_s) * 2);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
}

QWidget *MainWindow::buildResults()
{
    auto *results = new QWidget(this);
    auto *layout = new QVBoxLayout(results);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(results);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true); // a long summary takes a line more, never more width
    m_summary->setContentsMargins(6, 4, 6, 0);
    m_summary->hide(); // until a run ends
    layout->addWidget(m_summary);

    // One tab per way of looking at a run; the flags first.
    m_resultTabs = new QTabWidget(results);
    m_resultTabs->setObjectName(u"resultTabs"_s);
    m_resultTabs->setDocumentMode(true);
    layout->addWidget(m_resultTabs, 1);

    m_flagModel = new FlagGridModel(this);
    m_grid = new QListView(m_resultTabs);
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
    // Sorted by a click on a header; until then, in the order they failed.
    auto *sortedErrors = new QSortFilterProxyModel(this);
    sortedErrors->setSourceModel(m_errorModel);
    m_errors = new QTableView(this);
    m_errors->setObjectName(u"errorList"_s);
    m_errors->setAccessibleName(tr("Errors"));
    m_errors->setModel(sortedErrors);
    m_errors->setSortingEnabled(true);
    m_errors->sortByColumn(-1, Qt::AscendingOrder);
    // Ctrl+C and the context menu copy whole rows, tab-separated, for a
    // spreadsheet or a bug report.
    auto *copyRows = new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy"), m_errors);
    copyRows->setObjectName(u"copyErrors"_s);
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut);
    connect(copyRows, &QAction::triggered, this, &MainWindow::copySelectedErrors);
    auto *selectAll = new QAction(QIcon::fromTheme(u"edit-select-all"_s), tr("Select &All"), m_errors);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetShortcut);
    connect(selectAll, &QAction::triggered, m_errors, &QTableView::selectAll);
    m_errors->addActions({copyRows, selectAll});
    m_errors->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_errors->verticalHeader()->hide();
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->setColumnWidth(ErrorListModel::CodeColumn, 60);
    m_errors->setColumnWidth(ErrorListModel::ProblemColumn, 470);
    m_errors->setWordWrap(false);

    m_resultTabs->addTab(m_grid, tr("Fl&ags"));
    m_timeline = new TimelineView(m_resultTabs);
    m_timeline->setObjectName(u"timeline"_s);
    m_resultTabs->addTab(m_timeline, tr("Ti&meline"));
    m_sweepView = new SweepView(m_controller, m_resultTabs);
    m_sweepView->setObjectName(u"sweepView"_s);
    m_resultTabs->addTab(m_sweepView, tr("S&weep"));
    connect(m_sweepView, &SweepView::runRequested, this, &MainWindow::startSweep);
    connect(m_sweepView, &SweepView::runningChanged, this, [this](bool running) {
        // The sweep runs what the form says, at its own levels.
        m_form->setActivity(running ? RunForm::Activity::Sweep : RunForm::Activity::Idle);
        if (running) {
            m_progress->setValue(0);
            m_progress->setFormat(tr("Sweep: %p%"));
            m_status->setText(tr("Sweep starting"));
            setWindowTitle(tr("Sweep"));
        } else {
            // Back to the last run's figures.
            if (m_hasRun)
                m_progress->setFormat(tr("%v / %m"));
            setWindowTitle(QString());
            updateStatus();
        }
        updateButtons();
    });
    connect(m_sweepView, &SweepView::progressChanged, this, [this](int done, int total, const QString &text) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
        m_status->setText(tr("Sweep: %1").arg(text));
    });
    return results;
}

void MainWindow::showGuide()
{
    if (!m_guide)
        m_guide = new GuideDialog(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About qflags"),
            tr("<h3>qflags %1</h3>"
               "<p>Downloads country flags concurrently and shows them as they arrive: the desktop "
               "form of the flags2 examples of <i>Fluent Python</i>, 2nd edition, by Luciano Ramalho "
               "(chapters 20 and 21).</p>"
               "<p>The built-in server's flags are Debian's iso-flags-png-320x240 (public domain); "
               "their country names come from Debian's iso-codes. The REMOTE server is the book's, "
               "fluentpython.com.</p>"
               "<p>Licensed under the MIT licence. Built with Qt %2.</p>")
                    .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::copySelectedErrors()
{
    QModelIndexList rows = m_errors->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    const QAbstractItemModel *model = m_errors->model();
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row.row(), column).data().toString());
        lines.append(cells.join(u'\t'));
    }
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

QStringList MainWindow::unfinishedCodes() const
{
    QStringList codes;
    for (const QString &code : m_runCodes) {
        if (!m_answeredCodes.contains(code))
            codes.append(code);
    }
    return codes;
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

void MainWindow::continueRun()
{
    if (isBusy() || !formIsReadyToRun())
        return;
    const QStringList codes = unfinishedCodes();
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

void MainWindow::onConcurrencyChanged(int limit)
{
    if (!m_controller.isRunning()) {
        updateStatus(); // "in flight 0 of N" follows the slider
        return;
    }
    // A run on threads raised past what the system gives stays where it
    // was, and says why in the status bar: a box at every step of a drag
    // would be in the way.
    if (m_runStrategy == NetworkStrategy::Threads && limit > m_runConcurrency) {
        const int more = std::min(limit, m_runSummary.total) - std::min(m_runConcurrency, m_runSummary.total);
        if (const QString problem = more > 0 ? m_readThreadLimits().problemFor(more) : QString(); !problem.isEmpty()) {
            statusBar()->showMessage(tr("Concurrency kept at %1: %2").arg(m_runConcurrency).arg(problem), 20000);
            m_form->setConcurrency(m_runConcurrency);
            return;
        }
    }
    m_runConcurrency = limit;
    m_controller.setMaxConcurrent(limit);
}

bool MainWindow::threadsAvailable(int threads)
{
    const QString problem = m_readThreadLimits().problemFor(threads);
    if (problem.isEmpty())
        return true;
    QMessageBox refusal(QMessageBox::Warning, tr("Not enough threads"),
                        tr("The threads strategy needs %n thread(s) at once, one per request.", nullptr, threads),
                        QMessageBox::Ok, this);
    refusal.setObjectName(u"threadsRefused"_s);
    refusal.setInformativeText(problem);
    refusal.exec();
    return false;
}

void MainWindow::startRun(const QStringList &codes, RunKind kind)
{
    const RunOptions options = m_form->options();
    if (options.strategy() == NetworkStrategy::Threads
        && !threadsAvailable(std::min(m_form->concurrency(), int(codes.size()))))
        return;
    if (!openSite(options))
        return;
    saveSettings(); // nothing typed is lost if the window is killed during the run

    if (kind == FreshRun) {
        m_flagModel->clear(); // a retry adds to what arrived before
        m_report.clear();
        m_runCodes = codes;
        m_answeredCodes.clear();
    }
    m_report.setSource({m_site->label(), m_site->siteText(), m_form->concurrency()});
    m_errorModel->clear();
    m_runSummary = RunSummary{};
    m_runSummary.total = int(codes.size());
    m_hasRun = true;
    m_continuesASet = kind == KeepDownloaded;
    m_progress->setFormat(tr("%v / %m"));
    m_summary->clear();
    m_summary->hide();

    EngineSettings settings = options.engineSettings(m_form->concurrency());
    settings.keepHeaders = true; // for Save as HAR; a few hundred bytes a request
    // The last run's requests, headers and all, are let go on a pool thread:
    // thousands of small frees here would stall the window as the run starts.
    QThreadPool::globalInstance()->start([finished = std::exchange(m_har, HarLog())] { Q_UNUSED(finished); });
    m_har.begin(QDateTime::currentDateTimeUtc(),
                HarLog::titleFor(m_site->label(), m_site->siteText(), codes.size(), settings.maxConcurrent));
    m_phaseShares.clear();
    // At the screen's pixel ratio (2 at 200 %), made in the engine off this
    // thread: the grid's icon then draws them pixel for pixel, not stretched.
    settings.thumbnailSize = thumbnailSize * devicePixelRatioF();
    // Room for "BR  Brazil" in the error list, only when there are names. (The
    // grid elides a long name; its tooltip has it whole.)
    m_errors->setColumnWidth(ErrorListModel::CodeColumn, options.fetchNames ? 190 : 60);
    m_timeline->begin(settings.maxConcurrent); // each run, a retry too, has a clock of its own
    m_runStrategy = settings.strategy;
    m_runConcurrency = settings.maxConcurrent;
    m_controller.startRun(settings, m_site->jobsFor(codes));
    m_runClock.start();
    m_statusTimer.start();
    m_form->setActivity(RunForm::Activity::Run);
    updateButtons();
    updateStatus();
}

void MainWindow::startSweep()
{
    if (isBusy() || !formIsReadyToRun())
        return;
    m_resultTabs->setCurrentWidget(m_sweepView); // also when started from the command line
    // A sweep of -e from DELAY starts with a level 1 of half an hour: ask first.
    updateSweepPlan();
    if (const qint64 estimate = m_sweepView->estimatedMs(); estimate > LongSweepMs) {
        QMessageBox question(QMessageBox::Question, tr("Run a long sweep?"),
                             tr("This sweep will take at least %1: each level fetches all %n flag(s), and the "
                                "lowest levels wait for the server's delay many times over.",
                                nullptr, m_form->codeCount())
                                     .arg(Formatting::duration(estimate)),
                             QMessageBox::Yes | QMessageBox::No, this);
        question.setObjectName(u"longSweepQuestion"_s);
        question.setInformativeText(tr("Fewer countries, a shorter delay, or leaving out the lowest levels "
                                       "make it shorter."));
        question.button(QMessageBox::Yes)->setText(tr("Run the Sweep"));
        question.setDefaultButton(QMessageBox::No);
        if (question.exec() != QMessageBox::Yes)
            return;
    }
    const RunOptions options = m_form->options();
    if ((options.strategy() == NetworkStrategy::Threads || m_sweepView->comparesStrategies())
        && !threadsAvailable(std::min(m_sweepView->highestLevel(), m_form->codeCount())))
        return;
    if (!openSite(options))
        return;
    saveSettings();
    QString error;
    const QStringList codes = CountryCodes::expand(options.selection, &error);
    SweepPlan plan;
    plan.jobs = m_site->jobsFor(codes);
    plan.settings = options.engineSettings(1);
    plan.strategies = options.strategies;
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
    for (const DownloadResult &result : batch.results) {
        m_report.add(result);
        m_har.add(result);
        m_phaseShares.add(result);
        if (result.status() != DownloadStatus::Cancelled)
            m_answeredCodes.insert(result.code);
    }
    // QProgressBar repaints at once on every setValue: the status timer
    // shows the engine's counts, not each batch.
    m_runSummary = batch.summary;
}

void MainWindow::onFinished(const RunSummary &summary)
{
    m_statusTimer.stop();
    m_runSummary = summary;
    m_report.setElapsedMs(m_report.elapsedMs() + summary.elapsedMs); // with the retries' runs
    m_har.setElapsedMs(summary.elapsedMs);
    m_form->setActivity(RunForm::Activity::Idle);
    QStringList lines = Flags2Report::summaryLines(summary);
    for (QString &line : lines)
        line = line.trimmed(); // flags2 pads counts to three columns
    if (summary.cancelled) {
        // flags2 says how many were not fetched; the window also says why:
        // stopped on the wire, or never started. Before the elapsed time, the last line.
        const QString onTheWire = tr("%n was cancelled on the wire", nullptr, summary.interrupted);
        lines.insert(lines.size() - 1, tr("%1, %2 never started.").arg(onTheWire).arg(summary.notStarted()));
    }
    QString text = lines.join(u"  ·  "_s);
    if (m_continuesASet) {
        // A Continue or Retry Failed ran a part of the set: say where the
        // whole set stands, as the grid and the report do.
        const RunSummary set = m_report.counts();
        text += u'\n' + tr("All %n code(s) so far: %1 downloaded, %2 not found, %3 errors, %4 not fetched",
                            nullptr, int(m_runCodes.size()))
                            .arg(set.saved())
                            .arg(set.notFound)
                            .arg(set.errors)
                            .arg(unfinishedCodes().size());
    }
    if (!m_phaseShares.isEmpty())
        text += u'\n' + m_phaseShares.summary();
    m_summary->setText(text);
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
    // A re-run's 304s, only when there are some.
    const QString downloaded = m_runSummary.unchanged
                                   ? tr("%1  ·  unchanged %2").arg(m_runSummary.ok).arg(m_runSummary.unchanged)
                                   : QString::number(m_runSummary.ok);
    m_status->setText(tr("Downloaded %1  ·  not found %2  ·  errors %3%4  ·  in flight %5 of %6"
                         "  ·  %7 s  ·  %8 flags/s%9")
                          .arg(downloaded)
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

void MainWindow::saveHar()
{
    if (isBusy() || m_har.isEmpty())
        return;
    const QString suggested = u"qflags-%1.har"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    const QString path = SaveFileDialog::ask(this, u"har"_s, tr("Save the run's requests as HAR"), suggested,
                                             tr("HTTP Archive (*.har)"));
    if (path.isEmpty())
        return;
    if (QString error; !m_har.save(path, &error))
        QMessageBox::warning(this, tr("HAR file not saved"), error);
    else
        m_status->setText(m_har.savedMessage(QDir::toNativeSeparators(path)));
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
    m_retry->setEnabled(!running && !sweeping && m_form->isValid() && !m_errorModel->failedCodes().isEmpty());
    const int unfinished = running || sweeping ? 0 : int(unfinishedCodes().size());
    m_continue->setEnabled(unfinished > 0 && m_form->isValid());
    m_continue->setToolTip(!m_form->isValid()
                                   ? m_form->problem()
                                   : tr("Fetch the %n code(s) the cancelled run did not finish, into the same folder",
                                        nullptr, unfinished));
    m_sweepView->setRunAllowed(!running && m_form->isValid(),
                               running ? tr("A run is going on") : m_form->problem());
    m_retry->setToolTip(m_form->isValid() ? tr("Download the codes that failed again") : m_form->problem());
    // As Start and Retry failed: one thing at a time, a run or a sweep.
    m_saveReport->setEnabled(!running && !sweeping && !m_report.isEmpty());
    m_saveHar->setEnabled(!running && !sweeping && !m_har.isEmpty());
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
        // All of a small screen, most of a large one.
        const QSize available = screen()->availableGeometry().size();
        resize(std::min(available.width() * 9 / 10, 1280), std::min(available.height() * 9 / 10, 860));
        if (available.width() < 1280 || available.height() < 800)
            setWindowState(Qt::WindowMaximized);
    }
    if (!restoreState(settings.value(u"window/state"_s).toByteArray(), WindowStateVersion)) {
        // A screen too small for every panel (a netbook at 2x scaling) starts
        // without the errors panel; the status bar still counts the errors.
        const QSize available = screen()->availableGeometry().size();
        const QSize smallest = minimumSizeHint();
        if (smallest.height() > available.height() - 40 || smallest.width() > available.width())
            m_errorsPanel->hide();
    }
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
    settings.setValue(u"window/state"_s, saveState(WindowStateVersion));
    settings.setValue(u"window/tab"_s, m_resultTabs->currentWidget()->objectName());
}
