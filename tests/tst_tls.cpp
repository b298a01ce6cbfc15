// qflags over TLS and HTTP/2 against a real, independent server: Debian's
// nginx (tests/nginx/serve) with a throw-away CA (tests/nginx/make-test-ca),
// serving flags this test writes itself. --cacert, the words of a TLS failure,
// and HTTP/2 used as HTTP/2: one connection for many streams.

#include "mainwindow.h"
#include "clirunner.h"
#include "nginxserver.h"
#include "testfiles.h"
#include "runform.h"

#include "core/downloadengine.h"
#include "core/qtnetworkaccess.h"
#include "core/runoptions.h"
#include "site/flagsite.h"

#include <QCommandLineParser>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>
#include <memory>

#include <linux/capability.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using NginxKit::AccessLine;
using NginxKit::NginxServer;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliFetchesOverHttp2WithCacert();
    void aReRunGetsNginxs304sAndOnlyTheChangedFlag();
    void sixtyCodesShareOneHttp2Connection();
    void sixtyCodesOverHttp1OpenManyConnections();
    void redirectsToHttpsAreFollowedWithTheServersName();
    void redirectsFromHttpsToHttpAreRefused();
    void sweepTrustsTheCaAtEveryLevel();
    void untrustedServerFailsInPlainWords();
    void badCacertIsAUsageError_data();
    void badCacertIsAUsageError();
    void unreadableCacertIsAUsageError();
    void cacertReadsEveryCertificate();
    void engineLearnsHttp2AndTrustsTheCa();
    void engineWithoutTheCaSaysWhy();
    void extraCasKeepTheSystemCas();
    void systemCasStillTrustedWithCacert();
    void windowRunTrustsTheCommandLineCa();

private:
    enum class Wire { Http2, Http1Tls, Cleartext };
    std::unique_ptr<NginxServer> startServer(Wire wire, const QString &redirectTo = {});
    QString caPem() const { return m_ca.filePath(u"ca.pem"_s); }
    QList<QSslCertificate> caCertificates() const { return QSslCertificate::fromPath(caPem()); }

    QTemporaryDir m_ca;
    QTemporaryDir m_root;
    QTemporaryDir m_logs;
    QStringList m_sixtyCodes; // AA..AZ, BA..BZ, CA..CH
    int m_servers = 0;
};

namespace {

// A flag of our own: a small PNG whose colour says which code it is.
QImage flagFor(const QString &code)
{
    QImage image(16, 12, QImage::Format_RGB32);
    image.fill(QColor(code.at(0).unicode() * 2, code.at(1).unicode() * 2, 90));
    return image;
}

QStringList protocolsOf(const QList<AccessLine> &log)
{
    QStringList protocols;
    for (const AccessLine &line : log)
        protocols.append(line.protocol);
    protocols.removeDuplicates();
    return protocols;
}

RunSummary runEngine(DownloadEngine &engine, const QList<FlagJob> &jobs)
{
    QSignalSpy finished(&engine, &DownloadEngine::finished);
    if (!engine.start(jobs) || !finished.wait(60000))
        return {};
    return finished.first().first().value<RunSummary>();
}

} // namespace

