#include "httpconnection.h"

#include <QTcpSocket>

#include <limits>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Enough for any sane request head and a few pipelined ones; the socket's
// own buffer is capped too, so a client that sends faster than it is
// answered meets TCP back-pressure instead of growing our memory.
constexpr qint64 ReadChunk = 16 * 1024;
constexpr qint64 SocketReadBuffer = 64 * 1024;
// Between a `reset` fault's partial body and its RST: long enough for the
// client to read the bytes first, so it sees "reset after N bytes".
constexpr std::chrono::milliseconds ResetGrace{50};
// An offset the output never reaches: a held answer is never "delivered".
constexpr qint64 NeverFlushed = std::numeric_limits<qint64>::max();
// A `huge` body goes out this much at a time, topped up only when the
// socket's own buffer runs low, so memory stays flat however much is sent.
constexpr qint64 FloodChunk = 64 * 1024;

const QByteArray &floodFiller()
{
    static const QByteArray filler(FloodChunk, 'x');
    return filler;
}

void raisePeak(std::atomic<int> &peak, int value)
{
    int seen = peak.load();
    while (seen < value && !peak.compare_exchange_weak(seen, value)) {
    }
}

} // namespace

void ServerCounters::countStatus(int status)
{
    switch (status) {
    case 200: ++status200; break;
    case 304: ++status304; break;
    case 404: ++status404; break;
    case 418: ++status418; break;
    default: ++statusOther; break;
    }
}

FlagServerStats ServerCounters::snapshot() const
{
    FlagServerStats stats;
    stats.inFlight = inFlight;
    stats.maxInFlight = maxInFlight;
    stats.requests = requests;
    stats.dropped = dropped;
    stats.connections = connections;
    stats.maxConnections = maxConnections;
    stats.conditional = conditional;
    stats.status200 = status200;
    stats.status304 = status304;
    stats.status404 = status404;
    stats.status418 = status418;
    stats.statusOther = statusOther;
    Q_ASSERT(FaultPlan::slotCount() <= int(faults.size()));
    for (int slot = 0; slot < FaultPlan::slotCount(); ++slot) {
        if (const qint64 count = faults.at(slot))
            stats.faults.insert(FaultPlan::slotName(slot), count);
    }
    return stats;
}

CountHold::CountHold(std::atomic<int> &count, std::atomic<int> &peak)
    : m_count(count)
{
    raisePeak(peak, ++m_count);
}

CountHold::~CountHold()
{
    --m_count;
}

struct HttpConnection::Pending
{
    HttpRequest request;
    ResponsePlan plan;
    std::unique_ptr<CountHold> inFlight; // only for counted requests
    QElapsedTimer clock;
    QByteArray bytes;         // the response, once answered
    int status = 0;
    qsizetype bodyBytes = 0;
    qint64 endOffset = 0;     // where its bytes end in the connection's output
    FaultPlan::Answer::After after = FaultPlan::Answer::After::Continue;
    QByteArray tail;          // a trickle's body, sent a byte at a time
    qsizetype tailSent = 0;
    qint64 floodLeft = 0;     // filler a flood has still to send
    bool ready = false;
};

HttpConnection::HttpConnection(QTcpSocket *socket, ServerCounters &counters,
                               RequestHandler handler, bool logRequests, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_counters(counters)
    , m_handler(std::move(handler))
    , m_logRequests(logRequests)
    , m_connectionHold(counters.connections, counters.maxConnections)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(SocketReadBuffer);
    // Small answers back to back on one connection: do not let Nagle hold
    // them until the client's delayed ACK.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::shutDown);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            shutDown();
    });

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(IdleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdle);
    m_idleTimer.start();

    m_trickleTimer.setInterval(FaultPlan::TrickleGap);
    connect(&m_trickleTimer, &QTimer::timeout, this, &HttpConnection::trickleByte);

    if (m_socket->state() != QAbstractSocket::ConnectedState)
        QMetaObject::invokeMethod(this, &HttpConnection::shutDown, Qt::QueuedConnection);
    else if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readInput, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    // The socket's destructor would report its own disconnection to a
    // half-destroyed connection: cut it loose first.
    m_socket->disconnect(this);
    m_socket->abort();
}

