#include "blockinghttpget.h"

#include "flagrequest.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BlockingHttpGet", text);
}

// A server that sends more than this before its body is not one we want.
constexpr qsizetype maxHeadBytes = 64 * 1024;

// What QNetworkReply says for the same failure, so that both strategies'
// failures read the same. A forward proxy (cleartext http through an HTTP
// proxy) is the peer we connect to: its failures are the proxy's.
QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error, bool toForwardProxy)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return toForwardProxy ? QNetworkReply::ProxyConnectionRefusedError : QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::HostNotFoundError:
        return toForwardProxy ? QNetworkReply::ProxyNotFoundError : QNetworkReply::HostNotFoundError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyProtocolError:
        return QNetworkReply::ProtocolFailure;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Every value of a header sent more than once, joined as one list.
QByteArray joinedHeaderValues(const HeaderList &headers, const QByteArray &name)
{
    QByteArrayList values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values += value;
    }
    return values.join(", ");
}

// Where the head ends and how long its blank line is: servers should end
// lines with CRLF, and some end them with a bare LF, which Qt accepts too.
std::pair<qsizetype, qsizetype> headEnd(const QByteArray &buffer)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (lf >= 0 && (crlf < 0 || lf < crlf))
        return {lf, 2};
    return {crlf, crlf < 0 ? 0 : 4};
}

// A chunk's size line is a few hex digits and perhaps extensions.
constexpr qsizetype maxChunkLineBytes = 4096;

bool hasHeader(const HeaderList &headers, const QByteArray &name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

BlockingHttpGet::BlockingHttpGet(Options options, const RequestLimits &limits, const RequestConditions &conditions)
    : m_options(std::move(options))
    , m_limits(limits)
    , m_conditions(conditions)
    , m_speed(limits.minimumSpeed)
{
    if (!m_options.sinceHandedOver.isValid())
        m_options.sinceHandedOver.start();
}

BlockingHttpGet::~BlockingHttpGet() = default;

FetchOutcome BlockingHttpGet::run(const QUrl &url)
{
    m_sinceStart.start();
    m_outcome.finalUrl = url;
    m_outcome.connectionClosed = true; // one connection per request, closed after it
    QUrl next = url;
    while (exchange(next) == Exchange::Redirected)
        next = m_outcome.finalUrl;
    if (m_socket)
        m_socket->abort();
    m_outcome.phases.endedUs = sinceHandedOverUs();
    return m_outcome;
}

BlockingHttpGet::Exchange BlockingHttpGet::exchange(const QUrl &url)
{
    // What the previous hop brought is counted afresh; its steps count as
    // waiting for this one.
    m_outcome.phases = {};
    m_outcome.finalUrl = url;
    m_outcome.receivedBytes = 0;
    m_outcome.expectedBytes = -1;
    m_outcome.body.clear();
    m_outcome.httpStatus = 0;
    m_outcome.responseHeaders.clear();
    m_buffer.clear();
    m_bodyDone = false;
    m_chunkLeft = -1;
    m_speed.stop();

    m_proxy = m_options.proxy.proxyFor(url);
    m_outcome.proxy = ProxyPolicy::name(m_proxy);
    m_outcome.proxyHasCredentials = !m_proxy.user().isEmpty();
    // Cleartext through an HTTP proxy: the proxy is the peer, asked for the
    // whole URL (as Qt and curl do); https goes through its CONNECT tunnel.
    const bool forwardProxy = m_proxy.type() == QNetworkProxy::HttpProxy && url.scheme() == u"http";

    m_sinceActivity.start();
    if (!connectTo(url, forwardProxy) || !send(requestFor(url, forwardProxy)) || !readHead())
        return Exchange::Ended;
    const RedirectDecision redirect =
        RedirectDecision::decide(m_outcome.httpStatus, url, headerValue(m_outcome.responseHeaders, "Location"),
                                 m_outcome.redirects, m_limits.maxRedirects);
    if (redirect.action == RedirectDecision::Action::Follow) {
        // The redirect's own body is not wanted: a new connection goes to
        // the target.
        m_socket->abort();
        m_socket.reset();
        ++m_outcome.redirects;
        m_outcome.finalUrl = redirect.target;
        return Exchange::Redirected;
    }
    if (redirect.action == RedirectDecision::Action::Refuse)
        m_outcome.networkError = redirect.error;
    else if (const QUrl location = RedirectDecision::locationUrl(headerValue(m_outcome.responseHeaders, "Location"));
             location.isValid())
        m_outcome.redirectTarget = url.resolved(location);
    readBody();
    if (!m_options.keepHeaders)
        m_outcome.responseHeaders.clear();
    return Exchange::Ended;
}

QByteArray BlockingHttpGet::requestFor(const QUrl &url, bool forwardProxy)
{
    const QByteArray target = forwardProxy
        ? url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment).toEncoded()
        : (url.path(QUrl::FullyEncoded).isEmpty() ? QByteArray("/") : url.path(QUrl::FullyEncoded).toLatin1())
            + (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray());
    HeaderList headers{{"Host", url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1()},
                       {"User-Agent", "qflags/" QFLAGS_VERSION}};
    // Kept across redirects, as curl does: the same flag, moved.
    if (!m_conditions.ifNoneMatch.isEmpty())
        headers.emplaceBack("If-None-Match", m_conditions.ifNoneMatch);
    if (!m_conditions.ifModifiedSince.isEmpty())
        headers.emplaceBack("If-Modified-Since", m_conditions.ifModifiedSince);
    if (forwardProxy && !m_proxy.user().isEmpty()) {
        headers.emplaceBack("Proxy-Authorization",
                            "Basic " + (m_proxy.user() + u':' + m_proxy.password()).toUtf8().toBase64());
    }
    headers.emplaceBack("Connection", "close");

    QByteArray request = "GET " + target + " HTTP/1.1\r\n";
    for (const auto &[name, value] : std::as_const(headers))
        request += name + ": " + value + "\r\n";
    request += "\r\n";
    if (m_options.keepHeaders) {
        // Never the proxy's password in an exchange log.
        m_outcome.requestHeaders = headers;
        m_outcome.requestHeaders.removeIf([](const auto &header) { return header.first == "Proxy-Authorization"; });
    }
    return request;
}

