#pragma once

#include "faultplan.h"
#include "flagserverstats.h"
#include "httprequestparser.h"
#include "httpresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <array>
#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

// The counters behind FlagServerStats. Written on the server's thread and read
// from any thread, hence atomics.
struct ServerCounters
{
    std::atomic<int> inFlight = 0;
    std::atomic<int> maxInFlight = 0;
    std::atomic<int> connections = 0;
    std::atomic<int> maxConnections = 0;
    std::atomic<qint64> requests = 0;
    std::atomic<qint64> dropped = 0;   // requests dropped unanswered on a reused connection
    std::atomic<qint64> conditional = 0; // carrying If-None-Match or If-Modified-Since
    std::atomic<qint64> status200 = 0;
    std::atomic<qint64> status304 = 0;
    std::atomic<qint64> status404 = 0;
    std::atomic<qint64> status418 = 0;
    std::atomic<qint64> statusOther = 0;
    // Indexed by FaultPlan::slot(); sized for every slot there is.
    std::array<std::atomic<qint64>, 32> faults{};

    void countStatus(int status);
    FlagServerStats snapshot() const;
};

// Holds a count up (and its peak up to date) for exactly as long as it lives.
// A request in flight and an open connection each own one, so the counts come
// back down however they end: answered, client gone, or server closed.
class CountHold final
{
    Q_DISABLE_COPY_MOVE(CountHold)

public:
    CountHold(std::atomic<int> &count, std::atomic<int> &peak);
    ~CountHold();

private:
    std::atomic<int> &m_count;
};

// How the server wants one request answered.
struct ResponsePlan
{
    std::chrono::milliseconds delay{0};
    // false for the server's own /_stats: not a request, not in flight, no status.
    bool counted = true;
    // Called when the delay is over, so content is read only when it is sent.
    std::function<HttpResponse()> respond;
    // An injected fault that fired: it reshapes what respond() gives.
    std::optional<FaultRule> fault;
};

using RequestHandler = std::function<ResponsePlan(const HttpRequest &)>;

// One client connection on the server's thread. Requests are read as they
// come (pipelined ones too), each waits out its own delay on a timer, and the
// answers go out in request order. Reading pauses while too many requests
// wait, so a client cannot queue work without end; a connection with no
// request under way closes after IdleTimeout.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // Takes ownership of the connected socket.
    HttpConnection(QTcpSocket *socket, ServerCounters &counters, RequestHandler handler,
                   bool logRequests, QObject *parent = nullptr);
    ~HttpConnection() override;

    static constexpr std::chrono::seconds IdleTimeout{30};
    static constexpr std::size_t MaxQueuedRequests = 32;

Q_SIGNALS:
    // With logRequests: "GET /flags/br/br.png 200 1234 bytes after 0.73 s".
    void requestLogged(const QString &line);
    // The client is gone; nothing is left to do but delete this.
    void closed();

private:
    struct Pending;

    void readInput();
    void dropReusedConnection();
    void accept(HttpRequest request, ResponsePlan plan);
    void answer(Pending *pending);
    void writeAnswered();
    void onBytesWritten(qint64 bytes);
    void finish(const Pending &pending, bool delivered);
    void onIdle();
    void resetConnection();
    void shutDown();
    void startStream(Pending &pending);
    void trickleByte();
    void pumpFlood();
    void endStream();

    QTcpSocket *m_socket;
    ServerCounters &m_counters;
    RequestHandler m_handler;
    bool m_logRequests;
    CountHold m_connectionHold;
    HttpRequestParser m_parser;
    QTimer m_idleTimer;
    // The answer a `trickle` or `huge` fault is still sending, if any: always
    // the last on the connection, so there is never more than one.
    Pending *m_stream = nullptr;
    QTimer m_trickleTimer;

    // In request order; the first m_writtenCount are written, waiting for the
    // socket to report them flushed.
    std::deque<std::unique_ptr<Pending>> m_queue;
    std::size_t m_writtenCount = 0;
    qint64 m_bytesQueued = 0;   // response bytes handed to the socket so far
    qint64 m_bytesFlushed = 0;  // of which the socket has written
    bool m_noMoreRequests = false; // after an error or a "close" request
    bool m_dropNextRequest = false; // a close-keepalive trap is set
    bool m_closed = false;
};
