#include "server/backgroundflagserver.h"
#include "server/faultplan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cerrno>
#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
// From the ASan runtime; gcc ships no header that declares it.
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

using namespace Qt::StringLiterals;

namespace {

// How the server left a connection, as the kernel tells a plain socket:
// Qt's sockets report a reset and a close alike, so the test reads the wire
// with POSIX calls to tell them apart.
enum class Ending { Closed, Reset, Open };

struct Wire
{
    QByteArray bytes;
    Ending ending = Ending::Open;

    QByteArray head() const { return bytes.first(qMax(0, bytes.indexOf("\r\n\r\n"))); }
    QByteArray body() const
    {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : bytes.sliced(end + 4);
    }
    int status() const
    {
        const QList<QByteArray> parts = bytes.first(qMax(0, bytes.indexOf("\r\n"))).split(' ');
        return parts.size() >= 3 && parts.first() == "HTTP/1.1" ? parts.at(1).toInt() : 0;
    }
    QByteArray statusLine() const { return bytes.first(qMax(0, bytes.indexOf("\r\n"))); }
    // Every value of a header, names compared without case.
    QList<QByteArray> headers(const QByteArray &name) const
    {
        QList<QByteArray> values;
        const QList<QByteArray> lines = head().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0 && lines.at(i).first(colon).trimmed().toLower() == name)
                values.append(lines.at(i).sliced(colon + 1).trimmed());
        }
        return values;
    }
    QByteArray header(const QByteArray &name) const { return headers(name).value(0); }
};

// Sends one request and reads until the server closes or resets the
// connection, or nothing comes for quietMs (then the ending is Open).
// A plain socket connected to the server with the request sent, or -1.
int sendRequest(quint16 port, const QByteArray &request)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    if (!request.isEmpty())
        [[maybe_unused]] const auto sent = ::send(fd, request.constData(), request.size(), MSG_NOSIGNAL);
    return fd;
}

// The process's resident memory, from /proc: the server runs in this process.
qint64 residentBytes()
{
#if defined(__SANITIZE_ADDRESS__)
    // Under ASan (scripts/test-sanitizers) freed blocks wait in its
    // quarantine and stay resident, so every chunk the server wrote and freed
    // would count: measure the heap still in use instead.
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * ::sysconf(_SC_PAGESIZE);
#endif
}

// Reads into the wire until the server closes or resets the connection,
// nothing comes for quietMs (the ending stays Open), or one whole response
// with a Content-Length has arrived (oneResponse; the ending stays Open).
void readWire(int fd, Wire &wire, int quietMs, bool oneResponse = false)
{
    char buffer[64 * 1024];
    for (;;) {
        if (oneResponse && wire.bytes.contains("\r\n\r\n")
            && wire.body().size() >= wire.header("content-length"_ba).toLongLong()) {
            return;
        }
        pollfd poller{fd, POLLIN, 0};
        if (::poll(&poller, 1, quietMs) <= 0)
            return; // quiet: still open
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        if (got > 0) {
            wire.bytes.append(buffer, got);
            continue;
        }
        wire.ending = got == 0 ? Ending::Closed : (errno == ECONNRESET ? Ending::Reset : Ending::Open);
        return;
    }
}

Wire exchange(quint16 port, const QByteArray &request, int quietMs = 2000)
{
    Wire wire;
    const int fd = sendRequest(port, request);
    if (fd < 0) {
        wire.ending = Ending::Reset;
        return wire;
    }
    readWire(fd, wire, quietMs);
    ::close(fd);
    return wire;
}

QByteArray get(const QByteArray &target, bool keepAlive = false)
{
    return "GET "_ba + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"_ba
        + (keepAlive ? QByteArray() : "Connection: close\r\n"_ba) + "\r\n"_ba;
}

const QByteArray flagPath = "/flags/br/br.png"_ba;

FaultRule rule(const QString &text)
{
    QString error;
    const std::optional<FaultRule> parsed = FaultPlan::parse(text, &error);
    if (!parsed)
        qFatal("bad fault in the test: %s", qPrintable(error));
    return *parsed;
}

