#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

// One request as read from the wire. Header names are lower-cased; the path
// is kept exactly as sent (still percent-encoded), deciding what it means is
// the content source's job.
struct HttpRequest
{
    QByteArray method;  // as sent, case-sensitive ("GET", "HEAD"...)
    QByteArray target;  // the request-target as sent
    QByteArray path;    // target up to '?', always starts with '/'
    QByteArray query;   // after '?', without it
    int versionMajor = 1;
    int versionMinor = 1;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool keepAlive = false;

    bool isHead() const { return method == "HEAD"; }
    // The first value of a header (name in lower case), or a null array.
    QByteArray header(QByteArrayView lowerCaseName) const;
};

// An incremental HTTP/1.x request parser with no I/O of its own: feed it bytes
// as they arrive and take requests out one at a time, so it can be driven by a
// socket, a test or a fuzzer alike. Bytes after one request are kept for the
// next (pipelining). It never holds more than the bytes it was fed, and refuses
// a request head over the limits as soon as it is certain to be too long.
// Only GET and HEAD are served; after an error the parser stays failed and the
// connection should be answered and closed.
class HttpRequestParser final
{
public:
    struct Limits
    {
        qsizetype maxRequestLine = 8 * 1024;  // over it: 414
        qsizetype maxHeaderBytes = 8 * 1024;  // all header lines together; over it: 431
        int maxHeaderCount = 100;             // over it: 431
    };

    enum class Outcome { NeedMore, Request, Error };

    struct Result
    {
        Outcome outcome = Outcome::NeedMore;
        // Outcome::Request: the request. Outcome::Error: as much as was read
        // (method and target when the request line was valid), for the log.
        HttpRequest request;
        int errorStatus = 0; // 400, 405, 414, 431, 501, 505 with Outcome::Error
    };

    HttpRequestParser();
    explicit HttpRequestParser(const Limits &limits);

    void feed(QByteArrayView bytes);
    // The next complete request, an error, or NeedMore when the bytes fed so
    // far do not finish one. Call again after a Request: more may be buffered.
    Result next();

    bool hasFailed() const { return m_state == State::Failed; }
    // Bytes fed but not yet consumed by a returned request.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

private:
    enum class State { RequestLine, Headers, Body, Failed };

    Result fail(int status);
    bool parseRequestLine(QByteArrayView line, int *errorStatus);
    bool parseHeaderLine(QByteArrayView line, int *errorStatus);
    // Checks the finished head; 0 when the request may be served.
    int finishHead();
    void compact();

    Limits m_limits;
    State m_state = State::RequestLine;
    QByteArray m_buffer;
    qsizetype m_pos = 0;           // first unconsumed byte of m_buffer
    qsizetype m_headerBytes = 0;   // header bytes of the current request so far
    qint64 m_bodyRemaining = 0;    // body bytes of a GET/HEAD still to skip
    int m_errorStatus = 0;
    HttpRequest m_current;
};