qint64 BlockingHttpGet::msUntilLimit() const
{
    const qint64 inactivity = m_limits.inactivityTimeout.count() - m_sinceActivity.elapsed();
    const qint64 deadline = m_limits.deadline.count() - m_sinceStart.elapsed();
    return std::max<qint64>(1, std::min(inactivity, deadline));
}

bool BlockingHttpGet::withinLimits()
{
    if (m_options.cancelled && m_options.cancelled->load(std::memory_order_relaxed)) {
        m_outcome.cancelled = true;
        return false;
    }
    if (m_sinceStart.elapsed() >= m_limits.deadline.count()) {
        m_outcome.pastDeadline = true;
        return false;
    }
    if (m_sinceActivity.elapsed() >= m_limits.inactivityTimeout.count()) {
        m_outcome.timedOut = true;
        return false;
    }
    if (m_speed.isRunning() && m_sinceAnswer.elapsed() >= m_nextSpeedCheckMs) {
        m_nextSpeedCheckMs = m_sinceAnswer.elapsed() + m_speed.sampleIntervalMs();
        if (const std::optional<qint64> rate =
                m_speed.tooSlow(m_sinceAnswer.elapsed(), m_outcome.receivedBytes, m_outcome.expectedBytes)) {
            m_outcome.bytesPerSecond = *rate;
            m_outcome.tooSlow = true;
            return false;
        }
    }
    return true;
}

