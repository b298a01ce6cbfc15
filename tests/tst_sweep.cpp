// The concurrency sweep: one whole run per level into scratch folders, the
// ideal beside it, the levels' syntax, the log axis and the chart.

#include "enginerun.h"
#include "testserver.h"

#include "charts/logaxis.h"
#include "charts/sweepchart.h"
#include "core/runcontroller.h"
#include "core/concurrencysweep.h"
#include "core/sweeplevels.h"
#include "core/sweepreport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onePointPerLevelFasterAsConcurrencyRises();
    void idealIsEstimatedFromTheFirstLevelWhenTheDelayIsUnknown();
    void cancelDuringALevelStopsTheSweep();
    void cancelBetweenLevelsRunsNoOther();
    void aScratchFolderThatCannotBeMadeStopsWithAReason();
    void controllerRunsASweepOnItsThread();
    void levelsParse_data();
    void levelsParse();
    void logAxisRoundsAndTicks_data();
    void logAxisRoundsAndTicks();
    void chartRendersThePoints();
    void chartPngIsWrittenOrSaysWhyNot();
    void csvLeavesWhatTheSystemDidNotSayEmpty();

private:
    TestServer m_server;
};

namespace {

constexpr double delaySeconds = 0.1;

struct Sweep
{
    ConcurrencySweep sweep;
    QSignalSpy finished{&sweep, &ConcurrencySweep::finished};
    QSignalSpy points{&sweep, &ConcurrencySweep::pointMeasured};

    bool run(const SweepPlan &plan)
    {
        return sweep.start(plan) && finished.wait(30000);
    }
    SweepPoint point(int i) const { return points.at(i).at(0).value<SweepPoint>(); }
};

// Entries in a folder, files and folders alike.

SweepPoint fakePoint(int level, double elapsedSeconds, double idealSeconds)
{
    SweepPoint point;
    point.level = level;
    point.run.total = 20;
    point.run.ok = 20;
    point.run.elapsedMs = qRound64(elapsedSeconds * 1000);
    point.idealMs = qRound64(idealSeconds * 1000);
    point.requestMs = 2750;
    return point;
}

SweepChart fakeChart()
{
    SweepChartData data;
    data.title = SweepChart::titleFor(u"DELAY"_s, 20, 0.5, 5.0);
    data.levels = {1, 2, 5, 10, 30, 100};
    data.jobs = 20;
    data.requestMs = 2750;
    data.points = {fakePoint(1, 78, 55), fakePoint(2, 40, 27.5), fakePoint(5, 17, 11), fakePoint(10, 9.5, 5.5)};
    return SweepChart(data);
}

int pixelsNear(const QImage &image, QColor color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green())
                    + std::abs(pixel.blue() - color.blue()) < 40)
                ++count;
        }
    }
    return count;
}

} // namespace

void TestSweep::initTestCase()
{
    QVERIFY(m_server.start(delayed(delaySeconds)));
}

