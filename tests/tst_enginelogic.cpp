// The engine's logic on a fake network, a fake clock and a fake saver: no
// sockets, no sleeps, every step chosen by the test. The queue and the limit,
// retries and back-off, Retry-After, names, cancel in every state, a save that
// throws, and the order of the signals. (tst_downloadengine proves the wire.)

#include "fakenetwork.h"

#include "core/downloadengine.h"
#include "core/requestphases.h"
#include "base/threadlimits.h"

#include <QtTest>

Q_DECLARE_METATYPE(RequestPhases)
Q_DECLARE_METATYPE(PhaseSegment)

using namespace std::chrono_literals;

namespace {

QList<FlagJob> jobsFor(const QStringList &codes)
{
    QList<FlagJob> jobs;
    for (const QString &code : codes) {
        const QString cc = code.toLower();
        jobs.append({code, QUrl(u"http://flags.test/flags/%1/%1.png"_s.arg(cc)), cc,
                     QUrl(u"http://flags.test/flags/%1/metadata.json"_s.arg(cc))});
    }
    return jobs;
}

QString pathOf(const QString &code)
{
    return u"%1/%1.png"_s.arg(code.toLower());
}

QString namePathOf(const QString &code)
{
    return u"%1/metadata.json"_s.arg(code.toLower());
}

// An engine on fakes, and everything it says, as a log of short lines.
struct FakeRun
{
    explicit FakeRun(const EngineSettings &settings = {})
        : network(new FakeNetwork)
        , clock(new FakeClock)
        , engine(DownloadEngine::Dependencies{
              network, clock, [this] { return jitter; }, saver.runner(),
              [this](const QString &folder) { log(u"flush "_s + folder); },
              [this](const QString &folder) {
                  indexesRead.append(folder); // not logged: a read, not something the run says
                  return savedBefore;
              },
              [this](const QString &folder, const SavedFlagIndex &index) {
                  log(u"write index "_s + folder);
                  written.append(index);
              }})
    {
        engine.setSettings(settings);
        QObject::connect(&engine, &DownloadEngine::requestStarted, &engine,
                         [this](const QString &code, const QUrl &, qint64 startedMs, RequestSpan::Purpose purpose) {
                             log(u"start %1 %2 @%3"_s.arg(code, purposeWord(purpose)).arg(startedMs));
                         });
        QObject::connect(&engine, &DownloadEngine::requestEnded, &engine,
                         [this](const QString &code, const RequestSpan &span) {
                             log(u"end %1 %2 %3"_s.arg(code, purposeWord(span.purpose)).arg(span.httpStatus));
                         });
        QObject::connect(&engine, &DownloadEngine::resultReady, &engine, [this](const DownloadResult &result) {
            results.append(result);
            log(u"result %1 %2"_s.arg(result.code, statusWord(result.status())));
        });
        QObject::connect(&engine, &DownloadEngine::inFlightChanged, &engine, [this](int inFlight) {
            maxInFlight = std::max(maxInFlight, inFlight);
            log(u"in flight %1"_s.arg(inFlight));
        });
        QObject::connect(&engine, &DownloadEngine::progressChanged, &engine, [this](const RunSummary &summary) {
            progress = summary;
            log(u"progress %1/%2"_s.arg(summary.done()).arg(summary.total));
        });
        QObject::connect(&engine, &DownloadEngine::finished, &engine, [this](const RunSummary &summary) {
            this->summary = summary;
            ++finishedCount;
            log(u"finished"_s);
        });
    }

    static QString purposeWord(RequestSpan::Purpose purpose)
    {
        return purpose == RequestSpan::Purpose::Flag ? u"flag"_s : u"name"_s;
    }
    static QString statusWord(DownloadStatus status)
    {
        switch (status) {
        case DownloadStatus::Ok: return u"ok"_s;
        case DownloadStatus::Unchanged: return u"unchanged"_s;
        case DownloadStatus::NotFound: return u"not-found"_s;
        case DownloadStatus::Error: return u"error"_s;
        case DownloadStatus::Cancelled: return u"cancelled"_s;
        }
        return {};
    }
    void log(const QString &line) { events.append(line); }
    // The lines that start with prefix, in order.
    QStringList eventsLike(const QString &prefix) const
    {
        QStringList lines;
        for (const QString &line : events) {
            if (line.startsWith(prefix))
                lines.append(line);
        }
        return lines;
    }
    const DownloadResult *resultFor(const QString &code) const
    {
        for (const DownloadResult &result : results) {
            if (result.code == code)
                return &result;
        }
        return nullptr;
    }
    void answer(const QString &code, const FetchOutcome &outcome)
    {
        FakeRequest *request = network->onWireFor(pathOf(code));
        QVERIFY2(request, qPrintable(u"no request for %1 on the wire"_s.arg(code)));
        request->finish(outcome);
        settle(); // a finished save reaches the engine from the event loop
    }
    void answerName(const QString &code, const FetchOutcome &outcome)
    {
        FakeRequest *request = network->onWireFor(namePathOf(code));
        QVERIFY2(request, qPrintable(u"no name request for %1 on the wire"_s.arg(code)));
        request->finish(outcome);
        settle(); // a finished save reaches the engine from the event loop
    }

    double jitter = 0.5;  // the back-off's factor is 0.5 + jitter: 1 by default
    SavedFlagIndex savedBefore; // what the destination's index holds
    QList<SavedFlagIndex> written;
    QStringList indexesRead;
    FakeSaver saver;
    FakeNetwork *network; // owned by the engine
    FakeClock *clock;     // owned by the engine
    DownloadEngine engine;
    QStringList events;
    QList<DownloadResult> results;
    RunSummary progress;
    RunSummary summary;
    int finishedCount = 0;
    int maxInFlight = 0;
};

EngineSettings withLimit(int limit)
{
    EngineSettings settings;
    settings.maxConcurrent = limit;
    settings.destinationDir = u"/dest"_s;
    return settings;
}

} // namespace

