#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

// One thing to download: a country code, where it comes from and the file
// name (without extension) it is saved under.
struct FlagJob
{
    QString code;     // "BR"
    QUrl url;
    QString fileStem; // "br": saved as {fileStem}.{ext}
    // flags3's /{cc}/metadata.json, asked for when the run fetches country
    // names; empty: none to ask for (the system's name is used).
    QUrl metadataUrl;
};

// What a saved flag is called: "br.png", or by its country, "Brazil.png" (flags3).
enum class FileNaming { ByCode, ByCountryName };

// flags2's three outcomes, the one a cancel gives a request on the wire, and
// a re-run's "304 Not Modified": the file saved before is the flag still.
enum class DownloadStatus { Ok, NotFound, Error, Cancelled, Unchanged };

// Why an Error happened, in classes a person (and a retry policy) cares about.
enum class FailureKind {
    None,
    HttpStatus,     // the server answered with a status other than 2xx/404
    Timeout,        // no data for the whole timeout while on the wire
    Connection,     // refused, reset, closed, host not found, TLS...
    Proxy,          // the proxy failed: refused, not found, timed out, 407, no tunnel
    Redirect,       // too many, or an insecure one refused
    TooLarge,       // the body passed the size cap
    NotAnImage,     // the body does not decode as an image
    SaveFailed,     // the file could not be written
};

// The judgement on one request, or on a whole job: what happened, in classes
// and in a sentence for a person, and whether a fresh request may do better.
// Made by FailureClassifier (the wire) and FlagSaver (the file).
struct Verdict
{
    DownloadStatus status = DownloadStatus::Error;
    FailureKind failure = FailureKind::None;
    QString message;        // "Server busy (503)", "Not found (404)", "OK"
    bool retryable = false; // refused, reset, timed out, 408, 429, 5xx: worth another request

    bool isOk() const { return status == DownloadStatus::Ok; }
    static Verdict ok();
    static Verdict unchanged();
    static Verdict cancelled();
    static Verdict error(FailureKind failure, const QString &message);
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// When the steps of one request happened, as Qt 6.4 reports them to the
// reply's thread: microseconds since the request was handed to Qt; -1: the
// step did not happen. Qt gives no moment between a TCP connection and its
// TLS handshake, nor a DNS look-up of its own: over https, connecting to
// encrypted is both. A redirect or a quiet resend starts the steps again
// (what came before is time spent waiting for the last one).
struct RequestPhases
{
    qint64 connectingUs = -1; // Qt began a connection for it; -1: it went on one already open
    qint64 encryptedUs = -1;  // that connection's TLS handshake ended
    qint64 sentUs = -1;       // the request was written to the connection
    qint64 answerUs = -1;     // the answer's status line and headers arrived
    qint64 endedUs = -1;      // the reply finished
    bool http2 = false;       // the answer came over HTTP/2

    bool operator==(const RequestPhases &) const = default;
};

// One request of a job on the wire, in milliseconds since the run started.
// A job has one per attempt (retries make more), and one for its name when
// names are fetched, so a timeline can draw each.
struct RequestSpan
{
    enum class Purpose { Flag, Metadata };

    RequestSpan() = default;
    RequestSpan(Purpose purpose, qint64 startedMs, qint64 endedMs = -1, int httpStatus = 0)
        : purpose(purpose), startedMs(startedMs), endedMs(endedMs), httpStatus(httpStatus)
    {
    }

    Purpose purpose = Purpose::Flag;
    qint64 startedMs = -1;
    qint64 endedMs = -1;    // the reply finished (or was aborted)
    int httpStatus = 0;     // 0: no HTTP answer
    // When it joined our queue: [queuedMs, startedMs] it waited for a slot
    // (after a back-off, for a retry; after the flag, for a name).
    qint64 queuedMs = -1;
    RequestPhases phases;   // from startedMs on
    // What an exchange log (HAR) shows of it.
    QUrl url;               // the last one asked for, after redirects
    QByteArray reasonPhrase;
    QString contentType;
    qint64 bodyBytes = 0;   // body bytes that arrived
    // Only when the network keeps headers (NetworkAccess::setKeepsHeaders).
    HeaderList requestHeaders;
    HeaderList responseHeaders;

