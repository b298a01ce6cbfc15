#pragma once

#include "networkaccess.h"

#include <QHash>
#include <QNetworkProxy>
#include <QList>
#include <QSslConfiguration>

#include <optional>

class QNetworkAccessManager;

// The engine's network on Qt: sets of connections kept per origin {scheme,
// host, port}, as qBittorrent keys its queues by service, with a policy per
// origin that keeps every request on the wire and none in Qt's own queue,
// where Qt's transfer timer would already run. Qt 6.4 opens at most six
// HTTP/1.1 connections per key (the setting arrived in 6.5) and queues the
// rest; it keys connections by host, port and peer verify name, within each
// QNetworkAccessManager, and each manager has a thread of its own.
//
//  - http (HTTP/1.1; Qt 6.4 tries HTTP/2 only over TLS): one manager, and in
//    it as many sets of six connections as needed, each under a peer verify
//    name of ours (which cleartext never uses). A thousand requests take one
//    network thread, not 167.
//  - https speaking HTTP/2: one connection carries many streams, so one
//    manager takes up to its stream limit (100, the usual server minimum, as
//    Qt cannot tell us the server's); another manager only beyond that. Each
//    extra TLS connection costs round trips and a server's patience.
//  - https speaking HTTP/1.1: six requests per manager, more managers (a peer
//    verify name is the server's name to TLS, so no sets of our own here).
//  - https before its protocol is known (learned from ALPN, or the first
//    answer): Qt tries HTTP/2 on a single connection, so one manager takes up
//    to six requests and no second one is made until the protocol is known.
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
    static constexpr int http1ConnectionsPerSet = 6;
    static constexpr int http2StreamsPerManager = 100;

    enum class Protocol { Unknown, Http1, Http2 };

    explicit QtNetworkAccess(QObject *parent = nullptr);
    ~QtNetworkAccess() override;

    bool canStart(const QUrl &url) const override;
    WireRequest *start(const QUrl &url, const RequestLimits &limits,
                       const RequestConditions &conditions) override;

    // Trusted beside the system's CAs by the requests started from now on.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) override;
    // What those requests use: Qt's default, or it with the extra CAs added.
    QSslConfiguration sslConfiguration() const;
    // Each origin's proxy is chosen when its first request starts, and again
    // for every origin when the policy changes.
    void setProxyPolicy(const ProxyPolicy &policy) override;
    void setKeepsHeaders(bool keep) override { m_keepsHeaders = keep; }

    // What the origin of url is known to speak, and how many managers and
    // sets of connections it has.
    Protocol protocolOf(const QUrl &url) const;
    int managerCount(const QUrl &url) const;
    int connectionSetCount(const QUrl &url) const;

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
    // One of Qt's sets of connections: a manager and a peer verify name.
    struct ConnectionSet
    {
        QNetworkAccessManager *manager = nullptr;
        QString name;
        int active = 0;
        // Cleartext: connections Qt has opened for it, one per request beyond
        // the most that were ever on it at once. Connections the server
        // closed and Qt opens again are not counted here; the request hears
        // of those itself (socketStartedConnecting).
        int connectionsOpened = 0;
    };
    struct OriginPool
    {
        Protocol protocol = Protocol::Unknown;
        bool cleartext = false;
        QNetworkProxy proxy; // NoProxy: straight to the origin
        QList<ConnectionSet> sets;

        int requestsPerSet() const;
        bool mayAddSet() const;
        bool hasRoom() const;
    };

    static Origin originOf(const QUrl &url);
    static Protocol firstGuess(const Origin &origin);
    QNetworkAccessManager *newManager(const QNetworkProxy &proxy);
    QNetworkProxy proxyFor(const Origin &origin) const;
    // A set with room for one more request, and (cleartext) whether Qt will
    // open a connection for it.
    std::pair<ConnectionSet, bool> acquire(const Origin &origin);
    void release(const Origin &origin, const ConnectionSet &set, bool connectionClosed);
    void learnProtocol(const Origin &origin, bool http2);

    QHash<Origin, OriginPool> m_origins;
    QList<QSslCertificate> m_extraCaCertificates;
    std::optional<QSslConfiguration> m_sslConfiguration; // only with extra CAs
    ProxyPolicy m_proxyPolicy = ProxyPolicy::fromEnvironment(QProcessEnvironment::systemEnvironment());
    bool m_keepsHeaders = false;
};
