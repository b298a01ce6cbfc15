#pragma once

#include "networkaccess.h"
#include "proxypolicy.h"

#include <QSet>
#include <QSslConfiguration>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

class ThreadedRequest;

// The threads strategy's network, flags2_threadpool's way: every request a
// BlockingHttpGet on a thread of a pool, blocked in its own socket until its
// answer has ended, one new connection per request (HTTP/1.1, also over
// TLS). The pool has as many threads as the engine has had requests on the
// wire at once: its concurrency, C threads for C. A thread goes from one
// request to the next, and is let go once idle for idleThreadExpiryMs.
//
// What it costs is what the sweep measures: a thread per request in flight,
// each with a stack of threadStackBytes (address space; the pages a thread
// touches count in RSS), and a connection per request.
class ThreadedNetworkAccess final : public NetworkAccess
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadedNetworkAccess)

public:
    // Enough for a TLS handshake and Qt's socket code, a 16th of Linux's 8 MiB default.
    static constexpr uint threadStackBytes = 512 * 1024;
    // How long the destructor waits for the threads (a connect or a TLS
    // handshake in progress is waited for whole: up to the timeout).
    static constexpr qint64 poolJoinGraceMs = 65000;
    static constexpr int idleThreadExpiryMs = 10000;

    explicit ThreadedNetworkAccess(QObject *parent = nullptr);
    // Cancels what is still on the wire and joins the pool's threads.
    ~ThreadedNetworkAccess() override;

    // Any request goes at once: its thread is made if none is free.
    bool canStart(const QUrl &url) const override;
    WireRequest *start(const QUrl &url, const RequestLimits &limits,
                       const RequestConditions &conditions) override;
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) override;
    void setProxyPolicy(const ProxyPolicy &policy) override { m_proxyPolicy = policy; }
    void setKeepsHeaders(bool keep) override { m_keepsHeaders = keep; }

    // The threads the pool may run: the most tasks there have been at once.
    int poolSize() const { return m_pool->maxThreadCount(); }

private:
    friend class ThreadedRequest;

    // On the heap: see the destructor.
    QThreadPool *m_pool = new QThreadPool;
    std::optional<QSslConfiguration> m_tls;
    ProxyPolicy m_proxyPolicy = ProxyPolicy::fromEnvironment(QProcessEnvironment::systemEnvironment());
    bool m_keepsHeaders = false;
    // Tasks given to the pool and not returned; shared with them.
    std::shared_ptr<std::atomic<int>> m_tasksRunning = std::make_shared<std::atomic<int>>(0);
    QSet<ThreadedRequest *> m_live; // started and not deleted
};
