// qflags-cli as a user runs it: reports, exit statuses, files, Ctrl-C.

#include "base/threadlimits.h"
#include "core/runreport.h"
#include "server/contentsource.h"
#include "destinationtrouble.h"
#include "clirunner.h"
#include "testfiles.h"
#include "testserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QImage>
#include <QProcess>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>
#include <functional>

using namespace Qt::StringLiterals;
using namespace DestinationTrouble;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrorsExitWith2_data();
    void usageErrorsExitWith2();
    void helpListsTheOptions();
    void everyProgramSaysItsVersion_data();
    void everyProgramSaysItsVersion();
    void everyProgramSpeaksPortuguese();
    void initialReportForTheDefaultCodes();
    void verboseRunReportsEachCode();
    void aReRunFetchesOnlyWhatChanged();
    void aKilledRunContinuesToACompleteSet();
    void namesAreShownAndNameTheFiles();
    void errorServerReportsTeapots();
    void unreachableServerExitsWith1();
    void fullDiskGivesAnErrorPerCode();
    void uncreatableDestinationExitsWith2();
    void timelinePngIsWritten();
    void uncreatableTimelineFolderExitsWith2();
    void destinationUnderABrokenLinkIsNamed();
    void unwritableDestinationExitsWith2_data();
    void unwritableDestinationExitsWith2();
    void reportHasARowPerCode();
    void harFileHasAnEntryPerRequestTheServerCounted();
    void outputsThatCannotBeWrittenExitWith3();
    void signalCancelsCleanly_data();
    void signalCancelsCleanly();
    void sweepPrintsARowPerLevel();
    void sweepDrawsItsChart();
    void sweepComparesStrategies();
    void threadsStrategyRunsAThreadPerRequest();
    void threadsBeyondTheSystemsLimitAreRefused();
    void sweepCancelsOnCtrlC();
};

void TestCli::usageErrorsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("three letters") << QStringList{u"BRA"_s} << u"each CC argument must be A to Z or AA to ZZ"_s;
    QTest::newRow("digits") << QStringList{u"12"_s} << u"each CC argument must be A to Z or AA to ZZ"_s;
    QTest::newRow("-m 0") << QStringList{u"-m"_s, u"0"_s} << u"--max_req CONCURRENT must be a whole number >= 1"_s;
    QTest::newRow("-l 0") << QStringList{u"-l"_s, u"0"_s} << u"--limit N must be a whole number >= 1"_s;
    QTest::newRow("unknown server") << QStringList{u"-s"_s, u"MOON"_s} << u"--server LABEL must be one of"_s;
    QTest::newRow("url without placeholder") << QStringList{u"--url"_s, u"http://h/br.png"_s} << u"must contain {cc}"_s;
    QTest::newRow("url with another scheme") << QStringList{u"--url"_s, u"gopher://h/{cc}"_s} << u"http:// or https://"_s;
    QTest::newRow("negative speed limit") << QStringList{u"--speed-limit"_s, u"-1"_s}
                                          << u"--speed-limit BYTES must be a whole number >= 0"_s;
    QTest::newRow("zero speed time") << QStringList{u"--speed-time"_s, u"0"_s}
                                     << u"--speed-time SECONDS must be a number above 0"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"Unknown option 'frobnicate'"_s;
    QTest::newRow("missing value") << QStringList{u"-m"_s} << u"Missing value after '-m'"_s;
    QTest::newRow("report as text") << QStringList{u"--report"_s, u"run.txt"_s, u"BR"_s}
                                    << u"--report FILE must end in .csv or .json: run.txt"_s;
    QTest::newRow("timeline not a png") << QStringList{u"--timeline-png"_s, u"out.txt"_s}
                                        << u"--timeline-png FILE must end in .png: out.txt"_s;
    QTest::newRow("timeline without file") << QStringList{u"--timeline-png"_s} << u"Missing value after '--timeline-png'"_s;
    QTest::newRow("sweep level 0") << QStringList{u"--sweep"_s, u"0,x"_s}
                                   << u"--sweep LEVELS: Concurrency level 0 is out of range"_s;
    QTest::newRow("sweep word") << QStringList{u"--sweep"_s, u"1,x"_s} << u"\"x\" is not a concurrency level"_s;
    QTest::newRow("sweep empty") << QStringList{u"--sweep"_s, u""_s} << u"at least one concurrency level"_s;
    QTest::newRow("sweep png not png") << QStringList{u"--sweep"_s, u"1"_s, u"--sweep-png"_s, u"chart.jpg"_s}
                                       << u"--sweep-png FILE must be a file name ending in .png"_s;
    QTest::newRow("sweep with a report") << QStringList{u"--sweep"_s, u"1,2"_s, u"--report"_s, u"r.csv"_s}
                                         << u"--report, --timeline-png and --har describe one run, not a --sweep"_s;
    QTest::newRow("sweep with a har") << QStringList{u"--sweep"_s, u"1,2"_s, u"--har"_s, u"r.har"_s}
                                      << u"--report, --timeline-png and --har describe one run, not a --sweep"_s;
    QTest::newRow("sweep png alone") << QStringList{u"--sweep-png"_s, u"chart.png"_s}
                                     << u"--sweep-png FILE needs --sweep LEVELS"_s;
    QTest::newRow("sweep report alone") << QStringList{u"--sweep-report"_s, u"s.csv"_s}
                                        << u"--sweep-report FILE needs --sweep LEVELS"_s;
    QTest::newRow("sweep report not csv") << QStringList{u"--sweep"_s, u"1"_s, u"--sweep-report"_s, u"s.json"_s}
                                          << u"--sweep-report FILE must end in .csv: s.json"_s;
    QTest::newRow("unknown strategy") << QStringList{u"--strategy"_s, u"fibers"_s}
                                      << u"--strategy takes events, threads or events,threads: fibers"_s;
    QTest::newRow("strategy twice") << QStringList{u"--strategy"_s, u"threads,threads"_s, u"--sweep"_s, u"1"_s}
                                    << u"--strategy takes events, threads or events,threads"_s;
    QTest::newRow("two strategies for a run") << QStringList{u"--strategy"_s, u"events,threads"_s, u"BR"_s}
                                              << u"events,threads is for a --sweep"_s;
}