void TestTls::initTestCase()
{
    if (const QString why = NginxKit::missing(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_ca.isValid() && m_root.isValid() && m_logs.isValid());
    QString error;
    QVERIFY2(NginxKit::makeTestCa(m_ca.path(), &error), qPrintable(error));
    QCOMPARE(caCertificates().size(), 1);

    // A flag for every code from AA to CZ; XX has none.
    for (const QString &first : {u"A"_s, u"B"_s, u"C"_s}) {
        for (char16_t second = u'A'; second <= u'Z'; ++second) {
            const QString code = first + QChar(second);
            if (m_sixtyCodes.size() < 60)
                m_sixtyCodes.append(code);
            const QString cc = code.toLower();
            QVERIFY(QDir(m_root.path()).mkpath(u"flags/"_s + cc));
            QVERIFY(flagFor(code).save(m_root.filePath(u"flags/%1/%1.png"_s.arg(cc)), "PNG"));
        }
    }
    QCOMPARE(m_sixtyCodes.size(), 60);
    // The window's test run must not read or change the user's settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_logs.filePath(u"settings"_s));
}

std::unique_ptr<NginxServer> TestTls::startServer(Wire wire, const QString &redirectTo)
{
    NginxServer::Options options;
    options.redirectTo = redirectTo;
    options.root = m_root.path();
    if (wire != Wire::Cleartext)
        options.tlsDir = m_ca.path();
    options.http2 = wire == Wire::Http2;
    options.accessLog = m_logs.filePath(u"access-%1.log"_s.arg(++m_servers));
    auto server = std::make_unique<NginxServer>();
    QString error;
    if (!server->start(options, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return server;
}

// (a) The CA from --cacert is trusted, Qt and nginx agree on h2 by ALPN, and
// the three requests share one connection.
void TestTls::cliFetchesOverHttp2WithCacert()
{
    const auto server = startServer(Wire::Http2);
    QVERIFY(server);
    QTemporaryDir dest;
    const Finished run = runCli({u"--cacert"_s, caPem(), u"--url"_s, server->urlTemplate(), u"-d"_s,
                                 dest.path(), u"-v"_s, u"BR"_s, u"CN"_s, u"XX"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"\nBR OK\n"_s) && run.out.contains(u"\nCN OK\n"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"XX not found: "_s + server->origin() + u"/flags/xx/xx.png"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(QRegularExpression(u"\\b2 flags downloaded\\.\n *1 not found\\.\n"_s)),
             qPrintable(run.out));
    QCOMPARE(filesIn(dest.path()), (QStringList{u"br.png"_s, u"cn.png"_s}));
    for (const QString &code : {u"BR"_s, u"CN"_s})
        QCOMPARE(QImage(dest.filePath(code.toLower() + u".png"_s)).convertToFormat(QImage::Format_RGB32),
                 flagFor(code));

    const QList<AccessLine> log = server->accessLog(3);
    QCOMPARE(log.size(), 3);
    QCOMPARE(protocolsOf(log), QStringList{u"HTTP/2.0"_s});
    QCOMPARE(NginxServer::connectionCount(log), 1);
    for (const AccessLine &line : log)
        QVERIFY2(line.sslProtocol.startsWith(u"TLSv1."_s), qPrintable(line.sslProtocol));
}

// A re-run asks nginx with its own validators (its ETag is the file's time
// and size) and gets 304 for each flag; a flag changed on the server comes
// again, alone.
void TestTls::aReRunGetsNginxs304sAndOnlyTheChangedFlag()
{
    const auto server = startServer(Wire::Http2);
    QVERIFY(server);
    QTemporaryDir dest;
    const QStringList arguments{u"--cacert"_s, caPem(), u"--url"_s, server->urlTemplate(), u"-d"_s, dest.path(),
                                u"-v"_s, u"AB"_s, u"AC"_s, u"AD"_s};
    const Finished first = runCli(arguments);
    QVERIFY2(first.out.contains(u"  3 flags downloaded.\n"_s), qPrintable(first.out + first.err));
    const QDateTime written = QFileInfo(dest.filePath(u"ac.png"_s)).lastModified();

    const Finished second = runCli(arguments);
    QVERIFY2(second.out.contains(u"  0 flags downloaded.\n  3 unchanged.\n"_s), qPrintable(second.out + second.err));
    QCOMPARE(QFileInfo(dest.filePath(u"ac.png"_s)).lastModified(), written);
    QList<AccessLine> log = server->accessLog(6);
    QCOMPARE(log.size(), 6);
    for (qsizetype i = 3; i < 6; ++i)
        QCOMPARE(log.at(i).status, 304);

    // AC changes on the server (a new time: nginx's tags have whole seconds),
    // and is put back for the tests after this one whatever happens.
    const QString changed = m_root.filePath(u"flags/ac/ac.png"_s);
    const auto restore = qScopeGuard([&] { flagFor(u"AC"_s).save(changed, "PNG"); });
    QImage yellow = flagFor(u"AC"_s);
    yellow.fill(Qt::yellow);
    QVERIFY(yellow.save(changed, "PNG"));
    QVERIFY(setModified(changed, QDateTime::currentDateTimeUtc().addSecs(120)));
    const Finished third = runCli(arguments);
    QVERIFY2(third.out.contains(u"  1 flag downloaded.\n  2 unchanged.\n"_s), qPrintable(third.out + third.err));
    QVERIFY(third.out.contains(u"\nAC OK\n"_s));
    QCOMPARE(QImage(dest.filePath(u"ac.png"_s)).pixelColor(0, 0), QColor(Qt::yellow));
    log = server->accessLog(9);
    QCOMPARE(log.size(), 9);
    QList<int> statuses;
    for (qsizetype i = 6; i < 9; ++i)
        statuses.append(log.at(i).status);
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{200, 304, 304}));
}

// (b) HTTP/2 used as HTTP/2: 60 requests at once are 60 streams on one
// connection (QtNetworkAccess gives one manager up to 100), not the ten
// managers and their connections that HTTP/1.1 would need.
void TestTls::sixtyCodesShareOneHttp2Connection()
{
    const auto server = startServer(Wire::Http2);
    QVERIFY(server);
    QTemporaryDir dest;
    QTemporaryDir outputs;
    const QString har = outputs.filePath(u"run.har"_s);
    const Finished run = runCli(QStringList{u"--cacert"_s, caPem(), u"--url"_s, server->urlTemplate(), u"-d"_s,
                                            dest.path(), u"-m"_s, u"60"_s, u"--har"_s, har} + m_sixtyCodes);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"60 concurrent connections will be used."_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"60 flags downloaded."_s), qPrintable(run.out + run.err));
    QCOMPARE(filesIn(dest.path()).size(), 60);

    const QList<AccessLine> log = server->accessLog(60);
    QCOMPARE(log.size(), 60);
    QCOMPARE(protocolsOf(log), QStringList{u"HTTP/2.0"_s});
    QCOMPARE(NginxServer::connectionCount(log), 1);

    // The HAR file says so too: every entry over HTTP/2, one of them opening
    // the connection with its TLS handshake, the other 59 waiting for it.
    QFile file(har);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll())[u"log"_s][u"entries"_s].toArray();
    QCOMPARE(entries.size(), 60);
    int opened = 0;
    for (const QJsonValue &entry : entries) {
        QCOMPARE(entry[u"response"_s][u"httpVersion"_s].toString(), u"HTTP/2.0"_s);
        const QJsonValue timings = entry[u"timings"_s];
        if (entry[u"_newConnection"_s].toBool()) {
            ++opened;
            QVERIFY(timings[u"ssl"_s].toDouble() > 0);
            QCOMPARE(timings[u"connect"_s].toDouble(), timings[u"ssl"_s].toDouble());
        } else {
            QCOMPARE(timings[u"connect"_s].toDouble(), -1.0);
            QCOMPARE(timings[u"ssl"_s].toDouble(), -1.0);
        }
    }
    QCOMPARE(opened, 1);
}

