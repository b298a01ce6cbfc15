#pragma once

#include "downloadengine.h"

#include <QObject>
#include <QThread>

// A DownloadEngine on a thread of its own, for the window. Qt's network code
// does a little work on the thread that owns each reply; with a thousand
// replies arriving together that adds up, and on the GUI thread it would
// freeze the window. Here the engine, its network managers and its replies
// live on the engine's thread, and the window only receives the results.
//
// Call from the thread that created this object. The signals are the
// engine's, delivered on that thread; the getters are that thread's view,
// updated just before each signal arrives.
class BackgroundEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundEngine)

public:
    explicit BackgroundEngine(QObject *parent = nullptr);
    ~BackgroundEngine() override; // cancels a run and joins the thread

    // Returns false while a run is going on.
    bool start(const EngineSettings &settings, const QList<FlagJob> &jobs);
    void setMaxConcurrent(int limit);
    void cancel();

    bool isRunning() const { return m_running; }
    int inFlight() const { return m_inFlight; }
    int maxConcurrent() const { return m_maxConcurrent; }

Q_SIGNALS:
    void requestStarted(const QString &code, const QUrl &url, qint64 startedMs,
                        RequestSpan::Purpose purpose);
    void requestEnded(const QString &code, const RequestSpan &span);
    void resultReady(const DownloadResult &result);
    void progressChanged(const RunSummary &summary);
    void inFlightChanged(int inFlight);
    void finished(const RunSummary &summary);

private:
    QThread m_thread;
    DownloadEngine *m_engine; // lives in m_thread
    bool m_running = false;
    int m_inFlight = 0;
    int m_maxConcurrent = EngineSettings{}.maxConcurrent;
};
