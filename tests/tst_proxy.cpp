// Proxies: which one carries a request (the environment, --proxy, none), and
// every failure of a proxy named in words, its password never shown. Against
// a small proxy inside the test (testproxy.h) that forwards and counts, and
// against a real one, Debian's tinyproxy, on a free loopback port with a
// configuration of its own.

#include "clirunner.h"
#include "testfiles.h"
#include "testproxy.h"
#include "testserver.h"

#include "core/proxypolicy.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>


using namespace Qt::StringLiterals;

class TestProxy_ : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theEnvironmentPicksTheProxy_data();
    void theEnvironmentPicksTheProxy();
    void proxyUrlsAreReadAsCurlReadsThem_data();
    void proxyUrlsAreReadAsCurlReadsThem();
    void aPasswordIsNeverKept_data();
    void aPasswordIsNeverKept();
    void httpProxyFromTheEnvironmentCarriesEveryRequest_data();
    void httpProxyFromTheEnvironmentCarriesEveryRequest();
    void noProxyAndProxyNoneGoStraightToTheServer();
    void aRefusedProxyIsNamed_data();
    void aRefusedProxyIsNamed();
    void aSilentProxyIsNamed();
    void aProxyThatWantsAPasswordSaysSoAndThePasswordIsNeverShown();
    void aRefusedTunnelIsNamed_data();
    void aRefusedTunnelIsNamed();
    void aBadProxyOptionIsAUsageError();
    void tinyproxyCarriesTheRunAndAsksForItsPassword_data();
    void tinyproxyCarriesTheRunAndAsksForItsPassword();

private:
    QProcessEnvironment environmentWith(const QStringList &assignments) const;
    TestServer m_server;
};

namespace {

QProcessEnvironment environmentOf(const QStringList &assignments)
{
    QProcessEnvironment environment;
    for (const QString &assignment : assignments)
        environment.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    return environment;
}

QString noOutputHolds(const Finished &run, const QString &secret)
{
    return run.out.contains(secret) || run.err.contains(secret) ? u"the password was shown"_s : QString();
}

} // namespace

void TestProxy_::initTestCase()
{
    QVERIFY(m_server.start());
}

QProcessEnvironment TestProxy_::environmentWith(const QStringList &assignments) const
{
    // The system's, without any proxy of the machine's, with these added.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"http_proxy"_s, u"https_proxy"_s, u"all_proxy"_s, u"no_proxy"_s,
                                u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s, u"ALL_PROXY"_s, u"NO_PROXY"_s})
        environment.remove(name);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    const QProcessEnvironment added = environmentOf(assignments);
    for (const QString &name : added.keys())
        environment.insert(name, added.value(name));
    return environment;
}

void TestProxy_::theEnvironmentPicksTheProxy_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("proxy"); // ProxyPolicy::name(): empty for none
    const QString http = u"http://flags.example.test/br.png"_s;
    const QString https = u"https://flags.example.test/br.png"_s;
    QTest::newRow("http_proxy") << QStringList{u"http_proxy=http://10.0.0.1:3128"_s} << http << u"10.0.0.1:3128"_s;
    QTest::newRow("http_proxy is not for https")
        << QStringList{u"http_proxy=http://10.0.0.1:3128"_s} << https << QString();
    QTest::newRow("https_proxy") << QStringList{u"https_proxy=10.0.0.2:8080"_s} << https << u"10.0.0.2:8080"_s;
    QTest::newRow("HTTPS_PROXY") << QStringList{u"HTTPS_PROXY=10.0.0.2:8080"_s} << https << u"10.0.0.2:8080"_s;
    // As curl: a CGI program gets HTTP_PROXY from a request's Proxy: header.
    QTest::newRow("HTTP_PROXY is ignored") << QStringList{u"HTTP_PROXY=10.0.0.1:3128"_s, u"all_proxy=none.test:1"_s}
                                           << http << u"none.test:1"_s;
    QTest::newRow("all_proxy") << QStringList{u"all_proxy=socks5://10.0.0.3"_s} << https << u"10.0.0.3:1080"_s;
    QTest::newRow("no_proxy suffix")
        << QStringList{u"http_proxy=10.0.0.1:3128"_s, u"no_proxy=localhost,example.test"_s} << http << QString();
    QTest::newRow("no_proxy leading dot")
        << QStringList{u"http_proxy=10.0.0.1:3128"_s, u"NO_PROXY=.example.test"_s} << http << QString();
    QTest::newRow("no_proxy another host")
        << QStringList{u"http_proxy=10.0.0.1:3128"_s, u"no_proxy=ample.test"_s} << http << u"10.0.0.1:3128"_s;
    QTest::newRow("no_proxy star") << QStringList{u"http_proxy=10.0.0.1:3128"_s, u"no_proxy=*"_s} << http << QString();
    QTest::newRow("no_proxy address")
        << QStringList{u"http_proxy=10.0.0.1:3128"_s, u"no_proxy=127.0.0.1"_s}
        << u"http://127.0.0.1:8001/br.png"_s << QString();
}

