#pragma once

#include "httprequestparser.h"
#include "httpresponse.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <utility>

// The ways qflags-server can misbehave on request (--fault NAME[:RATE]), so
// the client's handling of each failure can be seen and tested. Pure data and
// pure functions: no sockets here; HttpConnection carries the answers out.
enum class Fault {
    Refuse,           // close right after accept, before reading anything
    Hang,             // read the request, never answer
    Stall,            // headers and a few body bytes, then silence
    Trickle,          // headers, then the body a byte at a time, TrickleGap apart
    Reset,            // headers and half the body, then a TCP reset
    Truncate,         // fewer bytes than Content-Length, then close
    ChunkedCut,       // a chunked body closed before its last chunk
    BadChunk,         // a chunk size that overflows 64 bits
    BadLength,        // two Content-Length headers that disagree
    Empty,            // 200 with Content-Length: 0
    Garbage,          // 200 image/png with bytes that are no image
    WrongType,        // the real body sent as text/html
    Huge,             // 200 with Content-Length HugeLength, filler as fast as it drains
    Status,           // an error status (FaultRule::status)
    Redirect,         // one 302 to the same path, then served normally
    RedirectLoop,     // 302 to itself, forever
    RedirectInsecure, // 302 to a non-http scheme (ftp://)
    CloseKeepAlive,   // one answer offering keep-alive, then the connection is dropped
};

struct FaultRule
{
    Fault kind = Fault::Reset;
    double rate = 1.0; // fraction of requests it fires on, 0..1
    int status = 0;    // for Fault::Status only
};

namespace FaultPlan {

// Between two bytes of a `trickle` body: well under the client's inactivity
// timeout (3.1 s), so only its overall deadline can end the answer.
inline constexpr std::chrono::milliseconds TrickleGap{300};
// The Content-Length a `huge` answer announces, and sends: far over any cap.
// How long a close-keepalive connection waits idle for its next request.
inline constexpr std::chrono::milliseconds KeepAliveTrapIdle{500};
inline constexpr qint64 HugeLength = qint64(64) * 1024 * 1024;

// The statuses `status:CODE` accepts.
QList<int> statusCodes();
// "refuse, hang, ..., status:CODE": for --help and error messages.
QString namesForHelp();
// "reset", "status:503": the rule's name on the command line and in /_stats.
QString name(const FaultRule &rule);

// Every distinct name() has a slot, so the server counts faults served with a
// fixed array of atomics instead of a locked map.
int slotCount();
int slot(const FaultRule &rule);
QString slotName(int slot);

// "reset", "reset:0.3", "status:503", "status:503:0.5". On a bad text returns
// nothing and sets *error to a sentence such as
// "unknown fault 'x': use one of refuse, hang, ...".
std::optional<FaultRule> parse(const QString &text, QString *error);

// The faults after which the connection carries no more requests.
bool endsConnection(Fault kind);
// A request that follows a `redirect` fault's 302: answered normally.
bool isRedirectFollowUp(const HttpRequest &request);

// What a fired fault puts on the wire, built from the answer the request
// would have had (content), and what the connection does after the bytes.
struct Answer
{
    enum class After {
        Continue, // as usual: keep-alive or close as the request asked
        Close,    // close once the bytes are flushed
        Reset,    // reset (RST) once the bytes are flushed
        Hold,     // stay silent, keep the connection open until the client goes
        Trickle,  // then `tail`, one byte per TrickleGap, then close
        Flood,    // then `floodBytes` of filler as fast as the client takes them, then close
        DropNext, // keep-alive offered, but the next request is dropped unanswered,
                  // and an idle connection closes after KeepAliveTrapIdle
    };
    Answer(QByteArray bytes = {}, int status = 0, After after = After::Continue)
        : bytes(std::move(bytes)), status(status), after(after)
    {
    }
    QByteArray bytes;
    int status = 0; // the status line sent, 0 for none
    After after = After::Continue;
    QByteArray tail;        // for Trickle
    qint64 floodBytes = 0;  // for Flood
};
Answer answer(const FaultRule &rule, const HttpResponse &content, const HttpRequest &request);

} // namespace FaultPlan

// Shorthand for FaultPlan::parse.
inline std::optional<FaultRule> parseFault(const QString &text, QString *error)
{
    return FaultPlan::parse(text, error);
}
