#include "threadednetworkaccess.h"

#include "blockinghttpget.h"

#include <QBasicTimer>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QPointer>
#include <QTimerEvent>

#include <atomic>
#include <memory>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

class ThreadedRequest;

namespace {

// What a request and its thread share; it outlives whichever ends first.
struct Handover
{
    std::shared_ptr<std::atomic<bool>> cancelled = std::make_shared<std::atomic<bool>>(false);
    QMutex mutex;
    // The request, while it lives; the thread posts its outcome to it.
    ThreadedRequest *owner = nullptr;
    std::atomic<bool> begun{false};
};

qint64 readNumber(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool isNumber = false;
    const qint64 value = file.readAll().trimmed().toLongLong(&isNumber);
    return isNumber ? value : -1;
}

int threadsOfThisProcess()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

int mapsOfThisProcess()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return 0;
    return int(maps.readAll().count('\n'));
}

} // namespace

// One request on a pool thread. Its outcome comes back to this object's
// thread, queued; a cancel ends it at once and the thread's outcome, later,
// is dropped.
class ThreadedRequest final : public WireRequest
{
public:
    ThreadedRequest(ThreadedNetworkAccess *network, const QUrl &url, const RequestLimits &limits)
        : m_network(network)
        , m_url(url)
        , m_handover(std::make_shared<Handover>())
    {
        m_handover->owner = this;
        network->m_live.insert(this);
        // A thread the system would not make would leave the request
        // waiting for ever: past its deadline, it ends as not started.
        m_watchdog.start(int(limits.deadline.count() + 5000), Qt::VeryCoarseTimer, this);
        m_handedOver.start();
    }

    ~ThreadedRequest() override
    {
        m_handover->cancelled->store(true);
        QMutexLocker lock(&m_handover->mutex);
        m_handover->owner = nullptr;
        lock.unlock();
        if (m_network) {
            m_network->m_live.remove(this);
            if (!m_finished)
                m_network->requestEnded();
        }
    }

    std::shared_ptr<Handover> handover() const { return m_handover; }
    QElapsedTimer handedOver() const { return m_handedOver; }

    void cancel() override
    {
        if (m_finished)
            return;
        m_handover->cancelled->store(true);
        FetchOutcome outcome;
        outcome.finalUrl = m_url;
        outcome.cancelled = true;
        outcome.connectionClosed = true;
        outcome.phases.endedUs = m_handedOver.nsecsElapsed() / 1000;
        finish(outcome);
    }

    void deliver(const FetchOutcome &outcome)
    {
        if (!m_finished)
            finish(outcome);
    }

protected:
    void timerEvent(QTimerEvent *event) override
    {
        if (event->timerId() != m_watchdog.timerId() || m_finished) {
            WireRequest::timerEvent(event);
            return;
        }
        if (m_handover->begun.load())
            return; // it runs: its own deadline ends it
        m_handover->cancelled->store(true);
        FetchOutcome outcome;
        outcome.finalUrl = m_url;
        outcome.connectionClosed = true;
        outcome.networkError = QNetworkReply::UnknownNetworkError;
        outcome.networkErrorText =
            ThreadedNetworkAccess::tr("No thread could be started for this download (the system's limit on threads?)");
        finish(outcome);
    }

private:
    void finish(const FetchOutcome &outcome)
    {
        m_finished = true;
        m_watchdog.stop();
        if (m_network)
            m_network->requestEnded();
        Q_EMIT finished(outcome);
    }

    QPointer<ThreadedNetworkAccess> m_network;
    QUrl m_url;
    std::shared_ptr<Handover> m_handover;
    QBasicTimer m_watchdog;
    QElapsedTimer m_handedOver;
    bool m_finished = false;
};

ThreadedNetworkAccess::ThreadedNetworkAccess(QObject *parent)
    : NetworkAccess(parent)
{
    m_pool->setStackSize(threadStackBytes);
    m_pool->setMaxThreadCount(1);
    // Kept for the run: a thread per request slot, not per request.
    m_pool->setExpiryTimeout(-1);
}

