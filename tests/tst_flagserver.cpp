#include "testfiles.h"

#include "base/httpdate.h"
#include "base/processresources.h"
#include "server/backgroundflagserver.h"
#include "server/flagserver.h"
#include "server/httpconnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>


using namespace Qt::StringLiterals;

namespace {

struct Response
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// Cuts responses off a byte stream, one at a time, the way a pipelining
// client must: by Content-Length, which this server always sends.
class ResponseReader final
{
public:
    void append(const QByteArray &bytes) { m_buffer += bytes; }
    bool isEmpty() const { return m_buffer.isEmpty(); }

    // head: the request was HEAD, so no body follows whatever the length says.
    std::optional<Response> take(bool head = false)
    {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        const QList<QByteArray> lines = m_buffer.first(headEnd).split('\n');
        Response response;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 3 || statusLine.first() != "HTTP/1.1")
            return Response{-1, {}, m_buffer}; // not HTTP: fail the caller's checks
        response.status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            response.headers.insert(lines.at(i).first(colon).trimmed().toLower(),
                                    lines.at(i).sliced(colon + 1).trimmed());
        }
        const qsizetype length = head ? 0 : response.headers.value("content-length").toLongLong();
        if (m_buffer.size() < headEnd + 4 + length)
            return std::nullopt;
        response.body = m_buffer.sliced(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        return response;
    }

private:
    QByteArray m_buffer;
};

// A raw HTTP client that blocks: only for servers on another thread.
class Client final
{
public:
    explicit Client(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &raw)
    {
        m_socket.write(raw);
        m_socket.flush();
    }

    std::optional<Response> read(bool head = false, int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            m_reader.append(m_socket.readAll());
            if (auto response = m_reader.take(head))
                return response;
            const int left = timeoutMs - int(clock.elapsed());
            if (left <= 0 || m_socket.state() != QAbstractSocket::ConnectedState)
                return std::nullopt;
            m_socket.waitForReadyRead(left);
        }
    }

    // True when the server closes the connection within the time.
    bool waitForServerClose(int timeoutMs = 5000)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        return m_socket.waitForDisconnected(timeoutMs);
    }

    // Bytes that came after the responses read so far.
    bool nothingMoreReceived()
    {
        m_reader.append(m_socket.readAll());
        return m_reader.isEmpty();
    }

private:
    QTcpSocket m_socket;
    ResponseReader m_reader;
};

QByteArray getRequest(const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

// One request on a connection of its own.
Response fetch(quint16 port, const QByteArray &path)
{
    Client client(port);
    client.send(getRequest(path, "Connection: close\r\n"_ba));
    return client.read().value_or(Response{});
}

QJsonObject fetchStats(quint16 port)
{
    return QJsonDocument::fromJson(fetch(port, "/_stats"_ba).body).object();
}

FlagServerConfig configWith(double delay = 0.0, double errorRate = 0.0,
                            std::optional<quint32> seed = std::nullopt)
{
    FlagServerConfig config;
    config.delayMinSeconds = delay;
    config.delayMaxSeconds = delay;
    config.errorRate = errorRate;
    config.seed = seed;
    return config;
}

const QByteArray secretContent = "TOP-SECRET, never served"_ba;
const QByteArray gifContent = "GIF89a\x01\x00\x01\x00\x80\x00\x00 not really a gif"_ba;

} // namespace

class tst_FlagServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void pngIsServed();
    void metadataIsJson_data();
    void metadataIsJson();
    void unknownPathsAre404_data();
    void unknownPathsAre404();
    void headHasNoBody();
    void otherMethodsAre405();
    void malformedIs400AndServingGoesOn();
    void keepAlive_data();
    void keepAlive();
    void pipelinedAnswersKeepRequestOrder();
    void pipeliningIsBounded();
    void qtNetworkClientGetsEveryFlag();

    void rootServesFilesAsTheyAre();
    void validatorsAreSentAndAnUnchangedFlagIs304();
    void aChangedFileGetsANewETag();
    void rootRefusesTraversal_data();
    void rootRefusesTraversal();
    void rootFollowsSymlinksInsideIt();
    void missingRootFailsToStart();

    void delayedRequestsAreConcurrent();
    void errorRate_data();
    void errorRate();
    void sameSeedSameRun();
    void teapotComesAfterTheDelay();
    void settingsChangeWhileRunning();
    void clientsLeavingMidDelayLeaveNothingInFlight();
    void statsAreNotCounted();
    void verboseLogsEachRequest();
    void busyPortFailsToStart();