class TestEngineLogic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLimitIsTheNumberOnTheWire();
    void threadLimitsNameTheOneThatBinds_data();
    void threadLimitsNameTheOneThatBinds();
    void raisingTheLimitStartsQueuedRequestsAtOnce();
    void loweringTheLimitLetsRequestsOnTheWireFinish();
    void namesGoFirstThenRetriesThenNewJobs();
    void retriesBackOffExponentially();
    void retryAfterWinsUpToItsCap();
    void spansSayWhenEachRequestJoinedTheQueueAndItsSteps();
    void phasesSplitARequestAtItsSteps_data();
    void phasesSplitARequestAtItsSteps();
    void phaseSharesSumEveryRequestAndSave();
    void permanentFailuresAreNotRetried();
    void namesArriveBeforeTheSaveAndNameTheFile();
    void aMissingNameNeverFailsTheFlag();
    void cancelEndsEveryStateOnce();
    void cancelledRetryTimersNeverFire();
    void aSaveThatThrowsEndsItsJob_data();
    void aSaveThatEndsAsTheEngineListensEndsItsJobOnce();
    void aSavedFlagIsAskedForWithItsValidatorsAndA304KeepsIt();
    void onlyAFlagFromTheSameUrlWithValidatorsIsAskedForConditionally();
    void conditionalOffAsksForEveryFlagAfresh();
    void aFileNamedTheOtherWayIsNotKept();
    void aKeptFileIsReadForItsThumbnailAndFetchedAgainIfItDoesNotRead();
    void aCancelWhileAKeptFileIsReadStillEndsTheRun();
    void aSaveThatThrowsEndsItsJob();
    void finishedIsTheLastSignalEvenWhenASlotCancels();
    void aSlotMayStartTheNextRunFromTheLastResult();
    void anEmptyRunFinishesFromTheEventLoop();
    void bodiesWaitingToBeSavedHoldBackNewRequests();
    void theNetworkMayAskRequestsToWait();
    void progressCarriesTheRunsCounts();
    void resultsDeriveTheirTimesFromTheSpans();
    void aRunThatSavedFlushesItsDiskOnceBeforeItEnds();
};

void TestEngineLogic::theLimitIsTheNumberOnTheWire()
{
    FakeRun run(withLimit(3));
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s, u"CC"_s, u"DD"_s, u"EE"_s})));
    QCOMPARE(run.network->onWire().size(), 3);
    QCOMPARE(run.engine.inFlight(), 3);
    run.answer(u"BB"_s, Wire::answer(404));
    // One ended, one started: DD, the next in line.
    QCOMPARE(run.network->onWire().size(), 3);
    QVERIFY(run.network->onWireFor(pathOf(u"DD"_s)));
    run.answer(u"AA"_s, Wire::flag(u"AA"_s));
    run.answer(u"CC"_s, Wire::answer(404));
    run.answer(u"DD"_s, Wire::answer(404));
    run.answer(u"EE"_s, Wire::flag(u"EE"_s));
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.maxInFlight, 3);
    QCOMPARE(run.summary.ok, 2);
    QCOMPARE(run.summary.notFound, 3);
    QCOMPARE(run.network->started().size(), 5);
}

void TestEngineLogic::raisingTheLimitStartsQueuedRequestsAtOnce()
{
    FakeRun run(withLimit(2));
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s, u"CC"_s, u"DD"_s, u"EE"_s, u"FF"_s})));
    QCOMPARE(run.network->onWire().size(), 2);
    run.engine.setMaxConcurrent(5);
    QCOMPARE(run.network->onWire().size(), 5); // not at the next completion: now
    QCOMPARE(run.eventsLike(u"in flight"_s).constLast(), u"in flight 5"_s);
}

void TestEngineLogic::loweringTheLimitLetsRequestsOnTheWireFinish()
{
    FakeRun run(withLimit(4));
    const QStringList codes{u"AA"_s, u"BB"_s, u"CC"_s, u"DD"_s, u"EE"_s, u"FF"_s};
    QVERIFY(run.engine.start(jobsFor(codes)));
    run.engine.setMaxConcurrent(1);
    QCOMPARE(run.network->onWire().size(), 4); // nothing aborted
    for (const QString &code : {u"AA"_s, u"BB"_s, u"CC"_s}) {
        run.answer(code, Wire::answer(404));
        QCOMPARE(run.network->started().size(), 4); // still above the new limit
    }
    run.answer(u"DD"_s, Wire::answer(404));
    QCOMPARE(run.network->onWire().size(), 1); // below it: one at a time
    QVERIFY(run.network->onWireFor(pathOf(u"EE"_s)));
    QCOMPARE(run.summary.errors, 0);
}

void TestEngineLogic::namesGoFirstThenRetriesThenNewJobs()
{
    EngineSettings settings = withLimit(3);
    settings.fetchCountryNames = true;
    FakeRun run(settings);
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s, u"CC"_s, u"DD"_s, u"EE"_s})));
    // BB fails and backs off; its back-off ends while every slot is taken.
    run.answer(u"BB"_s, Wire::busy());
    run.clock->advance(1s);
    // AA's flag arrives: its name goes before BB's retry and before EE.
    run.answer(u"AA"_s, Wire::flag(u"AA"_s));
    QCOMPARE(run.eventsLike(u"start"_s).constLast(), u"start AA name @1000"_s);
    // The next free slot goes to the retry, then to the new job.
    run.answer(u"CC"_s, Wire::answer(404));
    QCOMPARE(run.eventsLike(u"start"_s).constLast(), u"start BB flag @1000"_s);
    run.answer(u"DD"_s, Wire::answer(404));
    QCOMPARE(run.eventsLike(u"start"_s).constLast(), u"start EE flag @1000"_s);
}

