// The request timeline: its records against the engine's, and its rendering.

#include "enginerun.h"
#include "testserver.h"

#include "charts/runtimeline.h"
#include "charts/timelinepainter.h"
#include "core/runbatch.h"
#include "server/faultplan.h"

#include <QImage>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atMostConcurrencyBarsOverlap_data();
    void atMostConcurrencyBarsOverlap();
    void inFlightStaysUnderARaisedLimit();
    void liveRowsGrowUntilTheResult();
    void liveSpansAreTheEnginesOwn();
    void rendersAKnownRun();
    void drawsEachRequestsPhasesAndConnectionReuse();
};

namespace {

// The timeline records a run as the window's does: from the engine's batches.
RunBatcher *recordInto(RunTimeline &timeline, DownloadEngine &engine)
{
    auto *batcher = new RunBatcher(&engine, 10ms, &engine);
    QObject::connect(batcher, &RunBatcher::batchReady, batcher,
                     [&timeline](const RunBatch &batch) { timeline.record(batch); });
    QObject::connect(batcher, &RunBatcher::finished, batcher,
                     [&timeline](const RunSummary &summary) { timeline.finish(summary.elapsedMs); });
    return batcher;
}

QStringList someCodes(int count)
{
    return embeddedFlagCodes().mid(0, count);
}

// A run of three codes with every kind of row, at known times.
RunTimeline knownRun()
{
    RunTimeline timeline;
    timeline.begin(2);
    auto result = [](const QString &code, DownloadStatus status, QList<RequestSpan> spans, qint64 saved) {
        DownloadResult r;
        r.code = code;
        r.verdict.status = status;
        r.requests = spans;
        r.savedMs = saved;
        return r;
    };
    using P = RequestSpan::Purpose;
    timeline.requestStarted(u"BR"_s, 0);
    timeline.requestStarted(u"CN"_s, 0);
    timeline.addResult(result(u"BR"_s, DownloadStatus::Ok, {{P::Flag, 0, 600, 200}}, 700));
    timeline.requestStarted(u"XX"_s, 600);
    timeline.addResult(result(u"CN"_s, DownloadStatus::Error,
                              {{P::Flag, 0, 300, 503}, {P::Flag, 500, 900, 503}}, -1));
    timeline.addResult(result(u"XX"_s, DownloadStatus::NotFound, {{P::Flag, 600, 1000, 404}}, -1));
    timeline.finish(1000);
    return timeline;
}

int pixelsOf(const QImage &image, const QRect &rect, const QColor &colour)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += image.pixelColor(x, y).rgb() == colour.rgb();
    }
    return count;
}

} // namespace

void TestTimeline::atMostConcurrencyBarsOverlap_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("6") << 6;
}

void TestTimeline::atMostConcurrencyBarsOverlap()
{
    QFETCH(int, concurrency);
    TestServer server;
    QVERIFY(server.start(delayed(0.2)));
    const QStringList codes = someCodes(12);
    Harness harness(concurrency);
    RunTimeline timeline;
    recordInto(timeline, harness.engine);
    timeline.begin(concurrency);
    harness.engine.start(jobsFor(server.urlTemplate(), codes));
    QVERIFY(waitForEnd(harness.run));
    QVERIFY(!timeline.isLive());

    // The semaphore, seen on the timeline: never more than C bars at once,
    // and C at once while codes were waiting.
    QCOMPARE(timeline.maxOverlap(), concurrency);
    for (const TimelineStep &step : timeline.inFlightSeries())
        QVERIFY2(step.value <= concurrency, qPrintable(u"%1 in flight at %2 ms"_s.arg(step.value).arg(step.atMs)));
    // Batches: the first C start at once, the next only when an answer has
    // come back, which the server holds for 200 ms.
    int firstBatch = 0;
    for (const TimelineRow &row : timeline.rows())
        firstBatch += row.firstStartMs < 200;
    QCOMPARE(firstBatch, concurrency);

    // One row per result, with the same requests.
    QCOMPARE(timeline.rowCount(), harness.run.results.size());
    QCOMPARE(timeline.doneCount(), harness.run.results.size());
    QSet<QString> seen;
    for (const DownloadResult &result : std::as_const(harness.run.results)) {
        const auto found = std::find_if(timeline.rows().cbegin(), timeline.rows().cend(),
                                        [&](const TimelineRow &row) { return row.code == result.code; });
        QVERIFY(found != timeline.rows().cend());
        QVERIFY(!seen.contains(result.code));
        seen.insert(result.code);
        QCOMPARE(found->outcome, TimelineOutcome::Downloaded);
        QCOMPARE(found->requests.size(), result.requests.size());
        for (qsizetype i = 0; i < result.requests.size(); ++i) {
            QCOMPARE(found->requests.at(i).startedMs, result.requests.at(i).startedMs);
            QCOMPARE(found->requests.at(i).endedMs, result.requests.at(i).endedMs);
        }
        QCOMPARE(found->firstStartMs, result.requests.first().startedMs);
        QCOMPARE(found->savedMs, result.savedMs);
    }
    // Rows come in the order their first request started.
    for (qsizetype i = 1; i < timeline.rowCount(); ++i)
        QVERIFY(timeline.row(i - 1).firstStartMs <= timeline.row(i).firstStartMs);
}

