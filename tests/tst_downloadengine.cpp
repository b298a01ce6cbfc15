// The engine against the built-in server on 127.0.0.1: counts, files on disk,
// errors, timeouts, the concurrency limit on the wire, live limit changes and
// cancel. The server's own counters (GET /_stats) are the proof.

#include "enginerun.h"
#include "testserver.h"

#include "base/countrycodes.h"
#include "core/downloadengine.h"
#include "core/qtnetworkaccess.h"
#include "core/threadednetworkaccess.h"
#include "base/processresources.h"
#include "core/urltemplate.h"
#include "server/faultplan.h"

#include <algorithm>

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

class TestDownloadEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyCodeEndsInExactlyOneResult();
    void errorServerGivesTeapots();
    void slowServerTimesOut_data();
    void slowServerTimesOut();
    void permanentFailuresAreNotRetried();
    void cancelBetweenRetriesEndsEachJobOnce();
    void queueWaitIsNotCountedAsTimeout_data();
    void queueWaitIsNotCountedAsTimeout();
    void concurrencyOnTheWireReachesTheLimit_data();
    void concurrencyOnTheWireReachesTheLimit();
    void raisingTheLimitStartsQueuedJobsAtOnce();
    void loweringTheLimitStartsNothingUntilBelowIt();
    void cancelLeavesOnlyWholeFiles_data();
    void cancelLeavesOnlyWholeFiles();
    void unwritableDestinationGivesPerCodeErrors();
    void rejectsBodiesThatAreNotImagesOrTooLarge();
    void unreachableServerGivesConnectionErrors();
    void endlessBodyWithoutLengthIsCutAtTheCap();
    void staleKeepAliveConnectionsAreRecovered();
    void eachOriginKeepsItsRequestsOutOfQtsQueue();
    void eachServerFaultEndsInOneResult_data();
    void eachServerFaultEndsInOneResult();
    void aTrickleUnderTheMinimumSpeedIsCutShortAndRetried();
    void oddlyFramedAnswersAreReadAsQtReadsThem_data();
    void oddlyFramedAnswersAreReadAsQtReadsThem();
};

void TestDownloadEngine::initTestCase()
{
    ProcessResources::raiseOpenFileLimit();
    QVERIFY2(embeddedFlagCodes().size() > 200, "the embedded flag set is missing");
}

void TestDownloadEngine::init()
{
    // Qt's network code warns when a reply is misused (aborted twice, say).
    QTest::failOnWarning(QRegularExpression(u"QNetworkReply"_s));
}

void TestDownloadEngine::everyCodeEndsInExactlyOneResult()
{
    TestServer server;
    QVERIFY(server.start());
    Harness harness(100);
    auto &[dir, engine, run] = harness;

    const QStringList every = CountryCodes::everyPair();
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), every)));
    QVERIFY(!engine.start({})); // one run at a time
    QVERIFY(waitForEnd(run));

    const int expectedOk = int(embeddedFlagCodes().size());
    QCOMPARE(run.summary.total, 676);
    QCOMPARE(run.summary.ok, expectedOk);
    QCOMPARE(run.summary.notFound, 676 - expectedOk);
    QCOMPARE(run.summary.errors, 0);
    QVERIFY(!run.summary.cancelled);
    QVERIFY(run.summary.anyResponse);
    QCOMPARE(run.results.size(), 676);
    QCOMPARE(codesOf(run.results), QSet<QString>(every.cbegin(), every.cend()));
    QCOMPARE(run.resultsAfterFinish, 0);

    // The files on disk are exactly the OK ones, and each is an image.
    QCOMPARE(filesIn(dir.path()), savedNamesOf(run.results));
    for (const DownloadResult &r : std::as_const(run.results)) {
        if (r.status() == DownloadStatus::Ok) {
            QVERIFY2(!QImage(r.filePath).isNull(), qPrintable(r.filePath));
            QVERIFY(r.bytes > 0);
            QVERIFY(r.thumbnail.isNull()); // none asked for
            QVERIFY(r.startedMs() <= r.respondedMs());
            QVERIFY(r.respondedMs() <= r.savedMs);
        } else {
            QCOMPARE(r.httpStatus(), 404);
            QCOMPARE(r.verdict.message, u"Not found (404)"_s);
        }
    }

    const QJsonObject stats = server.statsOverHttp();
    QCOMPARE(stats.value("requests"_L1).toInt(), 676);
    QCOMPARE(stats.value("status"_L1).toObject().value("200"_L1).toInt(), expectedOk);
    QCOMPARE(stats.value("status"_L1).toObject().value("404"_L1).toInt(), 676 - expectedOk);
}

void TestDownloadEngine::errorServerGivesTeapots()
{
    FlagServerConfig config;
    config.errorRate = 0.25;
    config.seed = 7;
    TestServer server;
    QVERIFY(server.start(config));
    Harness harness(200);
    auto &[dir, engine, run] = harness;

    const QStringList codes = embeddedFlagCodes();
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), codes)));
    QVERIFY(waitForEnd(run));

    QVERIFY2(run.summary.errors > 0, "a 25 % error rate gave no errors");
    QVERIFY(run.summary.ok > 0);
    QCOMPARE(run.summary.ok + run.summary.errors, int(codes.size()));
    for (const DownloadResult &r : std::as_const(run.results)) {
        if (r.status() == DownloadStatus::Error) {
            QCOMPARE(r.httpStatus(), 418);
            QCOMPARE(r.verdict.failure, FailureKind::HttpStatus);
            QCOMPARE(r.verdict.message, u"HTTP error 418 - I'm a teapot (the test server fails some requests on purpose: fetch them again)"_s);
            QVERIFY(r.filePath.isEmpty());
        }
    }
    QCOMPARE(filesIn(dir.path()).size(), run.summary.ok);
    QCOMPARE(server.statsOverHttp().value("status"_L1).toObject().value("418"_L1).toInt(),
             run.summary.errors);
}