private:
    QTemporaryDir m_dir;
    QString m_root; // flags/br/br.gif, flags/br/metadata.json and links
};

void tst_FlagServer::initTestCase()
{
    // Two sockets per concurrent client in this one process.
    QVERIFY2(ProcessResources::raiseOpenFileLimit() >= 1024,
             "too few file descriptors for the concurrency tests");

    // A served tree, and a secret next to it that must never come out.
    QVERIFY(m_dir.isValid());
    const QDir base(m_dir.path());
    QVERIFY(base.mkpath(u"root/flags/br"_s));
    QVERIFY(base.mkpath(u"outside"_s));
    m_root = base.filePath(u"root"_s);
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(m_root + u"/flags/br/br.gif"_s, gifContent));
    QVERIFY(write(m_root + u"/flags/br/metadata.json"_s,
                  R"({"tld_cc": ".br", "iso_cc": "BR", "country": "Brazil", "gec_cc": "BR"})"_ba));
    QVERIFY(write(base.filePath(u"outside/secret.txt"_s), secretContent));
    QVERIFY(write(base.filePath(u"rootsecret.txt"_s), secretContent));
    QVERIFY(QFile::link(base.filePath(u"outside/secret.txt"_s), m_root + u"/leak.gif"_s));
    QVERIFY(QFile::link(base.filePath(u"outside"_s), m_root + u"/outdir"_s));
    QVERIFY(QFile::link(m_root + u"/flags/br/br.gif"_s, m_root + u"/alias.gif"_s));
}

void tst_FlagServer::pngIsServed()
{
    BackgroundFlagServer server;
    QString error;
    QVERIFY2(server.start(configWith(), &error), qPrintable(error));
    QCOMPARE(server.baseUrl(), QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));

    const Response response = fetch(server.port(), "/flags/br/br.png"_ba);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("content-type"), "image/png"_ba);
    QCOMPARE(response.headers.value("content-length").toLongLong(), response.body.size());
    QCOMPARE(response.headers.value("server"), "qflags-server"_ba);
    QCOMPARE(response.headers.value("connection"), "close"_ba);
    const QDateTime date = QLocale::c().toDateTime(
        QString::fromLatin1(response.headers.value("date")), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    QVERIFY2(date.isValid(), response.headers.value("date").constData());

    QFile embedded(u":/flagset/br.png"_s);
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QCOMPARE(response.body, embedded.readAll());
    const QImage image = QImage::fromData(response.body, "PNG");
    QCOMPARE(image.size(), QSize(320, 240));
}

void tst_FlagServer::metadataIsJson_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("country");

    QTest::newRow("br") << "br"_ba << u"Brazil"_s;
    QTest::newRow("us") << "us"_ba << u"United States"_s;
    QTest::newRow("common name") << "bo"_ba << u"Bolivia"_s;
    QTest::newRow("not in iso-codes") << "eu"_ba << u"European Union"_s; // from QLocale
}

void tst_FlagServer::metadataIsJson()
{
    QFETCH(QByteArray, code);
    QFETCH(QString, country);

    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(), nullptr));
    const Response response = fetch(server.port(), "/flags/" + code + "/metadata.json");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("content-type"), "application/json"_ba);
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(response.body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"iso_cc").toString(), QString::fromLatin1(code.toUpper()));
    QCOMPARE(json.value(u"country").toString(), country);
}

void tst_FlagServer::unknownPathsAre404_data()
{
    QTest::addColumn<QByteArray>("path");

    QTest::newRow("unknown code") << "/flags/qq/qq.png"_ba;
    QTest::newRow("unknown metadata") << "/flags/qq/metadata.json"_ba;
    QTest::newRow("upper case") << "/flags/BR/BR.png"_ba;
    QTest::newRow("codes differ") << "/flags/br/cn.png"_ba;
    QTest::newRow("gif in embedded set") << "/flags/br/br.gif"_ba;
    QTest::newRow("directory") << "/flags/br/"_ba;
    QTest::newRow("no file") << "/flags/br"_ba;
    QTest::newRow("top") << "/"_ba;
    QTest::newRow("resource json") << "/flagset/iso_3166-1.json"_ba;
    QTest::newRow("three letters") << "/flags/bra/bra.png"_ba;
    QTest::newRow("trailing junk") << "/flags/br/br.pngx"_ba;
}