void TestEngineLogic::retriesBackOffExponentially()
{
    EngineSettings settings = withLimit(1);
    settings.retries = 2;
    settings.retryBaseDelay = 200ms;
    FakeRun run(settings);
    run.jitter = 0.0; // the shortest back-off: half of 200 ms, then half of 400 ms
    QVERIFY(run.engine.start(jobsFor({u"BR"_s})));
    run.answer(u"BR"_s, Wire::refused());
    QCOMPARE(run.engine.inFlight(), 0); // a job backing off holds no slot
    run.clock->advance(99ms);
    QCOMPARE(run.network->started().size(), 1);
    run.clock->advance(1ms);
    QCOMPARE(run.network->started().size(), 2);
    run.answer(u"BR"_s, Wire::refused());
    run.clock->advance(199ms);
    QCOMPARE(run.network->started().size(), 2);
    run.clock->advance(1ms);
    QCOMPARE(run.network->started().size(), 3);
    run.answer(u"BR"_s, Wire::refused());

    QCOMPARE(run.finishedCount, 1);
    const DownloadResult *br = run.resultFor(u"BR"_s);
    QVERIFY(br);
    QCOMPARE(br->status(), DownloadStatus::Error);
    QCOMPARE(br->verdict.failure, FailureKind::Connection);
    QCOMPARE(br->verdict.message, u"Connection refused by flags.test, retried 2 times"_s);
    QCOMPARE(br->retries(), 2);
    QCOMPARE(br->requests.size(), 3);
    QCOMPARE(br->requests.at(1).startedMs, 100);
    QCOMPARE(br->requests.at(2).startedMs, 300);
    QCOMPARE(run.summary.retried, 1);
    QCOMPARE(run.clock->pendingTimers(), 0);
}

void TestEngineLogic::retryAfterWinsUpToItsCap()
{
    EngineSettings settings = withLimit(2);
    settings.retryAfterCap = 5s;
    FakeRun run(settings);
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s})));
    run.answer(u"AA"_s, Wire::busy(2s));
    run.answer(u"BB"_s, Wire::busy(60s));
    run.clock->advance(1999ms);
    QCOMPARE(run.network->onWire().size(), 0);
    run.clock->advance(1ms);
    QVERIFY(run.network->onWireFor(pathOf(u"AA"_s)));
    run.clock->advance(2999ms);
    QVERIFY(!run.network->onWireFor(pathOf(u"BB"_s)));
    run.clock->advance(1ms); // 5 s: the cap, not the server's minute
    QVERIFY(run.network->onWireFor(pathOf(u"BB"_s)));
}

void TestEngineLogic::spansSayWhenEachRequestJoinedTheQueueAndItsSteps()
{
    FakeRun run(withLimit(1));
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s})));
    run.clock->advance(100ms);
    FetchOutcome busy = Wire::busy(2s);
    busy.phases = {0, -1, 500, 90'000, 100'000, false};
    busy.responseHeaders = {{"Retry-After", "2"}};
    run.answer(u"AA"_s, busy); // BB goes on the wire at 100 ms, AA waits 2 s
    run.clock->advance(50ms);
    run.answer(u"BB"_s, Wire::flag(u"BB"_s));
    run.clock->advance(1950ms); // AA's retry joins the queue at 2100 ms, the slot is free
    run.clock->advance(10ms);
    run.answer(u"AA"_s, Wire::flag(u"AA"_s));

    const DownloadResult *aa = run.resultFor(u"AA"_s);
    const DownloadResult *bb = run.resultFor(u"BB"_s);
    QVERIFY(aa && bb);
    QCOMPARE(aa->requests.size(), 2);
    QCOMPARE(aa->requests.at(0).queuedMs, 0);
    QCOMPARE(aa->requests.at(0).startedMs, 0);
    QCOMPARE(aa->requests.at(0).phases, busy.phases);
    QCOMPARE(aa->requests.at(0).responseHeaders, busy.responseHeaders);
    QCOMPARE(aa->requests.at(0).url, aa->url);
    QCOMPARE(aa->requests.at(1).queuedMs, 2100);
    QCOMPARE(aa->requests.at(1).startedMs, 2100);
    QCOMPARE(bb->requests.size(), 1);
    QCOMPARE(bb->requests.at(0).queuedMs, 0); // waited for AA's slot
    QCOMPARE(bb->requests.at(0).startedMs, 100);
    QCOMPARE(bb->requests.at(0).bodyBytes, Wire::flag(u"BB"_s).body.size());
}

void TestEngineLogic::phasesSplitARequestAtItsSteps_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<RequestPhases>("steps");
    QTest::addColumn<QList<PhaseSegment>>("segments");
    QTest::addColumn<QList<double>>("har"); // blocked, connect, ssl, send, wait, receive
    using P = Phase;
    // The request waited 10 ms in our queue ([90, 100] ms) and ended at 200 ms.
    QTest::newRow("a new connection") << u"http"_s << RequestPhases{0, -1, 1000, 50'000, 99'000, false}
        << QList<PhaseSegment>{{P::Queued, 90'000, 100'000}, {P::Connecting, 100'000, 101'000},
                               {P::Waiting, 101'000, 150'000}, {P::Receiving, 150'000, 200'000}}
        << QList<double>{10, 1, -1, 0, 49, 50};
    QTest::newRow("a reused connection") << u"http"_s << RequestPhases{-1, -1, 2000, 60'000, 99'000, false}
        << QList<PhaseSegment>{{P::Queued, 90'000, 100'000}, {P::Blocked, 100'000, 102'000},
                               {P::Waiting, 102'000, 160'000}, {P::Receiving, 160'000, 200'000}}
        << QList<double>{12, -1, -1, 0, 58, 40};
    QTest::newRow("over TLS") << u"https"_s << RequestPhases{1000, 8000, 8500, 60'000, 99'000, true}
        << QList<PhaseSegment>{{P::Queued, 90'000, 100'000}, {P::Blocked, 100'000, 101'000},
                               {P::Tls, 101'000, 108'000}, {P::Sending, 108'000, 108'500},
                               {P::Waiting, 108'500, 160'000}, {P::Receiving, 160'000, 200'000}}
        << QList<double>{11, 7, 7, 0.5, 51.5, 40};
    QTest::newRow("refused before sending") << u"http"_s << RequestPhases{0, -1, -1, -1, 3000, false}
        << QList<PhaseSegment>{{P::Queued, 90'000, 100'000}, {P::Connecting, 100'000, 200'000}}
        << QList<double>{10, 100, -1, 0, 0, 0};
    // Steps past the engine's end of the request are cut there.
    QTest::newRow("late steps") << u"http"_s << RequestPhases{-1, -1, 5000, 150'000, 150'000, false}
        << QList<PhaseSegment>{{P::Queued, 90'000, 100'000}, {P::Blocked, 100'000, 105'000},
                               {P::Waiting, 105'000, 200'000}}
        << QList<double>{15, -1, -1, 0, 95, 0};
    QTest::newRow("no steps (a fake network)") << u"http"_s << RequestPhases{}
        << QList<PhaseSegment>{{P::Queued, 90'000, 100'000}} << QList<double>{10, -1, -1, 0, 100, 0};
}