void TestProxy_::theEnvironmentPicksTheProxy()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, url);
    QFETCH(QString, proxy);
    const ProxyPolicy policy = ProxyPolicy::fromEnvironment(environmentOf(environment));
    QCOMPARE(ProxyPolicy::name(policy.proxyFor(QUrl(url))), proxy);
}

void TestProxy_::proxyUrlsAreReadAsCurlReadsThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type"); // QNetworkProxy::ProxyType; -1: refused
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("http") << u"http://proxy.test:3128"_s << int(QNetworkProxy::HttpProxy) << u"proxy.test:3128"_s
                          << QString() << QString();
    QTest::newRow("no scheme, no port") << u"proxy.test"_s << int(QNetworkProxy::HttpProxy)
                                        << u"proxy.test:1080"_s << QString() << QString();
    QTest::newRow("credentials") << u"http://us%40er:p%3Ass@10.1.1.1:8080/"_s << int(QNetworkProxy::HttpProxy)
                                 << u"10.1.1.1:8080"_s << u"us@er"_s << u"p:ss"_s;
    QTest::newRow("socks5") << u"socks5://10.1.1.1:9050"_s << int(QNetworkProxy::Socks5Proxy)
                            << u"10.1.1.1:9050"_s << QString() << QString();
    QTest::newRow("https proxy") << u"https://proxy.test:3128"_s << -1 << QString() << QString() << QString();
    QTest::newRow("ftp") << u"ftp://proxy.test"_s << -1 << QString() << QString() << QString();
    QTest::newRow("a path") << u"http://proxy.test:3128/x"_s << -1 << QString() << QString() << QString();
    QTest::newRow("empty") << u" "_s << -1 << QString() << QString() << QString();
}

void TestProxy_::proxyUrlsAreReadAsCurlReadsThem()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(QString, name);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QString error;
    const std::optional<QNetworkProxy> proxy = ProxyPolicy::parseProxyUrl(text, &error);
    QCOMPARE(proxy.has_value(), type >= 0);
    if (!proxy) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(int(proxy->type()), type);
    QCOMPARE(ProxyPolicy::name(*proxy), name);
    QCOMPARE(proxy->user(), user);
    QCOMPARE(proxy->password(), password);
}

void TestProxy_::aPasswordIsNeverKept_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("kept");
    QTest::newRow("with a scheme") << u"http://user:s3cret@10.0.0.1:3128"_s << u"http://user@10.0.0.1:3128"_s;
    QTest::newRow("without") << u"user:s3cret@10.0.0.1:3128"_s << u"http://user@10.0.0.1:3128"_s;
    QTest::newRow("socks") << u"socks5://u:s3cret@h:1080"_s << u"socks5://u@h:1080"_s;
    QTest::newRow("no credentials") << u"http://10.0.0.1:3128"_s << u"http://10.0.0.1:3128"_s;
    QTest::newRow("none") << u"none"_s << u"none"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestProxy_::aPasswordIsNeverKept()
{
    QFETCH(QString, value);
    QFETCH(QString, kept);
    QCOMPARE(ProxyPolicy::withoutPassword(value), kept);
}