std::unique_ptr<BackgroundFlagServer> startServer(const QStringList &faults,
                                                  std::optional<quint32> seed = std::nullopt,
                                                  double delay = 0.0)
{
    FlagServerConfig config;
    for (const QString &text : faults)
        config.faults.append(rule(text));
    config.seed = seed;
    config.delayMinSeconds = config.delayMaxSeconds = delay;
    auto server = std::make_unique<BackgroundFlagServer>();
    QString error;
    if (!server->start(config, &error))
        qFatal("server did not start: %s", qPrintable(error));
    return server;
}

QJsonObject statsJson(quint16 port)
{
    return QJsonDocument::fromJson(exchange(port, get("/_stats"_ba)).body()).object();
}

} // namespace

Q_DECLARE_METATYPE(Ending)

class tst_ServerFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusFaults_data();
    void statusFaults();
    void wireFaults_data();
    void wireFaults();
    void redirectFollowUpIsServed();
    void keepAliveGoesOnAfterWellFormedFaults();
    void closeKeepAliveDropsTheReusedConnection();
    void faultsAreCountedInStats();
    void rateZeroNeverFires();
    void seededHalfRateRepeats();
    void firstRuleThatFiresWins();
    void delayComesBeforeTheFault();
    void heldRequestsLeaveNothingInFlight();
    void trickleSendsAByteAtATime();
    void hugeFloodsWithoutHoldingTheBody();
    void parseAcceptsGoodRules_data();
    void parseAcceptsGoodRules();
    void parseRejectsBadRules_data();
    void parseRejectsBadRules();

private:
    QByteArray m_png; // the flag as served without faults
};

void tst_ServerFaults::initTestCase()
{
    auto server = startServer({});
    const Wire wire = exchange(server->port(), get(flagPath));
    QCOMPARE(wire.status(), 200);
    m_png = wire.body();
    QVERIFY(!QImage::fromData(m_png).isNull());
    QVERIFY(m_png.size() > 64);
}

void tst_ServerFaults::statusFaults_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("404") << 404 << "Not Found"_ba << QByteArray();
    QTest::newRow("418") << 418 << "I'm a teapot"_ba << QByteArray();
    QTest::newRow("429") << 429 << "Too Many Requests"_ba << "1"_ba;
    QTest::newRow("500") << 500 << "Internal Server Error"_ba << QByteArray();
    QTest::newRow("502") << 502 << "Bad Gateway"_ba << QByteArray();
    QTest::newRow("503") << 503 << "Service Unavailable"_ba << "1"_ba;
    QTest::newRow("504") << 504 << "Gateway Timeout"_ba << QByteArray();
}

void tst_ServerFaults::statusFaults()
{
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, retryAfter);
    const QString name = u"status:"_s + QString::number(code);
    auto server = startServer({name});
    const Wire wire = exchange(server->port(), get(flagPath));
    QCOMPARE(wire.statusLine(), "HTTP/1.1 "_ba + QByteArray::number(code) + ' ' + reason);
    QCOMPARE(wire.headers("retry-after"_ba).value(0), retryAfter);
    QCOMPARE(wire.body().size(), wire.header("content-length"_ba).toLongLong());
    QCOMPARE(wire.ending, Ending::Closed);
    QCOMPARE(server->stats().faults.value(name), 1);
    // /_stats itself is never faulted.
    QCOMPARE(statsJson(server->port())[u"faults"_s].toObject()[name].toInt(), 1);
}