// The same run over cleartext HTTP/1.1: six requests per set of connections, each on a
// connection of its own, so more than six connections and never more than
// one per request.
void TestTls::sixtyCodesOverHttp1OpenManyConnections()
{
    const auto server = startServer(Wire::Cleartext);
    QVERIFY(server);
    QTemporaryDir dest;
    const Finished run = runCli(QStringList{u"--url"_s, server->urlTemplate(), u"-d"_s, dest.path(), u"-m"_s,
                                            u"60"_s} + m_sixtyCodes);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"60 flags downloaded."_s), qPrintable(run.out + run.err));

    const QList<AccessLine> log = server->accessLog(60);
    QCOMPARE(log.size(), 60);
    QCOMPARE(protocolsOf(log), QStringList{u"HTTP/1.1"_s});
    const qsizetype connections = NginxServer::connectionCount(log);
    qInfo("60 requests over HTTP/1.1 at -m 60: %lld connections", qlonglong(connections));
    QVERIFY2(connections > QtNetworkAccess::http1ConnectionsPerSet && connections <= 60,
             qPrintable(u"%1 connections"_s.arg(connections)));
}

// Cleartext requests past the first six travel in sets of connections that
// Qt tells apart by a peer verify name of ours; a redirect to https must
// check the server's own name, not that one.
void TestTls::redirectsToHttpsAreFollowedWithTheServersName()
{
    const auto secure = startServer(Wire::Http2);
    QVERIFY(secure);
    const auto redirecting = startServer(Wire::Cleartext, secure->origin());
    QVERIFY(redirecting);
    QTemporaryDir dest;
    const Finished run = runCli(QStringList{u"--cacert"_s, caPem(), u"--url"_s, redirecting->urlTemplate(),
                                            u"-d"_s, dest.path(), u"-m"_s, u"60"_s} + m_sixtyCodes);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"60 flags downloaded."_s), qPrintable(run.out + run.err));
    QCOMPARE(filesIn(dest.path()).size(), 60);
    const QList<AccessLine> moved = redirecting->accessLog(60);
    QCOMPARE(moved.size(), 60);
    for (const AccessLine &line : moved)
        QCOMPARE(line.status, 301);
    QCOMPARE(secure->accessLog(60).size(), 60);
}

