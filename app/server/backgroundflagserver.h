#pragma once

#include "flagserver.h"
#include "flagserverconfig.h"
#include "flagserverstats.h"

#include "base/workerthread.h"

#include <QObject>
#include <QUrl>

#include <memory>

// Runs a FlagServer on a thread of its own, so a slow or busy server never
// stalls the caller's event loop (the window's GUI thread, the CLI's engine).
// This is how LOCAL, DELAY and ERROR are served inside the process.
class BackgroundFlagServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundFlagServer)

public:
    explicit BackgroundFlagServer(QObject *parent = nullptr);
    ~BackgroundFlagServer() override; // stops the thread

    // Blocks until the server listens (or failed to). Returns false with
    // *errorMessage set on failure.
    bool start(const FlagServerConfig &config, QString *errorMessage);
    void stop();
    bool isRunning() const;

    quint16 port() const;
    QUrl baseUrl() const;

    // Thread-safe: handed to the server's thread.
    void setDelay(double minSeconds, double maxSeconds);
    void setErrorRate(double rate);

    FlagServerStats stats() const;

    // The server stands in for a remote machine: in the window it yields to
    // the GUI thread, as the engine does.
    void lowerPriority();

Q_SIGNALS:
    // Forwarded from the server's thread (queued) when config.verbose is set.
    void requestLogged(const QString &line);

private:
    std::unique_ptr<WorkerThread<FlagServer>> m_thread;
    // Copied once the server listens, so reading them needs no other thread.
    quint16 m_port = 0;
    QUrl m_baseUrl;
    FlagServerStats m_finalStats; // what stats() says after stop()
};