void tst_FlagServer::unknownPathsAre404()
{
    QFETCH(QByteArray, path);

    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(), nullptr));
    const Response response = fetch(server.port(), path);
    QCOMPARE(response.status, 404);
    QCOMPARE(response.body, "404 Not Found\n"_ba);
    QCOMPARE(server.stats().status404, 1);
}

void tst_FlagServer::headHasNoBody()
{
    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(), nullptr));
    Client client(server.port());
    client.send("HEAD /flags/cn/cn.png HTTP/1.1\r\nHost: x\r\n\r\n"_ba
                + getRequest("/flags/cn/cn.png"_ba));
    const auto head = client.read(true);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QVERIFY(head->body.isEmpty());
    // Had HEAD sent a body, these bytes would not start with a status line.
    const auto get = client.read();
    QVERIFY(get);
    QCOMPARE(get->status, 200);
    QCOMPARE(head->headers.value("content-length").toLongLong(), get->body.size());
    QCOMPARE(head->headers.value("content-type"), "image/png"_ba);
    QVERIFY(get->body.size() > 1000);
}

void tst_FlagServer::otherMethodsAre405()
{
    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(), nullptr));
    Client client(server.port());
    client.send("POST /flags/br/br.png HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                "GET /flags/br/br.png HTTP/1.1\r\n\r\n"_ba);
    const auto response = client.read();
    QVERIFY(response);
    QCOMPARE(response->status, 405);
    QCOMPARE(response->headers.value("allow"), "GET, HEAD"_ba);
    QCOMPARE(response->headers.value("connection"), "close"_ba);
    QVERIFY(client.waitForServerClose());
    QVERIFY(client.nothingMoreReceived()); // the GET behind it is not answered
    QCOMPARE(server.stats().statusOther, 1);
    QCOMPARE(server.stats().requests, 1);
}

void tst_FlagServer::malformedIs400AndServingGoesOn()
{
    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(), nullptr));
    Client bad(server.port());
    bad.send("GET /flags/br/br.png HTTP/1.1\r\nNo colon here\r\n\r\n"_ba);
    const auto response = bad.read();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QCOMPARE(response->headers.value("connection"), "close"_ba);
    QVERIFY(bad.waitForServerClose());

    Client worse(server.port());
    worse.send("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03 binary\r\n\r\n"_ba);
    QCOMPARE(worse.read().value_or(Response{}).status, 400);

    QCOMPARE(fetch(server.port(), "/flags/br/br.png"_ba).status, 200);
    const FlagServerStats stats = server.stats();
    QCOMPARE(stats.requests, 3);
    QCOMPARE(stats.statusOther, 2);
    QCOMPARE(stats.status200, 1);
}

void tst_FlagServer::keepAlive_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("keptOpen");

    QTest::newRow("1.1") << "GET /flags/br/br.png HTTP/1.1\r\nHost: x\r\n\r\n"_ba << true;
    QTest::newRow("1.1 close")
        << "GET /flags/br/br.png HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"_ba << false;
    QTest::newRow("1.0") << "GET /flags/br/br.png HTTP/1.0\r\n\r\n"_ba << false;
    QTest::newRow("1.0 keep-alive")
        << "GET /flags/br/br.png HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"_ba << true;
}

void tst_FlagServer::keepAlive()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, keptOpen);

    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(), nullptr));
    Client client(server.port());
    client.send(request);
    const auto first = client.read();
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    QCOMPARE(first->headers.value("connection"), keptOpen ? "keep-alive"_ba : "close"_ba);
    if (!keptOpen) {
        QVERIFY(client.waitForServerClose());
        return;
    }
    QVERIFY(!client.waitForServerClose(200));
    client.send(request);
    const auto second = client.read();
    QVERIFY(second);
    QCOMPARE(second->status, 200);
    QCOMPARE(second->body, first->body);
    QCOMPARE(server.stats().connections, 1);
    QCOMPARE(server.stats().maxConnections, 1);
}