void HttpConnection::readInput()
{
    if (m_closed)
        return;
    if (m_dropNextRequest && m_queue.empty() && m_socket->bytesAvailable() > 0) {
        dropReusedConnection();
        return;
    }
    if (m_noMoreRequests) {
        // Read and drop what still comes, so closing does not reset the
        // connection under the answer the client is waiting for.
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    for (;;) {
        while (!m_noMoreRequests && m_queue.size() < MaxQueuedRequests) {
            HttpRequestParser::Result result = m_parser.next();
            if (result.outcome == HttpRequestParser::Outcome::NeedMore)
                break;
            if (result.outcome == HttpRequestParser::Outcome::Error) {
                const int status = result.errorStatus;
                ResponsePlan plan{std::chrono::milliseconds(0), true,
                                  [status] { return HttpResponse::error(status); },
                                  std::nullopt};
                result.request.keepAlive = false;
                accept(std::move(result.request), std::move(plan));
                break;
            }
            ResponsePlan plan = m_handler(result.request);
            accept(std::move(result.request), std::move(plan));
        }
        if (m_closed || m_noMoreRequests || m_queue.size() >= MaxQueuedRequests
            || m_socket->bytesAvailable() == 0) {
            break;
        }
        m_parser.feed(m_socket->read(ReadChunk));
    }
}

void HttpConnection::accept(HttpRequest request, ResponsePlan plan)
{
    auto pending = std::make_unique<Pending>();
    pending->clock.start();
    if (plan.counted) {
        ++m_counters.requests;
        pending->inFlight = std::make_unique<CountHold>(m_counters.inFlight, m_counters.maxInFlight);
    }
    if (plan.fault && FaultPlan::endsConnection(plan.fault->kind))
        request.keepAlive = false;
    if (!request.keepAlive)
        m_noMoreRequests = true;
    pending->request = std::move(request);
    pending->plan = std::move(plan);
    Pending *raw = pending.get();
    m_queue.push_back(std::move(pending));
    m_idleTimer.stop();

    const auto delay = raw->plan.delay;
    if (delay.count() <= 0) {
        answer(raw);
        return;
    }
    // A timer per request, all on this thread: waiting costs no thread and
    // no CPU. The context object cancels it if the connection goes first.
    QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, raw] { answer(raw); });
}

void HttpConnection::answer(Pending *pending)
{
    if (m_closed)
        return;
    HttpResponse response = pending->plan.respond();
    pending->plan.respond = nullptr; // let go of what it captured
    response.setKeepAlive(pending->request.keepAlive);
    pending->status = response.status();
    pending->bodyBytes = response.body().size();
    if (pending->plan.fault) {
        FaultPlan::Answer faulty =
            FaultPlan::answer(*pending->plan.fault, response, pending->request);
        pending->status = faulty.status;
        pending->bytes = std::move(faulty.bytes);
        pending->after = faulty.after;
        pending->tail = std::move(faulty.tail);
        pending->floodLeft = faulty.floodBytes;
    } else {
        pending->bytes = response.toBytes(pending->request.isHead());
    }
    pending->ready = true;
    writeAnswered();
}

void HttpConnection::writeAnswered()
{
    // Answers leave in request order: a fast one waits for a slow one ahead.
    while (m_writtenCount < m_queue.size() && m_queue[m_writtenCount]->ready) {
        Pending &pending = *m_queue[m_writtenCount];
        m_socket->write(pending.bytes);
        m_bytesQueued += pending.bytes.size();
        pending.endOffset = m_bytesQueued;
        pending.bytes = QByteArray();
        if (pending.plan.counted && pending.status > 0)
            m_counters.countStatus(pending.status);
        if (pending.plan.fault)
            ++m_counters.faults.at(FaultPlan::slot(*pending.plan.fault));
        ++m_writtenCount;
        if (pending.after == FaultPlan::Answer::After::DropNext) {
            m_dropNextRequest = true;
            m_idleTimer.setInterval(FaultPlan::KeepAliveTrapIdle);
        }
        if (pending.after == FaultPlan::Answer::After::Hold) {
            // Silence from here on: the request stays in flight until the
            // client gives up, and nothing after it is ever answered.
            pending.endOffset = NeverFlushed;
            break;
        }
        if (pending.after == FaultPlan::Answer::After::Trickle
            || pending.after == FaultPlan::Answer::After::Flood) {
            // The rest goes out later; the fault made it the last answer.
            startStream(pending);
            break;
        }
    }
}