void TestSweep::onePointPerLevelFasterAsConcurrencyRises()
{
    QTemporaryDir scratchParent;
    QTemporaryDir userFolder;
    SweepPlan plan;
    plan.jobs = jobsFor(m_server.urlTemplate(), embeddedFlagCodes().mid(0, 24));
    plan.settings.destinationDir = userFolder.filePath(u"flags"_s); // must never appear
    plan.levels = {1, 4, 24};
    plan.serverDelaySeconds = delaySeconds;
    plan.scratchParent = scratchParent.path();

    Sweep s;
    // At the end of each level its flags are in a scratch folder of its own.
    QList<int> levelsSeen;
    QList<int> savedAtEnd;
    connect(&s.sweep, &ConcurrencySweep::progressChanged, this, [&](int index, int count, int done, int total) {
        QCOMPARE(count, 3);
        if (levelsSeen.isEmpty() || levelsSeen.constLast() != index)
            levelsSeen.append(index);
        if (done == total) {
            const QStringList scratch = entriesIn(scratchParent.path());
            savedAtEnd.append(scratch.size() == 1 ? int(filesIn(scratchParent.filePath(scratch.first())).size()) : -1);
        }
    });
    QVERIFY(s.run(plan));
    QCOMPARE(s.finished.first().at(0).toBool(), false);
    QVERIFY(!s.sweep.isRunning());
    QVERIFY(s.sweep.errorString().isEmpty());

    QCOMPARE(levelsSeen, (QList<int>{0, 1, 2}));
    QCOMPARE(savedAtEnd, (QList<int>{24, 24, 24}));
    QCOMPARE(s.points.size(), 3);
    const QList<qint64> ideals{2400, 600, 100};
    for (int i = 0; i < 3; ++i) {
        const SweepPoint point = s.point(i);
        QCOMPARE(point.level, plan.levels.at(i));
        QCOMPARE(point.run.total, 24);
        QCOMPARE(point.run.ok, 24);
        QCOMPARE(point.run.errors, 0);
        QCOMPARE(point.requestMs, 100);
        QVERIFY(!point.requestMsEstimated);
        QCOMPARE(point.idealMs, ideals.at(i));
        // Nothing is quicker than the server's own delay.
        QVERIFY2(point.run.elapsedMs >= point.idealMs * 9 / 10, qPrintable(QString::number(point.run.elapsedMs)));
        QVERIFY(qAbs(point.flagsPerSecond() - 24 * 1000.0 / point.run.elapsedMs) < 1e-9);
        if (i > 0)
            QVERIFY2(point.run.elapsedMs < s.point(i - 1).run.elapsedMs,
                     qPrintable(u"%1 ms at C=%2, %3 ms at C=%4"_s.arg(s.point(i - 1).run.elapsedMs)
                                    .arg(s.point(i - 1).level).arg(point.run.elapsedMs).arg(point.level)));
    }
    QCOMPARE(s.sweep.points().size(), 3);
    // Waves are whole: 20 jobs at 3 take 7 of them.
    QCOMPARE(ConcurrencySweep::idealMs(20, 3, 100), 700);
    QCOMPARE(ConcurrencySweep::idealMs(20, 1000, 100), 100);
    // The user's folder is never touched; no scratch folder is left.
    QVERIFY(!QFileInfo::exists(plan.settings.destinationDir));
    QCOMPARE(entriesIn(scratchParent.path()), QStringList());
}

void TestSweep::idealIsEstimatedFromTheFirstLevelWhenTheDelayIsUnknown()
{
    QTemporaryDir scratchParent;
    SweepPlan plan;
    plan.jobs = jobsFor(m_server.urlTemplate(), embeddedFlagCodes().mid(0, 16));
    plan.levels = {2, 8};
    plan.scratchParent = scratchParent.path();

    Sweep s;
    QVERIFY(s.run(plan));
    QCOMPARE(s.points.size(), 2);
    const SweepPoint first = s.point(0);
    const SweepPoint second = s.point(1);
    QVERIFY(first.requestMsEstimated);
    // 16 jobs at 2: 8 waves; the ideal starts on the first point.
    QCOMPARE(first.requestMs, first.run.elapsedMs / 8);
    // Near the server's real 100 ms (a loaded machine adds some).
    QVERIFY2(first.requestMs >= 90 && first.requestMs < 400, qPrintable(QString::number(first.requestMs)));
    QCOMPARE(second.requestMs, first.requestMs);
    QCOMPARE(second.idealMs, 2 * first.requestMs);
    QCOMPARE(entriesIn(scratchParent.path()), QStringList());
}

