#pragma once

#include "base/threadlimits.h"
#include "core/runcontroller.h"
#include "core/runoptions.h"
#include "core/harlog.h"
#include "core/requestphases.h"
#include "core/runreport.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class ErrorListModel;
class FlagGridModel;
class FlagSite;
class GuideDialog;
class QAction;
class QDockWidget;
class QLabel;
class QListView;
class QProgressBar;
class QTabWidget;
class QTableView;
class QToolBar;
class RunForm;
class TimelineView;
class SweepView;

// The window. The results get the room: the Flags, Timeline and Sweep tabs in
// the middle; the RunForm in a side panel that can be hidden; the errors in a
// panel below; the counts and the progress bar in the status bar; Start,
// Cancel, Continue, Retry failed and Save report in the Run menu and the
// toolbar. It wires the engine to the views and does no I/O of its own:
// downloads, decoding and saving all happen in the engine, off this thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    RunForm *form() const { return m_form; }
    SweepView *sweepView() const { return m_sweepView; }
    RunController *controller() { return &m_controller; }
    const RunReport &report() const { return m_report; }
    const HarLog &harLog() const { return m_har; }
    TimelineView *timeline() const { return m_timeline; }

    // Prefills the form (from the command line), over the saved settings.
    void setOptions(const RunOptions &options);
    // Where the threads strategy's limits are read before a run and when the
    // slider is raised during one (the system's, unless a test says).
    void setThreadLimitsReader(std::function<ThreadLimits()> read) { m_readThreadLimits = std::move(read); }

public Q_SLOTS:
    void start();
    void cancel();
    void retryFailed();
    // After a cancel: the codes of the run that never finished (cancelled on
    // the wire, never started), into the same folder and the same grid.
    void continueRun();
    // Asks where, then writes the last run (with its retries) as CSV or JSON.
    void saveReport();
    void saveHar();
    // Runs the form's selection at each of the Sweep tab's levels.
    void startSweep();
    // False, after saying why, when the system cannot run this many threads.
    bool threadsAvailable(int threads);
    void onConcurrencyChanged(int limit);

Q_SIGNALS:
    // After the summary is shown and Start is available again.
    void runFinished(const RunSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Takes what was just typed and checks the form again.
    bool formIsReadyToRun();
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildPanels();
    void buildStatusBar();
    QWidget *buildResults();
    void showGuide();
    void showAbout();
    QStringList unfinishedCodes() const;
    void updateSweepPlan();
    void copySelectedErrors();
    enum RunKind { FreshRun, KeepDownloaded };
    void startRun(const QStringList &codes, RunKind kind);
    // Opens the form's server, or says why not; keeps it between runs.
    bool openSite(const RunOptions &options);
    bool isBusy() const; // a run or a sweep
    void onBatch(const RunBatch &batch);
    void onFinished(const RunSummary &summary);
    void updateStatus();
    void updateButtons();
    void openFlag(const QModelIndex &index);
    void showFlagMenu(const QPoint &position);
    void restoreSettings();
    void saveSettings() const;

    RunController m_controller;
    FlagSite *m_site = nullptr;
    QString m_siteLabel;    // what m_site was opened for
    QString m_siteTemplate;
    RunForm *m_form = nullptr;
    QAction *m_start = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_continue = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_saveReport = nullptr;
    QAction *m_saveHar = nullptr;
    QAction *m_openFolder = nullptr;
    QToolBar *m_toolBar = nullptr;
    QDockWidget *m_settingsPanel = nullptr;
    QDockWidget *m_errorsPanel = nullptr;
    QPointer<GuideDialog> m_guide;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_resultTabs = nullptr;
    QListView *m_grid = nullptr;
    QTableView *m_errors = nullptr;
    FlagGridModel *m_flagModel = nullptr;
    ErrorListModel *m_errorModel = nullptr;
    TimelineView *m_timeline = nullptr;
    SweepView *m_sweepView = nullptr;
    QTimer m_statusTimer;
    QElapsedTimer m_runClock;
    RunSummary m_runSummary; // of this run so far, as the engine counts it
    // The run's strategy and the concurrency it was last given.
    NetworkStrategy m_runStrategy = NetworkStrategy::Events;
    std::function<ThreadLimits()> m_readThreadLimits = &ThreadLimits::ofThisSystem;
    int m_runConcurrency = 0;
    RunReport m_report;  // of the last run, and the retries that followed it
    HarLog m_har;        // every request of the last run (a retry's run replaces it)
    PhaseShares m_phaseShares; // of the last run
    // The codes of the last fresh run, and those of them that have an answer
    // (saved, not found, failed): the others are what Continue fetches.
    QStringList m_runCodes;
    QSet<QString> m_answeredCodes;
    bool m_closeAfterCancel = false;
    bool m_hasRun = false;
    bool m_continuesASet = false; // the last run was a Continue or a Retry Failed
};
