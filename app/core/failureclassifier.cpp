#include "failureclassifier.h"

#include "base/formatting.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FailureClassifier", text, disambiguation, n);
}

QString secondsText(std::chrono::milliseconds duration)
{
    return QLocale::c().toString(double(duration.count()) / 1000.0, 'g', 4);
}

} // namespace

QString FailureClassifier::describeProgress(const FetchOutcome &outcome)
{
    // Exact counts: flags are small, and "512 of 20480 bytes" says how far it got.
    if (outcome.expectedBytes >= 0)
        return tr("%1 of %n byte(s)", nullptr, int(outcome.expectedBytes)).arg(outcome.receivedBytes);
    return tr("%n byte(s)", nullptr, int(outcome.receivedBytes));
}

Verdict FailureClassifier::classify(const FetchOutcome &outcome) const
{
    Verdict verdict = judge(outcome);
    verdict.retryable = isTransient(outcome, verdict);
    return verdict;
}

Verdict FailureClassifier::judge(const FetchOutcome &outcome) const
{
    // Our own flags first: Qt reports both as OperationCanceledError.
    if (outcome.timedOut) {
        // Headers but no body yet is still "stopped sending": it had started.
        const bool started = outcome.httpStatus != 0 || outcome.receivedBytes > 0;
        if (!started && !outcome.proxy.isEmpty()) {
            // Silent: the proxy, or the server behind it.
            return {DownloadStatus::Error, FailureKind::Timeout,
                    tr("No answer through the proxy %1 for %2 s").arg(outcome.proxy, secondsText(m_timeout))};
        }
        return {DownloadStatus::Error, FailureKind::Timeout,
                started ? tr("Server stopped sending for %1 s after %2")
                              .arg(secondsText(m_timeout), describeProgress(outcome))
                        : tr("No answer from the server for %1 s").arg(secondsText(m_timeout))};
    }
    if (outcome.tooSlow) {
        // Cut short like a timeout, and retried like one.
        return {DownloadStatus::Error, FailureKind::Timeout,
                tr("Server sent %1, under the %2 minimum, for %3 s")
                    .arg(Formatting::dataRate(outcome.bytesPerSecond),
                         Formatting::dataRate(m_minimumSpeed.bytesPerSecond),
                         secondsText(m_minimumSpeed.window))};
    }
    if (outcome.pastDeadline) {
        return {DownloadStatus::Error, FailureKind::Timeout,
                tr("Still not complete after %1 s (%2): the server sends too slowly")
                    .arg(secondsText(m_deadline), describeProgress(outcome))};
    }
    if (outcome.tooLarge) {
        return {DownloadStatus::Error, FailureKind::TooLarge,
                tr("Response too large: over the %1 limit").arg(Formatting::dataSize(m_maxBodyBytes))};
    }
    if (std::optional<QString> words = describeProxyFailure(outcome))
        return {DownloadStatus::Error, FailureKind::Proxy, *words};
    // Qt gives up on a redirect chain with the last 3xx as the status.
    if (outcome.networkError == QNetworkReply::TooManyRedirectsError
        || outcome.networkError == QNetworkReply::InsecureRedirectError) {
        return {DownloadStatus::Error, FailureKind::Redirect, describeNetworkError(outcome)};
    }
    const int status = outcome.httpStatus;
    if (status == 404)
        return {DownloadStatus::NotFound, FailureKind::None, tr("Not found (404)")};
    if (status >= 300 && status < 400 && outcome.redirectTarget.isValid()) {
        // Qt follows http and https redirects that are not less safe; this
        // one it would not.
        return {DownloadStatus::Error, FailureKind::Redirect,
                tr("Refused a redirect to %1 (only http and https, never from https to http)")
                    .arg(outcome.redirectTarget.toString())};
    }
    if (status != 0 && (status < 200 || status >= 300)) {
        if (outcome.failedOnPurpose) {
            return {DownloadStatus::Error, FailureKind::HttpStatus,
                    tr("%1 (the test server fails some requests on purpose: fetch them again)")
                        .arg(describeHttpStatus(outcome))};
        }
        QString words = describeHttpStatus(outcome);
        // A gateway's error over a proxy may be the proxy's own.
        if (!outcome.proxy.isEmpty() && (status == 502 || status == 503 || status == 504))
            words = tr("%1, through the proxy %2").arg(words, outcome.proxy);
        return {DownloadStatus::Error, FailureKind::HttpStatus, words};
    }
    if (outcome.networkError != QNetworkReply::NoError)
        return {DownloadStatus::Error, FailureKind::Connection, describeNetworkError(outcome)};
    if (status == 0) {
        return {DownloadStatus::Error, FailureKind::Connection,
                tr("The server sent no HTTP response")};
    }
    // Qt can end a body cut short by a reset as if it were whole.
    if (outcome.expectedBytes >= 0 && outcome.body.size() < outcome.expectedBytes) {
        return {DownloadStatus::Error, FailureKind::Connection,
                tr("Connection dropped by the server after %1").arg(describeProgress(outcome))};
    }
    return Verdict::ok();
}

