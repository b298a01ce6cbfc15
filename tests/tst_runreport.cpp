// Run reports: a real run's CSV and JSON read back to the same rows and agree
// with the run's counts; awkward text survives; malformed files are refused.

#include "core/runreport.h"

#include "enginerun.h"
#include "testserver.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRunReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRealRunRoundTripsAndAgreesWithItsCounts();
    void awkwardTextRoundTrips();
    void formulasAreDefused();
    void aRetriedCodeKeepsOneRow();
    void malformedReportsAreRefused_data();
    void malformedReportsAreRefused();
    void formatFollowsTheExtension();
    void savesWholeFiles();
};

namespace {

ReportRow awkwardRow()
{
    ReportRow row;
    row.code = u"CI"_s;
    row.country = u"Côte d'Ivoire, \"the Ivory Coast\""_s;
    row.url = u"http://127.0.0.1:1/flags/ci/ci.png?a=1,b=2"_s;
    row.status = DownloadStatus::Error;
    row.httpStatus = 502;
    row.bytes = 0;
    row.queueWaitMs = 5;
    row.wireMs = 1234;
    row.saveMs = -1;
    row.retries = 2;
    row.requests = 4;
    row.message = u"Bad gateway (502)\nsecond line, with a comma\r\n and spaces "_s;
    row.file = QString();
    return row;
}

} // namespace

void TestRunReport::aRealRunRoundTripsAndAgreesWithItsCounts()
{
    FlagServerConfig config = delayed(0.05);
    config.errorRate = 0.4;
    config.seed = 7;
    TestServer server;
    QVERIFY(server.start(config));
    EngineSettings settings = Harness::withConcurrency(6);
    settings.fetchCountryNames = true; // flags3: a second request per flag
    Harness harness(settings);
    auto &[dir, engine, run] = harness;
    RunReport report;
    report.setSource({u"ERROR"_s, server.urlTemplate(), 6});
    QObject::connect(&engine, &DownloadEngine::resultReady, &engine,
                     [&report](const DownloadResult &result) { report.add(result); });
    const QStringList codes = {u"AD"_s, u"BR"_s, u"CN"_s, u"DE"_s, u"EG"_s, u"FR"_s,
                               u"IN"_s, u"JP"_s, u"US"_s, u"XX"_s, u"ZZ"_s};
    QVERIFY(engine.start(jobsFor(server.urlTemplate(), codes)));
    QVERIFY(waitForEnd(run));
    report.setElapsedMs(run.summary.elapsedMs);

    // Some of each, so the comparison means something.
    QVERIFY(run.summary.ok > 0);
    QCOMPARE(run.summary.notFound + run.summary.errors > 0, true);
    const RunSummary counts = report.counts();
    QCOMPARE(counts.total, int(codes.size()));
    QCOMPARE(counts.ok, run.summary.ok);
    QCOMPARE(counts.notFound, run.summary.notFound);
    QCOMPARE(counts.errors, run.summary.errors);
    QCOMPARE(counts.retried, run.summary.retried);

    const QList<ReportRow> rows = report.rows();
    QCOMPARE(rows.size(), codes.size());
    for (const ReportRow &row : rows) {
        QVERIFY(codes.contains(row.code));
        // Durations, not clock readings: each request waited out the delay,
        // and waiting plus the wire fit in the run.
        QVERIFY(row.queueWaitMs >= 0);
        QVERIFY2(row.wireMs >= 45 * row.requests, qPrintable(QString::number(row.wireMs)));
        QVERIFY(row.queueWaitMs + row.wireMs <= run.summary.elapsedMs);
        QVERIFY(row.requests >= 1);
        QCOMPARE(row.saveMs >= 0, row.status == DownloadStatus::Ok);
        QCOMPARE(row.file.isEmpty(), row.status != DownloadStatus::Ok);
        QVERIFY(!row.message.isEmpty());
        if (row.status == DownloadStatus::Ok) {
            QVERIFY(!row.country.isEmpty());
            QCOMPARE(row.requests, 2 + row.retries); // the flag's and its metadata's
        }
    }

    // CSV: a header row and one row per code.
    const QByteArray csv = report.toCsv();
    QCOMPARE(csv.count("\r\n"), codes.size() + 1);
    QVERIFY(csv.startsWith("code,country,url,result,http_status,bytes,queue_wait_ms,wire_ms,save_ms,retries,requests,message,file\r\n"));
    QString error;
    const auto fromCsv = RunReport::fromCsv(csv, &error);
    QVERIFY2(fromCsv, qPrintable(error));
    QCOMPARE(fromCsv->rows(), rows);

    const auto fromJson = RunReport::fromJson(report.toJson(), &error);
    QVERIFY2(fromJson, qPrintable(error));
    QCOMPARE(fromJson->rows(), rows);
    QCOMPARE(fromJson->source(), report.source());
    QCOMPARE(fromJson->elapsedMs(), run.summary.elapsedMs);
    const QJsonObject jsonCounts = QJsonDocument::fromJson(report.toJson()).object().value(u"counts"_s).toObject();
    QCOMPARE(jsonCounts.value(u"downloaded"_s).toInt(), run.summary.ok);
    QCOMPARE(jsonCounts.value(u"not_found"_s).toInt(), run.summary.notFound);
    QCOMPARE(jsonCounts.value(u"errors"_s).toInt(), run.summary.errors);
}