void TestCli::usageErrorsExitWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedMessage);
    const Finished run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expectedMessage), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"usage: qflags-cli [-h] [-a] [-e] [-l N]"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::helpListsTheOptions()
{
    const Finished run = runCli({u"-h"_s});
    QCOMPARE(run.exitCode, 0);
    for (const QString &option : {u"--all"_s, u"--every"_s, u"--limit"_s, u"--max_req"_s, u"--server"_s,
                                  u"--verbose"_s, u"--url"_s, u"--dest"_s, u"--timeout"_s, u"--timeline-png"_s})
        QVERIFY2(run.out.contains(option), qPrintable(option));
}

void TestCli::everyProgramSaysItsVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("name");
    QTest::newRow("qflags-cli") << QStringLiteral(QFLAGS_CLI_PATH) << u"qflags-cli"_s;
    QTest::newRow("qflags-server") << QStringLiteral(QFLAGS_SERVER_PATH) << u"qflags-server"_s;
    QTest::newRow("qflags") << QStringLiteral(QFLAGS_WINDOW_PATH) << u"qflags"_s;
}

void TestCli::everyProgramSaysItsVersion()
{
    QFETCH(QString, program);
    QFETCH(QString, name);
    QProcess process;
    // No display: --version and --help must not need one, even the window's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"LANGUAGE"_s})
        environment.remove(variable);
    environment.insert(u"LC_ALL"_s, u"C"_s); // English, whatever the machine's language
    process.setProcessEnvironment(environment);
    for (const QString &option : {u"--version"_s, u"--help"_s}) {
        process.start(program, {option});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        if (option == u"--version"_s) {
            QCOMPARE(out, name + u" " QFLAGS_VERSION "\n"_s);
            continue;
        }
        QVERIFY2(out.startsWith(u"Usage: "_s), qPrintable(out));
        // -v prints a line per code on a terminal: the window does not offer it.
        if (name == u"qflags"_s)
            QVERIFY2(!out.contains(u"--verbose"_s), qPrintable(out));
    }
}

void TestCli::everyProgramSpeaksPortuguese()
{
    // The language is the system's: Qt's words ("Uso:", "opções") and ours.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"LC_ALL"_s,
                                    u"LC_MESSAGES"_s})
        environment.remove(variable);
    environment.insert(u"LANG"_s, u"pt_BR.UTF-8"_s);
    environment.insert(u"LANGUAGE"_s, u"pt_BR"_s);
    const auto run = [&environment](const QString &program, const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    for (const QString &program : {QStringLiteral(QFLAGS_CLI_PATH), QStringLiteral(QFLAGS_SERVER_PATH),
                                   QStringLiteral(QFLAGS_WINDOW_PATH)}) {
        const QString help = run(program, {u"--help"_s});
        QVERIFY2(help.startsWith(u"Uso: "_s), qPrintable(help)); // Qt's own catalogue
        QVERIFY2(help.section(u'\n', 1, 1).contains(u"bandeiras"_s), qPrintable(help)); // ours
    }
    // A run's words, with the singular of one flag.
    QTemporaryDir dir;
    const QString out = run(QStringLiteral(QFLAGS_CLI_PATH), {u"-s"_s, u"LOCAL"_s, u"BR"_s, u"-d"_s, dir.path()});
    QVERIFY2(out.contains(u"Buscando 1 bandeira: BR"_s), qPrintable(out));
    QVERIFY2(out.contains(u"  1 bandeira baixada."_s), qPrintable(out));
    QVERIFY2(out.contains(u"Tempo decorrido: "_s), qPrintable(out));
}