void TestTimeline::inFlightStaysUnderARaisedLimit()
{
    TestServer server;
    QVERIFY(server.start(delayed(0.2)));
    Harness harness(2);
    RunTimeline timeline;
    recordInto(timeline, harness.engine);
    timeline.begin(2);
    bool raised = false;
    connect(&harness.engine, &DownloadEngine::resultReady, &harness.engine, [&] {
        if (!raised && harness.run.results.size() >= 2) {
            raised = true;
            harness.engine.setMaxConcurrent(5);
        }
    });
    harness.engine.start(jobsFor(server.urlTemplate(), someCodes(16)));
    QVERIFY(waitForEnd(harness.run));

    QCOMPARE(timeline.limitSeries().size(), 2);
    QCOMPARE(timeline.limitSeries().first().value, 2);
    QCOMPARE(timeline.limitSeries().last().value, 5);
    QCOMPARE(timeline.maxOverlap(), 5);
    // The moment of the raise is the engine's own.
    for (const TimelineStep &step : timeline.inFlightSeries())
        QVERIFY2(step.value <= timeline.limitAt(step.atMs),
                 qPrintable(u"%1 in flight at %2 ms"_s.arg(step.value).arg(step.atMs)));
}

void TestTimeline::liveRowsGrowUntilTheResult()
{
    RunTimeline timeline;
    timeline.begin(1);
    const quint64 before = timeline.revision();
    timeline.requestStarted(u"BR"_s, 5);
    QVERIFY(timeline.revision() != before);
    QVERIFY(timeline.isLive());
    QCOMPARE(timeline.rowCount(), 1);
    QCOMPARE(timeline.row(0).outcome, TimelineOutcome::OnTheWire);
    QCOMPARE(timeline.row(0).requests.last().endedMs, -1);
    // In flight is counted from the spans while live too: an open one counts.
    QCOMPARE(timeline.maxOverlap(), 1);
    QCOMPARE(timeline.inFlightAt(4), 0);
    QCOMPARE(timeline.inFlightAt(10), 1);
    // An attempt that will be retried ends when the engine says so.
    using P = RequestSpan::Purpose;
    timeline.requestEnded(u"BR"_s, {P::Flag, 5, 30, 503});
    QCOMPARE(timeline.row(0).requests.first().endedMs, 30);
    QCOMPARE(timeline.row(0).requests.first().httpStatus, 503);
    QCOMPARE(timeline.inFlightAt(40), 0);
    QCOMPARE(timeline.row(0).outcome, TimelineOutcome::OnTheWire);
    timeline.requestStarted(u"BR"_s, 50);
    QCOMPARE(timeline.row(0).requests.size(), 2);
    QCOMPARE(timeline.row(0).requests.first().endedMs, 30); // not moved by the retry
    QCOMPARE(timeline.row(0).requests.last().endedMs, -1);
    timeline.noteLimit(4);
    QCOMPARE(timeline.limitSeries().last().value, 4);
    timeline.noteLimit(4); // unchanged: no step
    QCOMPARE(timeline.maxLimit(), 4);
    // The flag's metadata (flags3) is its own kind of request, not a retry.
    timeline.requestEnded(u"BR"_s, {P::Flag, 50, 70, 200});
    timeline.requestStarted(u"BR"_s, 80, P::Metadata);
    QCOMPARE(timeline.row(0).requests.size(), 3);
    QCOMPARE(timeline.row(0).requests.at(1).endedMs, 70);
    QCOMPARE(timeline.row(0).requests.at(2).purpose, P::Metadata);
    // An end for no open request (or for an unknown code) changes nothing.
    const quint64 settled = timeline.revision();
    timeline.requestEnded(u"BR"_s, {P::Flag, 50, 99, 500});
    timeline.requestEnded(u"ZZ"_s, {P::Flag, 0, 99, 500});
    QCOMPARE(timeline.revision(), settled);
    QCOMPARE(timeline.row(0).requests.at(1).endedMs, 70);
}