void tst_FlagServer::pipelinedAnswersKeepRequestOrder()
{
    // Random delays per request: later requests are often ready first, yet
    // must be answered after the ones before them.
    FlagServerConfig config = configWith(0.0, 0.0, 42);
    config.delayMaxSeconds = 0.2;
    BackgroundFlagServer server;
    QVERIFY(server.start(config, nullptr));

    const QList<QByteArray> codes = {"br", "cn", "qq", "us", "de", "jp", "in", "ru", "fr", "ng"};
    QByteArray requests;
    for (const QByteArray &code : codes)
        requests += getRequest("/flags/" + code + "/metadata.json");
    Client client(server.port());
    client.send(requests);
    for (const QByteArray &code : codes) {
        const auto response = client.read();
        QVERIFY2(response, code.constData());
        if (code == "qq") {
            QCOMPARE(response->status, 404);
            continue;
        }
        QCOMPARE(response->status, 200);
        const QJsonObject json = QJsonDocument::fromJson(response->body).object();
        QCOMPARE(json.value(u"iso_cc").toString(), QString::fromLatin1(code.toUpper()));
    }
    QTRY_COMPARE(server.stats().inFlight, 0);
    QCOMPARE(server.stats().maxInFlight, codes.size());
}

void tst_FlagServer::pipeliningIsBounded()
{
    // A client may send any number of requests at once; the server reads
    // only so many ahead, and the rest wait in TCP, not in its memory.
    constexpr int requestCount = 100;
    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(0.05), nullptr));
    QByteArray requests;
    for (int i = 0; i < requestCount; ++i)
        requests += getRequest(i % 2 ? "/flags/br/metadata.json"_ba : "/flags/qq/metadata.json"_ba);
    Client client(server.port());
    client.send(requests);
    for (int i = 0; i < requestCount; ++i) {
        const auto response = client.read();
        QVERIFY2(response, qPrintable(QString::number(i)));
        QCOMPARE(response->status, i % 2 ? 200 : 404);
    }
    QCOMPARE(server.stats().requests, requestCount);
    QCOMPARE(server.stats().maxInFlight, int(HttpConnection::MaxQueuedRequests));
}

void tst_FlagServer::qtNetworkClientGetsEveryFlag()
{
    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(), nullptr));
    QNetworkAccessManager manager;
    const QStringList codes = {u"br"_s, u"cn"_s, u"in"_s, u"us"_s, u"id"_s, u"pk"_s, u"ng"_s,
                               u"bd"_s, u"ru"_s, u"jp"_s, u"mx"_s, u"ph"_s, u"vn"_s, u"et"_s,
                               u"eg"_s, u"de"_s, u"ir"_s, u"tr"_s, u"cd"_s, u"fr"_s};
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (const QString &code : codes) {
        QUrl url = server.baseUrl();
        url.setPath(u"/flags/%1/%1.png"_s.arg(code));
        replies.emplace_back(manager.get(QNetworkRequest(url)));
    }
    for (const auto &reply : replies) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply.get(), &QNetworkReply::finished).wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(!QImage::fromData(reply->readAll(), "PNG").isNull());
    }
    QCOMPARE(server.stats().status200, codes.size());
    // Qt keeps its connections and reuses them: fewer than one per request.
    QVERIFY(server.stats().maxConnections <= 6);
}

void tst_FlagServer::rootServesFilesAsTheyAre()
{
    BackgroundFlagServer server;
    FlagServerConfig config = configWith();
    config.rootDir = m_root;
    QVERIFY(server.start(config, nullptr));

    const Response gif = fetch(server.port(), "/flags/br/br.gif"_ba);
    QCOMPARE(gif.status, 200);
    QCOMPARE(gif.headers.value("content-type"), "image/gif"_ba);
    QCOMPARE(gif.body, gifContent);

    const Response json = fetch(server.port(), "/flags/br/metadata.json?cache=no"_ba);
    QCOMPARE(json.status, 200);
    QCOMPARE(json.headers.value("content-type"), "application/json"_ba);
    QCOMPARE(QJsonDocument::fromJson(json.body)[u"country"].toString(), u"Brazil"_s);

    QCOMPARE(fetch(server.port(), "/flags/br/br.png"_ba).status, 404);
    QCOMPARE(fetch(server.port(), "/flags/cn/cn.gif"_ba).status, 404);
}

