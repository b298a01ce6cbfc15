#include "flagserver.h"

#include "contentsource.h"
#include "httpconnection.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Far above the 1,000 slow requests the server must hold; the kernel caps
// the backlog at net.core.somaxconn anyway.
constexpr int MaxPendingConnections = 10000;
constexpr int ListenBacklog = 4096;
// After the process ran out of descriptors, try accepting again this soon.
constexpr std::chrono::milliseconds AcceptRetry{100};

} // namespace

class FlagServer::Private final
{
public:
    explicit Private(FlagServer *q) : q(q) { }

    ResponsePlan plan(const HttpRequest &request);
    std::optional<FaultRule> drawFault(bool atAccept);
    HttpResponse contentResponse(const QByteArray &path, const QByteArray &ifNoneMatch,
                                 const QByteArray &ifModifiedSince) const;
    HttpResponse statsResponse() const;
    void acceptConnections();

    FlagServer *q;
    QTcpServer *tcpServer = nullptr;
    std::optional<ContentSource> content;
    ServerCounters counters;
    QRandomGenerator random;
    double delayMin = 0.0;
    double delayMax = 0.0;
    double errorRate = 0.0;
    QList<FaultRule> faults;
    bool verbose = false;
};

ResponsePlan FlagServer::Private::plan(const HttpRequest &request)
{
    if (request.path == "/_stats")
        return {std::chrono::milliseconds(0), false, [this] { return statsResponse(); },
                std::nullopt};
    if (!request.header("if-none-match").isNull() || !request.header("if-modified-since").isNull())
        ++counters.conditional;

    // Draw both numbers for every request, in arrival order, so a fixed seed
    // repeats the same run whatever the settings.
    const double delay = delayMin + random.generateDouble() * (delayMax - delayMin);
    const bool teapot = random.generateDouble() < errorRate;
    std::optional<FaultRule> fault = drawFault(false);
    // The marked follow-up of a `redirect` is the request that succeeds.
    if (fault && fault->kind == Fault::Redirect && FaultPlan::isRedirectFollowUp(request))
        fault.reset();
    ResponsePlan plan;
    plan.delay = std::chrono::milliseconds(qRound64(delay * 1000.0));
    plan.fault = fault;
    if (teapot && !fault) {
        plan.respond = [] {
            HttpResponse response = HttpResponse::error(418);
            // Said in the answer, so a client can tell a failure staged for
            // the lesson from a real one.
            response.addHeader(FlagServer::onPurposeHeader, "error rate"_ba);
            return response;
        };
    }
    else
        plan.respond = [this, path = request.path, ifNoneMatch = request.header("if-none-match"),
                        ifModifiedSince = request.header("if-modified-since")] {
            return contentResponse(path, ifNoneMatch, ifModifiedSince);
        };
    return plan;
}

std::optional<FaultRule> FlagServer::Private::drawFault(bool atAccept)
{
    // One draw per rule whichever fires, so a seeded run stays the same
    // sequence of numbers; the first rule that fires wins.
    std::optional<FaultRule> fired;
    for (const FaultRule &rule : std::as_const(faults)) {
        if ((rule.kind == Fault::Refuse) != atAccept)
            continue; // refuse is drawn per connection, the others per request
        if (random.generateDouble() < rule.rate && !fired)
            fired = rule;
    }
    return fired;
}

HttpResponse FlagServer::Private::contentResponse(const QByteArray &path, const QByteArray &ifNoneMatch,
                                                 const QByteArray &ifModifiedSince) const
{
    const Content found = content->get(path);
    if (found.status != 200)
        return HttpResponse::error(found.status);
    // Validators as a static server sends them: a strong ETag from the bytes
    // (the same file, the same tag, whatever its time) and the file's time.
    const QByteArray etag = '"' + QCryptographicHash::hash(found.body, QCryptographicHash::Sha1).toHex().left(20) + '"';
    const QByteArray lastModified = HttpResponse::httpDate(found.modified);
    const bool notModified = HttpResponse::isNotModified(etag, found.modified, ifNoneMatch, ifModifiedSince);
    HttpResponse response(notModified ? 304 : 200);
    if (response.status() == 200)
        response.setBody(found.body, found.contentType);
    response.addHeader("ETag"_ba, etag);
    response.addHeader("Last-Modified"_ba, lastModified);
    return response;
}