void TestDownloadEngine::slowServerTimesOut_data()
{
    QTest::addColumn<int>("retries");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("no retries") << 0 << u"No answer from the server for 0.3 s"_s;
    QTest::newRow("two retries")
        << 2 << u"No answer from the server for 0.3 s, retried 2 times"_s;
}

void TestDownloadEngine::slowServerTimesOut()
{
    QFETCH(int, retries);
    QFETCH(QString, expectedMessage);
    TestServer server;
    QVERIFY(server.start(delayed(2.0)));
    EngineSettings settings;
    settings.maxConcurrent = 30;
    settings.timeout = 300ms;
    settings.retries = retries;
    settings.retryBaseDelay = 20ms;
    Harness harness(settings);
    auto &[dir, engine, run] = harness;

    QVERIFY(engine.start(jobsFor(server.urlTemplate(), {u"BR"_s, u"CN"_s, u"US"_s})));
    QVERIFY(waitForEnd(run));
    QCOMPARE(run.summary.errors, 3);
    QCOMPARE(run.summary.retried, retries ? 3 : 0);
    for (const DownloadResult &r : std::as_const(run.results)) {
        QCOMPARE(r.verdict.failure, FailureKind::Timeout);
        QCOMPARE(r.verdict.message, expectedMessage);
        QCOMPARE(r.retries(), retries);
        // One span per request, in order, each ended by our timer.
        QCOMPARE(r.requests.size(), 1 + retries);
        for (qsizetype i = 0; i < r.requests.size(); ++i) {
            const RequestSpan &span = r.requests.at(i);
            QCOMPARE(span.httpStatus, 0);
            // A coarse timer may fire up to 5 % early.
            QVERIFY2(span.endedMs - span.startedMs >= 280, qPrintable(QString::number(span.endedMs - span.startedMs)));
            if (i > 0)
                QVERIFY(span.startedMs >= r.requests.at(i - 1).endedMs + 10); // after the back-off
        }
        QCOMPARE(r.requests.constFirst().startedMs, r.startedMs());
    }
    // Every retry was a fresh request the server saw.
    QCOMPARE(server.statsOverHttp().value("requests"_L1).toInt(), 3 * (1 + retries));
    // Our own timer ended them, long before the server would have answered.
    QVERIFY2(run.summary.elapsedMs < 1500 * (1 + retries), qPrintable(QString::number(run.summary.elapsedMs)));
    QVERIFY(filesIn(dir.path()).isEmpty());
}

void TestDownloadEngine::permanentFailuresAreNotRetried()
{
    FlagServerConfig config;
    config.errorRate = 1.0; // 418 for all, as flags2's ERROR server does for some
    TestServer server;
    QVERIFY(server.start(config));
    EngineSettings settings;
    settings.retries = 3;
    settings.retryBaseDelay = 10ms;
    Harness harness(settings);
    auto &[dir, engine, run] = harness;
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), {u"BR"_s, u"CN"_s, u"XX"_s})));
    QVERIFY(waitForEnd(run));
    QCOMPARE(run.summary.errors, 3);
    QCOMPARE(run.summary.retried, 0);
    for (const DownloadResult &r : std::as_const(run.results))
        QCOMPARE(r.verdict.message, u"HTTP error 418 - I'm a teapot (the test server fails some requests on purpose: fetch them again)"_s);
    QCOMPARE(server.statsOverHttp().value("requests"_L1).toInt(), 3);
}

void TestDownloadEngine::cancelBetweenRetriesEndsEachJobOnce()
{
    Harness harness([] {
        EngineSettings settings;
        settings.retries = 5;
        settings.retryBaseDelay = 2000ms; // they will be waiting when we cancel
        return settings;
    }());
    auto &[dir, engine, run] = harness;
    QVERIFY(engine.start(jobsFor(u"http://127.0.0.1:%1/{cc}.png"_s.arg(closedLocalPort()),
                                 {u"BR"_s, u"CN"_s, u"US"_s})));
    QTRY_VERIFY_WITH_TIMEOUT(engine.inFlight() == 0, 5000); // all refused, all backing off
    QVERIFY(engine.isRunning());
    engine.cancel();
    QVERIFY(waitForEnd(run, 2000));
    QVERIFY(run.summary.cancelled);
    QCOMPARE(run.results.size(), 3);
    QCOMPARE(codesOf(run.results).size(), 3);
    for (const DownloadResult &r : std::as_const(run.results)) {
        QCOMPARE(r.status(), DownloadStatus::Cancelled);
        // The refused one; the retry never went out, so it is not counted.
        QCOMPARE(r.requests.size(), 1);
        QCOMPARE(r.retries(), 0);
    }
}