void TestTimeline::liveSpansAreTheEnginesOwn()
{
    // Half the flag requests answered 503: retried after a short back-off.
    FlagServerConfig config = delayed(0.05);
    QString error;
    config.faults = {*parseFault(u"status:503:0.5"_s, &error)};
    config.seed = 7;
    TestServer server;
    QVERIFY(server.start(config));
    EngineSettings settings = Harness::withConcurrency(4);
    settings.retries = 3;
    settings.retryBaseDelay = 20ms;
    settings.retryAfterCap = 40ms; // the server asks for 1 s
    settings.fetchCountryNames = true;
    Harness harness(settings);
    RunTimeline timeline;
    // Each batch's starts and ends first, then a look at each row as drawn
    // live, just before the result replaces its spans.
    int retriedChecked = 0;
    auto *batcher = new RunBatcher(&harness.engine, 10ms, &harness.engine);
    connect(batcher, &RunBatcher::batchReady, batcher, [&](const RunBatch &batch) {
        RunBatch live = batch;
        live.results.clear();
        timeline.record(live);
        for (const DownloadResult &result : batch.results) {
            const auto row = std::find_if(timeline.rows().cbegin(), timeline.rows().cend(),
                                          [&](const TimelineRow &r) { return r.code == result.code; });
            QVERIFY(row != timeline.rows().cend());
            QVERIFY(!row->isDone());
            QCOMPARE(row->requests.size(), result.requests.size());
            // Every request has ended exactly as the result says: the engine
            // reports each end before the result.
            for (qsizetype i = 0; i < result.requests.size(); ++i) {
                QCOMPARE(row->requests.at(i).purpose, result.requests.at(i).purpose);
                QCOMPARE(row->requests.at(i).startedMs, result.requests.at(i).startedMs);
                QCOMPARE(row->requests.at(i).endedMs, result.requests.at(i).endedMs);
                QCOMPARE(row->requests.at(i).httpStatus, result.requests.at(i).httpStatus);
            }
            retriedChecked += result.retries() > 0;
            timeline.addResult(result);
        }
    });
    timeline.begin(4);
    const QStringList codes = someCodes(20);
    harness.engine.start(jobsFor(server.urlTemplate(), codes));
    QVERIFY(waitForEnd(harness.run));
    QCOMPARE(harness.run.results.size(), codes.size());
    QVERIFY2(retriedChecked >= 3, qPrintable(QString::number(retriedChecked)));
    // At most C on the wire, flags and names alike.
    QVERIFY2(timeline.maxOverlap() <= 4, qPrintable(QString::number(timeline.maxOverlap())));
}

void TestTimeline::rendersAKnownRun()
{
    const RunTimeline timeline = knownRun();
    QCOMPARE(timeline.maxOverlap(), 2);
    QCOMPARE(timeline.inFlightAt(350), 1); // CN is backing off
    QCOMPARE(timeline.inFlightAt(700), 2);

    const QSize size(800, 400);
    const QImage image = TimelinePainter::renderImage(timeline, size, TimelineColouring::Outcomes);
    QCOMPARE(image.size(), size);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));

    // Each outcome has a colour of its own...
    QSet<QRgb> outcomeColours{TimelinePainter::retriedColour().rgb()};
    for (const auto outcome : {TimelineOutcome::OnTheWire, TimelineOutcome::Downloaded, TimelineOutcome::NotFound,
                               TimelineOutcome::Error, TimelineOutcome::Cancelled})
        outcomeColours.insert(TimelinePainter::colourOf(outcome).rgb());
    QCOMPARE(outcomeColours.size(), 6);
    // ...found inside the plot, where the bars are.
    const QFont font = [] { QFont f; f.setPixelSize(13); return f; }();
    const TimelinePainter painter(timeline, font, ChartColours::light(), TimelineColouring::Outcomes);
    const QRect plot = painter.layout(QRect(QPoint(0, 0), size)).plot;
    QVERIFY(pixelsOf(image, plot, TimelinePainter::colourOf(TimelineOutcome::Downloaded)) > 1000);
    QVERIFY(pixelsOf(image, plot, TimelinePainter::colourOf(TimelineOutcome::Error)) > 100);
    QVERIFY(pixelsOf(image, plot, TimelinePainter::colourOf(TimelineOutcome::NotFound)) > 100);
    QVERIFY(pixelsOf(image, plot, TimelinePainter::retriedColour()) > 100);
    // BR, the first row, is downloaded from 0 to 600 of 1000 ms: its bar at 300 ms.
    const TimelineFrame frame = painter.fitAll(QRect(QPoint(0, 0), size));
    const int x = plot.left() + plot.width() * 3 / 10;
    const int y = plot.top() + int(frame.rowHeight / 2);
    QCOMPARE(image.pixelColor(x, y).rgb(), TimelinePainter::colourOf(TimelineOutcome::Downloaded).rgb());
    QCOMPARE(painter.rowAt(QRect(QPoint(0, 0), size), frame, QPoint(x, y)), 0);
}