void TestSweep::cancelDuringALevelStopsTheSweep()
{
    QTemporaryDir scratchParent;
    SweepPlan plan;
    plan.jobs = jobsFor(m_server.urlTemplate(), embeddedFlagCodes().mid(0, 12));
    plan.levels = {2, 3, 12};
    plan.scratchParent = scratchParent.path();

    Sweep s;
    int cancelledAt = -1;
    connect(&s.sweep, &ConcurrencySweep::progressChanged, this, [&](int index, int, int done, int) {
        if (index == 1 && done == 2 && cancelledAt < 0) {
            cancelledAt = index;
            s.sweep.cancel();
        }
    });
    QVERIFY(s.run(plan));
    QCOMPARE(cancelledAt, 1);
    QCOMPARE(s.finished.size(), 1);
    QCOMPARE(s.finished.first().at(0).toBool(), true);
    QCOMPARE(s.points.size(), 1); // the cancelled level gives none
    QCOMPARE(s.point(0).level, 2);
    QVERIFY(!s.sweep.isRunning());
    QCOMPARE(entriesIn(scratchParent.path()), QStringList());
    // It can run again afterwards.
    plan.levels = {12};
    QVERIFY(s.run(plan));
    QCOMPARE(s.points.size(), 2);
    QCOMPARE(s.finished.last().at(0).toBool(), false);
}

void TestSweep::cancelBetweenLevelsRunsNoOther()
{
    SweepPlan plan;
    QTemporaryDir scratchParent;
    plan.jobs = jobsFor(m_server.urlTemplate(), embeddedFlagCodes().mid(0, 4));
    plan.levels = {4, 2};
    plan.scratchParent = scratchParent.path();
    Sweep s;
    connect(&s.sweep, &ConcurrencySweep::pointMeasured, &s.sweep, &ConcurrencySweep::cancel);
    int secondLevelStarts = 0;
    connect(&s.sweep, &ConcurrencySweep::progressChanged, this, [&](int index) {
        secondLevelStarts += index == 1;
    });
    QVERIFY(s.run(plan));
    QCOMPARE(secondLevelStarts, 0);
    QCOMPARE(s.finished.first().at(0).toBool(), true);
    QCOMPARE(s.points.size(), 1);
    QCOMPARE(s.point(0).level, 2); // sorted: the lowest first
    QCOMPARE(entriesIn(scratchParent.path()), QStringList());
}

void TestSweep::aScratchFolderThatCannotBeMadeStopsWithAReason()
{
    QTemporaryDir dir;
    SweepPlan plan;
    plan.jobs = jobsFor(m_server.urlTemplate(), embeddedFlagCodes().mid(0, 2));
    plan.levels = {1, 2};
    plan.scratchParent = dir.filePath(u"missing"_s);
    Sweep s;
    QVERIFY(s.run(plan));
    QCOMPARE(s.finished.first().at(0).toBool(), false);
    QCOMPARE(s.points.size(), 0);
    QVERIFY2(s.sweep.errorString().startsWith(u"Cannot make a scratch folder in "_s + plan.scratchParent),
             qPrintable(s.sweep.errorString()));
    // Levels outside 1 to 1000 are refused outright.
    plan.levels = {0, 5};
    QVERIFY(!s.sweep.start(plan));
    plan.levels = {1001};
    QVERIFY(!s.sweep.start(plan));
}

void TestSweep::controllerRunsASweepOnItsThread()
{
    QTemporaryDir scratchParent;
    SweepPlan plan;
    plan.jobs = jobsFor(m_server.urlTemplate(), embeddedFlagCodes().mid(0, 8));
    plan.levels = {8, 2};
    plan.serverDelaySeconds = delaySeconds;
    plan.scratchParent = scratchParent.path();

    RunController sweep;
    QList<int> levels;
    bool onThisThread = true;
    connect(&sweep, &RunController::sweepPointMeasured, this, [&](const SweepPoint &point) {
        onThisThread = onThisThread && QThread::currentThread() == thread();
        levels.append(point.level);
    });
    QSignalSpy finished(&sweep, &RunController::sweepFinished);
    QVERIFY(sweep.startSweep(plan));
    QVERIFY(sweep.isSweeping());
    QVERIFY(!sweep.startSweep(plan)); // one at a time
    QVERIFY(!sweep.startRun({}, plan.jobs)); // and never beside a run: one thread
    QVERIFY(finished.wait(20000));
    QVERIFY(!sweep.isBusy());
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(levels, (QList<int>{2, 8}));
    QVERIFY(onThisThread);
    QCOMPARE(entriesIn(scratchParent.path()), QStringList());

    // Cancelled on the first level; destroyed while another runs.
    QSignalSpy progress(&sweep, &RunController::sweepProgressChanged);
    QVERIFY(sweep.startSweep(plan));
    QVERIFY(progress.wait(5000)); // the first level has begun
    sweep.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(levels.size(), 2);
    {
        RunController doomed;
        QVERIFY(doomed.startSweep(plan));
        QTest::qWait(100);
    }
    QCOMPARE(entriesIn(scratchParent.path()), QStringList());
}