bool BlockingHttpGet::connectTo(const QUrl &url, bool forwardProxy)
{
    const bool tls = url.scheme() == u"https";
    if (tls) {
        auto socket = std::make_unique<QSslSocket>();
        if (m_options.tls)
            socket->setSslConfiguration(*m_options.tls);
        m_socket = std::move(socket);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
    }
    // Connecting and the handshake are waited for whole (Qt's waitFor
    // drops a connection whose wait timed out): a cancel is seen after.
    m_socket->setProxy(forwardProxy ? QNetworkProxy(QNetworkProxy::NoProxy) : m_proxy);
    m_outcome.phases.connectingUs = sinceHandedOverUs();
    const int defaultPort = tls ? 443 : 80;
    if (forwardProxy)
        m_socket->connectToHost(m_proxy.hostName(), m_proxy.port());
    else if (tls)
        static_cast<QSslSocket *>(m_socket.get())->connectToHostEncrypted(url.host(), quint16(url.port(defaultPort)));
    else
        m_socket->connectToHost(url.host(), quint16(url.port(defaultPort)));
    if (!withinLimits())
        return false;
    if (!m_socket->waitForConnected(int(msUntilLimit()))) {
        noteSocketError(true);
        return false;
    }
    if (tls) {
        if (!static_cast<QSslSocket *>(m_socket.get())->waitForEncrypted(int(msUntilLimit()))) {
            noteSocketError(true);
            return false;
        }
        m_outcome.phases.encryptedUs = sinceHandedOverUs();
    }
    m_sinceActivity.start();
    return withinLimits();
}

bool BlockingHttpGet::send(const QByteArray &request)
{
    m_socket->write(request);
    while (m_socket->bytesToWrite() > 0) {
        if (!withinLimits())
            return false;
        // A wait that ends with the socket still connected was a slice.
        if (!m_socket->waitForBytesWritten(int(std::min<qint64>(sliceMs, msUntilLimit())))
            && m_socket->state() != QAbstractSocket::ConnectedState) {
            noteSocketError(true);
            return false;
        }
    }
    ++m_outcome.requestsSent;
    m_outcome.phases.sentUs = sinceHandedOverUs();
    m_sinceActivity.start();
    return true;
}

bool BlockingHttpGet::readMore()
{
    for (;;) {
        if (!withinLimits())
            return false;
        const qint64 before = m_buffer.size();
        if (m_socket->bytesAvailable() > 0 || m_socket->waitForReadyRead(int(std::min<qint64>(sliceMs, msUntilLimit())))) {
            m_buffer += m_socket->readAll();
            if (m_buffer.size() > before) {
                m_sinceActivity.start();
                return true;
            }
            continue;
        }
        // Still connected: a slice passed (the error may be an old one).
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            continue; // look at the limits again
        // Closed (or failed): what is still buffered is the last of it.
        m_buffer += m_socket->readAll();
        if (m_buffer.size() > before)
            return true;
        return false;
    }
}