void tst_ServerFaults::wireFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");      // 0: no status line at all
    QTest::addColumn<Ending>("ending");
    QTest::addColumn<QByteArray>("header"); // "name: value" that must be there
    QTest::addColumn<QString>("body");      // what the body must be

    QTest::newRow("refuse") << u"refuse"_s << 0 << Ending::Closed << QByteArray() << u"none"_s;
    QTest::newRow("hang") << u"hang"_s << 0 << Ending::Open << QByteArray() << u"none"_s;
    QTest::newRow("stall") << u"stall"_s << 200 << Ending::Open << "content-type: image/png"_ba
                           << u"short"_s;
    QTest::newRow("reset") << u"reset"_s << 200 << Ending::Reset << "content-type: image/png"_ba
                           << u"short"_s;
    QTest::newRow("truncate") << u"truncate"_s << 200 << Ending::Closed
                              << "content-type: image/png"_ba << u"short"_s;
    QTest::newRow("chunked-cut") << u"chunked-cut"_s << 200 << Ending::Closed
                                 << "transfer-encoding: chunked"_ba << u"unterminated"_s;
    QTest::newRow("bad-chunk") << u"bad-chunk"_s << 200 << Ending::Closed
                               << "transfer-encoding: chunked"_ba << u"overflowing"_s;
    QTest::newRow("bad-length") << u"bad-length"_s << 200 << Ending::Closed
                                << "content-type: image/png"_ba << u"two-lengths"_s;
    QTest::newRow("empty") << u"empty"_s << 200 << Ending::Closed << "content-length: 0"_ba
                           << u"none"_s;
    QTest::newRow("garbage") << u"garbage"_s << 200 << Ending::Closed
                             << "content-type: image/png"_ba << u"not-image"_s;
    QTest::newRow("wrong-type") << u"wrong-type"_s << 200 << Ending::Closed
                                << "content-type: text/html; charset=utf-8"_ba << u"png"_s;
    QTest::newRow("redirect") << u"redirect"_s << 302 << Ending::Closed
                              << "location: /flags/br/br.png?r=1"_ba << u"any"_s;
    QTest::newRow("redirect-loop") << u"redirect-loop"_s << 302 << Ending::Closed
                                   << "location: /flags/br/br.png"_ba << u"any"_s;
    QTest::newRow("redirect-insecure") << u"redirect-insecure"_s << 302 << Ending::Closed
                                       << "location: ftp://127.0.0.1/flags/br/br.png"_ba
                                       << u"any"_s;
}

void tst_ServerFaults::wireFaults()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(Ending, ending);
    QFETCH(QByteArray, header);
    QFETCH(QString, body);

    auto server = startServer({fault});
    // Keep-alive asked for: every close seen here is the fault's doing,
    // except after the well-formed ones, which the client closes itself.
    const bool wellFormed = !FaultPlan::endsConnection(rule(fault).kind);
    const Wire wire = exchange(server->port(), get(flagPath, !wellFormed), 800);

    QCOMPARE(wire.status(), status);
    if (status == 0)
        QVERIFY2(wire.bytes.isEmpty(), wire.bytes.constData());
    if (!header.isEmpty()) {
        const qsizetype colon = header.indexOf(':');
        QVERIFY2(wire.headers(header.first(colon)).contains(header.sliced(colon + 2)),
                 wire.head().constData());
    }
    if (fault == u"refuse") // the request may still be unread: a reset is fine too
        QVERIFY(wire.ending == Ending::Closed || wire.ending == Ending::Reset);
    else
        QCOMPARE(wire.ending, ending);

    const qint64 length = wire.header("content-length"_ba).toLongLong();
    if (body == u"none") {
        QVERIFY(wire.body().isEmpty());
    } else if (body == u"short") {
        QCOMPARE(length, m_png.size());
        QVERIFY(wire.body().size() > 0);
        QVERIFY(wire.body().size() < length);
        QVERIFY(m_png.startsWith(wire.body()));
    } else if (body == u"unterminated") {
        QVERIFY(wire.headers("content-length"_ba).isEmpty());
        QVERIFY(!wire.body().endsWith("0\r\n\r\n"));
        QVERIFY(wire.body().size() > 0);
    } else if (body == u"overflowing") {
        QVERIFY(wire.body().startsWith("fffffffffffffffff0\r\n"));
    } else if (body == u"two-lengths") {
        const QList<QByteArray> lengths = wire.headers("content-length"_ba);
        QCOMPARE(lengths.size(), 2);
        QVERIFY(lengths.first() != lengths.last());
    } else if (body == u"not-image") {
        QVERIFY(wire.body().size() > 0);
        QCOMPARE(wire.body().size(), length);
        QVERIFY(QImage::fromData(wire.body()).isNull());
    } else if (body == u"png") {
        QCOMPARE(wire.body(), m_png);
    }

    // Counted once, under its own name, whatever happened on the wire.
    QTRY_COMPARE(server->stats().faults.value(fault), 1);
    QCOMPARE(server->stats().faults.size(), 1);
}