// By phases, each request is its phases side by side; one that opened a
// connection shows it (however short), one that reused a connection has none.
void TestTimeline::drawsEachRequestsPhasesAndConnectionReuse()
{
    RunTimeline timeline;
    timeline.begin(1);
    auto result = [](const QString &code, qint64 queued, qint64 started, const RequestPhases &phases) {
        RequestSpan span(RequestSpan::Purpose::Flag, started, started + 400, 200);
        span.queuedMs = queued;
        span.url = QUrl(u"http://example.test/flag.png"_s);
        span.phases = phases;
        DownloadResult r;
        r.code = code;
        r.verdict = Verdict::ok();
        r.requests = {span};
        r.savedMs = started + 450;
        return r;
    };
    // BR opens the connection (0.2 ms: under a pixel), waits 300 ms, receives 100 ms.
    timeline.addResult(result(u"BR"_s, 0, 0, {0, -1, 200, 300'000, 400'000, false}));
    // CN waits for BR's slot, then reuses its connection.
    timeline.addResult(result(u"CN"_s, 0, 450, {-1, -1, 100, 300'000, 400'000, false}));
    timeline.finish(900);

    const QSize size(900, 300);
    const QImage image = TimelinePainter::renderImage(timeline, size);
    const QFont font = [] { QFont f; f.setPixelSize(13); return f; }();
    const TimelinePainter painter(timeline, font);
    const QRect area(QPoint(0, 0), size);
    const QRect plot = painter.layout(area).plot;
    const TimelineFrame frame = painter.fitAll(area);
    const auto rowRect = [&](int row) {
        return QRect(plot.left(), plot.top() + int(row * frame.rowHeight) + 3, plot.width(), int(frame.rowHeight) - 6);
    };
    const QColor connecting = TimelinePainter::colourOf(Phase::Connecting);
    QVERIFY(pixelsOf(image, rowRect(0), connecting) >= 3);
    QCOMPARE(pixelsOf(image, rowRect(1), connecting), 0);
    // Both wait for the server, and receive; CN's queue wait is drawn, BR has none.
    for (int row : {0, 1}) {
        QVERIFY(pixelsOf(image, rowRect(row), TimelinePainter::colourOf(Phase::Waiting)) > 100);
        QVERIFY(pixelsOf(image, rowRect(row), TimelinePainter::colourOf(Phase::Receiving)) > 30);
        QVERIFY(pixelsOf(image, rowRect(row), TimelinePainter::colourOf(Phase::Saving)) > 10);
    }
    // BR's bar at 150 ms is waiting; at 350 ms, receiving.
    const int y = plot.top() + int(frame.rowHeight / 2);
    const auto xAt = [&](qint64 ms) { return plot.left() + int(plot.width() * ms / frame.toMs); };
    QCOMPARE(image.pixel(xAt(150), y), TimelinePainter::colourOf(Phase::Waiting).rgb());
    QCOMPARE(image.pixel(xAt(350), y), TimelinePainter::colourOf(Phase::Receiving).rgb());
    QCOMPARE(image.pixel(xAt(200), y + int(frame.rowHeight)), TimelinePainter::colourOf(Phase::Queued).rgb());
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