void TestCli::initialReportForTheDefaultCodes()
{
    QTemporaryDir dir;
    const Finished run = runCli({u"-d"_s, dir.path()});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n');
    QVERIFY2(lines.value(0).startsWith(u"LOCAL site: http://127.0.0.1:"_s), qPrintable(run.out));
    QVERIFY(lines.value(0).endsWith(u"/flags"_s));
    QCOMPARE(lines.value(1), u"Searching for 20 flags: from BD to VN"_s);
    QCOMPARE(lines.value(2), u"20 concurrent connections will be used."_s);
    QVERIFY2(run.out.contains(u"\n 20 flags downloaded.\n"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(QRegularExpression(u"Elapsed time: \\d+\\.\\d\\ds\n$"_s)));
    QCOMPARE(filesIn(dir.path()).size(), 20);
    QVERIFY(filesIn(dir.path()).contains(u"br.png"_s));
}

void TestCli::verboseRunReportsEachCode()
{
    QTemporaryDir dir;
    const Finished run = runCli({u"-v"_s, u"-d"_s, u"out"_s, u"br"_s, u"XX"_s, u"cn"_s}, dir.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Searching for 3 flags: BR, CN, XX\n"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"3 concurrent connections will be used.\n"_s));
    QVERIFY(run.out.contains(u"\nBR OK\n"_s));
    QVERIFY(run.out.contains(u"\nCN OK\n"_s));
    QVERIFY(run.out.contains(QRegularExpression(u"\nXX not found: http://127\\.0\\.0\\.1:\\d+/flags/xx/xx\\.png\n"_s)));
    QVERIFY(run.out.contains(u"  2 flags downloaded.\n  1 not found.\n"_s));
    // -d is relative to the working directory, and created.
    QCOMPARE(filesIn(dir.filePath(u"out"_s)), (QStringList{u"br.png"_s, u"cn.png"_s}));
    QVERIFY(!QImage(dir.filePath(u"out/br.png"_s)).isNull());
}

void TestCli::aReRunFetchesOnlyWhatChanged()
{
    // A server of files, so that one can change between runs; its counters
    // say what went over the wire.
    QTemporaryDir site;
    const QStringList codes{u"br"_s, u"cn"_s, u"fr"_s};
    for (const QString &code : codes) {
        QVERIFY(QDir(site.path()).mkpath(u"flags/%1"_s.arg(code)));
        QImage image(12, 8, QImage::Format_RGB32);
        image.fill(QColor(code == u"br"_s ? Qt::green : code == u"cn"_s ? Qt::red : Qt::blue));
        QVERIFY(image.save(site.filePath(u"flags/%1/%1.png"_s.arg(code))));
    }
    FlagServerConfig config;
    config.rootDir = site.path();
    TestServer server;
    QVERIFY(server.start(config));
    QTemporaryDir dir;
    const QStringList arguments{u"-v"_s, u"--url"_s, server.urlTemplate(), u"-d"_s, u"out"_s, u"BR"_s, u"CN"_s, u"FR"_s};

    const Finished first = runCli(arguments, dir.path());
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(u"  3 flags downloaded.\n"_s), qPrintable(first.out));
    const auto modifiedTimes = [&] {
        QList<QDateTime> times;
        for (const QString &code : codes)
            times.append(QFileInfo(dir.filePath(u"out/%1.png"_s.arg(code))).lastModified());
        return times;
    };
    const QList<QDateTime> saved = modifiedTimes();

    const Finished second = runCli(arguments, dir.path());
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(u"\nBR unchanged\n"_s), qPrintable(second.out));
    QVERIFY(second.out.contains(u"  0 flags downloaded.\n  3 unchanged.\n"_s));
    QCOMPARE(modifiedTimes(), saved); // no file rewritten
    QCOMPARE(server.server().stats().conditional, 3);
    QCOMPARE(server.server().stats().status304, 3);

    // One flag changes on the server, one is deleted here: those two, and only they, come again.
    QImage changed(12, 8, QImage::Format_RGB32);
    changed.fill(Qt::yellow);
    QVERIFY(changed.save(site.filePath(u"flags/cn/cn.png"_s)));
    QVERIFY(QFile::remove(dir.filePath(u"out/fr.png"_s)));
    const Finished third = runCli(arguments, dir.path());
    QVERIFY2(third.out.contains(u"  2 flags downloaded.\n  1 unchanged.\n"_s), qPrintable(third.out));
    QVERIFY(third.out.contains(u"\nBR unchanged\n"_s));
    QCOMPARE(QImage(dir.filePath(u"out/cn.png"_s)).pixelColor(0, 0), QColor(Qt::yellow));
    QCOMPARE(server.server().stats().conditional, 5); // FR was asked for plainly
    QCOMPARE(server.server().stats().status304, 4);
    QCOMPARE(filesIn(dir.filePath(u"out"_s)), (QStringList{u"br.png"_s, u"cn.png"_s, u"fr.png"_s}));

    // --no-conditional: every flag again.
    const Finished fresh = runCli(arguments + QStringList{u"--no-conditional"_s}, dir.path());
    QVERIFY2(fresh.out.contains(u"  3 flags downloaded.\n"_s), qPrintable(fresh.out));
    QCOMPARE(server.server().stats().conditional, 5);
}