// qflags follows redirects itself, as Qt's NoLessSafeRedirectPolicy would:
// never from https down to http.
void TestTls::redirectsFromHttpsToHttpAreRefused()
{
    const auto plain = startServer(Wire::Cleartext);
    QVERIFY(plain);
    const auto redirecting = startServer(Wire::Http2, plain->origin());
    QVERIFY(redirecting);
    QTemporaryDir dest;
    const Finished run = runCli({u"--cacert"_s, caPem(), u"--url"_s, redirecting->urlTemplate(), u"-d"_s,
                                 dest.path(), u"-v"_s, u"BR"_s});
    QVERIFY2(run.out.contains(u"BR error: Refused an insecure redirect (HTTPS to HTTP)"_s), qPrintable(run.out));
    QVERIFY(filesIn(dest.path()).isEmpty());
    QCOMPARE(plain->accessLog(0).size(), 0);
}

// Each level of a sweep is an engine of its own: each gets the CA.
void TestTls::sweepTrustsTheCaAtEveryLevel()
{
    const auto server = startServer(Wire::Http2);
    QVERIFY(server);
    // Both strategies: the threads' own TLS sockets trust the CA too.
    const Finished run = runCli({u"--cacert"_s, caPem(), u"--url"_s, server->urlTemplate(), u"--sweep"_s,
                                 u"1,6"_s, u"--strategy"_s, u"events,threads"_s, u"BR"_s, u"CN"_s, u"XX"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QStringList runs;
    for (const QString &line : run.out.split(u'\n')) {
        const QStringList cells = line.split(u' ', Qt::SkipEmptyParts);
        if (cells.size() != 10 || (cells.at(1) != u"1"_s && cells.at(1) != u"6"_s))
            continue;
        runs.append(cells.at(0) + u' ' + cells.at(1));
        QCOMPARE(cells.mid(5, 3), (QStringList{u"2"_s, u"1"_s, u"0"_s})); // ok, not found, errors
    }
    QCOMPARE(runs, (QStringList{u"events 1"_s, u"threads 1"_s, u"events 6"_s, u"threads 6"_s}));
}

// (c) Without --cacert the test CA is nobody's: every code fails with words a
// person can act on, nothing reaches nginx's log, nothing is saved, exit 1.
void TestTls::untrustedServerFailsInPlainWords()
{
    const auto server = startServer(Wire::Http2);
    QVERIFY(server);
    QTemporaryDir dest;
    const Finished run = runCli({u"--url"_s, server->urlTemplate(), u"-d"_s, dest.path(), u"-v"_s, u"BR"_s,
                                 u"CN"_s, u"XX"_s});
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
    const QString words = u"Secure connection to 127.0.0.1 failed: The issuer certificate of a locally "
                          "looked up certificate could not be found"_s;
    for (const QString &code : {u"BR"_s, u"CN"_s, u"XX"_s})
        QVERIFY2(run.out.contains(code + u" error: "_s + words + u'\n'), qPrintable(run.out));
    QVERIFY2(!run.out.contains(u"retried"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(QRegularExpression(u"\\b0 flags downloaded\\.\n *3 errors\\.\n"_s)),
             qPrintable(run.out));
    QVERIFY2(run.err.contains(u"qflags-cli: nothing could be fetched from "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(words), qPrintable(run.err));
    QCOMPARE(filesIn(dest.path()), QStringList());
    QCOMPARE(server->accessLog().size(), 0);
}

// (d) A --cacert that cannot be used stops the program before anything is
// fetched: exit 2, the file and the reason, then the usage line.
void TestTls::badCacertIsAUsageError_data()
{
    // name: made in a fresh folder ("x/" a folder, "-> target" a link); empty: path as is.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    QByteArray damaged = readFile(caPem());
    damaged.replace(damaged.indexOf('\n') + 20, 12, "!!!!!!!!!!!!"); // inside the base64
    QByteArray noEnd = readFile(caPem());
    noEnd.truncate(noEnd.indexOf("-----END"));
    QByteArray garbage(3000, Qt::Uninitialized);
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 256);

    QTest::newRow("missing") << QString() << QByteArray() << u"/nonexistent/ca.pem"_s << u"no such file"_s;
    QTest::newRow("folder") << u"certs/"_s << QByteArray() << QString() << u"a folder, not a file (PEM expected)"_s;
    QTest::newRow("empty") << u"empty.pem"_s << QByteArray() << QString() << u"the file is empty (PEM expected)"_s;
    QTest::newRow("blank") << u"blank.pem"_s << QByteArray("\n  \n") << QString()
                           << u"the file is empty (PEM expected)"_s;
    QTest::newRow("key") << u"ca.key"_s << readFile(m_ca.filePath(u"ca.key"_s)) << QString()
                         << u"no certificate in it (PEM expected)"_s;
    QTest::newRow("garbage") << u"garbage.pem"_s << garbage << QString() << u"no certificate in it (PEM expected)"_s;
    QTest::newRow("der") << u"ca.der"_s << caCertificates().value(0).toDer() << QString()
                         << u"no certificate in it (PEM expected)"_s;
    QTest::newRow("damaged") << u"damaged.pem"_s << damaged << QString()
                             << u"certificate 1 in it is damaged (PEM expected)"_s;
    QTest::newRow("second damaged") << u"bundle.pem"_s << readFile(caPem()) + damaged << QString()
                                    << u"certificate 2 in it is damaged (PEM expected)"_s;
    QTest::newRow("no end line") << u"cut.pem"_s << noEnd << QString()
                                 << u"certificate 1 in it has no end line (-----END CERTIFICATE-----)"_s;
    QTest::newRow("device") << QString() << QByteArray() << u"/dev/zero"_s
                            << u"not a regular file (PEM expected)"_s;
    QTest::newRow("dangling link") << u"-> /nonexistent/ca.pem"_s << QByteArray() << QString()
                                   << u"a link to /nonexistent/ca.pem, which does not exist"_s;
    QTest::newRow("too large") << u"huge.pem"_s << QByteArray(9 * 1024 * 1024, 'A') << QString()
                               << u"too large for a file of certificates (9.0 MiB, at most 8.0 MiB)"_s;
}

void TestTls::badCacertIsAUsageError()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QFETCH(QString, path);
    QFETCH(QString, reason);

    QTemporaryDir work;
    if (name.startsWith(u"-> "_s)) {
        path = work.filePath(u"link.pem"_s);
        QVERIFY(QFile::link(name.mid(3), path));
    } else if (!name.isEmpty()) {
        path = work.filePath(name);
        QVERIFY(name.endsWith(u'/') ? QDir(work.path()).mkdir(name) : writeFile(path, contents));
    }

    const QString dest = work.filePath(u"dest"_s);
    const Finished run = runCli({u"--cacert"_s, path, u"--url"_s, u"https://127.0.0.1:9/{cc}.png"_s, u"-d"_s,
                                 dest, u"BR"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"*** Usage error: --cacert "_s + path + u": "_s + reason + u'\n'),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"usage: qflags-cli "_s) && run.err.contains(u"[--cacert FILE]"_s),
             qPrintable(run.err));
    QCOMPARE(run.out, QString()); // not even the initial report: nothing was fetched
    QVERIFY(!QFileInfo::exists(dest));
}

// As root, a file's mode keeps nobody out: the child drops the capabilities
// that ignore it, CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH.
void TestTls::unreadableCacertIsAUsageError()
{
    QTemporaryDir work;
    const QString path = work.filePath(u"ca.pem"_s);
    QVERIFY(QFile::copy(caPem(), path));
    QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));
    const Finished run = runCli({u"--cacert"_s, path, u"-d"_s, work.filePath(u"dest"_s), u"BR"_s}, {}, [] {
        if (::geteuid() == 0) {
            ::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
            ::prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0);
        }
    });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"*** Usage error: --cacert "_s + path + u": no permission to read it\n"_s),
             qPrintable(run.err));
}