void HttpConnection::startStream(Pending &pending)
{
    pending.endOffset = NeverFlushed; // until its last byte is handed over
    m_stream = &pending;
    if (pending.after == FaultPlan::Answer::After::Trickle)
        m_trickleTimer.start();
    else
        pumpFlood();
}

void HttpConnection::trickleByte()
{
    if (m_closed || !m_stream)
        return;
    m_socket->write(m_stream->tail.sliced(m_stream->tailSent, 1));
    if (m_closed)
        return;
    ++m_stream->tailSent;
    ++m_bytesQueued;
    if (m_stream->tailSent >= m_stream->tail.size())
        endStream();
}

void HttpConnection::pumpFlood()
{
    while (!m_closed && m_stream && m_stream->after == FaultPlan::Answer::After::Flood
           && m_socket->bytesToWrite() < FloodChunk) {
        const qint64 size = qMin(FloodChunk, m_stream->floodLeft);
        m_socket->write(floodFiller().constData(), size);
        if (m_closed)
            return;
        m_bytesQueued += size;
        m_stream->floodLeft -= size;
        if (m_stream->floodLeft <= 0)
            endStream();
    }
}

void HttpConnection::endStream()
{
    // Done once the socket reports these last bytes flushed, then closed.
    m_stream->endOffset = m_bytesQueued;
    m_stream->tail = QByteArray();
    m_stream = nullptr;
    m_trickleTimer.stop();
}

void HttpConnection::onBytesWritten(qint64 bytes)
{
    m_bytesFlushed += bytes;
    bool lastAnswered = false;
    bool reset = false;
    while (m_writtenCount > 0 && m_queue.front()->endOffset <= m_bytesFlushed) {
        lastAnswered = !m_queue.front()->request.keepAlive;
        reset = m_queue.front()->after == FaultPlan::Answer::After::Reset;
        finish(*m_queue.front(), true);
        m_queue.pop_front();
        --m_writtenCount;
    }
    pumpFlood(); // a `huge` body is topped up as the socket drains
    if (reset) {
        QTimer::singleShot(ResetGrace, this, &HttpConnection::resetConnection);
        return;
    }
    if (lastAnswered) {
        m_socket->disconnectFromHost();
        return;
    }
    if (m_queue.empty())
        m_idleTimer.start();
    readInput(); // reading may have paused on a full queue
}

void HttpConnection::finish(const Pending &pending, bool delivered)
{
    if (!m_logRequests || !pending.plan.counted)
        return;
    const QString what = QString::fromLatin1(pending.request.method.isEmpty()
                                                 ? "-"_ba
                                                 : pending.request.method)
        + u' ' + QString::fromLatin1(pending.request.target.isEmpty() ? "-"_ba
                                                                        : pending.request.target);
    const QString seconds = QString::number(pending.clock.elapsed() / 1000.0, 'f', 2);
    if (delivered) {
        Q_EMIT requestLogged(what + u' ' + QString::number(pending.status) + u' '
                             + QString::number(pending.bodyBytes) + u" bytes after "_s + seconds
                             + u" s"_s);
    } else {
        Q_EMIT requestLogged(what + u" abandoned by the client after "_s + seconds + u" s"_s);
    }
}

void HttpConnection::dropReusedConnection()
{
    // The client took the connection for alive and sent a request on it:
    // close without a word, as a server that timed it out would have.
    ++m_counters.requests;
    ++m_counters.dropped;
    if (m_logRequests)
        Q_EMIT requestLogged(u"request on a reused connection dropped unanswered (close-keepalive)"_s);
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->disconnectFromHost();
    shutDown();
}

void HttpConnection::onIdle()
{
    if (m_queue.empty())
        m_socket->disconnectFromHost();
}

void HttpConnection::resetConnection()
{
    if (m_closed)
        return;
#ifdef Q_OS_UNIX
    // Linger on, zero seconds: closing sends RST instead of FIN, which is
    // what a crashed server or a middlebox dropping the flow looks like.
    const struct linger noLinger{1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger,
                 sizeof noLinger);
#endif
    m_socket->abort();
    shutDown(); // abort() may not report a disconnection
}

void HttpConnection::shutDown()
{
    if (m_closed)
        return;
    m_closed = true;
    m_idleTimer.stop();
    m_trickleTimer.stop();
    m_stream = nullptr;
    for (const auto &pending : m_queue)
        finish(*pending, false);
    m_queue.clear(); // releases the in-flight counts
    m_writtenCount = 0;
    Q_EMIT closed();
}