void TestRunReport::awkwardTextRoundTrips()
{
    RunReport report;
    report.add(awkwardRow());
    ReportRow plain = awkwardRow();
    plain.code = u"BR"_s;
    plain.country = u"Brasil"_s;
    plain.message = u"OK"_s;
    report.add(plain);
    QString error;
    const auto fromCsv = RunReport::fromCsv(report.toCsv(), &error);
    QVERIFY2(fromCsv, qPrintable(error));
    QCOMPARE(fromCsv->rows(), report.rows());
    const auto fromJson = RunReport::fromJson(report.toJson(), &error);
    QVERIFY2(fromJson, qPrintable(error));
    QCOMPARE(fromJson->rows(), report.rows());
    // The missing save time is an empty cell and a JSON null, not a number.
    QVERIFY(report.toCsv().contains(",5,1234,,2,4,"));
    QVERIFY(report.toJson().contains("\"save_ms\": null"));
}

void TestRunReport::formulasAreDefused()
{
    ReportRow row = awkwardRow();
    row.country = u"=HYPERLINK(\"http://evil\")"_s;
    row.message = u"@SUM(A1)"_s;
    RunReport report;
    report.add(row);
    const QByteArray csv = report.toCsv();
    QVERIFY2(csv.contains(",\"'=HYPERLINK(\"\"http://evil\"\")\","), csv.constData());
    QVERIFY(csv.contains(",'@SUM(A1),"));
    QString error;
    const auto back = RunReport::fromCsv(csv, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->rows().constFirst().country, row.country);
    QCOMPARE(back->rows().constFirst().message, row.message);

    // Text that starts with an apostrophe already comes back as it was.
    for (const QString &text : {u"'=1"_s, u"'"_s, u"''x"_s, u"'plain"_s}) {
        row.message = text;
        RunReport quoted;
        quoted.add(row);
        const auto again = RunReport::fromCsv(quoted.toCsv(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->rows().constFirst().message, text);
    }
}

void TestRunReport::aRetriedCodeKeepsOneRow()
{
    RunReport report;
    DownloadResult failed;
    failed.code = u"BR"_s;
    failed.verdict.status = DownloadStatus::Error;
    failed.verdict.message = u"Server busy (503)"_s;
    report.add(failed);
    DownloadResult fetched = failed;
    fetched.verdict = Verdict::ok();
    report.add(fetched);
    QCOMPARE(report.rows().size(), 1);
    QCOMPARE(report.rows().constFirst().status, DownloadStatus::Ok);
    QCOMPARE(report.counts().ok, 1);
    QCOMPARE(report.counts().errors, 0);
}

void TestRunReport::malformedReportsAreRefused_data()
{
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QByteArray>("text");
    const QByteArray header = "code,country,url,result,http_status,bytes,queue_wait_ms,wire_ms,save_ms,retries,requests,message,file\r\n";
    QTest::newRow("empty") << true << QByteArray();
    QTest::newRow("another header") << true << QByteArray("a,b,c\r\n");
    QTest::newRow("quote never closed") << true << header + "BR,\"Brazil,x,downloaded,200,1,1,1,1,0,1,OK,f\r\n";
    QTest::newRow("text after quote") << true << header + "BR,\"Brazil\"x,u,downloaded,200,1,1,1,1,0,1,OK,f\r\n";
    QTest::newRow("unknown result") << true << header + "BR,Brazil,u,won,200,1,1,1,1,0,1,OK,f\r\n";
    QTest::newRow("missing column") << true << header + "BR,Brazil,u,downloaded,200,1,1,1,1,0,1,OK\r\n";
    QTest::newRow("not a number") << true << header + "BR,Brazil,u,downloaded,two,1,1,1,1,0,1,OK,f\r\n";
    QTest::newRow("negative") << true << header + "BR,Brazil,u,downloaded,200,-1,1,1,1,0,1,OK,f\r\n";
    QTest::newRow("no code") << true << header + ",Brazil,u,downloaded,200,1,1,1,1,0,1,OK,f\r\n";
    QTest::newRow("not JSON") << false << QByteArray("{\"results\": [");
    QTest::newRow("no results") << false << QByteArray("{\"rows\": []}");
    QTest::newRow("bad result") << false << QByteArray("{\"results\": [{\"code\": \"BR\", \"result\": \"maybe\"}]}");
}

void TestRunReport::malformedReportsAreRefused()
{
    QFETCH(bool, csv);
    QFETCH(QByteArray, text);
    QString error;
    const auto report = csv ? RunReport::fromCsv(text, &error) : RunReport::fromJson(text, &error);
    QVERIFY(!report);
    QVERIFY(!error.isEmpty());
}

void TestRunReport::formatFollowsTheExtension()
{
    QCOMPARE(RunReport::formatFor(u"run.csv"_s), RunReport::Format::Csv);
    QCOMPARE(RunReport::formatFor(u"/tmp/Run.JSON"_s), RunReport::Format::Json);
    QVERIFY(!RunReport::formatFor(u"run.txt"_s));
    QVERIFY(!RunReport::formatFor(u"csv"_s));
}

void TestRunReport::savesWholeFiles()
{
    QTemporaryDir dir;
    RunReport report;
    report.setSource({u"LOCAL"_s, u"http://127.0.0.1:1/flags"_s, 3});
    report.add(awkwardRow());
    QString error;
    for (const QString &name : {u"r.csv"_s, u"r.json"_s}) {
        const QString path = dir.filePath(name);
        QVERIFY2(report.save(path, &error), qPrintable(error));
        const auto loaded = RunReport::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->rows(), report.rows());
    }
    QVERIFY(!report.save(dir.filePath(u"r.txt"_s), &error));
    QVERIFY(error.contains(u".csv"_s));
    QVERIFY(!report.save(dir.filePath(u"missing/folder/r.csv"_s), &error));
    QVERIFY(error.contains(u"r.csv"_s));
    QCOMPARE(filesIn(dir.path()), (QStringList{u"r.csv"_s, u"r.json"_s}));
}

QTEST_GUILESS_MAIN(TestRunReport)
#include "tst_runreport.moc"
