#pragma once

#include "networkaccess.h"

#include <QHash>
#include <QList>
#include <QSslConfiguration>

#include <optional>

class QNetworkAccessManager;

// The engine's network on Qt: QNetworkAccessManagers kept per origin
// {scheme, host, port}, as qBittorrent keys its queues by service, with a
// policy per origin that keeps every request on the wire and none in Qt's
// own queue, where Qt's transfer timer would already run:
//
//  - HTTP/1.1: Qt 6.4 opens at most six connections per host:port per
//    manager (the setting arrived in 6.5) and queues the rest, so at most six
//    requests go to a manager; more requests, more managers.
//  - HTTP/2: one connection carries many streams, so one manager takes up to
//    its stream limit (100, the usual server minimum, as Qt cannot tell us the
//    server's); another manager only beyond that. Each extra TLS connection
//    costs round trips and a server's patience.
//  - Not known yet (https before its first answer): Qt tries HTTP/2 by ALPN
//    on a single connection, so one manager takes up to six requests and no
//    second manager is made until the protocol is known.
//
// Cleartext http is HTTP/1.1 from the start: Qt 6.4 does not try HTTP/2
// without TLS unless asked to.
//
// Extra CAs (--cacert) go into every request's own QSslConfiguration, not
// into the process's default one: they arrive with the run's EngineSettings,
// so they reach the engine on whatever thread it runs (the window's runs on
// its own), every engine a sweep makes, and nothing outside the run; there is
// no global to set before a run and to undo after it.
class QtNetworkAccess final : public NetworkAccess
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtNetworkAccess)

public:
    static constexpr int http1RequestsPerManager = 6;
    static constexpr int http2StreamsPerManager = 100;

    enum class Protocol { Unknown, Http1, Http2 };

    explicit QtNetworkAccess(QObject *parent = nullptr);
    ~QtNetworkAccess() override;

    bool canStart(const QUrl &url) const override;
    WireRequest *start(const QUrl &url, const RequestLimits &limits) override;

    // Trusted beside the system's CAs by the requests started from now on.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) override;
    // What those requests use: Qt's default, or it with the extra CAs added.
    QSslConfiguration sslConfiguration() const;

    // What the origin of url is known to speak, and how many managers it has.
    Protocol protocolOf(const QUrl &url) const;
    int managerCount(const QUrl &url) const;

private:
    struct Origin
    {
        QString scheme;
        QString host;
        int port = -1;
        friend bool operator==(const Origin &, const Origin &) = default;
        friend size_t qHash(const Origin &origin, size_t seed = 0)
        {
            return qHashMulti(seed, origin.scheme, origin.host, origin.port);
        }
    };
    struct Manager
    {
        QNetworkAccessManager *manager = nullptr;
        int active = 0;
    };
    struct OriginPool
    {
        Protocol protocol = Protocol::Unknown;
        QList<Manager> managers;

        int requestsPerManager() const;
        bool mayAddManager() const;
        bool hasRoom() const;
    };

    static Origin originOf(const QUrl &url);
    static Protocol firstGuess(const Origin &origin);
    QNetworkAccessManager *acquire(const Origin &origin);
    void release(const Origin &origin, QNetworkAccessManager *manager);
    void learnProtocol(const Origin &origin, bool http2);

    QHash<Origin, OriginPool> m_origins;
    QList<QSslCertificate> m_extraCaCertificates;
    std::optional<QSslConfiguration> m_sslConfiguration; // only with extra CAs
};
