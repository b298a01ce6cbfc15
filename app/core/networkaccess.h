#pragma once

#include "downloadresult.h"
#include "proxypolicy.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>

// curl's --speed-limit and --speed-time: a transfer that brings fewer than
// bytesPerSecond, on average over any stretch of window once the answer has
// begun, is cut short, like a timeout. 1 KiB/s over 10 s by default: a flag
// is a few KiB, so a healthy server (even a phone's 64 kbit/s link) is far
// above it, and a server under it for 10 s would need minutes for the
// largest flag; the slot is free 50 s before the deadline would free it.
struct MinimumSpeed
{
    qint64 bytesPerSecond = 1024;            // 0: no minimum
    std::chrono::milliseconds window{10000};

    bool isOn() const { return bytesPerSecond > 0 && window.count() > 0; }
};

// What bounds one request on the wire.
struct RequestLimits
{
    std::chrono::milliseconds inactivityTimeout{3100}; // nothing arrives for this long: timed out
    std::chrono::milliseconds deadline{60000};         // the whole request
    qint64 maxBodyBytes = 0;
    int maxRedirects = 0;
    MinimumSpeed minimumSpeed = {};
};

// A conditional GET's validators, from the file an earlier run saved: the
// server answers 304 Not Modified while its copy is still that one.
struct RequestConditions
{
    QByteArray ifNoneMatch;     // the ETag the file came with
    QByteArray ifModifiedSince; // its Last-Modified

    bool isEmpty() const { return ifNoneMatch.isEmpty() && ifModifiedSince.isEmpty(); }
};

// One GET on the wire. Emits finished() exactly once, whatever ends it: the
// answer, a timeout, the size cap or cancel(). Its owner deletes it after.
class WireRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WireRequest)

public:
    using QObject::QObject;

    // Aborts the request: finished() comes at once, from inside this call,
    // with the outcome marked cancelled.
    virtual void cancel() = 0;

Q_SIGNALS:
    void finished(const FetchOutcome &outcome);
};

// Where the engine's requests go on the wire. The engine decides how many
// requests are on the wire at once (the user's concurrency); this decides
// how they travel (which connection, which protocol) and says whether one
// more can go now without waiting in a queue of the network's own. Injected,
// so the engine runs as well on a fake network in tests as on Qt's.
class NetworkAccess : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkAccess)

public:
    using QObject::QObject;

    // Whether a request to url's origin would go on the wire at once.
    virtual bool canStart(const QUrl &url) const = 0;
    // Puts a GET on the wire, conditional when conditions are given. The
    // caller owns the request and deletes it once it has finished.
    virtual WireRequest *start(const QUrl &url, const RequestLimits &limits,
                               const RequestConditions &conditions) = 0;
    // Certificates to trust beside the system's CAs, for the requests started
    // from now on. A network without TLS has nothing to do.
    virtual void setExtraCaCertificates(const QList<QSslCertificate> &certificates)
    {
        Q_UNUSED(certificates);
    }
    // Which proxy carries the requests started from now on. A network of
    // its own (a test's) has nothing to do.
    virtual void setProxyPolicy(const ProxyPolicy &policy) { Q_UNUSED(policy); }
    // Whether the requests started from now on keep both sides' headers in
    // their outcomes, for an exchange log (HAR). Off: a few hundred bytes
    // less per request.
    virtual void setKeepsHeaders(bool keep) { Q_UNUSED(keep); }

Q_SIGNALS:
    // Something canStart() refused may start now. Never emitted from inside
    // a call of the engine's (start(), cancel()...): always from the event loop.
    void capacityAvailable();
};