HttpResponse FlagServer::Private::statsResponse() const
{
    const FlagServerStats stats = counters.snapshot();
    const QJsonObject status{
        {u"200"_s, stats.status200},
        {u"304"_s, stats.status304},
        {u"404"_s, stats.status404},
        {u"418"_s, stats.status418},
        {u"other"_s, stats.statusOther},
    };
    QJsonObject faultCounts;
    for (auto it = stats.faults.cbegin(); it != stats.faults.cend(); ++it)
        faultCounts.insert(it.key(), it.value());
    const QJsonObject json{
        {u"in_flight"_s, stats.inFlight},
        {u"max_in_flight"_s, stats.maxInFlight},
        {u"requests"_s, stats.requests},
        {u"dropped"_s, stats.dropped},
        {u"connections"_s, stats.connections},
        {u"max_connections"_s, stats.maxConnections},
        {u"conditional"_s, stats.conditional},
        {u"status"_s, status},
        {u"faults"_s, faultCounts},
    };
    HttpResponse response(200);
    response.setBody(QJsonDocument(json).toJson(QJsonDocument::Compact), "application/json"_ba);
    return response;
}

void FlagServer::Private::acceptConnections()
{
    while (QTcpSocket *socket = tcpServer->nextPendingConnection()) {
        if (const std::optional<FaultRule> refuse = drawFault(true)) {
            // Closed before a byte is read: to the client the server is there
            // and will not talk.
            ++counters.faults.at(FaultPlan::slot(*refuse));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(
            socket, counters, [this](const HttpRequest &request) { return plan(request); },
            verbose, q);
        QObject::connect(connection, &HttpConnection::closed, connection, &QObject::deleteLater);
        if (verbose) {
            QObject::connect(connection, &HttpConnection::requestLogged, q,
                             &FlagServer::requestLogged);
        }
    }
}

FlagServer::FlagServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
}

FlagServer::~FlagServer()
{
    // Connections call back into d: they must go before it does.
    close();
}

bool FlagServer::listen(const FlagServerConfig &config, QString *errorMessage)
{
    close();
    ContentSource content = config.rootDir.isEmpty() ? ContentSource::embeddedFlags()
                                                     : ContentSource::directory(config.rootDir);
    if (!content.isValid()) {
        if (errorMessage)
            *errorMessage = content.errorString();
        return false;
    }
    d->content = std::move(content);
    d->random = config.seed ? QRandomGenerator(*config.seed)
                            : QRandomGenerator(QRandomGenerator::system()->generate());
    d->verbose = config.verbose;
    d->faults = config.faults;
    setDelay(config.delayMinSeconds, config.delayMaxSeconds);
    setErrorRate(config.errorRate);

    d->tcpServer = new QTcpServer(this);
    d->tcpServer->setMaxPendingConnections(MaxPendingConnections);
    d->tcpServer->setListenBacklogSize(ListenBacklog);
    connect(d->tcpServer, &QTcpServer::newConnection, this, [this] { d->acceptConnections(); });
    // Qt stops accepting on a hard error such as running out of descriptors;
    // connections closing soon free some, so try again rather than go deaf.
    QTcpServer *tcpServer = d->tcpServer;
    connect(tcpServer, &QTcpServer::acceptError, tcpServer, [tcpServer] {
        QTimer::singleShot(AcceptRetry, tcpServer, &QTcpServer::resumeAccepting);
    });
    if (!d->tcpServer->listen(config.bindAddress, config.port)) {
        if (errorMessage) {
            *errorMessage = tr("Cannot listen on %1 port %2: %3")
                                .arg(config.bindAddress.toString())
                                .arg(config.port)
                                .arg(d->tcpServer->errorString());
        }
        delete std::exchange(d->tcpServer, nullptr);
        return false;
    }
    return true;
}

void FlagServer::close()
{
    delete std::exchange(d->tcpServer, nullptr);
    // Deleting a connection drops its pending requests and their counts.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

quint16 FlagServer::port() const
{
    return d->tcpServer ? d->tcpServer->serverPort() : 0;
}

QUrl FlagServer::baseUrl() const
{
    if (!d->tcpServer)
        return {};
    QHostAddress host = d->tcpServer->serverAddress();
    // Listening everywhere: the loopback is the address a local client can use.
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

void FlagServer::setDelay(double minSeconds, double maxSeconds)
{
    // A day is already absurd; the bound keeps the milliseconds from overflowing.
    constexpr double longest = 24 * 3600;
    d->delayMin = minSeconds > 0 ? qMin(minSeconds, longest) : 0.0;
    d->delayMax = maxSeconds > d->delayMin ? qMin(maxSeconds, longest) : d->delayMin;
}

void FlagServer::setErrorRate(double rate)
{
    d->errorRate = rate > 0 ? qMin(rate, 1.0) : 0.0; // NaN too becomes 0
}

FlagServerStats FlagServer::stats() const
{
    return d->counters.snapshot();
}