// In process: every certificate of a file, and of each --cacert, is kept, as
// Qt reads them.
void TestTls::cacertReadsEveryCertificate()
{
    QTemporaryDir work;
    const QString bundle = work.filePath(u"bundle.pem"_s);
    QVERIFY(writeFile(bundle, readFile(caPem()) + readFile(m_ca.filePath(u"server.pem"_s))));
    QString reason;
    const QList<QSslCertificate> read = RunOptionsParser::readCaCertificates(bundle, &reason);
    QCOMPARE(read, QSslCertificate::fromPath(bundle));
    QCOMPARE(read.size(), 2);
    QVERIFY(reason.isEmpty());

    QCommandLineParser parser;
    const RunOptionsParser options(parser);
    QVERIFY(parser.parse({u"qflags-cli"_s, u"--cacert"_s, caPem(), u"--cacert"_s, bundle}));
    QString error;
    const std::optional<RunOptions> given = options.read(&error);
    QVERIFY2(given, qPrintable(error));
    QCOMPARE(given->caCertificates, caCertificates() + read);
    QCOMPARE(given->engineSettings(1).extraCaCertificates, given->caCertificates);
    // Not given: the base's are kept (the window's, from its command line).
    QCommandLineParser other;
    const RunOptionsParser without(other);
    QVERIFY(other.parse({u"qflags-cli"_s, u"BR"_s}));
    const std::optional<RunOptions> kept = without.read(&error, *given);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->caCertificates, given->caCertificates);
}