void tst_FlagServer::validatorsAreSentAndAnUnchangedFlagIs304()
{
    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(), nullptr));
    const Response first = fetch(server.port(), "/flags/br/br.png"_ba);
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.headers.value("etag");
    const QByteArray lastModified = first.headers.value("last-modified");
    QVERIFY2(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 2, etag.constData());
    QVERIFY(HttpDate::parse(lastModified).isValid());

    const auto conditional = [&](const QByteArray &headers) {
        Client client(server.port());
        client.send(getRequest("/flags/br/br.png"_ba, headers + "Connection: close\r\n"_ba));
        return client.read().value_or(Response{});
    };
    const Response same = conditional("If-None-Match: " + etag + "\r\n");
    QCOMPARE(same.status, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.headers.value("etag"), etag);
    QVERIFY(!same.headers.contains("content-length"));
    QCOMPARE(conditional("If-None-Match: \"other\", W/" + etag + "\r\n").status, 304); // weak, in a list
    QCOMPARE(conditional("If-None-Match: \"other\"\r\n").status, 200);
    QCOMPARE(conditional("If-Modified-Since: " + lastModified + "\r\n").status, 304);
    QCOMPARE(conditional("If-Modified-Since: Sat, 01 Jan 2000 00:00:00 GMT\r\n").status, 200);
    // If-None-Match decides alone when both are sent.
    QCOMPARE(conditional("If-None-Match: \"other\"\r\nIf-Modified-Since: " + lastModified + "\r\n").status, 200);
    QCOMPARE(conditional("If-Modified-Since: not a date\r\n").status, 200);

    const FlagServerStats stats = server.stats();
    QCOMPARE(stats.conditional, 7);
    QCOMPARE(stats.status304, 3);
    QCOMPARE(stats.status200, 5);
    QCOMPARE(fetchStats(server.port())[u"status"_s][u"304"_s].toInt(), 3);
    QCOMPARE(fetchStats(server.port())[u"conditional"_s].toInt(), 7);
}

void tst_FlagServer::aChangedFileGetsANewETag()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(u"flags/br"_s));
    const QString path = root.filePath(u"flags/br/br.gif"_s);
    QVERIFY(writeFile(path, gifContent));
    BackgroundFlagServer server;
    FlagServerConfig config = configWith();
    config.rootDir = root.path();
    QVERIFY(server.start(config, nullptr));
    const Response before = fetch(server.port(), "/flags/br/br.gif"_ba);
    QCOMPARE(before.headers.value("last-modified"),
             HttpDate::format(QFileInfo(path).lastModified()));

    // The same bytes under a newer time: If-None-Match still says unchanged.
    QVERIFY(setModified(path, QDateTime::currentDateTimeUtc().addSecs(60)));
    QCOMPARE(fetch(server.port(), "/flags/br/br.gif"_ba).headers.value("etag"), before.headers.value("etag"));
    QVERIFY(writeFile(path, gifContent + "changed"));
    const Response after = fetch(server.port(), "/flags/br/br.gif"_ba);
    QVERIFY(after.headers.value("etag") != before.headers.value("etag"));
    Client client(server.port());
    client.send(getRequest("/flags/br/br.gif"_ba, "If-None-Match: " + before.headers.value("etag") + "\r\n"));
    QCOMPARE(client.read().value_or(Response{}).status, 200);
}