void TestSweep::levelsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected"); // empty: an error
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("the CLI's example") << u"1,6,30,100,1000"_s << QList<int>{1, 6, 30, 100, 1000} << QString();
    QTest::newRow("default") << SweepLevels::defaultText() << QList<int>{1, 2, 5, 10, 30, 100, 300, 1000} << QString();
    QTest::newRow("unsorted, repeated, spaced") << u" 30, 1 ,30,5"_s << QList<int>{1, 5, 30} << QString();
    QTest::newRow("one level") << u"1000"_s << QList<int>{1000} << QString();
    QTest::newRow("empty") << QString() << QList<int>() << u"at least one"_s;
    QTest::newRow("blank") << u"  "_s << QList<int>() << u"at least one"_s;
    QTest::newRow("zero") << u"0"_s << QList<int>() << u"level 0 is out of range"_s;
    QTest::newRow("too high") << u"1,1001"_s << QList<int>() << u"level 1001 is out of range: each level must be from 1 to 1000"_s;
    QTest::newRow("overflow") << u"99999999999"_s << QList<int>() << u"out of range"_s;
    QTest::newRow("word") << u"abc"_s << QList<int>() << u"\"abc\" is not a concurrency level"_s;
    QTest::newRow("mixed") << u"0,x"_s << QList<int>() << u"out of range"_s;
    QTest::newRow("double comma") << u"1,,2"_s << QList<int>() << u"missing between two commas"_s;
    QTest::newRow("trailing comma") << u"1,2,"_s << QList<int>() << u"missing between two commas"_s;
    QTest::newRow("negative") << u"-1"_s << QList<int>() << u"not a concurrency level"_s;
    QTest::newRow("plus sign") << u"+5"_s << QList<int>() << u"not a concurrency level"_s;
    QTest::newRow("fraction") << u"1.5"_s << QList<int>() << u"not a concurrency level"_s;
    QTest::newRow("spaces for commas") << u"1 2"_s << QList<int>() << u"not a concurrency level"_s;
}

void TestSweep::levelsParse()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    QFETCH(QString, errorPart);
    QString error;
    const auto levels = SweepLevels::parse(text, &error);
    if (expected.isEmpty()) {
        QVERIFY(!levels);
        QVERIFY2(error.contains(errorPart, Qt::CaseInsensitive), qPrintable(error));
    } else {
        QVERIFY2(levels, qPrintable(error));
        QCOMPARE(*levels, expected);
    }
}

void TestSweep::logAxisRoundsAndTicks_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::addColumn<QStringList>("ticks");
    QTest::newRow("1 to 1000") << QList<double>{1, 30, 1000} << 1.0 << 1000.0
                               << QStringList{u"1"_s, u"2"_s, u"5"_s, u"10"_s, u"20"_s, u"50"_s, u"100"_s,
                                              u"200"_s, u"500"_s, u"1000"_s};
    QTest::newRow("seconds") << QList<double>{0.13, 3.7} << 0.1 << 5.0
                             << QStringList{u"0.1"_s, u"0.2"_s, u"0.5"_s, u"1"_s, u"2"_s, u"5"_s};
    QTest::newRow("narrow: every digit") << QList<double>{2.2, 2.9} << 2.0 << 5.0
                                         << QStringList{u"2"_s, u"3"_s, u"4"_s, u"5"_s};
    QTest::newRow("one value") << QList<double>{10} << 10.0 << 20.0
                               << QStringList{u"10"_s, u"20"_s};
    QTest::newRow("nothing positive") << QList<double>{0, -3} << 1.0 << 10.0
                                      << QStringList{u"1"_s, u"2"_s, u"5"_s, u"10"_s};
}