// (e) The engine in this process, on Qt's network: trusted through
// EngineSettings, the origin learnt as HTTP/2, one manager for 60 streams.
void TestTls::engineLearnsHttp2AndTrustsTheCa()
{
    const auto server = startServer(Wire::Http2);
    QVERIFY(server);
    QTemporaryDir dest;
    auto *network = new QtNetworkAccess;
    DownloadEngine engine(DownloadEngine::Dependencies{network, nullptr, {}, {}});
    EngineSettings settings;
    settings.maxConcurrent = 60;
    settings.destinationDir = dest.path();
    settings.extraCaCertificates = caCertificates();
    engine.setSettings(settings);
    FlagSite site;
    QString error;
    QVERIFY2(site.open(u"LOCAL"_s, server->urlTemplate(), &error), qPrintable(error));
    const QUrl origin(server->origin());
    QCOMPARE(network->protocolOf(origin), QtNetworkAccess::Protocol::Unknown);

    const RunSummary summary = runEngine(engine, site.jobsFor(m_sixtyCodes));
    QCOMPARE(summary.ok, 60);
    QCOMPARE(summary.errors, 0);
    QCOMPARE(network->protocolOf(origin), QtNetworkAccess::Protocol::Http2);
    QCOMPARE(network->managerCount(origin), 1);
    QCOMPARE(filesIn(dest.path()).size(), 60);
    const QList<AccessLine> log = server->accessLog(60);
    QCOMPARE(protocolsOf(log), QStringList{u"HTTP/2.0"_s});
    QCOMPARE(NginxServer::connectionCount(log), 1);
}

void TestTls::engineWithoutTheCaSaysWhy()
{
    const auto server = startServer(Wire::Http1Tls);
    QVERIFY(server);
    QTemporaryDir dest;
    DownloadEngine engine;
    EngineSettings settings;
    settings.destinationDir = dest.path();
    engine.setSettings(settings);
    FlagSite site;
    QString error;
    QVERIFY2(site.open(u"LOCAL"_s, server->urlTemplate(), &error), qPrintable(error));
    QList<DownloadResult> results;
    connect(&engine, &DownloadEngine::resultReady, this, [&](const DownloadResult &result) { results.append(result); });
    const RunSummary summary = runEngine(engine, site.jobsFor({u"BR"_s, u"CN"_s}));
    QCOMPARE(summary.errors, 2);
    QVERIFY(!summary.anyResponse);
    QCOMPARE(results.size(), 2);
    for (const DownloadResult &result : std::as_const(results)) {
        QCOMPARE(result.verdict.failure, FailureKind::Connection);
        QVERIFY2(result.verdict.message.startsWith(
                     u"Secure connection to 127.0.0.1 failed: The issuer certificate "_s),
                 qPrintable(result.verdict.message));
        QCOMPARE(result.requests.size(), 1); // not retried: a certificate does not change in a moment
        QCOMPARE(result.requestsSent, 0);    // the request never left: the handshake failed first
    }
    QCOMPARE(filesIn(dest.path()), QStringList());
}