ThreadedNetworkAccess::~ThreadedNetworkAccess()
{
    // Requests its owner has not deleted yet: their threads stop at their
    // next look at the flag, and the pool is joined.
    for (ThreadedRequest *request : std::as_const(m_live))
        request->handover()->cancelled->store(true);
    // A thread the system refused to make never runs, and Qt 6.4's pool
    // counts it as busy for ever: after a grace the pool is let go unjoined
    // rather than hang the program at exit.
    if (m_pool->waitForDone(int(poolJoinGraceMs)))
        delete m_pool;
}

bool ThreadedNetworkAccess::canStart(const QUrl &url) const
{
    Q_UNUSED(url);
    return true;
}

int ThreadedNetworkAccess::threadCount() const
{
    return m_pool->maxThreadCount();
}

void ThreadedNetworkAccess::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (certificates.isEmpty()) {
        m_tls.reset();
        return;
    }
    // As QtNetworkAccess does: naming any CA turns off Qt's loading of the
    // system's on demand, so they are named too.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + certificates);
    m_tls = tls;
}

WireRequest *ThreadedNetworkAccess::start(const QUrl &url, const RequestLimits &limits,
                                          const RequestConditions &conditions)
{
    auto *request = new ThreadedRequest(this, url, limits);
    // A thread for each request on the wire: the pool grows to the most
    // there have been at once. (A request given just as another ends may wait
    // the microseconds until that thread is back in the pool.)
    ++m_onWire;
    if (m_pool->maxThreadCount() < m_onWire)
        m_pool->setMaxThreadCount(m_onWire);

    BlockingHttpGet::Options options;
    options.tls = m_tls;
    options.proxy = m_proxyPolicy;
    options.keepHeaders = m_keepsHeaders;
    options.sinceHandedOver = request->handedOver();
    const std::shared_ptr<Handover> handover = request->handover();
    options.cancelled = handover->cancelled;
    m_pool->start([handover, options, url, limits, conditions] {
        handover->begun.store(true);
        if (handover->cancelled->load())
            return;
        const FetchOutcome outcome = BlockingHttpGet(options, limits, conditions).run(url);
        QMutexLocker lock(&handover->mutex);
        if (ThreadedRequest *owner = handover->owner) {
            QMetaObject::invokeMethod(
                owner, [owner, outcome] { owner->deliver(outcome); }, Qt::QueuedConnection);
        }
    });
    return request;
}

QString ThreadedNetworkAccess::threadLimitProblem(int threads)
{
    const int ours = threadsOfThisProcess();
    const int wanted = ours + threads;
    rlimit perUser{};
    if (getrlimit(RLIMIT_NPROC, &perUser) == 0 && perUser.rlim_cur != RLIM_INFINITY
        && rlim_t(wanted) > perUser.rlim_cur) {
        return tr("The system lets this user run at most %1 threads and processes (ulimit -u), "
                  "and %2 threads need more. Lower the concurrency, or raise the limit.")
            .arg(qulonglong(perUser.rlim_cur))
            .arg(threads);
    }
    const qint64 system = readNumber(u"/proc/sys/kernel/threads-max"_s);
    if (system > 0 && wanted > system) {
        return tr("The system runs at most %1 threads in all (kernel.threads-max), and %2 threads "
                  "need more. Lower the concurrency.")
            .arg(system)
            .arg(threads);
    }
    // Each thread's stack is two memory maps (the stack and its guard page).
    const qint64 maps = readNumber(u"/proc/sys/vm/max_map_count"_s);
    if (maps > 0 && mapsOfThisProcess() + 2 * qint64(threads) > maps) {
        return tr("The system gives a process at most %1 memory maps (vm.max_map_count), and %2 "
                  "threads' stacks need more. Lower the concurrency.")
            .arg(maps)
            .arg(threads);
    }
    return {};
}
