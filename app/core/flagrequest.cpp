#include "flagrequest.h"

#include "base/httpdate.h"
#include "wirerules.h"

#include <QDateTime>
#include <algorithm>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimerEvent>

using namespace Qt::StringLiterals;

std::optional<std::chrono::milliseconds> FlagRequest::parseRetryAfter(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::milliseconds(seconds * 1000)) : std::nullopt;
    const QDateTime when = HttpDate::parse(text);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

FlagRequest::FlagRequest(const Route &route, const QUrl &url, const RequestLimits &limits,
                         const RequestConditions &conditions, QObject *parent)
    : WireRequest(parent)
    , m_route(route)
    , m_limits(limits)
    , m_conditions(conditions)
    , m_speed(limits.minimumSpeed)
{
    m_outcome.finalUrl = url;
    m_outcome.proxy = route.proxy;
    m_outcome.proxyHasCredentials = route.proxyHasCredentials;
    m_sinceStart.start();
    send(url, route.connectionGroup);
    // Inactivity alone lets a server that sends a byte now and then hold the
    // slot for ever: a deadline too. (Timer ids, not QTimers: a thousand
    // requests at once, two QObjects fewer each.)
    restartInactivityTimer();
    m_deadline.start(int(limits.deadline.count()), Qt::CoarseTimer, this);
}

void FlagRequest::send(const QUrl &url, const QString &connectionGroup)
{
    // Every request a copy of one: Qt keeps headers in hashes that cost
    // nearly 2 KiB each, which copies share. (The manager does not follow
    // redirects: followRedirect() does.)
    static const QNetworkRequest prototype = [] {
        QNetworkRequest request;
        request.setRawHeader("User-Agent", "qflags/" QFLAGS_VERSION);
        return request;
    }();
    QNetworkRequest request = prototype;
    request.setUrl(url);
    // Kept across redirects, as curl does: the same flag, moved.
    if (!m_conditions.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", m_conditions.ifNoneMatch);
    if (!m_conditions.ifModifiedSince.isEmpty())
        request.setRawHeader("If-Modified-Since", m_conditions.ifModifiedSince);
    if (m_route.tls)
        request.setSslConfiguration(*m_route.tls);
    // Qt 6.4 keys its connections by host, port and peer verify name: a name
    // of our own gives another set of six in the same manager. TLS would
    // check the server's name against it, and Qt would carry it into a
    // redirect to https: redirects are ours to follow (followRedirect()).
    if (!connectionGroup.isEmpty())
        request.setPeerVerifyName(connectionGroup);

    m_reply = m_route.manager->get(request);
    // A redirect starts the steps again: the hops before it count as waiting.
    m_outcome.phases = {};
    if (m_route.opensConnection && m_outcome.redirects == 0)
        m_outcome.phases.connectingUs = sinceStartUs();
    if (m_route.keepHeaders) {
        HeaderList headers{{"Host", url.authority(QUrl::FullyEncoded).toLatin1()}};
        for (const QByteArray &name : request.rawHeaderList())
            headers.append({name, request.rawHeader(name)});
        m_outcome.requestHeaders = headers;
    }
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FlagRequest::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &FlagRequest::onDownloadProgress);
    // downloadProgress is throttled to one per 100 ms; readyRead comes with
    // every chunk, so the cap holds against a fast server too.
    connect(m_reply, &QNetworkReply::readyRead, this, &FlagRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FlagRequest::onReplyFinished);
    // Emitted again for each resend Qt makes by itself.
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        ++m_outcome.requestsSent;
        m_outcome.phases.sentUs = sinceStartUs();
    });
    connect(m_reply, &QNetworkReply::socketStartedConnecting, this, &FlagRequest::onSocketStartedConnecting);
    if (url.scheme() == u"https") {
        // ALPN's choice, known before any answer.
        connect(m_reply, &QNetworkReply::encrypted, this, [this] {
            RequestPhases &phases = m_outcome.phases;
            phases.encryptedUs = sinceStartUs();
            const bool http2 =
                m_reply->sslConfiguration().nextNegotiatedProtocol() == QSslConfiguration::ALPNProtocolHTTP2;
            // Qt tells the request a new connection was opened for, and only
            // it (HTTP/1.1: the request the connection takes first; HTTP/2:
            // the first stream waiting for it). Its connecting began when it
            // was handed over, as far as anything tells.
            if (phases.connectingUs < 0)
                phases.connectingUs = 0;
            noteProtocol(http2);
        });
    }
}

