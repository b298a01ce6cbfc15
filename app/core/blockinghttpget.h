#pragma once

#include "networkaccess.h"
#include "proxypolicy.h"
#include "wirerules.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

class QAbstractSocket;

// One GET done the way a thread-per-request client does it (flags2_threadpool's
// httpx.get): on the calling thread, with no event loop, a connection of its
// own, a blocking write, blocking reads until the answer has ended, then the
// connection closed. HTTP/1.1 only: HTTP/2's many streams on one connection
// are what a thread per request is not.
//
// The same rules as Qt's wire (FlagRequest): the inactivity timeout, the
// deadline, the size cap and the minimum speed end it as timed out, too
// slow or too large; redirects are followed by RedirectDecision; failures
// carry QNetworkReply's error codes, so FailureClassifier words both alike.
// A cancel flag, set from another thread, is looked at every sliceMs (a
// quarter second) while it waits for the answer: a thousand threads waking
// four times a second cost little, and a cancel's result is given at once
// by the request's owner anyway (ThreadedNetworkAccess).
class BlockingHttpGet final
{
public:
    static constexpr int sliceMs = 250;

    struct Options
    {
        std::optional<QSslConfiguration> tls; // https: Qt's default when none
        ProxyPolicy proxy;
        bool keepHeaders = false;
        // The phases' clock: started when the request was handed over (the
        // wait for a free thread is part of the request's time).
        QElapsedTimer sinceHandedOver;
        std::shared_ptr<const std::atomic<bool>> cancelled;
    };

    BlockingHttpGet(Options options, const RequestLimits &limits, const RequestConditions &conditions);
    ~BlockingHttpGet();

    // Runs the request, and the redirects it follows, to their end.
    FetchOutcome run(const QUrl &url);

private:
    // How one exchange ended.
    enum class Exchange { Ended, Redirected };

    Exchange exchange(const QUrl &url);
    bool connectTo(const QUrl &url, bool forwardProxy);
    bool send(const QByteArray &request);
    bool readHead();
    bool readBody();
    // Waits a slice at most for more bytes; false when the exchange must end
    // (a limit, a cancel, the server's close: set in the outcome).
    bool readMore();
    // The limits that do not depend on the socket; false (the reason set)
    // when one ends the request.
    bool withinLimits();
    qint64 msUntilLimit() const;
    bool decodeChunks();
    void takeBody(const QByteArray &bytes);
    void noteSocketError(bool beforeAnswer);
    QByteArray requestFor(const QUrl &url, bool forwardProxy);
    qint64 sinceHandedOverUs() const { return m_options.sinceHandedOver.nsecsElapsed() / 1000; }

    Options m_options;
    RequestLimits m_limits;
    RequestConditions m_conditions;
    SpeedMeter m_speed;
    QElapsedTimer m_sinceStart;      // the deadline's clock
    QElapsedTimer m_sinceActivity;   // the inactivity timeout's clock
    QElapsedTimer m_sinceAnswer;     // the minimum speed's clock
    qint64 m_nextSpeedCheckMs = 0;
    std::unique_ptr<QAbstractSocket> m_socket;
    QNetworkProxy m_proxy;           // the current exchange's
    QByteArray m_buffer;             // read and not yet taken
    // The answer's framing.
    enum class Framing { UntilClose, Length, Chunked, None };
    Framing m_framing = Framing::UntilClose;
    qint64 m_chunkLeft = -1;         // Chunked: data bytes left in this chunk; -1: a size line is next
    bool m_bodyDone = false;
    FetchOutcome m_outcome;
};
