#pragma once

#include "networkaccess.h"
#include "wirerules.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QBasicTimer>
#include <QElapsedTimer>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

// One GET on the wire through Qt: a WireRequest over a QNetworkReply. Owns the
// reply, an inactivity timer that starts when the request is sent (the network
// guarantees it is not parked in Qt's queue) and is restarted by every sign of
// life, a deadline, and a cap on the body size.
class FlagRequest final : public WireRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagRequest)

public:
    // Where a request goes.
    struct Route
    {
        QNetworkAccessManager *manager = nullptr;
        // Cleartext http only: which of the manager's sets of six connections
        // (see QtNetworkAccess). Empty: the manager's only set.
        QString connectionGroup = {};
        // The request's TLS configuration; without one, Qt's default.
        std::optional<QSslConfiguration> tls = std::nullopt;
        // The proxy that carries it, as ProxyPolicy::name() says it; empty: none.
        QString proxy = {};
        bool proxyHasCredentials = false;
        // Keep both sides' headers in the outcome, for an exchange log.
        bool keepHeaders = false;
        // Cleartext: Qt opens a connection for it (the network counts them),
        // and its connecting begins as it is handed over. Qt 6.4 tells only
        // one of the requests that start connections together
        // (socketStartedConnecting goes to the first in its queue, once per
        // connection). Over TLS the handshake's end tells the request itself.
        bool opensConnection = false;
    };

    FlagRequest(const Route &route, const QUrl &url, const RequestLimits &limits,
                const RequestConditions &conditions = {}, QObject *parent = nullptr);
    ~FlagRequest() override;

    void cancel() override;

    // Retry-After in seconds or as an HTTP date; nothing when absent or bad.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value);

Q_SIGNALS:
    // The first answer (or the TLS handshake) said which protocol carries
    // this request: HTTP/2, or HTTP/1.x.
    void protocolKnown(bool http2);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void send(const QUrl &url, const QString &connectionGroup);
    // True when reply is a redirect we follow: the next request is sent.
    bool followRedirect(QNetworkReply *reply);
    static QUrl locationOf(const QNetworkReply *reply);
    void noteProtocol(bool http2);
    qint64 sinceStartUs() const { return m_sinceStart.nsecsElapsed() / 1000; }
    void onSocketStartedConnecting();
    void onMetaDataChanged();
    void onDownloadProgress(qint64 received, qint64 total);
    void onReadyRead();
    void restartInactivityTimer();
    void startSpeedCheck();
    void checkSpeed();
    void noteReceived(qint64 bytes);
    void onReplyFinished();
    void abortBecause(bool FetchOutcome::*flag);

    Route m_route;
    QPointer<QNetworkReply> m_reply;
    RequestLimits m_limits;
    RequestConditions m_conditions;
    QBasicTimer m_inactivity; // nothing arrived for the inactivity timeout
    QBasicTimer m_deadline;   // the whole request took too long
    QBasicTimer m_speedCheck; // samples what arrived, for the minimum speed
    QElapsedTimer m_sinceAnswer; // since the answer began: the speed's clock
    QElapsedTimer m_sinceStart;  // since the request was handed to Qt: the phases' clock
    SpeedMeter m_speed;
    FetchOutcome m_outcome;
    bool m_finished = false;
    bool m_aborting = false;
    bool m_protocolKnown = false;
};