QUrl FlagRequest::locationOf(const QNetworkReply *reply)
{
    // Qt's cooked LocationHeader drops a relative URL ("/flags/br/br.png?r=1").
    return RedirectDecision::locationUrl(reply->rawHeader("Location"));
}

bool FlagRequest::followRedirect(QNetworkReply *reply)
{
    const RedirectDecision decision =
        RedirectDecision::decide(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->url(),
                                 reply->rawHeader("Location"), m_outcome.redirects, m_limits.maxRedirects);
    if (decision.action != RedirectDecision::Action::Follow) {
        if (decision.action == RedirectDecision::Action::Refuse)
            m_outcome.networkError = decision.error;
        return false;
    }
    const QUrl target = decision.target;
    ++m_outcome.redirects;
    m_outcome.finalUrl = target;
    // What the next answer brings is counted afresh.
    m_outcome.receivedBytes = 0;
    m_outcome.expectedBytes = -1;
    m_speed.stop(); // the speed is the next answer's
    m_speedCheck.stop();
    restartInactivityTimer();
    // Not in our set of connections: the target may be another server, and
    // over TLS its own name is the one to check.
    send(target, {});
    return true;
}

FlagRequest::~FlagRequest()
{
    if (m_reply) {
        // Destroyed before the reply ended (the engine is going away): make
        // sure no signal reaches a half-destroyed object.
        m_reply->disconnect(this);
        if (m_reply->error() == QNetworkReply::NoError) // else abort() warns of a second error
            m_reply->abort();
        delete m_reply;
    }
}

void FlagRequest::cancel()
{
    abortBecause(&FetchOutcome::cancelled);
}

void FlagRequest::noteProtocol(bool http2)
{
    if (m_protocolKnown)
        return;
    m_protocolKnown = true;
    Q_EMIT protocolKnown(http2);
}

void FlagRequest::onSocketStartedConnecting()
{
    RequestPhases &phases = m_outcome.phases;
    // Before the request went out, a signal here may be a sibling's: its
    // own connection is known from the network's count (cleartext) or from
    // its handshake (TLS). After: a quiet resend on a fresh connection, and
    // the steps start again.
    if (phases.sentUs < 0)
        return;
    phases.connectingUs = sinceStartUs();
    phases.encryptedUs = phases.sentUs = phases.answerUs = -1;
}

void FlagRequest::onMetaDataChanged()
{
    if (m_outcome.phases.answerUs < 0)
        m_outcome.phases.answerUs = sinceStartUs();
    restartInactivityTimer();
    startSpeedCheck();
    noteProtocol(m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    // A compressed body's length says nothing about the bytes Qt hands over.
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool identity = encoding.isEmpty() || encoding == "identity";
    m_outcome.expectedBytes = length.isValid() && identity ? length.toLongLong() : -1;
    if (length.isValid() && length.toLongLong() > m_limits.maxBodyBytes)
        abortBecause(&FetchOutcome::tooLarge);
}

void FlagRequest::onDownloadProgress(qint64 received, qint64 total)
{
    restartInactivityTimer();
    noteReceived(received);
    if (received > m_limits.maxBodyBytes || total > m_limits.maxBodyBytes)
        abortBecause(&FetchOutcome::tooLarge);
}

void FlagRequest::onReadyRead()
{
    restartInactivityTimer();
    noteReceived(m_reply->bytesAvailable());
    if (m_reply->bytesAvailable() > m_limits.maxBodyBytes)
        abortBecause(&FetchOutcome::tooLarge);
}

void FlagRequest::noteReceived(qint64 bytes)
{
    // Nothing is read before the reply ends, so what is buffered is what
    // arrived; kept here because an abort may drop the buffer.
    m_outcome.receivedBytes = std::max(m_outcome.receivedBytes, bytes);
}

void FlagRequest::startSpeedCheck()
{
    // From the answer's first bytes: the wait before them is the inactivity
    // timeout's to judge (a slow server that then sends quickly is fine).
    if (!m_speed.isOn() || m_speed.isRunning())
        return;
    m_sinceAnswer.start();
    m_speed.start(m_outcome.receivedBytes);
    m_speedCheck.start(m_speed.sampleIntervalMs(), Qt::CoarseTimer, this);
}

void FlagRequest::checkSpeed()
{
    const std::optional<qint64> rate =
        m_speed.tooSlow(m_sinceAnswer.elapsed(), m_outcome.receivedBytes, m_outcome.expectedBytes);
    if (rate) {
        m_outcome.bytesPerSecond = *rate;
        abortBecause(&FetchOutcome::tooSlow);
    }
}

void FlagRequest::restartInactivityTimer()
{
    m_inactivity.start(int(m_limits.inactivityTimeout.count()), Qt::CoarseTimer, this);
}

void FlagRequest::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_inactivity.timerId())
        abortBecause(&FetchOutcome::timedOut);
    else if (event->timerId() == m_speedCheck.timerId())
        checkSpeed();
    else if (event->timerId() == m_deadline.timerId())
        abortBecause(&FetchOutcome::pastDeadline);
    else
        WireRequest::timerEvent(event);
}

