// The engine with country names on (flags3): a metadata.json request per flag
// under the same limit, names in the results, files named by country, and
// hostile metadata that never leads a file out of the destination folder.

#include "enginerun.h"
#include "testserver.h"

#include "base/countrycodes.h"
#include "core/downloadengine.h"
#include "base/safefilename.h"
#include "core/urltemplate.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

class TestCountryNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void namesFromTheBuiltInServer();
    void aNamedFileNeverReplacesOneAlreadyThere();
    void namesOffSendNoMetadataRequest();
    void everyCodeEndsOnceWithNames();
    void metadataRequestsStayUnderTheLimit();
    void hostileMetadataStaysInTheFolder();
    void noFolderPerCodeMeansNoMetadataRequest();
    void cancelDuringMetadataEndsEachJobOnce();
    void cancelWithFlagsWaitingForASlot();
};

namespace {

EngineSettings withNames(int concurrency, FileNaming naming = FileNaming::ByCode)
{
    EngineSettings settings;
    settings.maxConcurrent = concurrency;
    settings.fetchCountryNames = true;
    settings.fileNaming = naming;
    return settings;
}

const DownloadResult *resultFor(const Run &run, const QString &code)
{
    for (const DownloadResult &r : run.results) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

// Every file under `top`, relative to it.
QStringList filesUnder(const QString &top)
{
    QStringList files;
    QDirIterator it(top, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName() != savedFlagIndexName)
            files.append(QDir(top).relativeFilePath(path));
    }
    files.sort();
    return files;
}

} // namespace

void TestCountryNames::init()
{
    QTest::failOnWarning(QRegularExpression(u"QNetworkReply"_s));
}

void TestCountryNames::namesFromTheBuiltInServer()
{
    TestServer server;
    QVERIFY(server.start());
    Harness harness(withNames(4, FileNaming::ByCountryName));
    auto &[dir, engine, run] = harness;
    const QStringList codes{u"BR"_s, u"CI"_s, u"DE"_s, u"QQ"_s};
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), codes)));
    QVERIFY(waitForEnd(run));
    QCOMPARE(run.results.size(), 4);
    QCOMPARE(run.summary.ok, 3);
    QCOMPARE(run.summary.notFound, 1);

    const DownloadResult *br = resultFor(run, u"BR"_s);
    QCOMPARE(br->countryName, u"Brazil"_s);
    QVERIFY2(br->nameNote.isEmpty(), qPrintable(br->nameNote));
    QCOMPARE(QFileInfo(br->filePath).fileName(), u"Brazil.png"_s);
    QCOMPARE(br->requestsSent, 2);
    QCOMPARE(br->requests.size(), 2);
    QCOMPARE(br->requests.at(0).purpose, RequestSpan::Purpose::Flag);
    QCOMPARE(br->requests.at(1).purpose, RequestSpan::Purpose::Metadata);
    QCOMPARE(br->requests.at(1).httpStatus, 200);
    QVERIFY(br->requests.at(0).endedMs <= br->requests.at(1).startedMs);
    QVERIFY(br->requests.at(1).endedMs <= br->savedMs);
    QCOMPARE(QFileInfo(resultFor(run, u"CI"_s)->filePath).fileName(), u"Côte d'Ivoire.png"_s);
    QCOMPARE(resultFor(run, u"DE"_s)->countryName, u"Germany"_s);

    // No flag, no second request; the name is the system's (here: the code).
    const DownloadResult *qq = resultFor(run, u"QQ"_s);
    QCOMPARE(qq->status(), DownloadStatus::NotFound);
    QCOMPARE(qq->countryName, u"QQ"_s);
    QCOMPARE(qq->requests.size(), 1);

    QCOMPARE(filesIn(dir.path()), savedNamesOf(run.results));
    const QJsonObject stats = server.statsOverHttp();
    QCOMPARE(stats.value("requests"_L1).toInt(), 2 * 3 + 1);
    // The save is timed from the last reply, the metadata's.
    QCOMPARE(br->respondedMs(), br->requests.at(1).endedMs);
}