// Runs killed (SIGKILL) at random moments, seeded: each leaves only whole
// flags, byte for byte the server's, and --continue then fetches exactly the
// missing ones. The ctest entry continue_after_kill runs it with
// QFLAGS_KILL_TRIALS=50 (QFLAGS_KILL_SEED picks another seed); the plain
// tst_cli run leaves it to that entry.
void TestCli::aKilledRunContinuesToACompleteSet()
{
    const int trials = qEnvironmentVariableIntValue("QFLAGS_KILL_TRIALS");
    if (trials <= 0)
        QSKIP("run by the ctest entry continue_after_kill (QFLAGS_KILL_TRIALS)");
    bool seedGiven = false;
    const quint32 seed = quint32(qEnvironmentVariableIntValue("QFLAGS_KILL_SEED", &seedGiven));
    QRandomGenerator random(seedGiven ? seed : 20261202u);
    qInfo("seed %u, %d trials", seedGiven ? seed : 20261202u, trials);

    FlagServerConfig config;
    config.delayMinSeconds = 0.02;
    config.delayMaxSeconds = 0.1;
    TestServer server;
    QVERIFY(server.start(config));
    const QStringList codes = embeddedFlagCodes().mid(0, 30);
    const ContentSource flags = ContentSource::embeddedFlags();
    const auto checkWhole = [&](const QString &dir) -> QString {
        // Every file a flag of the selection, whole: no temporary, no part.
        for (const QString &file : filesIn(dir)) {
            const QString code = file.section(u'.', 0, 0).toUpper();
            if (!codes.contains(code) || file != code.toLower() + u".png"_s)
                return u"unexpected file %1"_s.arg(file);
            const QByteArray expected = flags.get(u"/flags/%1/%1.png"_s.arg(code.toLower()).toLatin1()).body;
            if (readFile(QDir(dir).filePath(file)) != expected)
                return u"not whole: %1"_s.arg(file);
        }
        return QString();
    };
    // How long a whole run takes here (a sanitizer's build is slower): the
    // kills fall anywhere in it.
    QElapsedTimer clock;
    clock.start();
    {
        QTemporaryDir dir;
        QCOMPARE(runCli(QStringList{u"--url"_s, server.urlTemplate(), u"-d"_s, dir.path(), u"-m"_s, u"4"_s} + codes)
                     .exitCode,
                 0);
    }
    const quint32 runMs = quint32(clock.elapsed());
    qInfo("a whole run takes %u ms", runMs);
    int killedEarly = 0;
    int killedLate = 0;
    for (int trial = 0; trial < trials; ++trial) {
        QTemporaryDir dir;
        const QStringList arguments = QStringList{u"--url"_s, server.urlTemplate(), u"-d"_s, dir.path(), u"-m"_s, u"4"_s}
                                      + codes;
        QProcess run;
        run.start(QStringLiteral(QFLAGS_CLI_PATH), arguments);
        QVERIFY(run.waitForStarted());
        QThread::msleep(random.bounded(runMs + runMs / 10));
        ::kill(pid_t(run.processId()), SIGKILL);
        QVERIFY(run.waitForFinished(10000));
        const QString trouble = checkWhole(dir.path());
        QVERIFY2(trouble.isEmpty(), qPrintable(u"trial %1: %2"_s.arg(trial).arg(trouble)));
        const int saved = int(filesIn(dir.path()).size());
        killedEarly += saved == 0;
        killedLate += saved == codes.size();

        // What the killed run had sent may still be arriving: count from
        // when the server has been quiet for a moment.
        qint64 before = -1;
        for (int wait = 0; wait < 50 && before != server.server().stats().requests; ++wait) {
            before = server.server().stats().requests;
            QThread::msleep(100);
        }
        before = server.server().stats().requests;
        const Finished resumed = runCli(arguments + QStringList{u"--continue"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        const QString said = saved == codes.size() ? u"Nothing to fetch: all 30 flags are already in "_s
                                                   : u"Continuing: %1 of 30 flags already in "_s.arg(saved);
        QVERIFY2(resumed.out.contains(said), qPrintable(resumed.out));
        QCOMPARE(server.server().stats().requests - before, qint64(codes.size() - saved));
        QCOMPARE(filesIn(dir.path()).size(), codes.size());
        QVERIFY2(checkWhole(dir.path()).isEmpty(), qPrintable(checkWhole(dir.path())));
    }
    qInfo("killed with nothing saved: %d, with everything: %d, in between: %d", killedEarly, killedLate,
          trials - killedEarly - killedLate);
    // The moments must have fallen mostly inside the runs.
    QVERIFY2(trials - killedEarly - killedLate >= trials / 2, "the kills missed the runs");
}

void TestCli::namesAreShownAndNameTheFiles()
{
    QTemporaryDir dir;
    const Finished names = runCli({u"--names"_s, u"-v"_s, u"-d"_s, u"out"_s, u"BR"_s, u"XX"_s}, dir.path());
    QCOMPARE(names.exitCode, 0);
    QVERIFY2(names.out.contains(u"\nBR Brazil OK\n"_s), qPrintable(names.out));
    QVERIFY(names.out.contains(u"\nXX not found: "_s)); // no name for XX: only the code
    QCOMPARE(filesIn(dir.filePath(u"out"_s)), QStringList{u"br.png"_s});

    const Finished files = runCli({u"--name-files"_s, u"-d"_s, u"named"_s, u"BR"_s, u"CI"_s}, dir.path());
    QCOMPARE(files.exitCode, 0);
    QCOMPARE(filesIn(dir.filePath(u"named"_s)), (QStringList{u"Brazil.png"_s, u"Côte d'Ivoire.png"_s}));
}

void TestCli::errorServerReportsTeapots()
{
    QTemporaryDir dir;
    const Finished run = runCli({u"-s"_s, u"error"_s, u"-a"_s, u"-m"_s, u"200"_s, u"-v"_s,
                                 u"-d"_s, dir.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"ERROR site: http://127.0.0.1:"_s));
    QVERIFY(run.out.contains(u"194 concurrent connections will be used."_s));
    QVERIFY2(run.out.contains(QRegularExpression(u"\n[A-Z]{2} error: HTTP error 418 - I'm a teapot "
                                                 "\\(the test server fails some requests on purpose: fetch them again\\)\n"_s)),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QRegularExpression(u"\n *\\d+ errors?\\.\n"_s)));
}

void TestCli::unreachableServerExitsWith1()
{
    const quint16 closedPort = closedLocalPort();
    QTemporaryDir dir;
    const Finished run = runCli({u"--url"_s, u"http://127.0.0.1:%1/{cc}.gif"_s.arg(closedPort),
                                 u"-d"_s, dir.path(), u"BR"_s, u"CN"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"nothing could be fetched"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"Connection refused"_s));
    QVERIFY(run.out.contains(u"  0 flags downloaded.\n  2 errors.\n"_s));
}

void TestCli::fullDiskGivesAnErrorPerCode()
{
    FullDisk disk(8 * 1024); // each of these flags is larger
    QVERIFY(disk.isValid());
    qInfo("full disk: %s", disk.kind() == FullDisk::Tmpfs ? "a tmpfs filled up" : "a file size limit (no mount here)");
    const QByteArray old = "an older br.png"_ba;
    QVERIFY(writeFile(disk.path() + u"/br.png"_s, old));
    QVERIFY(disk.fill());
    const QStringList before = filesIn(disk.path());

    const Finished run = runCli({u"-v"_s, u"-d"_s, disk.path(), u"BR"_s, u"CN"_s, u"FR"_s}, QString(),
                                disk.childModifier());
    // The run itself completed: every code has its result.
    QCOMPARE(run.exitCode, 0);
    // A pattern: the size of each flag differs.
    const QString reason = disk.kind() == FullDisk::Tmpfs
                               ? u"the disk is full"_s
                               : u"the file \\([0-9.]+ KiB\\) is over the file size limit \\(ulimit -f\\) of 8\\.0 KiB"_s;
    for (const QString &code : {u"BR"_s, u"CN"_s, u"FR"_s}) {
        const QRegularExpression line(u"\n%1 error: Could not save %2\\.png: %3\n"_s.arg(code, code.toLower(), reason));
        QVERIFY2(run.out.contains(line), qPrintable(run.out));
    }
    QVERIFY2(run.out.contains(u"  0 flags downloaded.\n  3 errors.\n"_s), qPrintable(run.out));
    QCOMPARE(filesIn(disk.path()), before);
    QCOMPARE(readFile(disk.path() + u"/br.png"_s), old);
}

void TestCli::timelinePngIsWritten()
{
    QTemporaryDir dir;
    const Finished run = runCli({u"-d"_s, u"flags"_s, u"--timeline-png=runs/t.png"_s, u"BR"_s, u"CN"_s, u"XX"_s},
                                dir.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.endsWith(u"Timeline saved to runs/t.png\n"_s), qPrintable(run.out));
    const QImage image(dir.filePath(u"runs/t.png"_s));
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1600);
    QVERIFY(image.height() > 3 * 16);
    // Not blank: the bars' phase of waiting for the server (sky blue) is there.
    int blue = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            blue += image.pixel(x, y) == qRgb(0x56, 0xb4, 0xe9);
    }
    QVERIFY2(blue > 100, qPrintable(QString::number(blue)));
}