void TestDownloadEngine::queueWaitIsNotCountedAsTimeout_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("jobCount");
    // Jobs wait in our queue for up to 5 delays: far past the timeout.
    QTest::newRow("2 at a time") << 2 << 12;
    // Past Qt's six connections per manager: a single manager would park
    // requests in Qt's queue, where a timer started at get() would run out.
    QTest::newRow("24 at a time") << 24 << 96;
}

void TestDownloadEngine::queueWaitIsNotCountedAsTimeout()
{
    QFETCH(int, concurrency);
    QFETCH(int, jobCount);
    TestServer server;
    QVERIFY(server.start(delayed(0.3)));
    EngineSettings settings;
    settings.maxConcurrent = concurrency;
    settings.timeout = 800ms;
    settings.retries = 0; // a retry would hide a timeout counted in the queue
    Harness harness(settings);
    auto &[dir, engine, run] = harness;

    QVERIFY(engine.start(jobsFor(server.urlTemplate(), embeddedFlagCodes().mid(0, jobCount))));
    QVERIFY(waitForEnd(run));
    for (const DownloadResult &r : std::as_const(run.results))
        QVERIFY2(r.status() == DownloadStatus::Ok, qPrintable(r.code + u": "_s + r.verdict.message));
    QCOMPARE(run.summary.ok, jobCount);
    QVERIFY(run.summary.elapsedMs > 800); // the run as a whole took longer than the timeout
}

void TestDownloadEngine::concurrencyOnTheWireReachesTheLimit_data()
{
    QTest::addColumn<int>("concurrency");
    // Long enough for every connection of a wave to open before the first
    // answer, even on a busy machine.
    QTest::addColumn<double>("delaySeconds");
    QTest::addColumn<NetworkStrategy>("strategy");
    const auto events = NetworkStrategy::Events;
    const auto threads = NetworkStrategy::Threads;
    QTest::newRow("1") << 1 << 0.4 << events;
    QTest::newRow("6") << 6 << 0.4 << events;
    QTest::newRow("7: past one manager") << 7 << 0.4 << events;
    QTest::newRow("30") << 30 << 0.5 << events;
    QTest::newRow("250") << 250 << 1.0 << events;
    // A thread and a connection per request on the wire.
    QTest::newRow("threads 1") << 1 << 0.4 << threads;
    QTest::newRow("threads 7") << 7 << 0.4 << threads;
    QTest::newRow("threads 250") << 250 << 1.0 << threads;
}

void TestDownloadEngine::concurrencyOnTheWireReachesTheLimit()
{
    QFETCH(int, concurrency);
    QFETCH(double, delaySeconds);
    QFETCH(NetworkStrategy, strategy);
    TestServer server;
    QVERIFY(server.start(delayed(delaySeconds)));
    EngineSettings settings = Harness::withConcurrency(concurrency);
    settings.strategy = strategy;
    Harness harness(settings);
    auto &[dir, engine, run] = harness;
    int maxInFlight = 0;
    connect(&engine, &DownloadEngine::inFlightChanged, this,
            [&](int n) { maxInFlight = std::max(maxInFlight, n); });

    const int jobCount = std::max(3, 2 * concurrency);
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), CountryCodes::everyPair().mid(0, jobCount))));
    QVERIFY(waitForEnd(run));
    QCOMPARE(run.summary.done(), jobCount);
    QCOMPARE(run.summary.errors, 0);

    const QJsonObject stats = server.statsOverHttp();
    QCOMPARE(maxInFlight, concurrency);
    QCOMPARE(stats.value("max_in_flight"_L1).toInt(), concurrency);
    QCOMPARE(stats.value("in_flight"_L1).toInt(), 0);
    if (strategy == NetworkStrategy::Threads) {
        // Each request on a connection of its own, closed after it: as many
        // at once as requests on the wire, one per request in all.
        QCOMPARE(stats.value("max_connections"_L1).toInt(), concurrency);
        auto *network = engine.findChild<ThreadedNetworkAccess *>();
        QVERIFY(network);
        QCOMPARE(network->poolSize(), concurrency);
    }
    const double ideal = std::ceil(double(jobCount) / concurrency) * delaySeconds;
    qInfo("C=%d N=%d elapsed %.2f s, ideal %.2f s", concurrency, jobCount,
          run.summary.elapsedMs / 1000.0, ideal);
}

void TestDownloadEngine::raisingTheLimitStartsQueuedJobsAtOnce()
{
    TestServer server;
    QVERIFY(server.start(delayed(0.4)));
    Harness harness(2);
    auto &[dir, engine, run] = harness;
    QSignalSpy limitSpy(&engine, &DownloadEngine::maxConcurrentChanged);

    QVERIFY(engine.start(jobsFor(server.urlTemplate(), CountryCodes::everyPair().mid(0, 60))));
    QCOMPARE(engine.inFlight(), 2);
    engine.setMaxConcurrent(25);
    QCOMPARE(engine.inFlight(), 25); // started at once, not at the next completion
    QCOMPARE(limitSpy.size(), 1);
    QCOMPARE(limitSpy.first().first().toInt(), 25);
    QVERIFY(waitForEnd(run));
    QCOMPARE(run.summary.done(), 60);
    QCOMPARE(server.statsOverHttp().value("max_in_flight"_L1).toInt(), 25);
}

