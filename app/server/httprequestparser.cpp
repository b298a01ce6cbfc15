#include "httprequestparser.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// RFC 9110 tchar: what a method or a header name may be made of.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Control characters have no place in a request head: a bare CR or a NUL in
// it is a smuggling attempt or garbage, never something to interpret.
bool hasControlChar(QByteArrayView text, bool allowTab)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && !(allowTab && c == '\t')) || u == 0x7f)
            return true;
    }
    return false;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool startsWithCaseInsensitive(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size()
        && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

// Methods HTTP defines that this server deliberately does not allow: 405
// with Allow. Anything else is a method it does not know at all: 501.
bool isKnownMethod(QByteArrayView method)
{
    static constexpr QByteArrayView known[] = {"POST", "PUT", "DELETE", "CONNECT",
                                               "OPTIONS", "TRACE", "PATCH"};
    for (QByteArrayView m : known) {
        if (method == m)
            return true;
    }
    return false;
}

// A Content-Length: digits only, no sign, no overflow. -1 when invalid.
qint64 parseContentLength(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

template <typename Fn>
void forEachListItem(QByteArrayView value, Fn fn)
{
    while (!value.isEmpty()) {
        const qsizetype comma = value.indexOf(',');
        fn(trimmedOws(comma < 0 ? value : value.first(comma)));
        value = comma < 0 ? QByteArrayView() : value.sliced(comma + 1);
    }
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(Limits())
{
}

HttpRequestParser::HttpRequestParser(const Limits &limits)
    : m_limits(limits)
{
}

void HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Failed)
        return; // nothing after an error is ever read
    m_buffer.append(bytes);
}

HttpRequestParser::Result HttpRequestParser::next()
{
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return {Outcome::Error, {}, m_errorStatus};

        case State::Body: {
            const qint64 skip = qMin<qint64>(m_bodyRemaining, m_buffer.size() - m_pos);
            m_pos += skip;
            m_bodyRemaining -= skip;
            if (m_bodyRemaining > 0) {
                compact();
                return {};
            }
            m_state = State::RequestLine;
            Result result{Outcome::Request, std::exchange(m_current, {}), 0};
            compact();
            return result;
        }

        case State::RequestLine:
        case State::Headers: {
            const qsizetype newline = m_buffer.indexOf('\n', m_pos);
            if (newline < 0) {
                // Refuse as soon as the line is certain to be too long, so a
                // client cannot make the buffer grow without end.
                const qsizetype pending = m_buffer.size() - m_pos;
                if (m_state == State::RequestLine && pending > m_limits.maxRequestLine + 1)
                    return fail(414);
                if (m_state == State::Headers && m_headerBytes + pending > m_limits.maxHeaderBytes)
                    return fail(431);
                compact();
                return {};
            }
            QByteArrayView line(m_buffer.constData() + m_pos, newline - m_pos);
            const qsizetype lineBytes = newline + 1 - m_pos;
            m_pos = newline + 1;
            // Lines end in CRLF; a bare LF is accepted as RFC 9112 allows.
            if (line.endsWith('\r'))
                line.chop(1);

            int errorStatus = 0;
            if (m_state == State::RequestLine) {
                if (line.isEmpty())
                    continue; // RFC 9112 2.2: ignore empty lines before a request
                if (line.size() > m_limits.maxRequestLine)
                    return fail(414);
                if (!parseRequestLine(line, &errorStatus))
                    return fail(errorStatus);
                m_state = State::Headers;
                m_headerBytes = 0;
                continue;
            }

            m_headerBytes += lineBytes;
            if (m_headerBytes > m_limits.maxHeaderBytes)
                return fail(431);
            if (!line.isEmpty()) {
                if (m_current.headers.size() >= m_limits.maxHeaderCount)
                    return fail(431);
                if (!parseHeaderLine(line, &errorStatus))
                    return fail(errorStatus);
                continue;
            }
            if (const int status = finishHead())
                return fail(status);
            m_state = State::Body; // answered once the body, if any, is skipped
            continue;
        }
        }
    }
}