void TestCli::uncreatableTimelineFolderExitsWith2()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"file"_s), "x"));
    const Finished run = runCli({u"-d"_s, u"flags"_s, u"--timeline-png"_s, u"file/t.png"_s, u"BR"_s}, dir.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"cannot save the timeline"_s), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"flags"_s)));
}

void TestCli::uncreatableDestinationExitsWith2()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"file"_s), {}));
    const Finished run = runCli({u"-d"_s, dir.filePath(u"file/flags"_s), u"BR"_s});
    QCOMPARE(run.exitCode, 2);
    // Said once, before anything is fetched.
    QCOMPARE(run.err, u"qflags-cli: cannot save flags: %1 is a file, not a folder\n"_s.arg(dir.filePath(u"file"_s)));
    QVERIFY(run.out.isEmpty());
}

void TestCli::destinationUnderABrokenLinkIsNamed()
{
    QTemporaryDir dir;
    QVERIFY(QFile::link(dir.filePath(u"gone"_s), dir.filePath(u"link"_s)));
    const QString destination = dir.filePath(u"link/flags"_s);
    const Finished run = runCli({u"-d"_s, destination, u"BR"_s});
    QCOMPARE(run.exitCode, 2);
    // The system says only "No such file or directory": the message names the folder.
    QCOMPARE(run.err, u"qflags-cli: cannot save flags: cannot create the folder %1\n"_s.arg(destination));
}

void TestCli::unwritableDestinationExitsWith2_data()
{
    QTest::addColumn<QString>("subfolder");
    QTest::addColumn<QString>("reason");
    QTest::newRow("the folder") << QString() << u"no permission to write in %1"_s;
    QTest::newRow("a folder to create in it") << u"new"_s << u"no permission to create the folder %1"_s;
}

void TestCli::unwritableDestinationExitsWith2()
{
    QFETCH(QString, subfolder);
    QFETCH(QString, reason);
    UnwritableFolder folder;
    QVERIFY(folder.isValid());
    const QString destination = subfolder.isEmpty() ? folder.path() : folder.path() + u'/' + subfolder;
    const Finished run = runCli({u"-d"_s, destination, u"BR"_s}, QString(), UnwritableFolder::childModifier());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"qflags-cli: cannot save flags: %1\n"_s.arg(reason.arg(destination)));
    QVERIFY(run.out.isEmpty());
    QVERIFY(filesIn(folder.path()).isEmpty());
}

void TestCli::reportHasARowPerCode()
{
    QTemporaryDir dir;
    for (const QString &name : {u"run.csv"_s, u"run.json"_s}) {
        const Finished run = runCli({u"--report"_s, name, u"-d"_s, u"out"_s, u"BR"_s, u"XX"_s, u"CN"_s},
                                    dir.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.endsWith(u"Report saved to %1\n"_s.arg(name)), qPrintable(run.out));
        QString error;
        const auto report = RunReport::load(dir.filePath(name), &error);
        QVERIFY2(report, qPrintable(error));
        const QList<ReportRow> rows = report->rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).code, u"BR"_s);
        QCOMPARE(rows.at(0).status, DownloadStatus::Ok);
        QCOMPARE(rows.at(0).file, dir.filePath(u"out/br.png"_s));
        QCOMPARE(rows.at(2).code, u"XX"_s);
        QCOMPARE(rows.at(2).status, DownloadStatus::NotFound);
        QCOMPARE(rows.at(2).httpStatus, 404);
        QCOMPARE(report->counts().ok, 2);
    }
    // CSV: the header and one line per code.
    QCOMPARE(readFile(dir.filePath(u"run.csv"_s)).count("\r\n"), 4);
}

