#pragma once

#include "core/runcontroller.h"

#include <QWidget>

#include <optional>

class NoteLabel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class SweepChartWidget;
class SweepTableModel;

// The Sweep tab: levels to run, Run sweep / Cancel, progress, the chart of
// elapsed time and flags per second against concurrency, its table, and
// Save as PNG. The sweep runs on the window's RunController, on the thread
// runs use, with the same Cancel. The window decides what a sweep runs (the
// form's codes, server and timeout): Run sweep asks it through runRequested().
class SweepView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepView)

public:
    explicit SweepView(RunController &controller, QWidget *parent = nullptr);

    // The levels typed, when they are right.
    std::optional<QList<int>> levels() const;
    // As if typed (the command line's --sweep).
    void setLevelsText(const QString &text);
    // Runs plan (its levels are the typed ones) and charts it under title.
    // Returns false while a sweep runs or when the levels are wrong.
    bool start(SweepPlan plan, const QString &title);
    void cancel();
    bool isRunning() const { return m_controller.isSweeping(); }

    // Whether the window could run one now, and if not why (a run going on,
    // a field of the form).
    void setRunAllowed(bool allowed, const QString &reason);
    // What the form would sweep: N codes, one request's length when known
    // (the built-in server's mean delay; 0 unknown), and the chart's title.
    // Before a sweep the chart shows the planned axes and N, and the line
    // under the levels the time to expect.
    void setPlan(int jobs, qint64 requestMs, const QString &title);
    // The sum of the levels' ideals; 0 when a request's length is unknown.
    qint64 estimatedMs() const;
    // Each level with events and with threads (the box ticked).
    bool comparesStrategies() const { return strategyCount() > 1; }
    void setComparesStrategies(bool both);
    // The highest level typed; 0 when the levels are not right.
    int highestLevel() const;

    bool savePng(const QString &path, QString *error) const;
    SweepTableModel *model() const { return m_model; }
    SweepChartWidget *chart() const { return m_chart; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void runRequested();
    void runningChanged(bool running);
    void sweepFinished(bool cancelled);
    // For the window's progress bar: flags done over the whole sweep, and
    // the level going on in words.
    void progressChanged(int done, int total, const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void checkLevels();
    void showPlan();
    void updateButtons();
    void onProgress(int levelIndex, int levelCount, int done, int total);
    void onPoint(const SweepPoint &point);
    void onFinished(bool cancelled, const QString &error);
    void chooseAndSavePng();
    QString speedUpText() const;
    int strategyCount() const;

    RunController &m_controller;
    QLineEdit *m_levels = nullptr;
    NoteLabel *m_levelsNote = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_progress = nullptr;
    SweepChartWidget *m_chart = nullptr;
    QTableView *m_table = nullptr;
    SweepTableModel *m_model = nullptr;
    QCheckBox *m_bothStrategies = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_tableWidth = 0;   // its columns up to the peak memory's
    bool m_splitSet = false;
    QList<SweepStep> m_running; // the runs of the sweep going on
    int m_planJobs = 0;
    qint64 m_planRequestMs = 0;
    QString m_planTitle;
    bool m_runAllowed = false;
    QString m_notAllowedReason;
};
