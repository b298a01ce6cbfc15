#include "httpresponse.h"

#include "base/httpdate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

HttpResponse::HttpResponse(int status)
    : m_status(status)
{
}

HttpResponse HttpResponse::error(int status)
{
    HttpResponse response(status);
    response.setBody(QByteArray::number(status) + ' ' + reasonPhrase(status) + '\n',
                     "text/plain; charset=utf-8"_ba);
    if (status == 405)
        response.addHeader("Allow"_ba, "GET, HEAD"_ba);
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK"_ba;
    case 302: return "Found"_ba;
    case 304: return "Not Modified"_ba;
    case 400: return "Bad Request"_ba;
    case 403: return "Forbidden"_ba;
    case 404: return "Not Found"_ba;
    case 405: return "Method Not Allowed"_ba;
    case 408: return "Request Timeout"_ba;
    case 414: return "URI Too Long"_ba;
    case 418: return "I'm a teapot"_ba;
    case 429: return "Too Many Requests"_ba;
    case 431: return "Request Header Fields Too Large"_ba;
    case 500: return "Internal Server Error"_ba;
    case 501: return "Not Implemented"_ba;
    case 502: return "Bad Gateway"_ba;
    case 503: return "Service Unavailable"_ba;
    case 504: return "Gateway Timeout"_ba;
    case 505: return "HTTP Version Not Supported"_ba;
    default: return "Unknown"_ba;
    }
}

QByteArray HttpResponse::httpDate(const QDateTime &time)
{
    return HttpDate::format(time);
}

void HttpResponse::setBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    m_contentType = contentType;
}

void HttpResponse::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_extraHeaders.append({name, value});
}

bool HttpResponse::isNotModified(const QByteArray &etag, const QDateTime &modified,
                                 const QByteArray &ifNoneMatch, const QByteArray &ifModifiedSince)
{
    // Weak comparison: W/"x" and "x" are the same tag here.
    const auto opaque = [](QByteArray tag) {
        tag = tag.trimmed();
        return tag.startsWith("W/") ? tag.mid(2) : tag;
    };
    if (!ifNoneMatch.isNull()) {
        const QList<QByteArray> tags = ifNoneMatch.split(',');
        return std::any_of(tags.cbegin(), tags.cend(), [&](const QByteArray &tag) {
            return tag.trimmed() == "*" || opaque(tag) == opaque(etag);
        });
    }
    if (ifModifiedSince.isNull() || !modified.isValid())
        return false;
    const QDateTime since = HttpDate::parse(ifModifiedSince);
    // HTTP dates have whole seconds.
    return since.isValid() && modified.toSecsSinceEpoch() <= since.toSecsSinceEpoch();
}

QByteArray HttpResponse::toBytes(bool headOnly, const QDateTime &date) const
{
    QByteArray bytes;
    bytes.reserve(256 + (headOnly ? 0 : m_body.size()));
    bytes += "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\n"
           + "Date: " + httpDate(date) + "\r\n"
           + "Server: qflags-server\r\n";
    // A 304 has no body, and its length would have to be the 200's.
    if (m_status != 304)
        bytes += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    if (!m_contentType.isEmpty())
        bytes += "Content-Type: " + m_contentType + "\r\n";
    for (const auto &[name, value] : m_extraHeaders)
        bytes += name + ": " + value + "\r\n";
    bytes += m_keepAlive ? "Connection: keep-alive\r\n\r\n"_ba : "Connection: close\r\n\r\n"_ba;
    if (!headOnly)
        bytes += m_body;
    return bytes;
}