// Every request the server counted is an entry of the HAR file, with its
// timings adding up and connection reuse visible: at -m 6 against one
// server, six requests open the six connections, the rest reuse them. With
// QFLAGS_HAR_VALIDATOR (the ctest entry har_validator) the file is also
// given to a HAR 1.2 validator (tests/har/validate.js).
void TestCli::harFileHasAnEntryPerRequestTheServerCounted()
{
    FlagServerConfig config;
    config.delayMinSeconds = config.delayMaxSeconds = 0.05;
    config.faults = {FaultRule{Fault::Status, 0.25, 503}};
    config.seed = 7;
    TestServer server;
    QVERIFY(server.start(config));
    QTemporaryDir dir;
    const QStringList codes = embeddedFlagCodes().mid(0, 18) + QStringList{u"XX"_s};
    const Finished run = runCli(QStringList{u"-v"_s, u"-m"_s, u"6"_s, u"--names"_s, u"--url"_s,
                                            server.urlTemplate(), u"-d"_s, u"out"_s, u"--har"_s, u"run.har"_s}
                                    + codes,
                                dir.path());
    QCOMPARE(run.exitCode, 0);
    // Which share is largest depends on the server's random delays.
    QVERIFY2(run.out.contains(u"Time went to: "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"waiting for the server "_s), qPrintable(run.out));
    const qint64 requests = server.server().stats().requests;
    QVERIFY2(run.out.contains(u"HAR file saved to run.har (%1 requests)"_s.arg(requests)), qPrintable(run.out));

    QFile file(dir.filePath(u"run.har"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject log = QJsonDocument::fromJson(file.readAll()).object().value(u"log"_s).toObject();
    QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
    QCOMPARE(log.value(u"creator"_s).toObject().value(u"name"_s).toString(), u"qflags"_s);
    QCOMPARE(log.value(u"pages"_s).toArray().size(), 1);
    const QJsonArray entries = log.value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), requests);

    int newConnections = 0, retried = 0, names = 0, serverErrors = 0;
    QString previousStart;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QJsonObject timings = entry.value(u"timings"_s).toObject();
        double sum = 0;
        for (const QString &phase : {u"blocked"_s, u"connect"_s, u"send"_s, u"wait"_s, u"receive"_s})
            sum += std::max(0.0, timings.value(phase).toDouble());
        QVERIFY2(qAbs(sum - entry.value(u"time"_s).toDouble()) < 0.01, qPrintable(entry.value(u"_code"_s).toString()));
        QVERIFY(timings.value(u"wait"_s).toDouble() >= 40); // the server's 50 ms
        QCOMPARE(timings.value(u"ssl"_s).toDouble(), -1.0); // cleartext
        const bool opened = entry.value(u"_newConnection"_s).toBool();
        QCOMPARE(timings.value(u"connect"_s).toDouble() >= 0, opened);
        newConnections += opened;
        const QString start = entry.value(u"startedDateTime"_s).toString();
        QVERIFY(QDateTime::fromString(start, Qt::ISODateWithMs).isValid());
        QVERIFY(start >= previousStart); // in the order they began
        previousStart = start;
        retried += entry.value(u"_attempt"_s).toInt() > 1;
        names += entry.value(u"_purpose"_s).toString() == u"name"_s;
        const QJsonObject response = entry.value(u"response"_s).toObject();
        serverErrors += response.value(u"status"_s).toInt() == 503;
        QCOMPARE(entry.value(u"request"_s).toObject().value(u"method"_s).toString(), u"GET"_s);
        QVERIFY(!response.value(u"headers"_s).toArray().isEmpty());
    }
    QCOMPARE(newConnections, server.server().stats().maxConnections);
    QCOMPARE(newConnections, 6);
    QVERIFY(retried > 0);
    QCOMPARE(serverErrors, server.server().stats().faults.value(u"status:503"_s));
    QCOMPARE(names, 18); // one per flag saved; XX has none to ask for

    const QString validator = qEnvironmentVariable("QFLAGS_HAR_VALIDATOR");
    if (validator.isEmpty())
        return;
    QProcess node;
    node.start(u"node"_s, {validator, dir.filePath(u"run.har"_s)});
    QVERIFY2(node.waitForFinished(60000), "node did not finish");
    const QString said = QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
    QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, qPrintable(said));
    QVERIFY2(said.contains(u"valid HAR 1.2, %1 entries"_s.arg(requests)), qPrintable(said));
}

void TestCli::outputsThatCannotBeWrittenExitWith3()
{
    FullDisk disk(256); // less than a three-row report, far less than a PNG
    QVERIFY(disk.isValid());
    QVERIFY(disk.fill());
    const QStringList before = filesIn(disk.path());
    QTemporaryDir flags;
    const Finished run = runCli({u"--report"_s, disk.path() + u"/run.csv"_s, u"--timeline-png"_s,
                                 disk.path() + u"/run.png"_s, u"-d"_s, flags.path(), u"BR"_s, u"CN"_s, u"XX"_s},
                                QString(), disk.childModifier());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"Could not save the report %1/run.csv: "_s.arg(disk.path())), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"cannot save the timeline %1/run.png: "_s.arg(disk.path())), qPrintable(run.err));
    // Neither is left behind in part.
    QCOMPARE(filesIn(disk.path()), before);
}

void TestCli::signalCancelsCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("expectedExit");
    QTest::newRow("Ctrl-C") << int(SIGINT) << 130;
    QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
}

void TestCli::signalCancelsCleanly()
{
    QFETCH(int, signalNumber);
    QFETCH(int, expectedExit);
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(QFLAGS_CLI_PATH),
                  {u"-s"_s, u"DELAY"_s, u"-e"_s, u"-m"_s, u"50"_s, u"-v"_s, u"-d"_s, dir.path()});
    QVERIFY(process.waitForStarted());
    // Wait until flags are arriving, then press Ctrl-C.
    QString out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains(u" OK\n"_s) && clock.elapsed() < 20000) {
        process.waitForReadyRead(200);
        out += QString::fromUtf8(process.readAllStandardOutput());
    }
    QVERIFY2(out.contains(u" OK\n"_s), qPrintable(out));
    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(10000));
    out += QString::fromUtf8(process.readAllStandardOutput());

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), expectedExit);
    QVERIFY2(out.contains(u"Cancelled: "_s), qPrintable(out));
    // Whatever arrived is whole; nothing half-written is left.
    QVERIFY2(out.contains(u" cancelled\n"_s), qPrintable(out)); // those aborted on the wire
    const int okLines = int(out.count(u" OK\n"_s));
    const QStringList files = filesIn(dir.path());
    QCOMPARE(files.size(), okLines);
    for (const QString &file : files) {
        QVERIFY2(file.endsWith(u".png"_s), qPrintable(file));
        QVERIFY(!QImage(dir.filePath(file)).isNull());
    }
}