void TestEngineLogic::phasesSplitARequestAtItsSteps()
{
    QFETCH(QString, scheme);
    QFETCH(RequestPhases, steps);
    QFETCH(QList<PhaseSegment>, segments);
    QFETCH(QList<double>, har);
    RequestSpan span(RequestSpan::Purpose::Flag, 100, 200, 200);
    span.queuedMs = 90;
    span.url = QUrl(scheme + u"://example.test/br.png"_s);
    span.phases = steps;
    QCOMPARE(RequestPhaseBreakdown::segmentsOf(span), segments);
    const HarTimings timings = RequestPhaseBreakdown::harTimingsOf(span);
    QCOMPARE((QList<double>{timings.blocked, timings.connect, timings.ssl, timings.send, timings.wait,
                            timings.receive}),
             har);
    QCOMPARE(timings.dns, -1.0);
    QCOMPARE(timings.time(), 110.0); // the queue's 10 ms and the 100 ms on the wire
}

void TestEngineLogic::phaseSharesSumEveryRequestAndSave()
{
    DownloadResult result;
    RequestSpan span(RequestSpan::Purpose::Flag, 0, 100, 200);
    span.queuedMs = 0;
    span.url = QUrl(u"http://example.test/br.png"_s);
    span.phases = {0, -1, 4000, 84'000, 100'000, false}; // connect 4, wait 80, receive 16 ms
    result.requests = {span};
    result.savedMs = 100; // nothing for the save
    PhaseShares shares;
    QCOMPARE(shares.text(), QString());
    shares.add(result);
    QCOMPARE(shares.totalUs(), 100'000);
    QCOMPARE(shares.text(), u"waiting for the server 80 %, receiving 16 %, connecting 4 %"_s);
    result.savedMs = 200; // and now a 100 ms save
    shares.add(result);
    QCOMPARE(shares.totalUs(Phase::Saving), 100'000);
    QCOMPARE(shares.text(), u"waiting for the server 53 %, saving 33 %, receiving 11 %, connecting 3 %"_s);
}

void TestEngineLogic::permanentFailuresAreNotRetried()
{
    FakeRun run(withLimit(2));
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s})));
    FetchOutcome teapot = Wire::answer(418);
    teapot.reasonPhrase = "I'm a teapot";
    run.answer(u"AA"_s, teapot);
    run.answer(u"BB"_s, Wire::answer(404));
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.network->started().size(), 2);
    QCOMPARE(run.resultFor(u"AA"_s)->verdict.message, u"HTTP error 418 - I'm a teapot"_s);
    QVERIFY(!run.resultFor(u"AA"_s)->verdict.retryable);
    QCOMPARE(run.clock->pendingTimers(), 0);
}

void TestEngineLogic::namesArriveBeforeTheSaveAndNameTheFile()
{
    EngineSettings settings = withLimit(2);
    settings.fileNaming = FileNaming::ByCountryName;
    FakeRun run(settings);
    QVERIFY(run.engine.start(jobsFor({u"BR"_s, u"CG"_s})));
    run.answer(u"BR"_s, Wire::flag(u"BR"_s));
    QCOMPARE(run.saver.count(), 0); // the flag waits for its name
    QCOMPARE(run.engine.inFlight(), 2);
    run.answerName(u"BR"_s, Wire::name(u"Brazil"_s));
    QCOMPARE(run.saver.count(), 1);
    QCOMPARE(run.saver.request(0).fileStem, u"Brazil"_s);
    QCOMPARE(run.saver.request(0).stemIfTaken, u"Brazil (BR)"_s); // an older Brazil.png is kept
    QCOMPARE(run.saver.request(0).body, QByteArray("flag of BR"));

    run.answer(u"CG"_s, Wire::flag(u"CG"_s));
    run.answerName(u"CG"_s, Wire::name(u"Brazil"_s)); // a clash within the run
    QCOMPARE(run.saver.request(1).fileStem, u"Brazil (CG)"_s);

    QCOMPARE(run.finishedCount, 1);
    const DownloadResult *br = run.resultFor(u"BR"_s);
    QCOMPARE(br->countryName, u"Brazil"_s);
    QCOMPARE(br->requests.size(), 2);
    QCOMPARE(br->requests.at(1).purpose, RequestSpan::Purpose::Metadata);
    QCOMPARE(br->retries(), 0);
    QCOMPARE(br->filePath, u"/dest/Brazil.png"_s);
    QCOMPARE(run.eventsLike(u"start BR"_s), QStringList({u"start BR flag @0"_s, u"start BR name @0"_s}));
}

void TestEngineLogic::aMissingNameNeverFailsTheFlag()
{
    EngineSettings settings = withLimit(1);
    settings.fetchCountryNames = true;
    FakeRun run(settings);
    QVERIFY(run.engine.start(jobsFor({u"BR"_s, u"ZZ"_s})));
    run.answer(u"BR"_s, Wire::flag(u"BR"_s));
    run.answerName(u"BR"_s, Wire::answer(200, "{not json", u"application/json"_s));
    run.answer(u"ZZ"_s, Wire::flag(u"ZZ"_s));
    run.answerName(u"ZZ"_s, Wire::answer(404));
    QCOMPARE(run.summary.ok, 2);
    const DownloadResult *br = run.resultFor(u"BR"_s);
    QCOMPARE(br->countryName, u"Brazil"_s); // the system's
    QVERIFY2(br->nameNote.startsWith(u"No country name from the server: invalid JSON"_s), qPrintable(br->nameNote));
    QCOMPARE(run.resultFor(u"ZZ"_s)->nameNote, u"No country name from the server: metadata.json not found (404)"_s);
}