// Both strategies: Qt's network, and a thread's own client asking the
// proxy for the whole URL.
static void addStrategyRows()
{
    QTest::addColumn<QString>("strategy");
    QTest::newRow("events") << u"events"_s;
    QTest::newRow("threads") << u"threads"_s;
}

void TestProxy_::httpProxyFromTheEnvironmentCarriesEveryRequest_data()
{
    addStrategyRows();
}

void TestProxy_::httpProxyFromTheEnvironmentCarriesEveryRequest()
{
    QFETCH(QString, strategy);
    TestProxy proxy;
    QVERIFY(proxy.isListening());
    QTemporaryDir dir;
    const Finished run = runCli({u"--strategy"_s, strategy, u"--url"_s, m_server.urlTemplate(), u"-d"_s, dir.path(),
                                 u"BR"_s, u"CN"_s, u"XX"_s},
                                {}, {}, environmentWith({u"http_proxy="_s + proxy.url()}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"  2 flags downloaded.\n  1 not found.\n"_s), qPrintable(run.out));
    QCOMPARE(proxy.forwarded(), 3);
    QCOMPARE(filesIn(dir.path()), (QStringList{u"br.png"_s, u"cn.png"_s}));
}

void TestProxy_::noProxyAndProxyNoneGoStraightToTheServer()
{
    const QString closed = u"http://127.0.0.1:%1"_s.arg(closedLocalPort());
    QTemporaryDir dir;
    // no_proxy names the server: the dead proxy is never asked.
    const Finished bypassed = runCli({u"--url"_s, m_server.urlTemplate(), u"-d"_s, dir.path(), u"BR"_s}, {}, {},
                                     environmentWith({u"http_proxy="_s + closed, u"no_proxy=127.0.0.1"_s}));
    QVERIFY2(bypassed.out.contains(u"  1 flag downloaded.\n"_s), qPrintable(bypassed.out + bypassed.err));
    // --proxy none wins over the environment, and --proxy URL over it too.
    const Finished none = runCli({u"--proxy"_s, u"none"_s, u"--url"_s, m_server.urlTemplate(), u"-d"_s, dir.path(),
                                  u"--no-conditional"_s, u"BR"_s},
                                 {}, {}, environmentWith({u"http_proxy="_s + closed}));
    QVERIFY2(none.out.contains(u"  1 flag downloaded.\n"_s), qPrintable(none.out + none.err));
    TestProxy proxy;
    const Finished given = runCli({u"--proxy"_s, proxy.url(), u"--url"_s, m_server.urlTemplate(), u"-d"_s, dir.path(),
                                   u"--no-conditional"_s, u"BR"_s},
                                  {}, {}, environmentWith({u"http_proxy="_s + closed}));
    QVERIFY2(given.out.contains(u"  1 flag downloaded.\n"_s), qPrintable(given.out + given.err));
    QCOMPARE(proxy.forwarded(), 1);
}

void TestProxy_::aRefusedProxyIsNamed_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("http") << u"http"_s;
    QTest::newRow("https, through a tunnel") << u"https"_s;
}

void TestProxy_::aRefusedProxyIsNamed()
{
    // The issue's own example: the server's name is not to blame.
    QFETCH(QString, scheme);
    const quint16 port = closedLocalPort();
    QTemporaryDir dir;
    const Finished run = runCli({u"--url"_s, scheme + u"://flags.example.test/{cc}.png"_s, u"-d"_s, dir.path(),
                                 u"-v"_s, u"--retries"_s, u"0"_s, u"BR"_s},
                                {}, {}, environmentWith({u"%1_proxy=http://127.0.0.1:%2"_s.arg(scheme).arg(port)}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"BR error: Proxy 127.0.0.1:%1 refused the connection\n"_s.arg(port)),
             qPrintable(run.out + run.err));
    QVERIFY(!run.out.contains(u"flags.example.test refused"_s));
}