void TestCli::sweepPrintsARowPerLevel()
{
    QTemporaryDir dir;
    const Finished run = runCli({u"--sweep"_s, u"4,1"_s, u"-d"_s, u"flags"_s, u"BR"_s, u"CN"_s, u"FR"_s, u"XX"_s},
                                dir.path());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.value(0).startsWith(u"LOCAL site: http://127.0.0.1:"_s), qPrintable(run.out));
    QCOMPARE(lines.value(1), u"Searching for 4 flags: BR, CN, FR, XX"_s);
    QCOMPARE(lines.value(2), u"Sweep over 2 concurrency levels: 1, 4 (each a whole run into a scratch folder)"_s);
    const int header = int(lines.indexOf(u"strategy  level  elapsed (s)   flags/s  ideal (s)    ok  not found  errors"
                                         u"  threads  peak MiB"_s));
    QVERIFY2(header > 0, qPrintable(run.out));
    QCOMPARE(lines.size(), header + 3);
    // strategy, level, elapsed, flags/s, ideal, ok, not found, errors, threads, peak MiB
    const QRegularExpression row(u"^events +(\\d+) +(\\d+\\.\\d\\d) +(\\d+\\.\\d\\d) +(\\d+\\.\\d\\d) +3 +1 +0"
                                 u" +\\d+ +\\d+\\.\\d$"_s);
    for (const int level : {1, 4}) {
        const QRegularExpressionMatch match = row.match(lines.value(header + (level == 1 ? 1 : 2)));
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        QCOMPARE(match.captured(1).toInt(), level);
    }
    // -d is not touched: every level went into a scratch folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestCli::sweepDrawsItsChart()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"sweep.png"_s);
    const Finished run = runCli({u"--sweep"_s, u"1,2"_s, u"--sweep-png"_s, png, u"BR"_s, u"CN"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Chart: "_s + png), qPrintable(run.out));
    QCOMPARE(QImage(png).size(), QSize(960, 600));
    // A folder it cannot make is said at once, before any level runs.
    QVERIFY(writeFile(dir.filePath(u"file"_s), "x"));
    const Finished refused = runCli({u"--sweep"_s, u"1"_s, u"--sweep-png"_s, dir.filePath(u"file/such.png"_s)});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"cannot write the chart"_s), qPrintable(refused.err));
    QVERIFY(!refused.out.contains(u"level"_s));
}