void tst_FlagServer::rootRefusesTraversal_data()
{
    QTest::addColumn<QByteArray>("target");

    QTest::newRow("dot dot") << "/../outside/secret.txt"_ba;
    QTest::newRow("dot dot to a sibling") << "/../rootsecret.txt"_ba;
    QTest::newRow("deeper dot dot") << "/flags/br/../../../outside/secret.txt"_ba;
    QTest::newRow("encoded dots") << "/%2e%2e/outside/secret.txt"_ba;
    QTest::newRow("upper-case encoding") << "/%2E%2E%2Foutside%2Fsecret.txt"_ba;
    QTest::newRow("encoded slash") << "/flags%2f..%2f..%2foutside%2fsecret.txt"_ba;
    QTest::newRow("mixed dots") << "/.%2e/outside/secret.txt"_ba;
    QTest::newRow("double encoding") << "/%252e%252e/outside/secret.txt"_ba;
    QTest::newRow("backslashes") << "/..\\outside\\secret.txt"_ba;
    QTest::newRow("encoded backslash") << "/..%5coutside%5csecret.txt"_ba;
    QTest::newRow("encoded NUL") << "/leak.gif%00.txt"_ba;
    QTest::newRow("bad encoding") << "/%zz/secret.txt"_ba;
    QTest::newRow("double slash") << "//etc/passwd"_ba;
    QTest::newRow("absolute file") << "/etc/passwd"_ba;
    QTest::newRow("absolute form") << "http://127.0.0.1/../outside/secret.txt"_ba;
    QTest::newRow("symlink to a file outside") << "/leak.gif"_ba;
    QTest::newRow("symlink to a directory outside") << "/outdir/secret.txt"_ba;
    QTest::newRow("dot segment") << "/./leak.gif"_ba;
    QTest::newRow("directory") << "/flags/br"_ba;
    QTest::newRow("directory with slash") << "/flags/br/"_ba;
    QTest::newRow("root") << "/"_ba;
}

void tst_FlagServer::rootRefusesTraversal()
{
    QFETCH(QByteArray, target);

    BackgroundFlagServer server;
    FlagServerConfig config = configWith();
    config.rootDir = m_root;
    QVERIFY(server.start(config, nullptr));
    Client client(server.port());
    client.send("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const auto response = client.read();
    QVERIFY(response);
    QVERIFY2(response->status == 404 || response->status == 400,
             qPrintable(QString::number(response->status)));
    QVERIFY(!response->body.contains("SECRET"));
}

void tst_FlagServer::rootFollowsSymlinksInsideIt()
{
    BackgroundFlagServer server;
    FlagServerConfig config = configWith();
    config.rootDir = m_root;
    QVERIFY(server.start(config, nullptr));
    const Response response = fetch(server.port(), "/alias.gif"_ba);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, gifContent);
}

void tst_FlagServer::missingRootFailsToStart()
{
    BackgroundFlagServer server;
    FlagServerConfig config = configWith();
    config.rootDir = m_dir.filePath(u"no such dir"_s);
    QString error;
    QVERIFY(!server.start(config, &error));
    QVERIFY2(error.contains(u"no such dir"), qPrintable(error));
    QVERIFY(!server.isRunning());
    QCOMPARE(server.port(), 0);
}

void tst_FlagServer::delayedRequestsAreConcurrent()
{
    constexpr int clientCount = 200;
    constexpr int delayMs = 300;
    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(delayMs / 1000.0), nullptr));

    struct Waiting
    {
        QTcpSocket socket;
        ResponseReader reader;
        QElapsedTimer clock;
        std::optional<Response> response;
        qint64 elapsedMs = 0;
    };
    std::vector<std::unique_ptr<Waiting>> clients;
    int answered = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < clientCount; ++i) {
        auto client = std::make_unique<Waiting>();
        Waiting *c = client.get();
        connect(&c->socket, &QTcpSocket::connected, this, [c] {
            c->clock.start();
            c->socket.write(getRequest("/flags/br/br.png"_ba));
        });
        connect(&c->socket, &QTcpSocket::readyRead, this, [c, &answered] {
            c->reader.append(c->socket.readAll());
            if (!c->response && (c->response = c->reader.take())) {
                c->elapsedMs = c->clock.elapsed();
                ++answered;
            }
        });
        c->socket.connectToHost(QHostAddress::LocalHost, server.port());
        clients.push_back(std::move(client));
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, clientCount, 15000);
    // One after the other, 200 delays would take a minute.
    QVERIFY2(total.elapsed() < 10 * delayMs, qPrintable(QString::number(total.elapsed())));

    for (const auto &client : clients) {
        QCOMPARE(client->response->status, 200);
        QVERIFY2(client->elapsedMs >= delayMs - 10, qPrintable(QString::number(client->elapsedMs)));
    }
    QTRY_COMPARE(server.stats().inFlight, 0);
    const QJsonObject stats = fetchStats(server.port());
    QCOMPARE(stats.value(u"max_in_flight").toInt(), clientCount);
    QCOMPARE(stats.value(u"in_flight").toInt(), 0);
    QCOMPARE(stats.value(u"requests").toInt(), clientCount);
    // The clients keep their connections open, and /_stats came on one more.
    QCOMPARE(stats.value(u"max_connections").toInt(), clientCount + 1);
    QCOMPARE(stats.value(u"status").toObject().value(u"200").toInt(), clientCount);
}