void TestCountryNames::aNamedFileNeverReplacesOneAlreadyThere()
{
    TestServer server;
    QVERIFY(server.start());
    Harness harness(withNames(4, FileNaming::ByCountryName));
    auto &[dir, engine, run] = harness;
    // Someone else's Brazil.png (another code's from an earlier run, or the
    // user's own), and a file of ours from an earlier run of DE.
    QFile other(dir.filePath(u"Brazil.png"_s));
    QVERIFY(other.open(QIODevice::WriteOnly) && other.write("not ours") == 8);
    other.close();
    QFile earlier(dir.filePath(u"Germany (DE).png"_s));
    QVERIFY(earlier.open(QIODevice::WriteOnly) && earlier.write("older") == 5);
    earlier.close();
    QFile germany(dir.filePath(u"Germany.png"_s));
    QVERIFY(germany.open(QIODevice::WriteOnly) && germany.write("x") == 1);
    germany.close();

    QVERIFY(engine.start(jobsFor(server.urlTemplate(), {u"BR"_s, u"DE"_s, u"FR"_s})));
    QVERIFY(waitForEnd(run));
    QCOMPARE(run.summary.ok, 3);
    QCOMPARE(QFileInfo(resultFor(run, u"BR"_s)->filePath).fileName(), u"Brazil (BR).png"_s);
    QCOMPARE(QFileInfo(resultFor(run, u"FR"_s)->filePath).fileName(), u"France.png"_s);
    // "Germany (DE)" carries its code: it is this code's own, and is replaced.
    QCOMPARE(QFileInfo(resultFor(run, u"DE"_s)->filePath).fileName(), u"Germany (DE).png"_s);
    QVERIFY(!QImage(dir.filePath(u"Germany (DE).png"_s)).isNull());
    QFile kept(dir.filePath(u"Brazil.png"_s));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), "not ours"_ba);
}

void TestCountryNames::namesOffSendNoMetadataRequest()
{
    TestServer server;
    QVERIFY(server.start());
    Harness harness(4);
    auto &[dir, engine, run] = harness;
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), {u"BR"_s, u"DE"_s})));
    QVERIFY(waitForEnd(run));
    QCOMPARE(run.summary.ok, 2);
    for (const DownloadResult &r : std::as_const(run.results)) {
        QVERIFY(r.countryName.isEmpty());
        QCOMPARE(r.requests.size(), 1);
    }
    QCOMPARE(savedNamesOf(run.results), (QStringList{u"br.png"_s, u"de.png"_s}));
    QCOMPARE(server.statsOverHttp().value("requests"_L1).toInt(), 2);
}

void TestCountryNames::everyCodeEndsOnceWithNames()
{
    TestServer server;
    QVERIFY(server.start());
    Harness harness(withNames(100, FileNaming::ByCountryName));
    auto &[dir, engine, run] = harness;
    const QStringList every = CountryCodes::everyPair();
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), every)));
    QVERIFY(waitForEnd(run));
    const int withFlag = int(embeddedFlagCodes().size());
    QCOMPARE(run.results.size(), 676);
    QCOMPARE(codesOf(run.results), QSet<QString>(every.cbegin(), every.cend()));
    QCOMPARE(run.resultsAfterFinish, 0);
    QCOMPARE(run.summary.ok, withFlag);
    QCOMPARE(run.summary.errors, 0);
    // Every flag saved under its own name: no two files for one, none lost to a clash.
    QCOMPARE(filesIn(dir.path()), savedNamesOf(run.results));
    QCOMPARE(filesIn(dir.path()).size(), withFlag);
    const QJsonObject stats = server.statsOverHttp();
    QCOMPARE(stats.value("requests"_L1).toInt(), 2 * withFlag + (676 - withFlag));
    QVERIFY(stats.value("max_in_flight"_L1).toInt() <= 100);
}

void TestCountryNames::metadataRequestsStayUnderTheLimit()
{
    TestServer server;
    QVERIFY(server.start(delayed(0.15)));
    const int limit = 5;
    Harness harness(withNames(limit));
    auto &[dir, engine, run] = harness;
    int maxInFlight = 0;
    int metadataStarted = 0;
    connect(&engine, &DownloadEngine::inFlightChanged, this,
            [&](int n) { maxInFlight = std::max(maxInFlight, n); });
    connect(&engine, &DownloadEngine::requestStarted, this, [&](const QString &, const QUrl &url, qint64) {
        if (url.path().endsWith("/metadata.json"_L1))
            ++metadataStarted;
    });
    const QStringList codes = embeddedFlagCodes().mid(0, 20);
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), codes)));
    QVERIFY(waitForEnd(run));
    QCOMPARE(run.summary.ok, 20);
    QCOMPARE(metadataStarted, 20);
    QCOMPARE(maxInFlight, limit);
    const QJsonObject stats = server.statsOverHttp();
    QCOMPARE(stats.value("requests"_L1).toInt(), 2 * 20);
    QCOMPARE(stats.value("max_in_flight"_L1).toInt(), limit);
    for (const DownloadResult &r : std::as_const(run.results)) {
        QCOMPARE(r.requestsSent, 2);
        QVERIFY2(r.nameNote.isEmpty(), qPrintable(r.nameNote));
        QVERIFY(!r.countryName.isEmpty());
    }
}