// --sweep 1,8 --strategy events,threads against a fixed delay: a row per
// level and strategy, the CSV's columns, and the server's own counters: each
// strategy puts C requests on the wire; the threads' runs hold C threads
// more than the events' (a blocking request each) and a connection each.
void TestCli::sweepComparesStrategies()
{
    FlagServerConfig config;
    config.delayMinSeconds = config.delayMaxSeconds = 0.3;
    TestServer server;
    QVERIFY(server.start(config));
    QTemporaryDir dir;
    const QStringList codes = embeddedFlagCodes().mid(0, 16);
    const Finished run = runCli(QStringList{u"--url"_s, server.urlTemplate(), u"--sweep"_s, u"8,1"_s, u"--strategy"_s,
                                            u"events,threads"_s, u"--sweep-report"_s, u"sweep.csv"_s}
                                    + codes,
                                dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"Each level runs with each strategy: events, threads"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Sweep report: "_s), qPrintable(run.out));
    // 4 runs of 16 flags; at C = 8 both had 8 on the wire at once.
    const FlagServerStats stats = server.server().stats();
    QCOMPARE(stats.requests, 64);
    QCOMPARE(stats.maxInFlight, 8);

    QFile csv(dir.filePath(u"sweep.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), u"strategy,level,elapsed_s,flags_per_s,ideal_s,ok,not_found,errors,threads,peak_mib"_s);
    QCOMPARE(lines.size(), 5);
    QMap<QString, QStringList> rows;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(u',');
        QCOMPARE(cells.size(), 10);
        QCOMPARE(cells.mid(5, 3), (QStringList{u"16"_s, u"0"_s, u"0"_s}));
        QVERIFY2(cells.at(9).toDouble() > 1.0, qPrintable(line)); // peak MiB
        rows.insert(cells.at(0) + u' ' + cells.at(1), cells);
    }
    QCOMPARE(rows.keys(), (QStringList{u"events 1"_s, u"events 8"_s, u"threads 1"_s, u"threads 8"_s}));
    // 16 requests of 0.3 s: 8 waves at C = 1... 2 waves at C = 8.
    for (const QString &strategy : {u"events"_s, u"threads"_s}) {
        QVERIFY2(rows[strategy + u" 1"_s].at(2).toDouble() >= 4.8, qPrintable(lines.join(u'\n')));
        const double atEight = rows[strategy + u" 8"_s].at(2).toDouble();
        QVERIFY2(atEight >= 0.6 && atEight < 2.0, qPrintable(lines.join(u'\n')));
    }
    // The threads: at C = 8, 7 more than at C = 1 (one blocked per
    // request); the events' run needs no thread per request.
    const int threadsAtOne = rows[u"threads 1"_s].at(8).toInt();
    const int threadsAtEight = rows[u"threads 8"_s].at(8).toInt();
    // (The save pool may use one thread more at C = 8.)
    QVERIFY2(threadsAtEight - threadsAtOne >= 7 && threadsAtEight - threadsAtOne <= 7 + QThread::idealThreadCount(),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(rows[u"events 8"_s].at(8).toInt() < threadsAtEight, qPrintable(lines.join(u'\n')));
}

// A plain run with --strategy threads: the same results and words as events
// (a 404, a 418 explained), a connection per request on the server's count,
// and the concurrency on the wire the one asked for.
void TestCli::threadsStrategyRunsAThreadPerRequest()
{
    FlagServerConfig config;
    config.delayMinSeconds = config.delayMaxSeconds = 0.1;
    config.errorRate = 0.2;
    config.seed = 5;
    TestServer server;
    QVERIFY(server.start(config));
    QTemporaryDir dir;
    const QStringList codes = embeddedFlagCodes().mid(0, 30) + QStringList{u"XX"_s};
    const Finished run = runCli(QStringList{u"--strategy"_s, u"threads"_s, u"-m"_s, u"6"_s, u"--url"_s,
                                            server.urlTemplate(), u"-d"_s, u"out"_s, u"-v"_s, u"--har"_s,
                                            u"run.har"_s}
                                    + codes,
                                dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"Strategy threads: each request blocks a thread of its own, 6 threads."_s),
             qPrintable(run.out));
    const FlagServerStats stats = server.server().stats();
    QCOMPARE(stats.maxInFlight, 6);
    QCOMPARE(stats.maxConnections, 6);
    QVERIFY(stats.status418 > 0);
    // 418s are not retried: each is an error with the test server's words.
    QVERIFY2(run.out.contains(QRegularExpression(u"\n *%1 errors?\\.\n"_s.arg(stats.status418))), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"error: HTTP error 418 - I'm a teapot (the test server fails some requests on purpose"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"\nXX not found: "_s), qPrintable(run.out));
    const int saved = int(QDir(dir.filePath(u"out"_s)).entryList({u"*.png"_s}, QDir::Files).size());
    QCOMPARE(qint64(saved), stats.status200);
    QCOMPARE(saved + stats.status418, 30);

    // In the HAR, every request the server counted opened its connection.
    QFile file(dir.filePath(u"run.har"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll())["log"_L1]["entries"_L1].toArray();
    QCOMPARE(qint64(entries.size()), stats.requests);
    for (const QJsonValue &entry : entries) {
        QVERIFY(entry["_newConnection"_L1].toBool());
        QVERIFY(entry["timings"_L1]["connect"_L1].toDouble() >= 0);
        QCOMPARE(entry["response"_L1]["httpVersion"_L1].toString(), u"HTTP/1.1"_s);
    }
}

// Under a limit of 300 threads and processes (ulimit -u), 676 threads at
// once are refused before anything starts, with the limit named; events
// need no thread per request and run.
void TestCli::threadsBeyondTheSystemsLimitAreRefused()
{
    // The kernel does not hold root to ulimit -u: as root, the child runs as
    // nobody, in a folder opened up for nobody to write in.
    const bool root = ::geteuid() == 0;
    if (!root && ThreadLimits::ofThisSystem().userTasks > 250)
        QSKIP("this user already runs over 250 threads: a limit of 300 would refuse even one");
    const auto lowLimit = [root] {
        const rlimit limit{300, 300};
        ::setrlimit(RLIMIT_NPROC, &limit);
        if (root && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(99);
    };
    QTemporaryDir dir;
    if (root)
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                      | QFileDevice::ReadOther | QFileDevice::WriteOther
                                                      | QFileDevice::ExeOther));
    const Finished refused = runCli({u"--strategy"_s, u"threads"_s, u"-e"_s, u"-m"_s, u"1000"_s, u"-d"_s, u"out"_s},
                                    dir.path(), lowLimit);
    QCOMPARE(refused.exitCode, 2);
    const QRegularExpression said(u"\\*\\*\\* Usage error: --strategy threads: The system lets this user run at most "
                                  u"300 threads and processes \\(ulimit -u\\), \\d+ run now, and 676 threads need more\\."_s);
    QVERIFY2(said.match(refused.err).hasMatch(), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"out"_s)));
    // A sweep is judged by its highest level.
    const Finished sweep = runCli({u"--strategy"_s, u"events,threads"_s, u"--sweep"_s, u"1,400"_s, u"-e"_s},
                                  dir.path(), lowLimit);
    QCOMPARE(sweep.exitCode, 2);
    QVERIFY2(sweep.err.contains(u"and 400 threads need more"_s), qPrintable(sweep.err));
    const Finished fewer = runCli({u"--strategy"_s, u"threads"_s, u"-m"_s, u"6"_s, u"-d"_s, u"out"_s, u"BR"_s},
                                  dir.path(), lowLimit);
    QVERIFY2(fewer.exitCode == 0 && fewer.out.contains(u"1 flag downloaded."_s), qPrintable(fewer.out + fewer.err));
}

void TestCli::sweepCancelsOnCtrlC()
{
    QProcess process;
    process.start(QStringLiteral(QFLAGS_CLI_PATH), {u"-s"_s, u"DELAY"_s, u"-a"_s, u"--sweep"_s, u"1,1000"_s});
    QVERIFY(process.waitForStarted());
    QString out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains(u"peak MiB\n"_s) && clock.elapsed() < 20000) {
        process.waitForReadyRead(200);
        out += QString::fromUtf8(process.readAllStandardOutput());
    }
    QVERIFY2(out.contains(u"peak MiB\n"_s), qPrintable(out));
    QTest::qWait(300); // a few requests on the wire
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10000));
    out += QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(out.endsWith(u"Cancelled: 0 of 2 runs measured.\n"_s), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