bool FailureClassifier::isTransient(const FetchOutcome &outcome, const Verdict &verdict)
{
    // Worth a fresh request: the server or the network may do better in a
    // moment. A 404 or another 4xx (418 included, as in flags2) will not.
    switch (verdict.failure) {
    case FailureKind::Timeout:
        return true;
    case FailureKind::HttpStatus:
        return QList<int>{408, 429, 500, 502, 503, 504}.contains(outcome.httpStatus);
    case FailureKind::Proxy:
        // Down or busy, maybe not for long; a password or a refused tunnel
        // will not change.
        return QList<QNetworkReply::NetworkError>{QNetworkReply::ConnectionRefusedError,
                                                  QNetworkReply::ProxyConnectionRefusedError,
                                                  QNetworkReply::ProxyConnectionClosedError,
                                                  QNetworkReply::RemoteHostClosedError,
                                                  QNetworkReply::ProxyTimeoutError,
                                                  QNetworkReply::TimeoutError}
            .contains(proxyError(outcome));
    case FailureKind::Connection:
        // An answer with no error from Qt here is a body shorter than its
        // Content-Length: cut off like a reset.
        return (outcome.networkError == QNetworkReply::NoError && outcome.httpStatus != 0)
            || QList<QNetworkReply::NetworkError>{QNetworkReply::ConnectionRefusedError,
                                                  QNetworkReply::RemoteHostClosedError,
                                                  QNetworkReply::TimeoutError,
                                                  QNetworkReply::TemporaryNetworkFailureError,
                                                  QNetworkReply::NetworkSessionFailedError,
                                                  QNetworkReply::UnknownNetworkError}
            .contains(outcome.networkError);
    default:
        return false;
    }
}

QString FailureClassifier::describeHttpStatus(const FetchOutcome &outcome)
{
    // The statuses a retry may cure, in words; the rest as flags2 shows them.
    switch (outcome.httpStatus) {
    case 408: return tr("Server timed out waiting for the request (408)");
    case 429: return tr("Too many requests: the server asks to slow down (429)");
    case 500: return tr("Server error (500)");
    case 502: return tr("Bad gateway (502)");
    case 503: return tr("Server busy (503)");
    case 504: return tr("Gateway timed out (504)");
    default: break;
    }
    const QString reason = QString::fromLatin1(outcome.reasonPhrase).trimmed();
    return reason.isEmpty() ? tr("HTTP error %1").arg(outcome.httpStatus)
                            : tr("HTTP error %1 - %2").arg(outcome.httpStatus).arg(reason);
}

QNetworkReply::NetworkError FailureClassifier::proxyError(const FetchOutcome &outcome)
{
    const bool tunnelled = outcome.finalUrl.scheme() == u"https";
    const bool unknown = outcome.networkError == QNetworkReply::UnknownNetworkError
        || outcome.networkError == QNetworkReply::ProtocolFailure;
    if (outcome.proxy.isEmpty() || !tunnelled || outcome.httpStatus != 0 || !unknown)
        return outcome.networkError;
    // Qt 6.4's manager reports every failure of a tunnel's proxy as unknown,
    // told apart only by its words (in the user's language when Qt's are
    // loaded); a socket of our own reports the same failures by code. Read
    // as codes, both strategies say and retry them alike.
    const auto qtSaid = [&](const char *text) {
        return outcome.networkErrorText == QCoreApplication::translate("QHttpSocketEngine", text);
    };
    if (qtSaid("Proxy connection refused"))
        return QNetworkReply::ProxyConnectionRefusedError;
    if (qtSaid("Proxy server not found"))
        return QNetworkReply::ProxyNotFoundError;
    if (qtSaid("Proxy server connection timed out"))
        return QNetworkReply::ProxyTimeoutError;
    if (qtSaid("Proxy connection closed prematurely"))
        return QNetworkReply::ProxyConnectionClosedError;
    return outcome.networkError;
}