void tst_FlagServer::errorRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("minTeapots");
    QTest::addColumn<int>("maxTeapots");

    QTest::newRow("never") << 0.0 << 0 << 0;
    QTest::newRow("always") << 1.0 << 40 << 40;
    QTest::newRow("half") << 0.5 << 8 << 32; // seeded: the same mix every run
}

void tst_FlagServer::errorRate()
{
    QFETCH(double, rate);
    QFETCH(int, minTeapots);
    QFETCH(int, maxTeapots);

    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(0.0, rate, 2024), nullptr));
    Client client(server.port());
    int teapots = 0;
    for (int i = 0; i < 40; ++i) {
        client.send(getRequest("/flags/br/br.png"_ba));
        const auto response = client.read();
        QVERIFY(response);
        if (response->status == 418) {
            ++teapots;
            QCOMPARE(response->body, "418 I'm a teapot\n"_ba);
            // Staged, and it says so.
            QVERIFY(response->headers.contains("x-qflags-test-failure"_ba));
        } else {
            QCOMPARE(response->status, 200);
        }
    }
    QVERIFY2(teapots >= minTeapots && teapots <= maxTeapots, qPrintable(QString::number(teapots)));
    QCOMPARE(server.stats().status418, teapots);
    QCOMPARE(server.stats().status200, 40 - teapots);
}

void tst_FlagServer::sameSeedSameRun()
{
    const auto run = [](quint32 seed) {
        FlagServerConfig config = configWith(0.0, 0.5, seed);
        config.delayMaxSeconds = 0.01;
        BackgroundFlagServer server;
        server.start(config, nullptr);
        Client client(server.port());
        QByteArray statuses;
        for (int i = 0; i < 30; ++i) {
            client.send(getRequest("/flags/br/br.png"_ba));
            statuses += client.read().value_or(Response{}).status == 418 ? 'E' : '.';
        }
        return statuses;
    };
    const QByteArray first = run(7);
    QCOMPARE(first.size(), 30);
    QVERIFY(first.contains('E') && first.contains('.'));
    QCOMPARE(run(7), first);
    QVERIFY(run(8) != first);
}

void tst_FlagServer::teapotComesAfterTheDelay()
{
    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(0.25, 1.0), nullptr));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(fetch(server.port(), "/flags/br/br.png"_ba).status, 418);
    QVERIFY(clock.elapsed() >= 240);
}

void tst_FlagServer::settingsChangeWhileRunning()
{
    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(), nullptr));
    Client client(server.port());
    client.send(getRequest("/flags/br/br.png"_ba));
    QCOMPARE(client.read().value_or(Response{}).status, 200);

    server.setErrorRate(1.0);
    server.setDelay(0.2, 0.2);
    // Queued to the server's thread: ahead of any request sent from now on.
    QElapsedTimer clock;
    clock.start();
    client.send(getRequest("/flags/br/br.png"_ba));
    QCOMPARE(client.read().value_or(Response{}).status, 418);
    QVERIFY(clock.elapsed() >= 190);

    server.setErrorRate(0.0);
    server.setDelay(0.0, 0.0);
    client.send(getRequest("/flags/br/br.png"_ba));
    QCOMPARE(client.read().value_or(Response{}).status, 200);
}

