#include "flagrequest.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>

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
    // HTTP's IMF-fixdate ("Wed, 21 Oct 2015 07:28:00 GMT"), always in GMT.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::chrono::milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

FlagRequest::FlagRequest(QNetworkAccessManager *manager, const QUrl &url, const RequestLimits &limits,
                         const std::optional<QSslConfiguration> &tls, QObject *parent)
    : WireRequest(parent)
    , m_manager(manager)
    , m_limits(limits)
{
    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(limits.maxRedirects);
    request.setRawHeader("User-Agent", "qflags/" QFLAGS_VERSION);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Also for http: a redirect to https takes the request's configuration along.
    if (tls)
        request.setSslConfiguration(*tls);
    m_outcome.finalUrl = url;

    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(limits.inactivityTimeout);
    connect(&m_inactivity, &QTimer::timeout, this, &FlagRequest::onTimeout);
    // Inactivity alone lets a server that sends a byte now and then hold
    // the slot for ever.
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(limits.deadline);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortBecause(&FetchOutcome::pastDeadline); });

    m_reply = manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FlagRequest::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &FlagRequest::onDownloadProgress);
    // downloadProgress is throttled to one per 100 ms; readyRead comes with
    // every chunk, so the cap holds against a fast server too.
    connect(m_reply, &QNetworkReply::readyRead, this, &FlagRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::redirected, &m_inactivity, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::finished, this, &FlagRequest::onReplyFinished);
    // Emitted again for each redirect and each resend Qt makes by itself.
    connect(m_reply, &QNetworkReply::requestSent, this, [this] { ++m_outcome.requestsSent; });
    connect(m_reply, &QNetworkReply::redirected, this, [this] { ++m_outcome.redirects; });
    // ALPN's choice, known before any answer on a TLS connection.
    connect(m_reply, &QNetworkReply::encrypted, this, [this] {
        noteProtocol(m_reply->sslConfiguration().nextNegotiatedProtocol() == QSslConfiguration::ALPNProtocolHTTP2);
    });
    m_inactivity.start();
    m_deadline.start();
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

void FlagRequest::onMetaDataChanged()
{
    m_inactivity.start();
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
    m_inactivity.start();
    noteReceived(received);
    if (received > m_limits.maxBodyBytes || total > m_limits.maxBodyBytes)
        abortBecause(&FetchOutcome::tooLarge);
}

void FlagRequest::onReadyRead()
{
    m_inactivity.start();
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

void FlagRequest::onTimeout()
{
    abortBecause(&FetchOutcome::timedOut);
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
    m_finished = true;
    m_inactivity.stop();
    m_deadline.stop();

    QNetworkReply *reply = m_reply;
    m_outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_outcome.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_outcome.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    m_outcome.networkError = reply->error();
    m_outcome.networkErrorText = reply->errorString();
    m_outcome.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
    m_outcome.redirectTarget = reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (reply->url().isValid())
        m_outcome.finalUrl = reply->url();
    if (!m_outcome.tooLarge && !m_outcome.timedOut && !m_outcome.pastDeadline && !m_outcome.cancelled) {
        m_outcome.body = reply->readAll();
        noteReceived(m_outcome.body.size());
    }
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    Q_EMIT finished(m_outcome);
}