void TestDownloadEngine::loweringTheLimitStartsNothingUntilBelowIt()
{
    TestServer server;
    QVERIFY(server.start(delayed(0.3)));
    Harness harness(20);
    auto &[dir, engine, run] = harness;

    QVERIFY(engine.start(jobsFor(server.urlTemplate(), CountryCodes::everyPair().mid(0, 40))));
    QCOMPARE(engine.inFlight(), 20);
    engine.setMaxConcurrent(3);
    QCOMPARE(engine.inFlight(), 20); // in-flight requests go on
    int startsAboveLimit = 0;
    int starts = 0;
    connect(&engine, &DownloadEngine::requestStarted, this, [&] {
        ++starts;
        if (engine.inFlight() > 3)
            ++startsAboveLimit;
    });
    QVERIFY(waitForEnd(run));
    QCOMPARE(starts, 20);
    QCOMPARE(startsAboveLimit, 0);
    QCOMPARE(run.summary.errors, 0); // nothing was aborted
    QCOMPARE(run.summary.done(), 40);
}

void TestDownloadEngine::cancelLeavesOnlyWholeFiles_data()
{
    QTest::addColumn<NetworkStrategy>("strategy");
    QTest::newRow("events") << NetworkStrategy::Events;
    // The threads' requests end at once; their threads see the cancel later.
    QTest::newRow("threads") << NetworkStrategy::Threads;
}

void TestDownloadEngine::cancelLeavesOnlyWholeFiles()
{
    QFETCH(NetworkStrategy, strategy);
    FlagServerConfig config;
    config.delayMinSeconds = 0.05;
    config.delayMaxSeconds = 0.4;
    config.seed = 11;
    TestServer server;
    QVERIFY(server.start(config));
    EngineSettings settings;
    settings.maxConcurrent = 40;
    settings.thumbnailSize = QSize(32, 32);
    settings.strategy = strategy;
    Harness harness(settings);
    auto &[dir, engine, run] = harness;
    connect(&engine, &DownloadEngine::resultReady, this, [&] {
        if (run.results.size() == 60)
            engine.cancel();
    });
    int started = 0;
    connect(&engine, &DownloadEngine::requestStarted, this, [&] { ++started; });

    QVERIFY(engine.start(jobsFor(server.urlTemplate(), CountryCodes::everyPair())));
    QVERIFY(waitForEnd(run));
    QVERIFY(run.summary.cancelled);
    QVERIFY(run.summary.done() >= 60);
    QVERIFY(run.summary.done() < 676);
    // Every request that went on the wire has exactly one result; those the
    // cancel aborted say so.
    QCOMPARE(run.results.size(), started);
    QCOMPARE(codesOf(run.results).size(), started);
    QCOMPARE(run.results.size(), run.summary.done());
    QVERIFY(run.summary.interrupted > 0);
    QCOMPARE(run.resultsAfterFinish, 0);
    QCOMPARE(engine.inFlight(), 0);

    // Only whole files: exactly the OK ones, each decoding, no temporary files.
    QCOMPARE(filesIn(dir.path()), savedNamesOf(run.results));
    for (const DownloadResult &r : std::as_const(run.results)) {
        QVERIFY2(r.status() != DownloadStatus::Error, qPrintable(r.code + u": "_s + r.verdict.message));
        if (r.status() == DownloadStatus::Cancelled)
            QCOMPARE(r.verdict.message, u"Cancelled"_s);
        if (r.status() == DownloadStatus::Ok) {
            QVERIFY(!QImage(r.filePath).isNull());
            QVERIFY(!r.thumbnail.isNull());
            QVERIFY(r.thumbnail.width() <= 32 && r.thumbnail.height() <= 32);
        }
    }

    // The engine runs again after a cancel. The flag is one the first run did
    // not reach: one it saved would come back as unchanged (304), not OK.
    const QSet<QString> reached = codesOf(run.results);
    const QStringList flags = embeddedFlagCodes();
    const auto fresh = std::find_if(flags.crbegin(), flags.crend(),
                                    [&](const QString &code) { return !reached.contains(code); });
    QVERIFY(fresh != flags.crend());
    Run second;
    record(engine, second);
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), {*fresh})));
    QVERIFY(waitForEnd(second));
    QCOMPARE(second.summary.ok, 1);
    QVERIFY(!second.summary.cancelled);
}

void TestDownloadEngine::unwritableDestinationGivesPerCodeErrors()
{
    TestServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    EngineSettings settings;
    settings.destinationDir = blocker.fileName() + u"/flags"_s;
    Harness harness(settings);
    DownloadEngine &engine = harness.engine;
    Run &run = harness.run;
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), {u"BR"_s, u"CN"_s, u"XX"_s})));
    QVERIFY(waitForEnd(run));

    QCOMPARE(run.summary.errors, 2);
    QCOMPARE(run.summary.notFound, 1);
    QVERIFY(!run.summary.cancelled);
    for (const DownloadResult &r : std::as_const(run.results)) {
        if (r.code == u"XX"_s)
            continue;
        QCOMPARE(r.verdict.failure, FailureKind::SaveFailed);
        QVERIFY2(r.verdict.message.startsWith(u"Could not save %1.png: "_s.arg(r.code.toLower())),
                 qPrintable(r.verdict.message));
    }
}