void TestProxy_::aSilentProxyIsNamed()
{
    TestProxy proxy(TestProxyServer::Behaviour::Silent);
    QTemporaryDir dir;
    const Finished run = runCli({u"--proxy"_s, proxy.url(), u"--url"_s, u"http://flags.example.test/{cc}.png"_s,
                                 u"-d"_s, dir.path(), u"-v"_s, u"--timeout"_s, u"0.5"_s, u"--retries"_s, u"0"_s,
                                 u"BR"_s},
                                {}, {}, environmentWith({}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"BR error: No answer through the proxy %1 for 0.5 s\n"_s.arg(proxy.name())),
             qPrintable(run.out + run.err));
}

void TestProxy_::aProxyThatWantsAPasswordSaysSoAndThePasswordIsNeverShown()
{
    TestProxy proxy(TestProxyServer::Behaviour::Forward, "Basic " + QByteArray("user:s3cret-word").toBase64());
    QTemporaryDir dir;
    const QString report = dir.filePath(u"run.json"_s);
    const QStringList run{u"--url"_s, m_server.urlTemplate(), u"-d"_s, dir.path(), u"-v"_s, u"--retries"_s, u"0"_s,
                          u"--report"_s, report, u"BR"_s};
    const Finished without = runCli(QStringList{u"--proxy"_s, proxy.url()} + run, {}, {}, environmentWith({}));
    QVERIFY2(without.out.contains(u"BR error: The proxy %1 wants a user name and password\n"_s.arg(proxy.name())),
             qPrintable(without.out + without.err));

    const QString wrong = u"http://user:wr0ng-word@127.0.0.1:%1"_s.arg(proxy.port());
    const Finished refused = runCli(QStringList{u"--proxy"_s, wrong} + run, {}, {}, environmentWith({}));
    QVERIFY2(refused.out.contains(u"BR error: The proxy %1 refused the user name and password\n"_s.arg(proxy.name())),
             qPrintable(refused.out + refused.err));
    QVERIFY2(noOutputHolds(refused, u"wr0ng-word"_s).isEmpty(), qPrintable(refused.out + refused.err));
    QVERIFY(!readFile(report).contains("wr0ng-word"));

    const QString right = u"http://user:s3cret-word@127.0.0.1:%1"_s.arg(proxy.port());
    const Finished fetched = runCli(QStringList{u"--proxy"_s, right} + run, {}, {},
                                    environmentWith({u"https_proxy="_s + right}));
    QVERIFY2(fetched.out.contains(u"\nBR OK\n"_s), qPrintable(fetched.out + fetched.err));
    QCOMPARE(proxy.lastAuthorization(), "Basic " + QByteArray("user:s3cret-word").toBase64());
    QVERIFY2(noOutputHolds(fetched, u"s3cret-word"_s).isEmpty(), qPrintable(fetched.out + fetched.err));
    QVERIFY(QFileInfo::exists(report));
    QVERIFY(!readFile(report).contains("s3cret-word"));
    // A bad --proxy is a usage error that does not repeat what was typed.
    const Finished usage = runCli({u"--proxy"_s, u"ftp://user:s3cret-word@host"_s, u"BR"_s}, {}, {},
                                  environmentWith({}));
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(noOutputHolds(usage, u"s3cret-word"_s).isEmpty(), qPrintable(usage.err));
}

void TestProxy_::aRefusedTunnelIsNamed_data()
{
    addStrategyRows();
}

void TestProxy_::aRefusedTunnelIsNamed()
{
    QFETCH(QString, strategy);
    TestProxy proxy; // it never opens a tunnel: 403 to CONNECT
    QTemporaryDir dir;
    const Finished run = runCli({u"--strategy"_s, strategy, u"--proxy"_s, proxy.url(), u"--url"_s, u"https://flags.example.test/{cc}.png"_s,
                                 u"-d"_s, dir.path(), u"-v"_s, u"--retries"_s, u"0"_s, u"BR"_s},
                                {}, {}, environmentWith({}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"BR error: The proxy %1 could not open a tunnel to flags.example.test: "_s.arg(proxy.name())),
             qPrintable(run.out + run.err));
    QCOMPARE(proxy.requests(), 1);
}