void TestEngineLogic::cancelEndsEveryStateOnce()
{
    EngineSettings settings = withLimit(3);
    settings.fetchCountryNames = true;
    FakeRun run(settings);
    run.saver.automatic = false;
    // At the cancel: HH done, AA and CC saving, BB backing off, DD's name on
    // the wire, EE's flag on the wire, FF's name waiting for a slot, GG never
    // started.
    QVERIFY(run.engine.start(jobsFor({u"HH"_s, u"AA"_s, u"BB"_s, u"CC"_s, u"DD"_s, u"EE"_s, u"FF"_s, u"GG"_s})));
    run.answer(u"HH"_s, Wire::answer(404));
    run.answer(u"AA"_s, Wire::flag(u"AA"_s));
    run.answerName(u"AA"_s, Wire::name(u"Aland"_s));
    QCOMPARE(run.saver.running(), 1);
    run.answer(u"BB"_s, Wire::busy());
    run.answer(u"CC"_s, Wire::flag(u"CC"_s)); // its name starts: CC, DD, EE on the wire
    QVERIFY(run.network->onWireFor(namePathOf(u"CC"_s)));
    run.answerName(u"CC"_s, Wire::name(u"Cocos"_s));
    QCOMPARE(run.saver.running(), 2);
    run.answer(u"DD"_s, Wire::flag(u"DD"_s));
    QVERIFY(run.network->onWireFor(namePathOf(u"DD"_s)));
    QVERIFY(run.network->onWireFor(pathOf(u"EE"_s)));
    QVERIFY(run.network->onWireFor(pathOf(u"FF"_s)));
    run.engine.setMaxConcurrent(2);
    run.answer(u"FF"_s, Wire::flag(u"FF"_s)); // FF's name must wait: DD, EE hold both slots
    QVERIFY(!run.network->onWireFor(namePathOf(u"FF"_s)));

    run.events.clear();
    run.engine.cancel();
    QCOMPARE(run.finishedCount, 0); // two saves still run
    QCOMPARE(run.engine.inFlight(), 0);
    for (const QString &code : {u"BB"_s, u"DD"_s, u"EE"_s, u"FF"_s})
        QCOMPARE(run.resultFor(code)->status(), DownloadStatus::Cancelled);
    QVERIFY(!run.resultFor(u"GG"_s)); // never started: no result
    run.engine.cancel(); // twice is once
    run.saver.succeed(0);
    run.saver.succeed(1);
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.resultFor(u"AA"_s)->status(), DownloadStatus::Ok); // a save ends with a whole file
    QCOMPARE(run.resultFor(u"CC"_s)->status(), DownloadStatus::Ok);
    QCOMPARE(run.results.size(), 7);
    QCOMPARE(run.summary.total, 8);
    QCOMPARE(run.summary.interrupted, 4);
    QCOMPARE(run.summary.notStarted(), 1);
    QVERIFY(run.summary.cancelled);
    QCOMPARE(run.events.constLast(), u"finished"_s);
    QCOMPARE(run.clock->pendingTimers(), 0);
    // The engine runs again after a cancel.
    QVERIFY(run.engine.start(jobsFor({u"BR"_s})));
    QCOMPARE(run.network->onWire().size(), 1);
}

void TestEngineLogic::cancelledRetryTimersNeverFire()
{
    FakeRun run(withLimit(1));
    QVERIFY(run.engine.start(jobsFor({u"BR"_s})));
    run.answer(u"BR"_s, Wire::busy());
    run.engine.cancel();
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.resultFor(u"BR"_s)->retries(), 0); // the retry never went out
    run.clock->advance(1h);
    QCOMPARE(run.network->started().size(), 1);
}

void TestEngineLogic::aSaveThatThrowsEndsItsJob_data()
{
    QTest::addColumn<bool>("standardException");
    QTest::newRow("std::bad_alloc") << true;
    QTest::newRow("something else") << false;
}

SavedFlag savedFlag(const QString &code, const QByteArray &etag, const QByteArray &lastModified)
{
    SavedFlag flag;
    flag.code = code;
    flag.url = jobsFor({code}).constFirst().url;
    flag.fileName = code.toLower() + u".png"_s;
    flag.etag = etag;
    flag.lastModified = lastModified;
    flag.fileBytes = 100;
    flag.fileModifiedMs = 1000;
    return flag;
}

FetchOutcome notModified()
{
    FetchOutcome outcome = Wire::answer(304);
    outcome.reasonPhrase = "Not Modified";
    return outcome;
}

void TestEngineLogic::aSavedFlagIsAskedForWithItsValidatorsAndA304KeepsIt()
{
    FakeRun run(withLimit(5));
    run.savedBefore.record(savedFlag(u"AA"_s, "\"v1\"", "Mon, 01 Jan 2024 00:00:00 GMT"));
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s})));
    QCOMPARE(run.indexesRead, QStringList{u"/dest"_s});
    const RequestConditions asked = run.network->onWireFor(pathOf(u"AA"_s))->conditions();
    QCOMPARE(asked.ifNoneMatch, "\"v1\"");
    QCOMPARE(asked.ifModifiedSince, "Mon, 01 Jan 2024 00:00:00 GMT");
    QVERIFY(run.network->onWireFor(pathOf(u"BB"_s))->conditions().isEmpty());

    run.answer(u"AA"_s, notModified());
    FetchOutcome changed = Wire::flag(u"BB"_s);
    changed.etag = "\"b2\"";
    changed.lastModified = "Tue, 02 Jan 2024 00:00:00 GMT";
    run.answer(u"BB"_s, changed);

    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.saver.count(), 1); // only BB was written
    QCOMPARE(run.resultFor(u"AA"_s)->status(), DownloadStatus::Unchanged);
    QCOMPARE(run.resultFor(u"AA"_s)->filePath, u"/dest/aa.png"_s);
    QCOMPARE(run.resultFor(u"BB"_s)->status(), DownloadStatus::Ok);
    QCOMPARE(run.summary.unchanged, 1);
    QCOMPARE(run.summary.ok, 1);
    QCOMPARE(run.summary.saved(), 2);
    // The index keeps AA as it was and learns BB's validators, before the flush.
    QCOMPARE(run.written.size(), 1);
    const SavedFlagIndex &index = run.written.constFirst();
    QCOMPARE(index.find(u"AA"_s, jobsFor({u"AA"_s}).constFirst().url)->etag, "\"v1\"");
    const std::optional<SavedFlag> bb = index.find(u"BB"_s, jobsFor({u"BB"_s}).constFirst().url);
    QVERIFY(bb);
    QCOMPARE(bb->etag, "\"b2\"");
    QCOMPARE(bb->lastModified, "Tue, 02 Jan 2024 00:00:00 GMT");
    QCOMPARE(bb->fileName, u"bb.png"_s);
    const QStringList diskEvents = run.eventsLike(u"write index"_s) + run.eventsLike(u"flush"_s);
    QCOMPARE(diskEvents, (QStringList{u"write index /dest"_s, u"flush /dest"_s}));
    QVERIFY(run.events.indexOf(u"write index /dest"_s) < run.events.indexOf(u"flush /dest"_s));
}