void FlagRequest::abortBecause(bool FetchOutcome::*flag)
{
    // abort() emits downloadProgress() and finished() synchronously, and the
    // progress can bring us back here: a second abort() makes Qt set a second
    // error and warn about it.
    if (m_finished || m_aborting || !m_reply)
        return;
    m_aborting = true;
    // Set the reason first: Qt reports every abort as OperationCanceledError.
    m_outcome.*flag = true;
    noteReceived(m_reply->bytesAvailable());
    if (m_reply->error() != QNetworkReply::NoError) {
        // Qt has settled on an error already (a 4xx, say) and its finished()
        // is still queued: abort() would set a second error and warn. End
        // here; letting the reply go aborts its transfer.
        onReplyFinished();
        return;
    }
    // abort() ends the reply at once, but its network thread may already
    // have queued an error for it (a 404 read just before): delivered to the
    // finished reply, Qt warns of a second error. Deleting the reply drops
    // what is queued for it, unless we are inside one of its own signals.
    QNetworkReply *reply = m_reply;
    const bool insideReplySignal = sender() == reply;
    reply->abort();
    if (!insideReplySignal)
        delete reply;
}

void FlagRequest::onReplyFinished()
{
    if (m_finished)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->deleteLater();
    const bool aborted = m_outcome.abortedByUs();
    if (!aborted && followRedirect(reply))
        return; // the next request is on the wire
    m_finished = true;
    m_outcome.phases.endedUs = sinceStartUs();
    m_outcome.phases.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    m_outcome.connectionClosed = aborted || (!answered && reply->error() != QNetworkReply::NoError)
        || reply->rawHeader("Connection").toLower().contains("close");
    if (m_route.keepHeaders)
        m_outcome.responseHeaders = reply->rawHeaderPairs();
    m_inactivity.stop();
    m_deadline.stop();
    m_speedCheck.stop();

    m_outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_outcome.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_outcome.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (m_outcome.networkError == QNetworkReply::NoError) // else a redirect we refused
        m_outcome.networkError = reply->error();
    m_outcome.networkErrorText = reply->errorString();
    m_outcome.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
    m_outcome.etag = reply->rawHeader("ETag").trimmed();
    m_outcome.lastModified = reply->rawHeader("Last-Modified").trimmed();
    // The built-in server's X-Qflags-Test-Failure (core does not see the server's headers).
    m_outcome.failedOnPurpose = reply->hasRawHeader("X-Qflags-Test-Failure");
    if (const QUrl location = locationOf(reply); location.isValid())
        m_outcome.redirectTarget = reply->url().resolved(location);
    if (reply->url().isValid())
        m_outcome.finalUrl = reply->url();
    if (!aborted) {
        // Not readAll(): for a reply of unknown size it reserves another
        // 16 KiB chunk and keeps it, nearly doubling a flag's memory (and a
        // 404's). Read what is there, as often as Qt has more.
        while (reply->bytesAvailable() > 0) {
            const QByteArray chunk = reply->read(reply->bytesAvailable());
            if (chunk.isEmpty())
                break;
            m_outcome.body += chunk;
        }
        noteReceived(m_outcome.body.size());
    }
    Q_EMIT finished(m_outcome);
}