// A --root tree whose metadata tries everything; each code still gets its
// flag, saved under a safe name inside the destination, or a clear note.
void TestCountryNames::hostileMetadataStaysInTheFolder()
{
    QTemporaryDir root;
    const QByteArray longName = QByteArray(10000, 'x');
    const QList<std::pair<QString, QByteArray>> metadata{
        {u"AA"_s, R"({"country": "../../evil"})"_ba},
        {u"AB"_s, R"({"country": "a/b"})"_ba},
        {u"AC"_s, R"({"country": "CON"})"_ba},
        {u"AD"_s, R"({"country": "\u0001x"})"_ba},
        {u"AE"_s, R"({"country": ")"_ba + longName + R"("})"_ba},
        {u"AF"_s, R"({"country": "Afgh)"_ba},
        {u"AG"_s, R"({"country": ".."})"_ba},
        {u"AH"_s, R"({"country": "/etc/passwd"})"_ba},
        {u"AI"_s, R"({"country": "A/B"})"_ba},       // clashes with AB's stem
        {u"AJ"_s, R"({"country": "\\\\server\\share\u202Egnp"})"_ba},
        {u"AK"_s, R"({"country": ".hidden"})"_ba},
        {u"AL"_s, QByteArray()},                      // no metadata.json: 404
        {u"ZZ"_s, QByteArray()},                      // and no name anywhere
    };
    for (const auto &[code, body] : metadata) {
        const QString folder = root.filePath(u"flags/"_s + code.toLower());
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(u":/flagset/br.png"_s, folder + u'/' + code.toLower() + u".png"_s));
        if (!body.isEmpty()) {
            QFile file(folder + u"/metadata.json"_s);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(body);
        }
    }
    FlagServerConfig config;
    config.rootDir = root.path();
    TestServer server;
    QVERIFY(server.start(config));

    QTemporaryDir top;
    EngineSettings settings = withNames(4, FileNaming::ByCountryName);
    settings.destinationDir = top.filePath(u"a/b/dest"_s);
    Harness harness(settings);
    auto &[unused, engine, run] = harness;
    QStringList codes;
    for (const auto &entry : metadata)
        codes.append(entry.first);
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), codes)));
    QVERIFY(waitForEnd(run));
    QCOMPARE(run.results.size(), codes.size());
    QCOMPARE(run.summary.ok, codes.size());

    const QHash<QString, QString> expectedFiles{
        {u"AA"_s, u"_.._evil.png"_s}, {u"AB"_s, u"a_b.png"_s}, {u"AC"_s, u"CON_.png"_s},
        {u"AD"_s, u"x.png"_s}, {u"AE"_s, u"United Arab Emirates.png"_s},
        {u"AF"_s, u"Afghanistan.png"_s}, {u"AG"_s, u"ag.png"_s}, {u"AH"_s, u"_etc_passwd.png"_s},
        {u"AI"_s, u"A_B (AI).png"_s}, {u"AJ"_s, u"__server_sharegnp.png"_s},
        {u"AK"_s, u"hidden.png"_s}, {u"AL"_s, u"Albania.png"_s}, {u"ZZ"_s, u"zz.png"_s},
    };
    QStringList expectedPaths;
    for (const DownloadResult &r : std::as_const(run.results)) {
        QCOMPARE(r.status(), DownloadStatus::Ok);
        QCOMPARE(QFileInfo(r.filePath).fileName(), expectedFiles.value(r.code));
        QCOMPARE(QFileInfo(r.filePath).absolutePath(), QDir(settings.destinationDir).absolutePath());
        expectedPaths.append(u"a/b/dest/"_s + expectedFiles.value(r.code));
    }
    expectedPaths.sort();
    QCOMPARE(filesUnder(top.path()), expectedPaths);

    // What came instead of a name is said.
    QVERIFY(resultFor(run, u"AE"_s)->nameNote.contains(u"too long (10000 characters"_s));
    QVERIFY(resultFor(run, u"AF"_s)->nameNote.contains(u"invalid JSON at offset"_s));
    QVERIFY(resultFor(run, u"AL"_s)->nameNote.contains(u"404"_s));
    QCOMPARE(resultFor(run, u"AA"_s)->countryName, u"../../evil"_s); // shown as sent
    QCOMPARE(resultFor(run, u"AD"_s)->countryName, u"x"_s);
    QVERIFY(resultFor(run, u"AA"_s)->nameNote.isEmpty());
}