void TestEngineLogic::onlyAFlagFromTheSameUrlWithValidatorsIsAskedForConditionally()
{
    FakeRun run(withLimit(5));
    SavedFlag moved = savedFlag(u"AA"_s, "\"v1\"", {});
    moved.url = QUrl(u"http://elsewhere.test/aa.png"_s);
    run.savedBefore.record(moved);
    run.savedBefore.record(savedFlag(u"BB"_s, {}, {})); // the server sent no validators
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s})));
    QVERIFY(run.network->onWireFor(pathOf(u"AA"_s))->conditions().isEmpty());
    QVERIFY(run.network->onWireFor(pathOf(u"BB"_s))->conditions().isEmpty());
    // A 304 to a request that asked for none is the server's error.
    run.answer(u"AA"_s, notModified());
    QCOMPARE(run.resultFor(u"AA"_s)->status(), DownloadStatus::Error);
}

void TestEngineLogic::conditionalOffAsksForEveryFlagAfresh()
{
    EngineSettings settings = withLimit(5);
    settings.conditionalGet = false;
    FakeRun run(settings);
    run.savedBefore.record(savedFlag(u"AA"_s, "\"v1\"", {}));
    QVERIFY(run.engine.start(jobsFor({u"AA"_s})));
    QVERIFY(run.network->onWireFor(pathOf(u"AA"_s))->conditions().isEmpty());
    run.answer(u"AA"_s, Wire::flag(u"AA"_s));
    QCOMPARE(run.resultFor(u"AA"_s)->status(), DownloadStatus::Ok);
}

void TestEngineLogic::aFileNamedTheOtherWayIsNotKept()
{
    // A run naming files by country does not keep "aa.png" from a run by
    // code, nor the other way round: each asks afresh.
    EngineSettings byName = withLimit(5);
    byName.fileNaming = FileNaming::ByCountryName;
    FakeRun named(byName);
    named.savedBefore.record(savedFlag(u"AA"_s, "\"v1\"", {}));
    QVERIFY(named.engine.start(jobsFor({u"AA"_s})));
    QVERIFY(named.network->onWireFor(pathOf(u"AA"_s))->conditions().isEmpty());

    FakeRun byCode(withLimit(5));
    SavedFlag country = savedFlag(u"AA"_s, "\"v1\"", {});
    country.fileName = u"Aaland.png"_s;
    byCode.savedBefore.record(country);
    QVERIFY(byCode.engine.start(jobsFor({u"AA"_s})));
    QVERIFY(byCode.network->onWireFor(pathOf(u"AA"_s))->conditions().isEmpty());
}

void TestEngineLogic::aKeptFileIsReadForItsThumbnailAndFetchedAgainIfItDoesNotRead()
{
    EngineSettings settings = withLimit(5);
    settings.thumbnailSize = QSize(32, 20);
    FakeRun run(settings);
    run.saver.automatic = false;
    run.savedBefore.record(savedFlag(u"AA"_s, "\"v1\"", {}));
    run.savedBefore.record(savedFlag(u"BB"_s, "\"v1\"", {}));
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s})));
    run.answer(u"AA"_s, notModified());
    run.answer(u"BB"_s, notModified());
    // The window shows kept flags too: each file is read, off the engine's thread.
    QCOMPARE(run.saver.count(), 2);
    QCOMPARE(run.saver.request(0).keptFile, u"/dest/aa.png"_s);
    QVERIFY(run.saver.request(0).body.isEmpty());
    run.saver.succeed(0);
    QCOMPARE(run.resultFor(u"AA"_s)->status(), DownloadStatus::Unchanged);
    // BB's file does not read: the files win over the index, and BB is
    // fetched again, without conditions.
    run.saver.fail(1, std::runtime_error("not an image"));
    QVERIFY(!run.resultFor(u"BB"_s));
    FakeRequest *again = run.network->onWireFor(pathOf(u"BB"_s));
    QVERIFY(again);
    QVERIFY(again->conditions().isEmpty());
    run.answer(u"BB"_s, Wire::flag(u"BB"_s));
    run.saver.succeed(2);
    QCOMPARE(run.resultFor(u"BB"_s)->status(), DownloadStatus::Ok);
    QCOMPARE(run.finishedCount, 1);
}

void TestEngineLogic::aCancelWhileAKeptFileIsReadStillEndsTheRun()
{
    EngineSettings settings = withLimit(5);
    settings.thumbnailSize = QSize(32, 20);
    FakeRun run(settings);
    run.saver.automatic = false;
    run.savedBefore.record(savedFlag(u"AA"_s, "\"v1\"", {}));
    QVERIFY(run.engine.start(jobsFor({u"AA"_s})));
    run.answer(u"AA"_s, notModified());
    run.engine.cancel();
    QCOMPARE(run.finishedCount, 0); // the read goes on
    run.saver.fail(0, std::runtime_error("not an image"));
    // Not fetched again after a cancel: the run ends, and the file that did
    // not read leaves the index.
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.resultFor(u"AA"_s)->status(), DownloadStatus::Cancelled);
    QCOMPARE(run.network->started().size(), 1);
    QCOMPARE(run.written.size(), 1);
    QVERIFY(run.written.constFirst().isEmpty());
}

