#include "threadednetworkaccess.h"

#include "blockinghttpget.h"

#include <QBasicTimer>
#include <QMutex>
#include <QPointer>
#include <QTimerEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>


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
        // A thread the system would not make, or one stuck in a wait that
        // is not cut into slices (a name look-up), would leave the request
        // waiting for ever: past its deadline and a grace, it ends.
        m_watchdog.start(int(limits.deadline.count() + 5000), Qt::VeryCoarseTimer, this);
        m_handedOver.start();
    }

    ~ThreadedRequest() override
    {
        m_handover->cancelled->store(true);
        QMutexLocker lock(&m_handover->mutex);
        m_handover->owner = nullptr;
        lock.unlock();
        if (m_network)
            m_network->m_live.remove(this);
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
        m_handover->cancelled->store(true);
        FetchOutcome outcome;
        outcome.finalUrl = m_url;
        outcome.connectionClosed = true;
        if (m_handover->begun.load()) {
            // Its thread is still in a wait of its own; its outcome, if it
            // ever comes, is dropped.
            outcome.networkError = QNetworkReply::TimeoutError;
        } else {
            outcome.networkError = QNetworkReply::UnknownNetworkError;
            outcome.networkErrorText = ThreadedNetworkAccess::tr(
                "No thread could be started for this download (the system's limit on threads?)");
        }
        finish(outcome);
    }

private:
    void finish(const FetchOutcome &outcome)
    {
        m_finished = true;
        m_watchdog.stop();
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
    // Within a run a thread goes from one request to the next; it idles only
    // in a back-off or after the run, and the window lives on after a run of
    // a thousand.
    m_pool->setExpiryTimeout(idleThreadExpiryMs);
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
    // A thread for each task not yet returned: the requests on the wire, and
    // a cancelled one still in a wait of its own. The pool grows to the most
    // there have been at once. (A request given just as another ends may wait
    // the microseconds until that thread is back in the pool.)
    const int running = m_tasksRunning->fetch_add(1) + 1;
    if (m_pool->maxThreadCount() < running)
        m_pool->setMaxThreadCount(running);

    BlockingHttpGet::Options options;
    options.tls = m_tls;
    options.proxy = m_proxyPolicy;
    options.keepHeaders = m_keepsHeaders;
    options.sinceHandedOver = request->handedOver();
    const std::shared_ptr<Handover> handover = request->handover();
    options.cancelled = handover->cancelled;
    // QtConcurrent::run rather than QThreadPool::start: the same pool, and a
    // hand-over that tests/sanitizers/tsan.supp can name (Debian's Qt leaves
    // the frame of QThreadPool's own wrapper unnamed).
    // The task's future is not wanted: its outcome goes through the hand-over.
    static_cast<void>(QtConcurrent::run(m_pool, [handover, options, url, limits, conditions, running = m_tasksRunning] {
        handover->begun.store(true);
        if (handover->cancelled->load()) {
            running->fetch_sub(1);
            return;
        }
        const FetchOutcome outcome = BlockingHttpGet(options, limits, conditions).run(url);
        // Counted out before the outcome is posted: the request it lets
        // start must not make the pool one thread larger.
        running->fetch_sub(1);
        QMutexLocker lock(&handover->mutex);
        if (ThreadedRequest *owner = handover->owner) {
            QMetaObject::invokeMethod(
                owner, [owner, outcome] { owner->deliver(outcome); }, Qt::QueuedConnection);
        }
    }));
    return request;
}