    qint64 durationMs() const { return endedMs >= startedMs && startedMs >= 0 ? endedMs - startedMs : 0; }
};

// What one FlagJob ended with: exactly one per job that started. Times and
// counts that the spans hold are read from the spans, never kept twice.
struct DownloadResult
{
    QString code;
    QUrl url;
    Verdict verdict;
    QList<RequestSpan> requests; // every request sent for this job, in order
    // Requests Qt put on the wire for this job, over all its attempts: one per
    // attempt, plus redirects followed and Qt's own quiet resends on a fresh
    // connection when one closed before the answer.
    int requestsSent = 0;
    int redirects = 0;      // redirects followed, over all attempts
    QString filePath;       // Ok and Unchanged only
    qint64 bytes = 0;       // body size received by the last flag request
    // When the save ended, since the run started; -1: nothing was saved. The
    // save began when the last request ended (the flag's, or its name's).
    qint64 savedMs = -1;
    // Only when the run fetches country names: the server's (from metadata.json),
    // else the system's (QLocale), else the code.
    QString countryName;
    // Why countryName is not the server's, when it was asked for and did not
    // come ("No country name from the server: invalid JSON at offset 3: ...").
    QString nameNote;
    QImage thumbnail;       // Ok and thumbnails requested only

    DownloadStatus status() const { return verdict.status; }
    // Fresh flag requests made after the first one failed.
    int retries() const;
    // The HTTP status of the last flag request; 0: no answer.
    int httpStatus() const;
    // Time on the wire, over all of its requests (names included).
    qint64 wireMs() const;
    // When its first request started: the wait in the queue. -1: none started.
    qint64 startedMs() const;
    // When its last request ended; -1: none did.
    qint64 respondedMs() const;
    // Decoding and writing the file; -1 when nothing was saved.
    qint64 saveMs() const;
};

// How a run stands, and in the end how it ended: carried by the engine to its
// listeners with every step, never counted anywhere else.
struct RunSummary
{
    int total = 0;
    int ok = 0;
    int unchanged = 0;      // 304: the file from an earlier run stays
    int notFound = 0;
    int errors = 0;
    int interrupted = 0;    // on the wire (or between retries) when the run was cancelled
    int retried = 0;        // jobs that needed at least one retry
    qint64 elapsedMs = 0;
    bool cancelled = false;
    // False when no job got any HTTP answer: the server was unreachable.
    bool anyResponse = false;

    int done() const { return ok + unchanged + notFound + errors + interrupted; }
    int fetched() const { return ok + unchanged + notFound + errors; }
    // Jobs whose flag is on the disk after the run.
    int saved() const { return ok + unchanged; }
    // Jobs a cancel left before they ever started: they have no result.
    int notStarted() const { return cancelled ? total - done() : 0; }
    // The one place a result is counted.
    void count(DownloadStatus status, int retries);
    void count(const DownloadResult &result) { count(result.status(), result.retries()); }
};

// What came back from the wire for one request, before it is judged.
struct FetchOutcome
{
    QByteArray body;
    int httpStatus = 0;
    QByteArray reasonPhrase;
    QString contentType;
    // The validators the server sent (ETag, Last-Modified), for the next run.
    QByteArray etag;
    QByteArray lastModified;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;   // QNetworkReply::errorString()
    QUrl finalUrl;              // after redirects
    QString proxy;              // "127.0.0.1:3128", never its credentials; empty: none
    bool proxyHasCredentials = false;
    QUrl redirectTarget;        // a Location that was not followed
    bool timedOut = false;      // our own on-the-wire timer fired
    bool pastDeadline = false;  // the request as a whole took too long
    bool tooLarge = false;      // our size cap was passed
    bool tooSlow = false;       // under our minimum speed for its whole window
    qint64 bytesPerSecond = -1; // tooSlow: what the server sent, on average over the window
    bool cancelled = false;     // the user cancelled the run
    qint64 receivedBytes = 0;   // body bytes that arrived, also when cut short
    qint64 expectedBytes = -1;  // the Content-Length; -1 when not sent
    int requestsSent = 0;       // redirects and Qt's quiet resends included
    int redirects = 0;          // redirects Qt followed
    // The server's Retry-After, when it sent one (seconds or an HTTP date).
    std::optional<std::chrono::milliseconds> retryAfter;
    // The built-in test server said it failed this one on purpose (its error
    // rate: ERROR's 418s).
    bool failedOnPurpose = false;
    RequestPhases phases;
    // The connection it went on will not carry another request: the server
    // said "Connection: close", or the request failed or was cut short.
    bool connectionClosed = false;
    // Only when the network keeps headers (NetworkAccess::setKeepsHeaders).
    HeaderList requestHeaders;
    HeaderList responseHeaders;

    // Ended by one of our own limits, or a cancel, rather than by the server.
    bool abortedByUs() const { return cancelled || timedOut || pastDeadline || tooLarge || tooSlow; }
};

Q_DECLARE_METATYPE(RequestSpan)
Q_DECLARE_METATYPE(DownloadResult)
Q_DECLARE_METATYPE(RunSummary)