HttpRequestParser::Result HttpRequestParser::fail(int status)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_buffer = QByteArray();
    m_pos = 0;
    return {Outcome::Error, std::exchange(m_current, {}), status};
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line, int *errorStatus)
{
    *errorStatus = 400;
    // method SP request-target SP HTTP-version, single spaces (RFC 9112 3).
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace <= 0)
        return false;
    const qsizetype secondSpace = line.indexOf(' ', firstSpace + 1);
    if (secondSpace < 0 || line.indexOf(' ', secondSpace + 1) >= 0)
        return false;
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(secondSpace + 1);

    if (!isToken(method) || target.isEmpty())
        return false;
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '#')
            return false;
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version[5])
        || version[6] != '.' || !isDigit(version[7])) {
        return false;
    }

    m_current.method = method.toByteArray();
    m_current.target = target.toByteArray();
    m_current.versionMajor = version[5] - '0';
    m_current.versionMinor = version[7] - '0';
    if (m_current.versionMajor != 1) {
        *errorStatus = 505;
        return false;
    }

    // Absolute form (what a proxy is sent): only the path and query matter.
    QByteArrayView pathAndQuery = target;
    for (QByteArrayView scheme : {QByteArrayView("http://"), QByteArrayView("https://")}) {
        if (startsWithCaseInsensitive(target, scheme)) {
            const QByteArrayView rest = target.sliced(scheme.size());
            qsizetype end = 0;
            while (end < rest.size() && rest[end] != '/' && rest[end] != '?')
                ++end;
            pathAndQuery = rest.sliced(end);
            if (pathAndQuery.isEmpty() || pathAndQuery.front() == '?')
                m_current.path = "/"_ba;
            break;
        }
    }
    if (m_current.path.isEmpty() && !pathAndQuery.startsWith('/'))
        return false;

    const qsizetype question = pathAndQuery.indexOf('?');
    if (m_current.path.isEmpty())
        m_current.path = (question < 0 ? pathAndQuery : pathAndQuery.first(question)).toByteArray();
    if (question >= 0)
        m_current.query = pathAndQuery.sliced(question + 1).toByteArray();
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line, int *errorStatus)
{
    *errorStatus = 400;
    // A line starting with whitespace is obsolete folding; whitespace before
    // the colon is forbidden outright (RFC 9112 5.1, 5.2): both are refused.
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    if (!isToken(name) || hasControlChar(value, true))
        return false;
    m_current.headers.append({name.toByteArray().toLower(), value.toByteArray()});
    return true;
}

int HttpRequestParser::finishHead()
{
    HttpRequest &request = m_current;
    if (request.method != "GET" && request.method != "HEAD")
        return isKnownMethod(request.method) ? 405 : 501;

    bool hasContentLength = false;
    bool hasTransferEncoding = false;
    qint64 contentLength = -1;
    int hostCount = 0;
    bool close = false;
    bool keepAlive = false;
    for (const auto &[name, value] : request.headers) {
        if (name == "host") {
            ++hostCount;
        } else if (name == "transfer-encoding") {
            hasTransferEncoding = true;
        } else if (name == "content-length") {
            bool valid = true;
            // "Content-Length: 5, 5" is allowed; differing values are not.
            forEachListItem(value, [&](QByteArrayView item) {
                const qint64 length = parseContentLength(item);
                if (length < 0 || (hasContentLength && length != contentLength))
                    valid = false;
                contentLength = length;
                hasContentLength = true;
            });
            if (!valid || !hasContentLength)
                return 400;
        } else if (name == "connection") {
            forEachListItem(value, [&](QByteArrayView item) {
                if (item.compare("close", Qt::CaseInsensitive) == 0)
                    close = true;
                else if (item.compare("keep-alive", Qt::CaseInsensitive) == 0)
                    keepAlive = true;
            });
        }
    }
    // Chunked bodies on a GET are not worth decoding just to throw away, and
    // a length and an encoding together is the classic smuggling pattern.
    if (hasTransferEncoding || hostCount > 1)
        return 400;

    const bool http11 = request.versionMinor >= 1;
    request.keepAlive = !close && (http11 || keepAlive);
    m_bodyRemaining = hasContentLength ? contentLength : 0;
    return 0;
}

void HttpRequestParser::compact()
{
    if (m_pos == 0)
        return;
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos >= 4096) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}
