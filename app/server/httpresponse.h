#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

// One HTTP/1.1 response, turned into the exact bytes to write. Content-Length
// always comes from the body, so it cannot disagree with what is sent.
class HttpResponse final
{
public:
    explicit HttpResponse(int status = 200);

    // A short text/plain answer for an error status ("404 Not Found\n");
    // 405 carries the Allow header it needs.
    static HttpResponse error(int status);
    // "OK", "Not Found", "I'm a teapot"...; "Unknown" for a status not used here.
    static QByteArray reasonPhrase(int status);
    // IMF-fixdate, as in "Sun, 06 Nov 1994 08:49:37 GMT" (base/httpdate.h).
    static QByteArray httpDate(const QDateTime &time);
    // Whether a GET with these conditions gets 304 Not Modified for a
    // resource with this ETag and time (RFC 9110 13.2.2): If-None-Match,
    // when sent, decides alone (weak comparison, "*" matches anything);
    // else If-Modified-Since, when it is a date at or after modified.
    static bool isNotModified(const QByteArray &etag, const QDateTime &modified,
                              const QByteArray &ifNoneMatch, const QByteArray &ifModifiedSince);

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    const QByteArray &contentType() const { return m_contentType; }
    void setBody(const QByteArray &body, const QByteArray &contentType);
    void addHeader(const QByteArray &name, const QByteArray &value);

    bool keepAlive() const { return m_keepAlive; }
    void setKeepAlive(bool keepAlive) { m_keepAlive = keepAlive; }

    // Status line, headers and body. For HEAD (headOnly) the body is left out
    // but Content-Length still says what GET would send.
    QByteArray toBytes(bool headOnly,
                       const QDateTime &date = QDateTime::currentDateTimeUtc()) const;

private:
    int m_status;
    bool m_keepAlive = false;
    QByteArray m_body;
    QByteArray m_contentType;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
};