std::optional<QString> FailureClassifier::describeProxyFailure(const FetchOutcome &outcome)
{
    // Each names the proxy (never its credentials): the server is not to blame.
    if (outcome.proxy.isEmpty())
        return std::nullopt;
    const QString proxy = outcome.proxy;
    const bool tunnelled = outcome.finalUrl.scheme() == u"https";
    const bool answered = outcome.httpStatus != 0;
    switch (proxyError(outcome)) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return outcome.proxyHasCredentials ? tr("The proxy %1 refused the user name and password").arg(proxy)
                                           : tr("The proxy %1 wants a user name and password").arg(proxy);
    case QNetworkReply::ProxyConnectionRefusedError:
        return tr("Proxy %1 refused the connection").arg(proxy);
    case QNetworkReply::ConnectionRefusedError:
        // Over a tunnel, a 503 to CONNECT: the proxy could not reach the server.
        return tunnelled ? tr("The proxy %1 could not connect to %2").arg(proxy, outcome.finalUrl.host())
                         : tr("Proxy %1 refused the connection").arg(proxy);
    case QNetworkReply::ProxyNotFoundError:
        return tr("Proxy host not found: %1").arg(proxy);
    case QNetworkReply::HostNotFoundError:
        // Through a proxy the only name we look up ourselves is the proxy's,
        // but a tunnel's 404 says the proxy could not find the server.
        return tunnelled ? tr("The proxy %1 could not find %2").arg(proxy, outcome.finalUrl.host())
                         : tr("Proxy host not found: %1").arg(proxy);
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::TimeoutError:
        return tr("The proxy %1 did not answer in time").arg(proxy);
    case QNetworkReply::ProxyConnectionClosedError:
        return tr("The proxy %1 closed the connection").arg(proxy);
    case QNetworkReply::RemoteHostClosedError:
        if (answered)
            return std::nullopt; // cut after the answer began: the server's words fit
        return tr("The proxy %1 closed the connection before the server answered").arg(proxy);
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
        if (!tunnelled || answered)
            return std::nullopt;
        return tr("The proxy %1 could not open a tunnel to %2: %3")
            .arg(proxy, outcome.finalUrl.host(), outcome.networkErrorText);
    default:
        return std::nullopt;
    }
}

QString FailureClassifier::describeNetworkError(const FetchOutcome &outcome) const
{
    const QString host = outcome.finalUrl.host();
    switch (outcome.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Connection refused by %1").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        // Qt reports a reset and an early close alike: "dropped" covers both.
        return outcome.httpStatus
                   ? tr("Connection dropped by the server after %1").arg(describeProgress(outcome))
                   : tr("Connection dropped by the server before it answered");
    case QNetworkReply::HostNotFoundError:
        return tr("Host not found: %1").arg(host);
    case QNetworkReply::TimeoutError:
        return tr("The connection to %1 timed out").arg(host);
    case QNetworkReply::OperationCanceledError:
        return tr("Cancelled");
    case QNetworkReply::SslHandshakeFailedError: {
        // Qt says "SSL handshake failed: " and then why; the first half is
        // said already, in plainer words.
        QString why = outcome.networkErrorText;
        const QString qtFailed = QCoreApplication::translate("QHttp", "SSL handshake failed") + u": "_s;
        if (why.startsWith(qtFailed))
            why.remove(0, qtFailed.size());
        return why.trimmed().isEmpty() ? tr("Secure connection to %1 failed").arg(host)
                                       : tr("Secure connection to %1 failed: %2").arg(host, why);
    }
    case QNetworkReply::TooManyRedirectsError:
        return tr("Too many redirects");
    case QNetworkReply::InsecureRedirectError:
        return tr("Refused an insecure redirect (HTTPS to HTTP)");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network is unavailable");
    case QNetworkReply::ProtocolUnknownError:
        return tr("Unsupported protocol: %1").arg(outcome.finalUrl.scheme());
    default:
        return outcome.networkErrorText.isEmpty() ? tr("Network error %1").arg(int(outcome.networkError))
                                                  : outcome.networkErrorText;
    }
}