void TestSweep::logAxisRoundsAndTicks()
{
    QFETCH(QList<double>, values);
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(QStringList, ticks);
    const LogAxis axis(values);
    QCOMPARE(axis.lower(), lower);
    QCOMPARE(axis.upper(), upper);
    QStringList labels;
    for (double tick : axis.ticks())
        labels.append(LogAxis::label(tick));
    QCOMPARE(labels, ticks);
    QCOMPARE(axis.fraction(lower), 0.0);
    QCOMPARE(axis.fraction(upper), 1.0);
}

void TestSweep::chartRendersThePoints()
{
    const SweepChart chart = fakeChart();
    const QImage image = chart.render(QSize(800, 520));
    QCOMPARE(image.size(), QSize(800, 520));
    // The measured lines are there in their colours, and text is drawn.
    QVERIFY2(pixelsNear(image, QColor(0x1f, 0x6f, 0xb4)) > 300, "no elapsed line");
    QVERIFY2(pixelsNear(image, QColor(0x2c, 0x8a, 0x2c)) > 300, "no flags/s line");
    QVERIFY2(pixelsNear(image, QColor(0x20, 0x20, 0x20)) > 200, "no text");
    QVERIFY(chart.idealNote().contains(u"2.75 s, the server's mean delay"_s));
    QCOMPARE(chart.data().title, u"Sweep · DELAY server · 20 flags · answers delayed 0.5 to 5 s"_s);
    QCOMPARE(SweepChart::titleFor(u"ERROR"_s, 1, 0.5, 0.5, 0.25),
             u"Sweep · ERROR server · 1 flag · answers delayed 0.5 s · 25 % answered 418"_s);
    QCOMPARE(SweepChart::titleFor(u"CUSTOM"_s, 676, -1, -1), u"Sweep · CUSTOM server · 676 flags"_s);

    // Before any point: the frame, the ideal and a word on what comes.
    SweepChartData empty = chart.data();
    empty.points.clear();
    const QImage blank = SweepChart(empty).render(QSize(400, 300));
    QCOMPARE(blank.size(), QSize(400, 300));
    QCOMPARE(pixelsNear(blank, QColor(0x1f, 0x6f, 0xb4)), 0);
    QVERIFY(pixelsNear(blank, QColor(0x60, 0x60, 0x60)) > 50);
}

void TestSweep::chartPngIsWrittenOrSaysWhyNot()
{
    QTemporaryDir dir;
    const SweepChart chart = fakeChart();
    QString error;
    const QString path = dir.filePath(u"sweep.png"_s);
    QVERIFY2(chart.savePng(path, &error), qPrintable(error));
    QCOMPARE(QImage(path).size(), SweepChart::defaultSize);
    QVERIFY(!chart.savePng(dir.filePath(u"missing/sweep.png"_s), &error));
    QVERIFY2(error.contains(u"missing/sweep.png"_s), qPrintable(error));
}

void TestSweep::csvLeavesWhatTheSystemDidNotSayEmpty()
{
    SweepPoint measured = fakePoint(10, 1.5, 1.0);
    measured.strategy = NetworkStrategy::Threads;
    measured.peakThreads = 14;
    measured.peakResidentBytes = 27 * 1024 * 1024 + 400 * 1024;
    SweepPoint unknown = fakePoint(100, 0.25, 0.1);
    unknown.peakThreads = -1;
    unknown.peakResidentBytes = -1;
    const QList<QByteArray> lines = SweepReport::toCsv({measured, unknown}).split('\n');
    QCOMPARE(lines.value(1), QByteArray("threads,10,1.500,13.33,1.000,20,0,0,14,27.4\r"));
    QCOMPARE(lines.value(2), QByteArray("events,100,0.250,80.00,0.100,20,0,0,,\r"));
}

QTEST_MAIN(TestSweep)
#include "tst_sweep.moc"