void TestDownloadEngine::rejectsBodiesThatAreNotImagesOrTooLarge()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(u"flags/xx"_s));
    QVERIFY(QDir(root.path()).mkpath(u"flags/yy"_s));
    QFile page(root.filePath(u"flags/xx/xx.png"_s));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<html>no flag here</html>");
    page.close();
    QFile huge(root.filePath(u"flags/yy/yy.png"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    huge.write(QByteArray(2 * 1024 * 1024, 'x'));
    huge.close();

    FlagServerConfig config;
    config.rootDir = root.path();
    TestServer server;
    QVERIFY(server.start(config));
    EngineSettings settings;
    settings.maxConcurrent = 30;
    settings.maxBodyBytes = 1024 * 1024;
    Harness harness(settings);
    auto &[dir, engine, run] = harness;
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), {u"XX"_s, u"YY"_s})));
    QVERIFY(waitForEnd(run));

    QCOMPARE(run.summary.errors, 2);
    for (const DownloadResult &r : std::as_const(run.results)) {
        if (r.code == u"XX"_s) {
            QCOMPARE(r.verdict.failure, FailureKind::NotAnImage);
            QCOMPARE(r.verdict.message, u"Not an image (image/png, 25 bytes)"_s);
        } else {
            QCOMPARE(r.verdict.failure, FailureKind::TooLarge);
            QCOMPARE(r.verdict.message, u"Response too large: over the 1.0 MiB limit"_s);
        }
    }
    QVERIFY(filesIn(dir.path()).isEmpty());
}

void TestDownloadEngine::unreachableServerGivesConnectionErrors()
{
    const quint16 closedPort = closedLocalPort();

    EngineSettings settings;
    settings.retryBaseDelay = 10ms;
    Harness harness(settings);
    auto &[dir, engine, run] = harness;
    QVERIFY(engine.start(jobsFor(u"http://127.0.0.1:%1/{cc}.png"_s.arg(closedPort), {u"BR"_s, u"CN"_s})));
    QVERIFY(waitForEnd(run));
    QCOMPARE(run.summary.errors, 2);
    QCOMPARE(run.summary.retried, 2); // refused is transient: two more tries each
    QVERIFY(!run.summary.anyResponse);
    for (const DownloadResult &r : std::as_const(run.results)) {
        QCOMPARE(r.verdict.failure, FailureKind::Connection);
        QCOMPARE(r.verdict.message, u"Connection refused by 127.0.0.1, retried 2 times"_s);
        QCOMPARE(r.httpStatus(), 0);
    }
}

void TestDownloadEngine::endlessBodyWithoutLengthIsCutAtTheCap()
{
    // A server that sends no Content-Length and far more than the cap: only
    // the bytes received can stop it.
    QTcpServer firehose;
    QVERIFY(firehose.listen(QHostAddress::LocalHost));
    connect(&firehose, &QTcpServer::newConnection, this, [&firehose] {
        QTcpSocket *socket = firehose.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n");
            socket->write(QByteArray(8 * 1024 * 1024, 'x'));
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });

    EngineSettings settings;
    settings.maxConcurrent = 1;
    settings.maxBodyBytes = 256 * 1024;
    Harness harness(settings);
    auto &[dir, engine, run] = harness;
    QVERIFY(engine.start(jobsFor(u"http://127.0.0.1:%1/{cc}.png"_s.arg(firehose.serverPort()), {u"BR"_s})));
    QVERIFY(waitForEnd(run));
    QCOMPARE(run.summary.errors, 1);
    QCOMPARE(run.results.first().verdict.failure, FailureKind::TooLarge);
    QCOMPARE(run.results.first().verdict.message, u"Response too large: over the 256.0 KiB limit"_s);
    QVERIFY(filesIn(dir.path()).isEmpty());
}

void TestDownloadEngine::staleKeepAliveConnectionsAreRecovered()
{
    // Every connection answers once, then drops the request that reuses it.
    FlagServerConfig config;
    QString error;
    config.faults = {*parseFault(u"close-keepalive"_s, &error)};
    TestServer server;
    QVERIFY(server.start(config));
    EngineSettings settings;
    settings.maxConcurrent = 1; // one connection, reused for each next flag
    Harness harness(settings);
    auto &[dir, engine, run] = harness;
    const QStringList codes{u"BR"_s, u"CN"_s, u"IN"_s, u"US"_s, u"JP"_s, u"DE"_s};
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), codes)));
    QVERIFY(waitForEnd(run));

    QCOMPARE(run.summary.ok, int(codes.size()));
    QCOMPARE(filesIn(dir.path()).size(), codes.size());
    const QJsonObject stats = server.statsOverHttp();
    const int dropped = stats.value("dropped"_L1).toInt();
    qInfo("%d requests dropped on reused connections, %d retried by us", dropped, run.summary.retried);
    QVERIFY2(dropped > 0, "the client never reused a connection: the trap was not sprung");
    QCOMPARE(stats.value("requests"_L1).toInt(), int(codes.size()) + dropped);
}