void tst_ServerFaults::redirectFollowUpIsServed()
{
    auto server = startServer({u"redirect"_s});
    const Wire first = exchange(server->port(), get(flagPath));
    QCOMPARE(first.status(), 302);
    const Wire second = exchange(server->port(), get(first.header("location"_ba)));
    QCOMPARE(second.status(), 200);
    QCOMPARE(second.body(), m_png);
    QCOMPARE(server->stats().faults.value(u"redirect"_s), 1);
}

void tst_ServerFaults::keepAliveGoesOnAfterWellFormedFaults()
{
    // A 503 is an answer like any other: the same connection serves the next.
    auto server = startServer({u"status:503"_s});
    const Wire wire = exchange(server->port(), get(flagPath, true) + get(flagPath));
    QCOMPARE(wire.bytes.count("HTTP/1.1 503 Service Unavailable\r\n"), 2);
    QCOMPARE(wire.ending, Ending::Closed);
}

void tst_ServerFaults::closeKeepAliveDropsTheReusedConnection()
{
    auto server = startServer({u"close-keepalive"_s});

    // The first answer is whole and offers to keep the connection.
    const int reused = sendRequest(server->port(), get(flagPath, true));
    QVERIFY(reused >= 0);
    Wire first;
    readWire(reused, first, 2000, true);
    QCOMPARE(first.status(), 200);
    QCOMPARE(first.body(), m_png);
    QVERIFY2(first.header("connection"_ba).toLower() != "close", first.head().constData());
    QCOMPARE(first.ending, Ending::Open);

    // The next request on it gets no answer: the connection just ends.
    QElapsedTimer clock;
    clock.start();
    const QByteArray again = get(flagPath, true);
    QCOMPARE(::send(reused, again.constData(), again.size(), MSG_NOSIGNAL), again.size());
    Wire second;
    readWire(reused, second, 2000);
    ::close(reused);
    QVERIFY2(second.bytes.isEmpty(), second.bytes.constData());
    QCOMPARE(second.ending, Ending::Closed);
    QVERIFY(clock.elapsed() < 400); // dropped at once, not by the idle close

    // A connection left idle after its one answer is closed soon after.
    const int idle = sendRequest(server->port(), get(flagPath, true));
    Wire answered;
    readWire(idle, answered, 2000, true);
    QCOMPARE(answered.status(), 200);
    clock.restart();
    readWire(idle, answered, 3000);
    ::close(idle);
    QCOMPARE(answered.ending, Ending::Closed);
    QVERIFY(clock.elapsed() < 1500);

    const FlagServerStats stats = server->stats();
    QCOMPARE(stats.requests, 3);
    QCOMPARE(stats.dropped, 1);
    QCOMPARE(stats.faults.value(u"close-keepalive"_s), 2);
    QCOMPARE(statsJson(server->port()).value("dropped"_L1).toInt(), 1);
}

void tst_ServerFaults::faultsAreCountedInStats()
{
    auto server = startServer({u"reset:0.5"_s, u"status:429:0.5"_s}, 7);
    int resets = 0;
    int busy = 0;
    int fine = 0;
    for (int i = 0; i < 20; ++i) {
        const Wire wire = exchange(server->port(), get(flagPath), 1000);
        if (wire.ending == Ending::Reset)
            ++resets;
        else if (wire.status() == 429)
            ++busy;
        else if (wire.status() == 200 && wire.body() == m_png)
            ++fine;
    }
    QCOMPARE(resets + busy + fine, 20);
    QVERIFY(resets > 0 && busy > 0 && fine > 0);
    const QJsonObject json = statsJson(server->port());
    const QJsonObject faults = json[u"faults"_s].toObject();
    QCOMPARE(faults[u"reset"_s].toInt(), resets);
    QCOMPARE(faults[u"status:429"_s].toInt(), busy);
    QCOMPARE(faults.size(), 2);
    // The existing keys are still there, and still right.
    QCOMPARE(json[u"requests"_s].toInt(), 20);
    QCOMPARE(json[u"status"_s].toObject()[u"200"_s].toInt(), fine + resets);
    QCOMPARE(json[u"in_flight"_s].toInt(), 0);
}

void tst_ServerFaults::rateZeroNeverFires()
{
    auto server = startServer({u"reset:0"_s, u"refuse:0"_s, u"status:500:0"_s});
    for (int i = 0; i < 30; ++i) {
        const Wire wire = exchange(server->port(), get(flagPath));
        QCOMPARE(wire.status(), 200);
        QCOMPARE(wire.body(), m_png);
    }
    QVERIFY(server->stats().faults.isEmpty());
    QVERIFY(statsJson(server->port())[u"faults"_s].toObject().isEmpty());
}

