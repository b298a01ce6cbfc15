#include "qtnetworkaccess.h"

#include "flagrequest.h"

#include <QNetworkAccessManager>
#include <QSet>

using namespace Qt::StringLiterals;

QtNetworkAccess::QtNetworkAccess(QObject *parent)
    : NetworkAccess(parent)
{
}

QtNetworkAccess::~QtNetworkAccess() = default;

QtNetworkAccess::Origin QtNetworkAccess::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return {scheme, url.host().toLower(), url.port(scheme == u"https" ? 443 : 80)};
}

int QtNetworkAccess::OriginPool::requestsPerSet() const
{
    return protocol == Protocol::Http2 ? http2StreamsPerManager : http1ConnectionsPerSet;
}

bool QtNetworkAccess::OriginPool::mayAddSet() const
{
    return protocol != Protocol::Unknown || sets.isEmpty();
}

bool QtNetworkAccess::OriginPool::hasRoom() const
{
    const int perSet = requestsPerSet();
    return mayAddSet()
        || std::any_of(sets.cbegin(), sets.cend(), [perSet](const ConnectionSet &set) { return set.active < perSet; });
}

bool QtNetworkAccess::canStart(const QUrl &url) const
{
    const auto pool = m_origins.constFind(originOf(url));
    return pool == m_origins.cend() || pool->hasRoom();
}

void QtNetworkAccess::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (certificates == m_extraCaCertificates)
        return; // the system's CAs are read once, not for every run
    m_extraCaCertificates = certificates;
    m_sslConfiguration.reset();
    if (certificates.isEmpty())
        return; // Qt's default, untouched
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Qt's default finds the system's CAs on demand, and any setCaCertificates()
    // or addCaCertificates(list) turns that off (Qt 6.4, qsslconfiguration.cpp):
    // given only the extra ones, every other site would fail. So the system's
    // go in by name, beside them.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + certificates);
    m_sslConfiguration = configuration;
}

QSslConfiguration QtNetworkAccess::sslConfiguration() const
{
    return m_sslConfiguration.value_or(QSslConfiguration::defaultConfiguration());
}

void QtNetworkAccess::setProxyPolicy(const ProxyPolicy &policy)
{
    if (policy == m_proxyPolicy)
        return;
    m_proxyPolicy = policy;
    for (auto pool = m_origins.begin(); pool != m_origins.end(); ++pool) {
        pool->proxy = proxyFor(pool.key());
        for (const ConnectionSet &set : std::as_const(pool->sets))
            set.manager->setProxy(pool->proxy); // Qt drops the manager's idle connections
    }
}

QNetworkProxy QtNetworkAccess::proxyFor(const Origin &origin) const
{
    QUrl url;
    url.setScheme(origin.scheme);
    url.setHost(origin.host);
    url.setPort(origin.port);
    return m_proxyPolicy.proxyFor(url);
}

QtNetworkAccess::Protocol QtNetworkAccess::protocolOf(const QUrl &url) const
{
    const Origin origin = originOf(url);
    const auto pool = m_origins.constFind(origin);
    return pool != m_origins.cend() ? pool->protocol : firstGuess(origin);
}

QtNetworkAccess::Protocol QtNetworkAccess::firstGuess(const Origin &origin)
{
    // Qt speaks HTTP/2 over TLS only, unless told otherwise.
    return origin.scheme == u"https" ? Protocol::Unknown : Protocol::Http1;
}

int QtNetworkAccess::managerCount(const QUrl &url) const
{
    QSet<QNetworkAccessManager *> managers;
    for (const ConnectionSet &set : m_origins.value(originOf(url)).sets)
        managers.insert(set.manager);
    return int(managers.size());
}

int QtNetworkAccess::connectionSetCount(const QUrl &url) const
{
    return int(m_origins.value(originOf(url)).sets.size());
}