void TestDownloadEngine::eachOriginKeepsItsRequestsOutOfQtsQueue()
{
    // Nothing listens: the policy is what counts, not the answers.
    const quint16 port = closedLocalPort();
    const QUrl http(u"http://127.0.0.1:%1/br.png"_s.arg(port));
    const QUrl https(u"https://127.0.0.1:%1/br.png"_s.arg(port));
    QtNetworkAccess network;
    QSignalSpy capacity(&network, &NetworkAccess::capacityAvailable);
    std::vector<std::unique_ptr<WireRequest>> requests;
    const RequestLimits limits{3s, 10s, 1024, 0};

    // HTTP/1.1 from the start: six to a set of connections, then another
    // set, in the same manager (one network thread).
    QCOMPARE(network.protocolOf(http), QtNetworkAccess::Protocol::Http1);
    for (int i = 0; i < 13; ++i) {
        QVERIFY(network.canStart(http));
        requests.emplace_back(network.start(http, limits, {}));
    }
    QCOMPARE(network.connectionSetCount(http), 3);
    QCOMPARE(network.managerCount(http), 1);

    // https before its protocol is known: one manager, six requests, then
    // wait, since Qt would try HTTP/2 on one connection and queue the rest.
    for (int i = 0; i < 6; ++i) {
        QVERIFY(network.canStart(https));
        requests.emplace_back(network.start(https, limits, {}));
    }
    QVERIFY(!network.canStart(https));
    QCOMPARE(network.managerCount(https), 1);
    QCOMPARE(network.connectionSetCount(https), 1);
    QCOMPARE(network.protocolOf(https), QtNetworkAccess::Protocol::Unknown);
    QVERIFY(network.canStart(http)); // origins do not share their room

    // An aborted request's slot comes back only once Qt has dropped its
    // connection, from the event loop, with word of it.
    requests.back()->cancel();
    QVERIFY(!network.canStart(https));
    QVERIFY(capacity.wait(1000));
    QVERIFY(network.canStart(https));
    for (auto &request : requests)
        request->cancel();
}

void TestDownloadEngine::eachServerFaultEndsInOneResult_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<DownloadStatus>("status");
    QTest::addColumn<QString>("message"); // a regular expression for the whole message
    QTest::addColumn<int>("retries");     // -1: depends on how Qt saw it
    QTest::addColumn<int>("requests");    // as the server counted them; -N: at least N
    QTest::addColumn<NetworkStrategy>("strategy");

    // Every fault on both strategies: the same outcome, retries and words,
    // except where a row says how a thread's own HTTP client sees more than
    // Qt does.
    for (const NetworkStrategy strategy : {NetworkStrategy::Events, NetworkStrategy::Threads}) {
    const bool threads = strategy == NetworkStrategy::Threads;
    const auto newRow = [&](const char *name) -> QTestData & {
        return QTest::addRow("%s: %s", qPrintable(NetworkStrategies::nameOf(strategy)), name);
    };
    using S = DownloadStatus;
    const QString retriedTwice = u", retried 2 times$"_s;
    newRow("503, Retry-After") << u"status:503"_s << S::Error
        << u"^Server busy \\(503\\)"_s + retriedTwice << 2 << 3 << strategy;
    newRow("429, Retry-After") << u"status:429"_s << S::Error
        << u"^Too many requests: the server asks to slow down \\(429\\)"_s + retriedTwice << 2 << 3 << strategy;
    newRow("500") << u"status:500"_s << S::Error << u"^Server error \\(500\\)"_s + retriedTwice << 2 << 3 << strategy;
    newRow("502") << u"status:502"_s << S::Error << u"^Bad gateway \\(502\\)"_s + retriedTwice << 2 << 3 << strategy;
    newRow("504") << u"status:504"_s << S::Error
        << u"^Gateway timed out \\(504\\)"_s + retriedTwice << 2 << 3 << strategy;
    newRow("404, never retried") << u"status:404"_s << S::NotFound << u"^Not found \\(404\\)$"_s << 0 << 1 << strategy;
    newRow("418, never retried") << u"status:418"_s << S::Error
        << u"^HTTP error 418 - I'm a teapot$"_s << 0 << 1 << strategy;
    // Qt reports a reset and an early close alike; the counts say how far it got.
    // Qt may quietly resend a request whose connection was reset, so the
    // server can count more requests than our retries made.
    newRow("reset") << u"reset"_s << S::Error
        << u"^Connection dropped by the server after \\d+ of \\d+ bytes"_s + retriedTwice << 2 << -3 << strategy;
    newRow("truncate") << u"truncate"_s << S::Error
        << u"^Connection dropped by the server after \\d+ of \\d+ bytes"_s + retriedTwice << 2 << 3 << strategy;
    newRow("garbage") << u"garbage"_s << S::Error
        << u"^Not an image \\(image/png, [0-9.]+ (bytes|KiB)\\)$"_s << 0 << 1 << strategy;
    newRow("empty") << u"empty"_s << S::Error << u"^The server sent an empty body \\(image/png\\)$"_s
                           << 0 << 1 << strategy;
    newRow("wrong-type: accepted, it decodes") << u"wrong-type"_s << S::Ok << u"^OK$"_s << 0 << 1 << strategy;
    // Qt keeps one of the two lengths; the body is whole and decodes.
    newRow("bad-length: accepted, it decodes") << u"bad-length"_s << S::Ok << u"^OK$"_s << 0 << 1 << strategy;
    newRow("redirect") << u"redirect"_s << S::Ok << u"^OK$"_s << 0 << 2 << strategy;
    newRow("redirect-loop") << u"redirect-loop"_s << S::Error << u"^Too many redirects$"_s << 0 << 6 << strategy;
    newRow("redirect-insecure") << u"redirect-insecure"_s << S::Error
        << u"^Refused a redirect to ftp://"_s << 0 << 1 << strategy;
    newRow("refuse") << u"refuse"_s << S::Error
        << u"^Connection dropped by the server before it answered"_s + retriedTwice << 2 << 0 << strategy;
    // Qt sees the cut either as a dropped connection or as a short body.
    newRow("chunked-cut") << u"chunked-cut"_s << S::Error
        << u"^(Connection dropped by the server after \\d+ bytes, retried 2 times"
           "|Not an image \\(image/png, .*\\)|The server sent an empty body \\(image/png\\))$"_s << -1 << -1 << strategy;
    // Qt reports this body as fine and empty: the decode check catches it.
    // A thread's own client reads the chunk sizes and says what is wrong.
    newRow("bad-chunk") << u"bad-chunk"_s << S::Error
        << (threads ? u"^The server sent a malformed chunked body: an invalid chunk size$"_s
                    : u"^(Not an image \\(image/png, .*\\)|The server sent an empty body \\(image/png\\))$"_s)
        << 0 << 1 << strategy;
    newRow("hang") << u"hang"_s << S::Error << u"^No answer from the server for 0.3 s"_s + retriedTwice
                          << 2 << 3 << strategy;
    newRow("stall") << u"stall"_s << S::Error
        << u"^Server stopped sending for 0.3 s after \\d+ of \\d+ bytes"_s + retriedTwice << 2 << 3 << strategy;
    // A byte every 300 ms never trips the inactivity timeout (0.5 s here);
    // the deadline (1 s here) ends each attempt.
    newRow("trickle") << u"trickle"_s << S::Error
        << u"^Still not complete after 1 s \\(\\d+ of \\d+ bytes\\): the server sends too slowly"_s
           + retriedTwice << 2 << 3 << strategy;
    newRow("huge: cut at the cap, not retried") << u"huge"_s << S::Error
        << u"^Response too large: over the 4.0 MiB limit$"_s << 0 << 1 << strategy;
    newRow("close-keepalive") << u"close-keepalive"_s << S::Ok << u"^OK$"_s << 0 << 1 << strategy;
    }
}