void tst_ServerFaults::seededHalfRateRepeats()
{
    const auto run = [] {
        auto server = startServer({u"status:503:0.5"_s, u"refuse:0.5"_s}, 42);
        QList<int> statuses;
        for (int i = 0; i < 24; ++i)
            statuses.append(exchange(server->port(), get(flagPath)).status());
        return statuses;
    };
    const QList<int> first = run();
    QCOMPARE(run(), first);
    QVERIFY(first.contains(0));   // refused
    QVERIFY(first.contains(503));
    QVERIFY(first.contains(200));
}

void tst_ServerFaults::firstRuleThatFiresWins()
{
    auto server = startServer({u"status:418"_s, u"status:500"_s, u"reset"_s});
    QCOMPARE(exchange(server->port(), get(flagPath)).status(), 418);
    const FlagServerStats stats = server->stats();
    QCOMPARE(stats.faults.size(), 1);
    QCOMPARE(stats.faults.value(u"status:418"_s), 1);
}

void tst_ServerFaults::delayComesBeforeTheFault()
{
    auto server = startServer({u"reset"_s}, std::nullopt, 0.3);
    QElapsedTimer clock;
    clock.start();
    const Wire wire = exchange(server->port(), get(flagPath));
    QVERIFY(clock.elapsed() >= 290);
    QCOMPARE(wire.ending, Ending::Reset);
}

void tst_ServerFaults::heldRequestsLeaveNothingInFlight()
{
    auto server = startServer({u"hang:0.5"_s, u"stall:0.5"_s});
    for (int i = 0; i < 6; ++i)
        exchange(server->port(), get(flagPath), 100); // the client gives up
    QTRY_COMPARE(server->stats().inFlight, 0);
    QTRY_COMPARE(server->stats().connections, 0);
    QCOMPARE(server->stats().requests, 6);
}

void tst_ServerFaults::trickleSendsAByteAtATime()
{
    auto server = startServer({u"trickle"_s});
    const int fd = sendRequest(server->port(), get(flagPath, true));
    QVERIFY(fd >= 0);
    // Read for a second: the head at once, then a byte every TrickleGap.
    Wire wire;
    QElapsedTimer clock;
    clock.start();
    char buffer[4096];
    while (clock.elapsed() < 1000) {
        pollfd poller{fd, POLLIN, 0};
        if (::poll(&poller, 1, int(qMax<qint64>(1, 1000 - clock.elapsed()))) <= 0)
            continue;
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        if (got <= 0) {
            wire.ending = got == 0 ? Ending::Closed : Ending::Reset;
            break;
        }
        wire.bytes.append(buffer, got);
    }
    ::close(fd); // the client gives up, as its deadline would make it

    QCOMPARE(wire.ending, Ending::Open);
    QCOMPARE(wire.status(), 200);
    QCOMPARE(wire.header("content-length"_ba).toLongLong(), m_png.size());
    QCOMPARE(wire.header("connection"_ba), "close"_ba);
    QVERIFY2(wire.body().size() >= 1 && wire.body().size() < 10,
             QByteArray::number(wire.body().size()).constData());
    QVERIFY(m_png.startsWith(wire.body()));
    // At this pace the whole flag would take far longer than a 60 s deadline.
    QVERIFY(m_png.size() * FaultPlan::TrickleGap > std::chrono::seconds(60));

    QTRY_COMPARE(server->stats().inFlight, 0);
    QTRY_COMPARE(server->stats().connections, 0);
    QCOMPARE(server->stats().faults.value(u"trickle"_s), 1);
}