// Qt 6.4 runs a then() continuation twice when a save finishes while the
// engine attaches to it (setContinuation runs it and keeps it; the pool
// thread's runContinuation runs it again, on a moved-from promise: a crash).
void TestEngineLogic::aSaveThatEndsAsTheEngineListensEndsItsJobOnce()
{
    FakeRun run(withLimit(2));
    run.saver.listenersWokenLate = true;
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s})));
    run.answer(u"AA"_s, Wire::flag(u"AA"_s));
    run.answer(u"BB"_s, Wire::flag(u"BB"_s));
    run.saver.wakeListeners(0);
    run.saver.wakeListeners(1);
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.results.size(), 2);
    QCOMPARE(run.summary.ok, 2);
    QCOMPARE(run.eventsLike(u"result"_s), (QStringList{u"result AA ok"_s, u"result BB ok"_s}));
}

void TestEngineLogic::aSaveThatThrowsEndsItsJob()
{
    QFETCH(bool, standardException);
    FakeRun run(withLimit(2));
    run.saver.automatic = false;
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s})));
    run.answer(u"AA"_s, Wire::flag(u"AA"_s));
    run.answer(u"BB"_s, Wire::flag(u"BB"_s));
    if (standardException)
        run.saver.fail(0, std::bad_alloc());
    else
        run.saver.fail(0, 42);
    run.saver.succeed(1);
    QCOMPARE(run.finishedCount, 1);
    const DownloadResult *aa = run.resultFor(u"AA"_s);
    QCOMPARE(aa->status(), DownloadStatus::Error);
    QCOMPARE(aa->verdict.failure, FailureKind::SaveFailed);
    QVERIFY2(aa->verdict.message.startsWith(u"Could not save the flag: "_s), qPrintable(aa->verdict.message));
    QCOMPARE(run.summary.errors, 1);
    QCOMPARE(run.summary.ok, 1);
}

void TestEngineLogic::finishedIsTheLastSignalEvenWhenASlotCancels()
{
    FakeRun run(withLimit(3));
    QObject::connect(&run.engine, &DownloadEngine::resultReady, &run.engine, [&run](const DownloadResult &result) {
        if (result.status() == DownloadStatus::NotFound)
            run.engine.cancel();
    });
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s, u"CC"_s, u"DD"_s})));
    run.events.clear();
    run.answer(u"AA"_s, Wire::answer(404));
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.events.constLast(), u"finished"_s);
    // AA's own end and the in-flight count before its result; the cancelled
    // ones' ends before their results; the count at 0 before finished.
    // AA's end, its result, DD taking its slot; then each cancelled one's
    // end before its result; the count at 0 before finished.
    const QStringList expected{
        u"end AA flag 404"_s, u"in flight 2"_s, u"result AA not-found"_s, u"progress 1/4"_s,
        u"start DD flag @0"_s, u"in flight 3"_s,
        u"end BB flag 0"_s,   u"in flight 2"_s, u"result BB cancelled"_s, u"progress 2/4"_s,
        u"end CC flag 0"_s,   u"in flight 1"_s, u"result CC cancelled"_s, u"progress 3/4"_s,
        u"end DD flag 0"_s,   u"in flight 0"_s, u"result DD cancelled"_s, u"progress 4/4"_s,
        u"finished"_s};
    QCOMPARE(run.events, expected);
}

void TestEngineLogic::aSlotMayStartTheNextRunFromTheLastResult()
{
    FakeRun run(withLimit(2));
    bool startedAgain = false;
    QObject::connect(&run.engine, &DownloadEngine::resultReady, &run.engine, [&](const DownloadResult &result) {
        if (result.code == u"BB"_s && !startedAgain)
            startedAgain = run.engine.start(jobsFor({u"CC"_s}));
    });
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s})));
    run.answer(u"AA"_s, Wire::answer(404));
    run.events.clear();
    run.answer(u"BB"_s, Wire::answer(404));
    QVERIFY(startedAgain); // the first run was over, in state, when BB's result left
    const QStringList expected{u"end BB flag 404"_s, u"in flight 0"_s, u"result BB not-found"_s,
                               u"progress 2/2"_s,    u"finished"_s,    u"progress 0/1"_s,
                               u"start CC flag @0"_s, u"in flight 1"_s};
    QCOMPARE(run.events, expected);
    QCOMPARE(run.summary.total, 2); // the first run's
    QVERIFY(run.engine.isRunning());
}

void TestEngineLogic::anEmptyRunFinishesFromTheEventLoop()
{
    FakeRun run;
    QVERIFY(run.engine.start({}));
    QCOMPARE(run.finishedCount, 0); // a caller may connect after start()
    run.clock->advance(0ms);
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.summary.total, 0);
    QVERIFY(!run.summary.cancelled);
}

void TestEngineLogic::bodiesWaitingToBeSavedHoldBackNewRequests()
{
    FakeRun run(withLimit(10));
    run.saver.automatic = false;
    QStringList codes;
    for (int i = 0; i < 100; ++i)
        codes.append(u"%1%2"_s.arg(QChar(u'A' + i / 26)).arg(QChar(u'A' + i % 26)));
    QVERIFY(run.engine.start(jobsFor(codes)));
    // Every answer is a flag whose save does not end: each one held stops a
    // new request once 64 are held.
    while (!run.network->onWire().isEmpty())
        run.network->onWire().constFirst()->finish(Wire::flag(u"XX"_s));
    const int held = DownloadEngine::maxSavesPending;
    QCOMPARE(run.network->started().size(), 10 + held - 1);
    QCOMPARE(run.saver.running(), 10 + held - 1);
    // Below the mark again, the slots fill at once.
    for (int save = 0; save < 10; ++save) {
        QCOMPARE(run.network->onWire().size(), 0);
        run.saver.succeed(save);
    }
    QCOMPARE(run.network->onWire().size(), 10);
}

void TestEngineLogic::theNetworkMayAskRequestsToWait()
{
    FakeRun run(withLimit(10));
    run.network->setRoom(2);
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s, u"CC"_s, u"DD"_s})));
    QCOMPARE(run.network->onWire().size(), 2);
    run.network->setRoom(3);
    QCOMPARE(run.network->onWire().size(), 2); // nothing until the network says so
    run.network->announceCapacity();
    QCOMPARE(run.network->onWire().size(), 3);
    run.answer(u"AA"_s, Wire::answer(404));
    QCOMPARE(run.network->onWire().size(), 3);
    QCOMPARE(run.network->startsPastRoom(), 0);
}