bool BlockingHttpGet::readHead()
{
    for (;;) {
        // 1xx answers (100 Continue) come before the real one.
        auto [end, blankLine] = headEnd(m_buffer);
        while (end >= 0 && m_buffer.startsWith("HTTP/1.1 1") && !m_buffer.startsWith("HTTP/1.1 101")) {
            m_buffer.remove(0, end + blankLine);
            std::tie(end, blankLine) = headEnd(m_buffer);
        }
        if (end >= 0) {
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + blankLine);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> status = lines.constFirst().trimmed().split(' ');
            bool isNumber = false;
            const int code = status.size() >= 2 ? status.at(1).toInt(&isNumber) : 0;
            if (!status.constFirst().startsWith("HTTP/1.") || !isNumber || code < 100 || code > 999) {
                m_outcome.networkError = QNetworkReply::ProtocolFailure;
                m_outcome.networkErrorText = tr("The server's answer does not begin with an HTTP status line: %1")
                                                 .arg(QString::fromLatin1(lines.constFirst().trimmed().left(80)));
                return false;
            }
            m_outcome.httpStatus = code;
            m_outcome.reasonPhrase = status.mid(2).join(' ');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray &raw = lines.at(i);
                const QByteArray line = raw.trimmed();
                // An old server's long value goes on over lines that begin
                // with white space.
                const bool continued = raw.startsWith(' ') || raw.startsWith('\t');
                if (continued && !m_outcome.responseHeaders.isEmpty()) {
                    if (!line.isEmpty())
                        m_outcome.responseHeaders.last().second =
                            QByteArray(m_outcome.responseHeaders.last().second + ' ' + line).trimmed();
                    continue;
                }
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    m_outcome.responseHeaders.emplaceBack(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
            }
            break;
        }
        if (m_buffer.size() > maxHeadBytes) {
            m_outcome.networkError = QNetworkReply::ProtocolFailure;
            m_outcome.networkErrorText = tr("The server sent over %1 KiB of headers").arg(maxHeadBytes / 1024);
            return false;
        }
        if (!readMore()) {
            if (!m_outcome.abortedByUs())
                noteSocketError(true);
            return false;
        }
    }
    m_outcome.phases.answerUs = sinceHandedOverUs();
    const HeaderList &headers = m_outcome.responseHeaders;
    m_outcome.contentType = QString::fromLatin1(headerValue(headers, "Content-Type"));
    m_outcome.etag = headerValue(headers, "ETag");
    m_outcome.lastModified = headerValue(headers, "Last-Modified");
    m_outcome.retryAfter = FlagRequest::parseRetryAfter(headerValue(headers, "Retry-After"));
    m_outcome.failedOnPurpose = hasHeader(headers, "X-Qflags-Test-Failure");
    // A forward proxy's own 407 is the proxy's failure, as Qt reports it.
    if (m_outcome.httpStatus == 407 && m_proxy.type() == QNetworkProxy::HttpProxy)
        m_outcome.networkError = QNetworkReply::ProxyAuthenticationRequiredError;

    const int code = m_outcome.httpStatus;
    bool isNumber = false;
    const qint64 length = headerValue(headers, "Content-Length").toLongLong(&isNumber);
    if (code == 204 || code == 304 || (code >= 100 && code < 200))
        m_framing = Framing::None;
    else if (hasHeader(headers, "Transfer-Encoding"))
        // Chunked only when it is the last coding; any other runs to the close.
        m_framing = joinedHeaderValues(headers, "Transfer-Encoding").split(',').constLast().trimmed().toLower()
                == "chunked"
            ? Framing::Chunked
            : Framing::UntilClose;
    else if (isNumber && length >= 0)
        m_framing = Framing::Length;
    else
        m_framing = Framing::UntilClose;
    if (m_framing == Framing::Length) {
        m_outcome.expectedBytes = length;
        if (length > m_limits.maxBodyBytes) {
            m_outcome.tooLarge = true;
            return false;
        }
    }
    if (m_speed.isOn()) {
        m_sinceAnswer.start();
        m_nextSpeedCheckMs = m_speed.sampleIntervalMs();
        m_speed.start(0);
    }
    return true;
}

void BlockingHttpGet::takeBody(const QByteArray &bytes)
{
    m_outcome.body += bytes;
    m_outcome.receivedBytes = m_outcome.body.size();
    if (m_outcome.receivedBytes > m_limits.maxBodyBytes) {
        m_outcome.tooLarge = true;
        m_outcome.body.clear();
    }
}