// Qt's default finds the system's CAs on demand, and naming any CA turns that
// off: the extra ones must come with the system's, never instead of them.
void TestTls::extraCasKeepTheSystemCas()
{
    QtNetworkAccess network;
    QCOMPARE(network.sslConfiguration(), QSslConfiguration::defaultConfiguration());
    network.setExtraCaCertificates(caCertificates());
    const QList<QSslCertificate> trusted = network.sslConfiguration().caCertificates();
    QVERIFY(trusted.contains(caCertificates().constFirst()));
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    if (system.isEmpty())
        QSKIP("this system has no CAs of its own (no ca-certificates) to keep");
    for (const QSslCertificate &certificate : system)
        QVERIFY2(trusted.contains(certificate), qPrintable(certificate.subjectDisplayName()));
    QCOMPARE(trusted.size(), system.size() + 1);
    // Without extra CAs again: Qt's default, on-demand loading and all.
    network.setExtraCaCertificates({});
    QCOMPARE(network.sslConfiguration(), QSslConfiguration::defaultConfiguration());
}

// The same end to end: a CA the "system" trusts still works when --cacert
// names another. As root, qflags-cli runs in a mount namespace of its own
// where /etc/ssl/certs holds the test CA alone (Qt 6.4 reads only fixed
// system folders, no SSL_CERT_DIR); the system's trust is never touched.
void TestTls::systemCasStillTrustedWithCacert()
{
    if (::geteuid() != 0)
        QSKIP("needs root, to show qflags-cli a /etc/ssl/certs of its own");
    if (QProcess::execute(u"unshare"_s, {u"-m"_s, u"--propagation"_s, u"private"_s, u"true"_s}) != 0)
        QSKIP("cannot make a mount namespace here (unshare -m failed)");
    QTemporaryDir otherCa;
    QString error;
    QVERIFY2(NginxKit::makeTestCa(otherCa.path(), &error), qPrintable(error));
    const QString otherPem = otherCa.filePath(u"ca.pem"_s);
    QTemporaryDir certs;
    QVERIFY(QFile::copy(caPem(), certs.filePath(u"qflags-test-ca.pem"_s)));
    QCOMPARE(QProcess::execute(u"openssl"_s, {u"rehash"_s, certs.path()}), 0);

    const auto server = startServer(Wire::Http2);
    QVERIFY(server);
    QTemporaryDir dest;
    const QStringList cli{QStringLiteral(QFLAGS_CLI_PATH), u"--cacert"_s, otherPem, u"--url"_s,
                          server->urlTemplate(), u"-d"_s, dest.path(), u"-v"_s, u"BR"_s};
    // The other CA alone does not vouch for this server...
    const Finished alone = runCli(cli.mid(1));
    QVERIFY2(alone.exitCode == 1 && alone.out.contains(u"BR error: Secure connection to 127.0.0.1 failed"_s),
             qPrintable(alone.out + alone.err));
    // ...so the flag comes through the "system's" CA, kept beside it.
    QProcess process;
    process.start(u"unshare"_s, QStringList{u"-m"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s,
                                            u"mount --bind \"$0\" /etc/ssl/certs && exec \"$@\""_s, certs.path()}
                                    + cli);
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitCode() == 0 && out.contains(u"\nBR OK\n"_s),
             qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
    QCOMPARE(filesIn(dest.path()), QStringList{u"br.png"_s});
}

// The window takes --cacert from its command line into its form's options
// (no field, not remembered) and its runs, on the engine's thread, trust it.
void TestTls::windowRunTrustsTheCommandLineCa()
{
    const auto server = startServer(Wire::Http2);
    QVERIFY(server);
    QTemporaryDir dest;
    MainWindow window;
    QCommandLineParser parser;
    const RunOptionsParser runOptions(parser);
    QVERIFY(parser.parse({u"qflags"_s, u"--cacert"_s, caPem(), u"--url"_s, server->urlTemplate(), u"-d"_s,
                          dest.path(), u"BR"_s, u"CN"_s, u"XX"_s}));
    QString error;
    const std::optional<RunOptions> options = runOptions.read(&error, window.form()->options());
    QVERIFY2(options, qPrintable(error));
    window.setOptions(*options);
    QCOMPARE(window.form()->options().caCertificates, caCertificates());
    window.show();

    QSignalSpy finished(&window, &MainWindow::runFinished);
    window.start();
    QVERIFY(finished.wait(60000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QCOMPARE(summary.ok, 2);
    QCOMPARE(summary.notFound, 1);
    QCOMPARE(summary.errors, 0);
    QCOMPARE(filesIn(dest.path()), (QStringList{u"br.png"_s, u"cn.png"_s}));
    QCOMPARE(protocolsOf(server->accessLog(3)), QStringList{u"HTTP/2.0"_s});
}

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