void TestEngineLogic::progressCarriesTheRunsCounts()
{
    FakeRun run(withLimit(4));
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s, u"CC"_s, u"DD"_s})));
    QCOMPARE(run.progress.total, 4);
    QCOMPARE(run.progress.done(), 0);
    run.answer(u"AA"_s, Wire::flag(u"AA"_s));
    run.answer(u"BB"_s, Wire::answer(404));
    QCOMPARE(run.progress.ok, 1);
    QCOMPARE(run.progress.notFound, 1);
    QVERIFY(run.progress.anyResponse);
    run.answer(u"CC"_s, Wire::refused());
    QCOMPARE(run.progress.done(), 2); // backing off: not done
    run.answer(u"DD"_s, Wire::answer(404));
    run.clock->advance(10s);
    run.answer(u"CC"_s, Wire::flag(u"CC"_s));
    QCOMPARE(run.progress.done(), 4);
    QCOMPARE(run.progress.retried, 1);
    QCOMPARE(run.summary.ok, run.progress.ok);
}

void TestEngineLogic::resultsDeriveTheirTimesFromTheSpans()
{
    EngineSettings settings = withLimit(1);
    settings.fetchCountryNames = true;
    settings.retryBaseDelay = 100ms;
    FakeRun run(settings);
    run.saver.automatic = false;
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BR"_s})));
    run.clock->advance(50ms);
    run.answer(u"AA"_s, Wire::answer(404)); // BR waits 50 ms in the queue
    run.clock->advance(30ms);
    run.answer(u"BR"_s, Wire::busy());      // 50..80, then 100 ms back-off
    run.clock->advance(100ms);
    run.clock->advance(20ms);
    run.answer(u"BR"_s, Wire::flag(u"BR"_s)); // 180..200
    run.clock->advance(5ms);
    run.answerName(u"BR"_s, Wire::name(u"Brazil"_s)); // 200..205
    run.clock->advance(7ms);
    run.saver.succeed(0);                   // 205..212
    const DownloadResult *br = run.resultFor(u"BR"_s);
    QVERIFY(br);
    QCOMPARE(br->startedMs(), 50);
    QCOMPARE(br->retries(), 1);
    QCOMPARE(br->wireMs(), 30 + 20 + 5);
    QCOMPARE(br->respondedMs(), 205);
    QCOMPARE(br->savedMs, 212);
    QCOMPARE(br->saveMs(), 7);
    QCOMPARE(br->httpStatus(), 200);
    QCOMPARE(br->requestsSent, 3);
}

void TestEngineLogic::aRunThatSavedFlushesItsDiskOnceBeforeItEnds()
{
    FakeRun run(withLimit(3));
    QVERIFY(run.engine.start(jobsFor({u"AA"_s, u"BB"_s, u"CC"_s})));
    run.answer(u"AA"_s, Wire::flag(u"AA"_s));
    run.answer(u"BB"_s, Wire::flag(u"BB"_s));
    QCOMPARE(run.eventsLike(u"flush"_s).size(), 0); // not per flag
    run.answer(u"CC"_s, Wire::answer(404));
    QCOMPARE(run.eventsLike(u"flush"_s), QStringList{u"flush /dest"_s});
    QVERIFY(run.events.indexOf(u"flush /dest"_s) < run.events.indexOf(u"finished"_s));

    // Nothing saved, nothing to flush.
    QVERIFY(run.engine.start(jobsFor({u"XX"_s})));
    run.answer(u"XX"_s, Wire::answer(404));
    QCOMPARE(run.eventsLike(u"flush"_s).size(), 1);
}

// What the threads strategy asks before a run: the first limit that would be
// passed, in words, counting what already runs.
void TestEngineLogic::threadLimitsNameTheOneThatBinds_data()
{
    QTest::addColumn<ThreadLimits>("limits");
    QTest::addColumn<int>("threads");
    QTest::addColumn<QString>("problem"); // the start of it; empty: they fit

    ThreadLimits roomy;
    roomy.perUser = 4000;
    roomy.userTasks = 900;
    roomy.system = 200000;
    roomy.systemTasks = 1500;
    roomy.maps = 65530;
    roomy.ownMaps = 300;
    QTest::newRow("room for them") << roomy << 1000 << QString();
    QTest::newRow("the user's other threads count")
        << roomy << 3101
        << u"The system lets this user run at most 4000 threads and processes (ulimit -u), 900 run now, and 3101"_s;
    ThreadLimits root = roomy;
    root.perUserApplies = false;
    QTest::newRow("root: ulimit -u does not apply") << root << 3101 << QString();
    ThreadLimits grouped = root;
    grouped.group = 2000;
    grouped.groupTasks = 1200;
    grouped.groupName = u"/user.slice/user-1000.slice"_s;
    QTest::newRow("a control group's pids.max")
        << grouped << 1000
        << u"The control group /user.slice/user-1000.slice lets its programs run at most 2000 threads and "
           "processes (pids.max), 1200 run now, and 1000 threads need more."_s;
    QTest::newRow("under the group's limit") << grouped << 800 << QString();
    ThreadLimits system = root;
    system.system = 2400;
    QTest::newRow("kernel.threads-max") << system << 1000
                                        << u"The system runs at most 2400 threads in all (kernel.threads-max), 1500"_s;
    ThreadLimits maps = root;
    maps.maps = 1800;
    QTest::newRow("vm.max_map_count") << maps << 1000 << u"The system gives a process at most 1800 memory maps"_s;
}

void TestEngineLogic::threadLimitsNameTheOneThatBinds()
{
    QFETCH(ThreadLimits, limits);
    QFETCH(int, threads);
    QFETCH(QString, problem);
    const QString said = limits.problemFor(threads);
    if (problem.isEmpty())
        QVERIFY2(said.isEmpty(), qPrintable(said));
    else
        QVERIFY2(said.startsWith(problem), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestEngineLogic)
#include "tst_enginelogic.moc"