// A byte every 300 ms: the inactivity timeout never trips, but the minimum
// speed (1 KiB/s over 1 s here) cuts each attempt short, long before the
// deadline, and the attempt is retried like a timeout.
void TestDownloadEngine::aTrickleUnderTheMinimumSpeedIsCutShortAndRetried()
{
    FlagServerConfig config;
    QString error;
    config.faults = {*parseFault(u"trickle"_s, &error)};
    TestServer server;
    QVERIFY(server.start(config));
    EngineSettings settings;
    settings.timeout = 2s;
    settings.deadline = 60s;
    settings.minimumSpeed = {1024, 1s};
    settings.retryBaseDelay = 5ms;
    Harness harness(settings);
    auto &[dir, engine, run] = harness;
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), {u"BR"_s})));
    QVERIFY(waitForEnd(run, 20000));
    const DownloadResult &result = run.results.first();
    const QRegularExpression expected(u"^Server sent \\d+ B/s, under the 1 KiB/s minimum, for 1 s, retried 2 times$"_s);
    QVERIFY2(expected.match(result.verdict.message).hasMatch(), qPrintable(result.verdict.message));
    QCOMPARE(result.retries(), 2);
    for (const RequestSpan &span : result.requests) // each cut after about a second of answer
        QVERIFY2(span.durationMs() >= 1000 && span.durationMs() < 4000, qPrintable(QString::number(span.durationMs())));
    QCOMPARE(server.statsOverHttp().value("requests"_L1).toInt(), 3);
    QCOMPARE(filesIn(dir.path()), QStringList());
}