void tst_ServerFaults::hugeFloodsWithoutHoldingTheBody()
{
    auto server = startServer({u"huge"_s});
    const qint64 memoryBefore = residentBytes();
    const int fd = sendRequest(server->port(), get(flagPath, true));
    QVERIFY(fd >= 0);
    // Count the body without keeping it; keep only the head.
    constexpr qint64 Enough = 4 * 1024 * 1024;
    QByteArray head;
    qint64 bodyBytes = 0;
    bool ended = false;
    QElapsedTimer clock;
    clock.start();
    static char buffer[256 * 1024];
    while (bodyBytes < Enough && clock.elapsed() < 5000) {
        pollfd poller{fd, POLLIN, 0};
        if (::poll(&poller, 1, 1000) <= 0)
            continue;
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        if (got <= 0) {
            ended = true;
            break;
        }
        if (head.endsWith("\r\n\r\n")) {
            bodyBytes += got;
            continue;
        }
        head.append(buffer, got);
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end >= 0) {
            bodyBytes += head.size() - end - 4;
            head.truncate(end + 4);
        }
    }
    const qint64 elapsed = clock.elapsed();
    // Stop reading for a while: a server that wrote ahead of the socket
    // would now hold the rest of the 64 MiB in its buffers.
    QTest::qWait(300);
    const qint64 memoryGrowth = residentBytes() - memoryBefore;
    ::close(fd);

    const Wire wire{head, Ending::Open};
    QVERIFY(!ended);
    QCOMPARE(wire.status(), 200);
    QCOMPARE(wire.header("content-length"_ba).toLongLong(), FaultPlan::HugeLength);
    QCOMPARE(wire.header("content-type"_ba), "image/png"_ba);
    QVERIFY2(bodyBytes >= Enough, QByteArray::number(bodyBytes).constData());
    QVERIFY2(elapsed < 3000, QByteArray::number(elapsed).constData());
    QVERIFY2(memoryGrowth < 16 * 1024 * 1024, QByteArray::number(memoryGrowth).constData());

    QTRY_COMPARE(server->stats().inFlight, 0);
    QTRY_COMPARE(server->stats().connections, 0);
    QCOMPARE(server->stats().faults.value(u"huge"_s), 1);
}

void tst_ServerFaults::parseAcceptsGoodRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("rate");
    QTest::newRow("bare") << u"reset"_s << u"reset"_s << 1.0;
    QTest::newRow("rate") << u"truncate:0.25"_s << u"truncate"_s << 0.25;
    QTest::newRow("zero") << u"hang:0"_s << u"hang"_s << 0.0;
    QTest::newRow("status") << u"status:503"_s << u"status:503"_s << 1.0;
    QTest::newRow("status rate") << u"status:429:0.5"_s << u"status:429"_s << 0.5;
    QTest::newRow("dashed") << u"close-keepalive:1"_s << u"close-keepalive"_s << 1.0;
    QTest::newRow("trickle") << u"trickle:0.5"_s << u"trickle"_s << 0.5;
    QTest::newRow("huge") << u"huge"_s << u"huge"_s << 1.0;
}

void tst_ServerFaults::parseAcceptsGoodRules()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(double, rate);
    QString error;
    const std::optional<FaultRule> parsed = parseFault(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(FaultPlan::name(*parsed), name);
    QCOMPARE(parsed->rate, rate);
    QCOMPARE(FaultPlan::slotName(FaultPlan::slot(*parsed)), name);
}

void tst_ServerFaults::parseRejectsBadRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << u"x"_s << u"unknown fault 'x': use one of refuse, hang, "_s;
    QTest::newRow("empty") << u""_s << u"unknown fault '': use one of"_s;
    QTest::newRow("case") << u"RESET"_s << u"unknown fault 'RESET'"_s;
    QTest::newRow("status 200") << u"status:200"_s << u"needs a status code, one of 404, 418"_s;
    QTest::newRow("status bare") << u"status"_s << u"needs a status code"_s;
    QTest::newRow("status word") << u"status:abc"_s << u"needs a status code"_s;
    QTest::newRow("rate high") << u"reset:1.5"_s << u"bad rate"_s;
    QTest::newRow("rate negative") << u"reset:-0.1"_s << u"bad rate"_s;
    QTest::newRow("rate word") << u"reset:often"_s << u"bad rate"_s;
    QTest::newRow("rate nan") << u"reset:nan"_s << u"bad rate"_s;
    QTest::newRow("too many") << u"reset:0.5:1"_s << u"too many parts"_s;
}

void tst_ServerFaults::parseRejectsBadRules()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!parseFault(text, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
}

QTEST_GUILESS_MAIN(tst_ServerFaults)
#include "tst_serverfaults.moc"