void TestProxy_::aBadProxyOptionIsAUsageError()
{
    const Finished run = runCli({u"--proxy"_s, u"https://proxy.test:3128"_s, u"BR"_s}, {}, {}, environmentWith({}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--proxy: HTTPS proxies are not supported"_s), qPrintable(run.err));
}

void TestProxy_::tinyproxyCarriesTheRunAndAsksForItsPassword_data()
{
    addStrategyRows();
}

void TestProxy_::tinyproxyCarriesTheRunAndAsksForItsPassword()
{
    QFETCH(QString, strategy);
    if (!QFileInfo(u"/usr/bin/tinyproxy"_s).isExecutable())
        QSKIP("tinyproxy is not installed (scripts/setup-deps installs tinyproxy-bin)");
    QTemporaryDir dir;
    const auto startTinyproxy = [&](QProcess &process, const QString &name, const QString &extra) -> quint16 {
        const quint16 port = closedLocalPort();
        const QString config = dir.filePath(name + u".conf"_s);
        writeFile(config, u"Port %1\nListen 127.0.0.1\nTimeout 30\nAllow 127.0.0.1\nLogLevel Info\n"
                          "LogFile \"%2\"\nMaxClients 50\n%3"_s
                              .arg(port).arg(dir.filePath(name + u".log"_s), extra).toUtf8());
        process.start(u"/usr/bin/tinyproxy"_s, {u"-d"_s, u"-c"_s, config});
        // Up once it accepts connections.
        for (int attempt = 0; attempt < 100; ++attempt) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(100))
                return port;
            QTest::qWait(50);
        }
        return 0;
    };
    QProcess open;
    const quint16 port = startTinyproxy(open, u"open"_s, {});
    QVERIFY2(port, qPrintable(QString::fromUtf8(open.readAllStandardError())));
    const qint64 before = m_server.server().stats().requests;
    const Finished run = runCli({u"--strategy"_s, strategy, u"--proxy"_s, u"http://127.0.0.1:%1"_s.arg(port), u"--url"_s,
                                 m_server.urlTemplate(), u"-d"_s, dir.filePath(u"out"_s), u"BR"_s, u"CN"_s, u"FR"_s},
                                {}, {}, environmentWith({}));
    QVERIFY2(run.out.contains(u"  3 flags downloaded.\n"_s), qPrintable(run.out + run.err));
    QCOMPARE(m_server.server().stats().requests - before, 3);
    QVERIFY(readFile(dir.filePath(u"open.log"_s)).contains("GET http://127.0.0.1"));

    QProcess guarded;
    const quint16 guardedPort = startTinyproxy(guarded, u"guarded"_s, u"BasicAuth user s3cret-word\n"_s);
    QVERIFY(guardedPort);
    const Finished refused = runCli({u"--strategy"_s, strategy, u"--proxy"_s, u"http://127.0.0.1:%1"_s.arg(guardedPort), u"--url"_s,
                                     m_server.urlTemplate(), u"-d"_s, dir.filePath(u"out"_s), u"-v"_s,
                                     u"--retries"_s, u"0"_s, u"BR"_s},
                                    {}, {}, environmentWith({}));
    QVERIFY2(refused.out.contains(u"BR error: The proxy 127.0.0.1:%1 wants a user name and password\n"_s
                                      .arg(guardedPort)),
             qPrintable(refused.out + refused.err));
    const Finished allowed = runCli({u"--strategy"_s, strategy, u"--proxy"_s, u"http://user:s3cret-word@127.0.0.1:%1"_s.arg(guardedPort),
                                     u"--url"_s, m_server.urlTemplate(), u"-d"_s, dir.filePath(u"out"_s),
                                     u"--no-conditional"_s, u"BR"_s},
                                    {}, {}, environmentWith({}));
    QVERIFY2(allowed.out.contains(u"  1 flag downloaded.\n"_s), qPrintable(allowed.out + allowed.err));
    for (QProcess *process : {&open, &guarded}) {
        process->terminate();
        QVERIFY(process->waitForFinished(5000));
    }
}

QTEST_GUILESS_MAIN(TestProxy_)
#include "tst_proxy.moc"