bool BlockingHttpGet::decodeChunks()
{
    // Size line, data, CRLF, ... a zero size, trailers, an empty line.
    for (;;) {
        if (m_chunkLeft < 0) {
            const qsizetype end = m_buffer.indexOf('\n');
            if (end < 0 && m_buffer.size() > maxChunkLineBytes) {
                m_outcome.networkError = QNetworkReply::ProtocolFailure;
                m_outcome.networkErrorText = tr("The server sent a malformed chunked body: a chunk size line "
                                                "without an end");
                return false;
            }
            if (end < 0)
                return true; // more to come
            const QByteArray line = m_buffer.left(end); // its CR, if any, is trimmed below
            m_buffer.remove(0, end + 1);
            bool isNumber = false;
            const qint64 size = line.split(';').constFirst().trimmed().toLongLong(&isNumber, 16);
            if (!isNumber || size < 0) {
                m_outcome.networkError = QNetworkReply::ProtocolFailure;
                m_outcome.networkErrorText = tr("The server sent a malformed chunked body: an invalid chunk size");
                return false;
            }
            if (size == 0) {
                // The trailers, if any, end at an empty line; the connection
                // closes after them anyway.
                m_bodyDone = true;
                return true;
            }
            m_chunkLeft = size;
        }
        if (m_buffer.isEmpty())
            return true;
        const qsizetype take = qsizetype(std::min<qint64>(m_chunkLeft, m_buffer.size()));
        takeBody(m_buffer.left(take));
        m_buffer.remove(0, take);
        m_chunkLeft -= take;
        if (m_outcome.tooLarge)
            return false;
        if (m_chunkLeft > 0)
            return true;
        // The chunk's line end: CRLF, or a bare LF.
        if (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n')) {
            m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
            m_chunkLeft = -1;
            continue;
        }
        if (m_buffer.isEmpty() || m_buffer == "\r")
            return true; // still to come: m_chunkLeft 0 waits for it
        m_outcome.networkError = QNetworkReply::ProtocolFailure;
        m_outcome.networkErrorText = tr("The server sent a malformed chunked body: a chunk longer than its size");
        return false;
    }
}

bool BlockingHttpGet::readBody()
{
    for (;;) {
        switch (m_framing) {
        case Framing::None:
            m_bodyDone = true;
            break;
        case Framing::Length: {
            const qint64 wanted = m_outcome.expectedBytes - m_outcome.receivedBytes;
            takeBody(m_buffer.left(qsizetype(std::min<qint64>(wanted, m_buffer.size()))));
            m_buffer.clear();
            m_bodyDone = m_outcome.receivedBytes >= m_outcome.expectedBytes;
            break;
        }
        case Framing::Chunked:
            if (!decodeChunks())
                return false;
            break;
        case Framing::UntilClose:
            takeBody(m_buffer);
            m_buffer.clear();
            break;
        }
        if (m_outcome.tooLarge)
            return false;
        if (m_bodyDone)
            return true;
        if (!readMore()) {
            if (m_outcome.abortedByUs())
                return false;
            // The end of a body sent until the close is its close.
            if (m_framing == Framing::UntilClose && m_socket->error() == QAbstractSocket::RemoteHostClosedError)
                return true;
            noteSocketError(false);
            return false;
        }
    }
}

void BlockingHttpGet::noteSocketError(bool beforeAnswer)
{
    if (m_outcome.abortedByUs() || m_outcome.networkError != QNetworkReply::NoError)
        return;
    const bool forwardProxy = m_proxy.type() == QNetworkProxy::HttpProxy && m_outcome.finalUrl.scheme() == u"http";
    QAbstractSocket::SocketError error = m_socket->error();
    // A close without an error, before the answer ended, is a close.
    if (error == QAbstractSocket::UnknownSocketError && m_socket->state() != QAbstractSocket::ConnectedState)
        error = QAbstractSocket::RemoteHostClosedError;
    if (error == QAbstractSocket::SocketTimeoutError) {
        // Our own limits, met inside a whole wait (connecting, the handshake).
        if (m_sinceStart.elapsed() >= m_limits.deadline.count())
            m_outcome.pastDeadline = true;
        else
            m_outcome.timedOut = true;
        return;
    }
    m_outcome.networkError = networkErrorOf(error, forwardProxy && beforeAnswer);
    m_outcome.networkErrorText = m_socket->errorString();
}