// flagcdn's layout (".../w320/{cc}.png"): every code would share one
// metadata.json, so none is asked for and the names are the system's.
void TestCountryNames::noFolderPerCodeMeansNoMetadataRequest()
{
    QTemporaryDir root;
    QVERIFY(QDir().mkpath(root.filePath(u"w320"_s)));
    QVERIFY(QFile::copy(u":/flagset/br.png"_s, root.filePath(u"w320/br.png"_s)));
    FlagServerConfig config;
    config.rootDir = root.path();
    TestServer server;
    QVERIFY(server.start(config));
    Harness harness(withNames(2, FileNaming::ByCountryName));
    auto &[dir, engine, run] = harness;
    const QString flat = server.server().baseUrl().toString() + u"/w320/{cc}.png"_s;
    QVERIFY(engine.start(jobsFor(flat, {u"BR"_s})));
    QVERIFY(waitForEnd(run));
    QCOMPARE(run.results.size(), 1);
    const DownloadResult &br = run.results.first();
    QCOMPARE(br.status(), DownloadStatus::Ok);
    QCOMPARE(br.countryName, u"Brazil"_s);
    QCOMPARE(br.requests.size(), 1);
    QCOMPARE(QFileInfo(br.filePath).fileName(), u"Brazil.png"_s);
    QCOMPARE(server.statsOverHttp().value("requests"_L1).toInt(), 1);
}

void TestCountryNames::cancelDuringMetadataEndsEachJobOnce()
{
    TestServer server;
    QVERIFY(server.start(delayed(0.5)));
    Harness harness(withNames(3, FileNaming::ByCountryName));
    auto &[dir, engine, run] = harness;
    connect(&engine, &DownloadEngine::requestStarted, this, [&](const QString &, const QUrl &url, qint64) {
        if (url.path().endsWith("/metadata.json"_L1))
            QMetaObject::invokeMethod(&engine, &DownloadEngine::cancel, Qt::QueuedConnection);
    });
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), {u"BR"_s, u"DE"_s, u"FR"_s, u"IT"_s})));
    QVERIFY(waitForEnd(run));
    QVERIFY(run.summary.cancelled);
    QCOMPARE(run.resultsAfterFinish, 0);
    QCOMPARE(run.results.size(), 3); // the fourth never started
    QCOMPARE(codesOf(run.results).size(), 3);
    bool sawMetadataCancelled = false;
    for (const DownloadResult &r : std::as_const(run.results)) {
        QCOMPARE(r.status(), DownloadStatus::Cancelled);
        if (!r.requests.isEmpty() && r.requests.last().purpose == RequestSpan::Purpose::Metadata)
            sawMetadataCancelled = true;
    }
    QVERIFY(sawMetadataCancelled);
    QCOMPARE(filesIn(dir.path()), QStringList());
}

// Flags that arrive while the limit is full wait for a slot for their
// metadata; a cancel then ends them too, once each.
void TestCountryNames::cancelWithFlagsWaitingForASlot()
{
    TestServer server;
    QVERIFY(server.start(delayed(0.3)));
    Harness harness(withNames(4));
    auto &[dir, engine, run] = harness;
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), {u"BR"_s, u"DE"_s, u"FR"_s, u"IT"_s})));
    QCOMPARE(engine.inFlight(), 4);
    engine.setMaxConcurrent(1);
    // The first metadata request can only start once all four flags are in
    // (each holds its slot until then): three flags wait for a slot.
    int inFlightAtCancel = -1;
    qsizetype resultsAtCancel = -1;
    connect(&engine, &DownloadEngine::requestStarted, this, [&](const QString &, const QUrl &url, qint64) {
        if (!url.path().endsWith("/metadata.json"_L1) || inFlightAtCancel >= 0)
            return;
        inFlightAtCancel = engine.inFlight();
        resultsAtCancel = run.results.size();
        QMetaObject::invokeMethod(&engine, &DownloadEngine::cancel, Qt::QueuedConnection);
    });
    QVERIFY(waitForEnd(run));
    QCOMPARE(inFlightAtCancel, 1);
    QCOMPARE(resultsAtCancel, 0);
    QCOMPARE(run.results.size(), 4);
    QCOMPARE(codesOf(run.results).size(), 4);
    for (const DownloadResult &r : std::as_const(run.results))
        QCOMPARE(r.status(), DownloadStatus::Cancelled);
    QCOMPARE(run.resultsAfterFinish, 0);
    QCOMPARE(filesIn(dir.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestCountryNames)
#include "tst_countrynames.moc"