namespace {

QByteArray smallPng()
{
    QImage image(4, 3, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray chunked(const QByteArray &body, const QByteArray &lineEnd)
{
    const qsizetype half = body.size() / 2;
    return QByteArray::number(half, 16) + lineEnd + body.left(half) + lineEnd
        + QByteArray::number(body.size() - half, 16) + ";note=x" + lineEnd + body.mid(half) + lineEnd
        + "0" + lineEnd + lineEnd;
}

} // namespace

void TestDownloadEngine::oddlyFramedAnswersAreReadAsQtReadsThem_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("closes"); // false: the server holds the connection open after it
    QTest::addColumn<DownloadStatus>("status");
    QTest::addColumn<QString>("threadsMessage"); // the thread's own client's words; empty: OK
    QTest::addColumn<NetworkStrategy>("strategy");

    using S = DownloadStatus;
    const QByteArray png = smallPng();
    const QByteArray length = QByteArray::number(png.size());
    const QByteArray chunkedHead = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nTransfer-Encoding: chunked\r\n"
                                   "Connection: close\r\n\r\n";
    for (const NetworkStrategy strategy : {NetworkStrategy::Events, NetworkStrategy::Threads}) {
        const bool threads = strategy == NetworkStrategy::Threads;
        const auto newRow = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s: %s", qPrintable(NetworkStrategies::nameOf(strategy)), name);
        };
        newRow("lines ended by LF alone")
            << "HTTP/1.1 200 OK\nContent-Type: image/png\nContent-Length: " + length + "\nConnection: close\n\n" + png
            << true << S::Ok << QString() << strategy;
        newRow("a header folded over two lines")
            << "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nTransfer-Encoding:\r\n chunked\r\n"
               "Connection: close\r\n\r\n" + chunked(png, "\r\n")
            << true << S::Ok << QString() << strategy;
        newRow("Transfer-Encoding sent twice")
            << "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nTransfer-Encoding: identity\r\n"
               "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunked(png, "\r\n")
            << true << S::Ok << QString() << strategy;
        newRow("chunks with extensions")
            << chunkedHead + chunked(png, "\r\n") << true << S::Ok << QString() << strategy;
        // Here the thread's client reads more than Qt, which sees an empty body.
        newRow("chunks ended by LF alone")
            << chunkedHead + chunked(png, "\n") << true << (threads ? S::Ok : S::Error) << QString() << strategy;
        // (Not 4: a PNG's bytes 4 and 5 are CR LF.)
        newRow("a chunk longer than its size")
            << chunkedHead + "9\r\n" + png + "\r\n0\r\n\r\n" << true << S::Error
            << u"The server sent a malformed chunked body: a chunk longer than its size"_s << strategy;
        newRow("a chunk size line without an end")
            << chunkedHead + QByteArray(8000, '1') << false << S::Error
            << u"The server sent a malformed chunked body: a chunk size line without an end"_s << strategy;
    }
}

// Answers a strict reader might refuse and Qt reads: the threads strategy's
// own client reads them too, and says what it cannot read.
void TestDownloadEngine::oddlyFramedAnswersAreReadAsQtReadsThem()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, closes);
    QFETCH(DownloadStatus, status);
    QFETCH(QString, threadsMessage);
    QFETCH(NetworkStrategy, strategy);

    QTcpServer scripted;
    QVERIFY(scripted.listen(QHostAddress::LocalHost));
    connect(&scripted, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = scripted.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, answer, closes] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write(answer);
            if (closes)
                socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });

    EngineSettings settings;
    settings.strategy = strategy;
    settings.retries = 0;
    settings.timeout = 500ms;
    Harness harness(settings);
    auto &[dir, engine, run] = harness;
    QVERIFY(engine.start(jobsFor(u"http://127.0.0.1:%1/{cc}.png"_s.arg(scripted.serverPort()), {u"BR"_s})));
    QVERIFY(waitForEnd(run));
    const DownloadResult &result = run.results.first();
    QVERIFY2(result.verdict.status == status, qPrintable(result.verdict.message));
    if (strategy == NetworkStrategy::Threads && !threadsMessage.isEmpty())
        QCOMPARE(result.verdict.message, threadsMessage);
    QCOMPARE(filesIn(dir.path()).size(), status == DownloadStatus::Ok ? 1 : 0);
}

void TestDownloadEngine::eachServerFaultEndsInOneResult()
{
    QFETCH(QString, fault);
    QFETCH(DownloadStatus, status);
    QFETCH(QString, message);
    QFETCH(int, retries);
    QFETCH(int, requests);
    QFETCH(NetworkStrategy, strategy);

    FlagServerConfig config;
    QString error;
    const auto rule = parseFault(fault, &error);
    QVERIFY2(rule, qPrintable(error));
    config.faults = {*rule};
    TestServer server;
    QVERIFY(server.start(config));
    EngineSettings settings;
    settings.timeout = 300ms;
    if (fault == u"trickle"_s) {
        settings.timeout = 500ms;
        settings.deadline = 1s;
    }
    settings.retryBaseDelay = 5ms;
    settings.retryAfterCap = 250ms; // the server asks for 1 s
    settings.strategy = strategy;
    Harness harness(settings);
    auto &[dir, engine, run] = harness;
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), {u"BR"_s})));
    QVERIFY(waitForEnd(run, 20000));

    QCOMPARE(run.results.size(), 1);
    const DownloadResult &result = run.results.first();
    const QRegularExpression expected(message);
    QVERIFY2(expected.isValid(), qPrintable(expected.errorString()));
    QVERIFY2(expected.match(result.verdict.message).hasMatch(), qPrintable(result.verdict.message));
    QCOMPARE(result.status(), status);
    if (retries >= 0) {
        QCOMPARE(result.retries(), retries);
        const int counted = server.statsOverHttp().value("requests"_L1).toInt();
        if (requests >= 0)
            QCOMPARE(counted, requests);
        else
            QVERIFY2(counted >= -requests, qPrintable(QString::number(counted)));
    }
    if (fault == u"status:503"_s || fault == u"status:429"_s)
        QVERIFY2(run.summary.elapsedMs >= 2 * 240, "Retry-After was not honoured");
    // Only a whole, valid file, or nothing.
    const QStringList files = filesIn(dir.path());
    QCOMPARE(files.size(), status == DownloadStatus::Ok ? 1 : 0);
    for (const QString &file : files)
        QVERIFY(!QImage(dir.filePath(file)).isNull());
}

QTEST_GUILESS_MAIN(TestDownloadEngine)
#include "tst_downloadengine.moc"