WireRequest *QtNetworkAccess::start(const QUrl &url, const RequestLimits &limits,
                                    const RequestConditions &conditions)
{
    const Origin origin = originOf(url);
    const auto [set, opensConnection] = acquire(origin);
    const QNetworkProxy &proxy = m_origins[origin].proxy;
    auto *request = new FlagRequest({set.manager, set.name, m_sslConfiguration, ProxyPolicy::name(proxy),
                                     !proxy.user().isEmpty(), m_keepsHeaders, opensConnection},
                                    url, limits, conditions);
    // Connected before the caller connects: the slot is free again before
    // the engine hears of the end and starts the next request.
    connect(request, &WireRequest::finished, this, [this, origin, set](const FetchOutcome &outcome) {
        if (!outcome.abortedByUs()) {
            release(origin, set, outcome.connectionClosed);
            return;
        }
        // Qt emits finished() inside abort(), before it tells its network
        // thread to drop the connection: a request sent to this set now
        // would reach that thread first, find every connection busy and wait
        // in Qt's queue. The slot comes back once abort() has returned.
        QMetaObject::invokeMethod(this, [this, origin, set] {
            release(origin, set, true);
            Q_EMIT capacityAvailable();
        }, Qt::QueuedConnection);
    });
    if (protocolOf(url) == Protocol::Unknown)
        connect(request, &FlagRequest::protocolKnown, this,
                [this, origin](bool http2) { learnProtocol(origin, http2); });
    return request;
}

std::pair<QtNetworkAccess::ConnectionSet, bool> QtNetworkAccess::acquire(const Origin &origin)
{
    auto pool = m_origins.find(origin);
    if (pool == m_origins.end()) {
        OriginPool fresh;
        fresh.protocol = firstGuess(origin);
        fresh.cleartext = origin.scheme != u"https";
        fresh.proxy = proxyFor(origin);
        pool = m_origins.insert(origin, fresh);
    }
    // The first set with room, so that warm connections are reused.
    const int perSet = pool->requestsPerSet();
    // Cleartext HTTP/1.1 has no signal that tells which request a new
    // connection is for: one is, for each request beyond the most the set
    // ever had at once. (Over TLS, FlagRequest hears it from the handshake.)
    const bool cleartext = pool->cleartext;
    const auto take = [cleartext](ConnectionSet &set) {
        ++set.active;
        const bool opens = cleartext && set.active > set.connectionsOpened;
        if (opens)
            ++set.connectionsOpened;
        return std::pair(set, opens);
    };
    for (ConnectionSet &set : pool->sets) {
        if (set.active < perSet)
            return take(set);
    }
    Q_ASSERT_X(pool->mayAddSet(), "QtNetworkAccess::acquire", "started past canStart()");
    ConnectionSet set;
    if (pool->cleartext && !pool->sets.isEmpty()) {
        set.manager = pool->sets.constFirst().manager;
        set.name = u"qflags-connections-%1"_s.arg(pool->sets.size());
    } else {
        set.manager = newManager(pool->proxy);
    }
    pool->sets.append(set);
    return take(pool->sets.last());
}

QNetworkAccessManager *QtNetworkAccess::newManager(const QNetworkProxy &proxy)
{
    auto *manager = new QNetworkAccessManager(this);
    // Chosen by our policy, and said in every failure; never Qt's own
    // look-up per request.
    manager->setProxy(proxy);
    // Redirects are followed by FlagRequest, as Qt's NoLessSafeRedirectPolicy would.
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Our own timers watch the wire; Qt's would also count time in its queue.
    manager->setTransferTimeout(0);
    return manager;
}

void QtNetworkAccess::release(const Origin &origin, const ConnectionSet &released, bool connectionClosed)
{
    OriginPool &pool = m_origins[origin];
    for (ConnectionSet &set : pool.sets) {
        if (set.manager == released.manager && set.name == released.name) {
            Q_ASSERT(set.active > 0);
            --set.active;
            // Its connection is gone: the next request beyond the others
            // still open needs a new one.
            if (connectionClosed && set.connectionsOpened > 0)
                --set.connectionsOpened;
            return;
        }
    }
    Q_ASSERT_X(false, "QtNetworkAccess::release", "set not from this origin");
}

void QtNetworkAccess::learnProtocol(const Origin &origin, bool http2)
{
    OriginPool &pool = m_origins[origin];
    if (pool.protocol != Protocol::Unknown)
        return;
    pool.protocol = http2 ? Protocol::Http2 : Protocol::Http1;
    // From the event loop, as promised: this runs inside a reply's signal.
    QMetaObject::invokeMethod(this, &NetworkAccess::capacityAvailable, Qt::QueuedConnection);
}