void tst_FlagServer::clientsLeavingMidDelayLeaveNothingInFlight()
{
    constexpr int clientCount = 50;
    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(1.0), nullptr));

    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < clientCount; ++i) {
        clients.push_back(std::make_unique<Client>(server.port()));
        clients.back()->send(getRequest("/flags/br/br.png"_ba)
                             + (i % 2 ? getRequest("/flags/cn/cn.png"_ba) : QByteArray()));
    }
    const int requests = clientCount + clientCount / 2;
    QTRY_COMPARE(server.stats().inFlight, requests);
    QCOMPARE(server.stats().connections, clientCount);

    QElapsedTimer clock;
    clock.start();
    clients.clear();
    QTRY_COMPARE(server.stats().inFlight, 0);
    QTRY_COMPARE(server.stats().connections, 0);
    QVERIFY(clock.elapsed() < 900); // freed when they left, not when the delays ran out

    QTest::qWait(1200); // the delays are over: nothing comes back to life
    const FlagServerStats stats = server.stats();
    QCOMPARE(stats.inFlight, 0);
    QCOMPARE(stats.requests, requests);
    QCOMPARE(stats.maxInFlight, requests);
    QCOMPARE(stats.status200, 0);
    QCOMPARE(stats.maxConnections, clientCount);
}

void tst_FlagServer::statsAreNotCounted()
{
    BackgroundFlagServer server;
    QVERIFY(server.start(configWith(0.0, 1.0), nullptr)); // /_stats is never a teapot
    QCOMPARE(fetch(server.port(), "/flags/br/br.png"_ba).status, 418);
    const Response response = fetch(server.port(), "/_stats"_ba);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("content-type"), "application/json"_ba);
    const QJsonObject stats = QJsonDocument::fromJson(response.body).object();
    for (const QString &key : {u"in_flight"_s, u"max_in_flight"_s, u"requests"_s,
                               u"connections"_s, u"max_connections"_s, u"status"_s}) {
        QVERIFY2(stats.contains(key), qPrintable(key));
    }
    QCOMPARE(stats.value(u"requests").toInt(), 1);
    QCOMPARE(stats.value(u"in_flight").toInt(), 0);
    QCOMPARE(stats.value(u"max_in_flight").toInt(), 1);
    QCOMPARE(stats.value(u"connections").toInt(), 1); // the one asking
    const QJsonObject status = stats.value(u"status").toObject();
    QCOMPARE(status.value(u"418").toInt(), 1);
    QCOMPARE(status.value(u"200").toInt(), 0);
    QCOMPARE(status.value(u"404").toInt(), 0);
    QCOMPARE(server.stats().requests, 1);
}

void tst_FlagServer::verboseLogsEachRequest()
{
    // On this thread this time: everything below waits in the event loop.
    FlagServer server;
    FlagServerConfig config = configWith(0.05);
    config.verbose = true;
    QVERIFY(server.listen(config, nullptr));
    QSignalSpy logged(&server, &FlagServer::requestLogged);

    QNetworkAccessManager manager;
    QUrl url = server.baseUrl();
    url.setPath(u"/flags/br/br.png"_s);
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    QVERIFY(QSignalSpy(reply.get(), &QNetworkReply::finished).wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const qint64 size = reply->readAll().size();

    QTRY_COMPARE(logged.size(), 1);
    const QString line = logged.first().first().toString();
    const QRegularExpression expected(
        uR"(^GET /flags/br/br\.png 200 (\d+) bytes after (\d+\.\d\d) s$)"_s);
    const QRegularExpressionMatch match = expected.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QCOMPARE(match.captured(1).toLongLong(), size);
    const double seconds = match.captured(2).toDouble();
    QVERIFY2(seconds >= 0.05 && seconds < 2.0, qPrintable(line));
    QCOMPARE(server.stats().inFlight, 0);
}

void tst_FlagServer::busyPortFailsToStart()
{
    BackgroundFlagServer first;
    QVERIFY(first.start(configWith(), nullptr));
    BackgroundFlagServer second;
    FlagServerConfig config = configWith();
    config.port = first.port();
    QString error;
    QVERIFY(!second.start(config, &error));
    QVERIFY2(error.contains(QString::number(first.port())), qPrintable(error));

    // Stopping frees the port; starting again takes it.
    first.stop();
    QVERIFY(!first.isRunning());
    QCOMPARE(first.port(), 0);
    QVERIFY2(second.start(config, &error), qPrintable(error));
    QCOMPARE(second.port(), config.port);
    QCOMPARE(fetch(second.port(), "/flags/br/br.png"_ba).status, 200);
}

QTEST_MAIN(tst_FlagServer)

#include "tst_flagserver.moc"
