#include "core/runoptions.h"

#include <QCommandLineParser>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestRunOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOptions();
    void defaults();
    void countryNames();
    void keepsWhatIsNotGiven();
    void usageErrors_data();
    void usageErrors();
    void effectiveConcurrencyIsTheSmallest_data();
    void effectiveConcurrencyIsTheSmallest();
};

namespace {

std::optional<RunOptions> parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    RunOptionsParser options(parser);
    if (!parser.parse(QStringList{u"qflags-cli"_s} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    return options.read(error);
}

} // namespace

void TestRunOptions::readsOptions()
{
    QString error;
    const auto options = parse({u"-e"_s, u"-m"_s, u"1000"_s, u"-s"_s, u"delay"_s, u"-v"_s,
                                u"-l"_s, u"5"_s, u"--timeout"_s, u"0.5"_s, u"-d"_s, u"/tmp/x"_s,
                                u"br"_s, u"A"_s},
                               &error);
    QVERIFY2(options, qPrintable(error));
    QVERIFY(options->selection.every);
    QVERIFY(!options->selection.all);
    QCOMPARE(options->selection.arguments, (QStringList{u"br"_s, u"A"_s}));
    QCOMPARE(options->selection.limit, 5);
    QCOMPARE(options->maxRequests, 1000);
    QCOMPARE(options->serverLabel, u"DELAY"_s);
    QCOMPARE(options->timeoutSeconds, 0.5);
    QCOMPARE(options->destination, u"/tmp/x"_s);
    QVERIFY(options->verbose);

    const auto withUrl = parse({u"--url"_s, u"https://flagcdn.com/w320/{cc}.png"_s, u"--max_req"_s, u"7"_s}, &error);
    QVERIFY2(withUrl, qPrintable(error));
    QCOMPARE(withUrl->urlTemplate, u"https://flagcdn.com/w320/{cc}.png"_s);
    QCOMPARE(withUrl->maxRequests, 7);
}

void TestRunOptions::defaults()
{
    QString error;
    const auto options = parse({}, &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->serverLabel, u"LOCAL"_s);
    QCOMPARE(options->maxRequests, 30);
    QCOMPARE(options->timeoutSeconds, 3.1);
    QCOMPARE(options->destination, u"downloaded"_s);
    QVERIFY(options->urlTemplate.isEmpty());
    QVERIFY(!options->verbose);
    QVERIFY(!options->fetchNames);
    QCOMPARE(options->fileNaming, FileNaming::ByCode);
}

void TestRunOptions::countryNames()
{
    QString error;
    const auto names = parse({u"--names"_s}, &error);
    QVERIFY2(names, qPrintable(error));
    QVERIFY(names->fetchNames);
    QCOMPARE(names->fileNaming, FileNaming::ByCode);

    // Naming files by country needs the names.
    const auto files = parse({u"--name-files"_s}, &error);
    QVERIFY2(files, qPrintable(error));
    QVERIFY(files->fetchNames);
    QCOMPARE(files->fileNaming, FileNaming::ByCountryName);
}

void TestRunOptions::keepsWhatIsNotGiven()
{
    RunOptions remembered;
    remembered.serverLabel = u"DELAY"_s;
    remembered.selection.arguments = {u"BRA"_s}; // invalid, but not given now
    remembered.maxRequests = 7;
    remembered.destination = u"/tmp/flags"_s;

    QCommandLineParser parser;
    RunOptionsParser options(parser);
    QVERIFY(parser.parse({u"qflags"_s, u"-m"_s, u"12"_s}));
    QString error;
    const auto read = options.read(&error, remembered);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->maxRequests, 12);
    QCOMPARE(read->serverLabel, u"DELAY"_s);
    QCOMPARE(read->selection.arguments, QStringList{u"BRA"_s});
    QCOMPARE(read->destination, u"/tmp/flags"_s);

    QCommandLineParser withCodes;
    RunOptionsParser codes(withCodes);
    QVERIFY(withCodes.parse({u"qflags"_s, u"-a"_s}));
    const auto replaced = codes.read(&error, remembered);
    QVERIFY2(replaced, qPrintable(error));
    QVERIFY(replaced->selection.all);
    QVERIFY(replaced->selection.arguments.isEmpty());
}

void TestRunOptions::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("-m 0") << QStringList{u"-m"_s, u"0"_s} << u"--max_req CONCURRENT must be a whole number >= 1"_s;
    QTest::newRow("-m -5") << QStringList{u"-m"_s, u"-5"_s} << u"--max_req CONCURRENT must be a whole number >= 1"_s;
    QTest::newRow("-m word") << QStringList{u"-m"_s, u"many"_s} << u"--max_req CONCURRENT must be a whole number >= 1"_s;
    QTest::newRow("-l 0") << QStringList{u"-l"_s, u"0"_s} << u"--limit N must be a whole number >= 1"_s;
    QTest::newRow("unknown server") << QStringList{u"-s"_s, u"NOPE"_s} << u"--server LABEL must be one of LOCAL, DELAY, ERROR, REMOTE"_s;
    QTest::newRow("url without placeholder") << QStringList{u"--url"_s, u"http://h/br.png"_s} << u"must contain {cc}"_s;
    QTest::newRow("url with ftp") << QStringList{u"--url"_s, u"ftp://h/{cc}.png"_s} << u"http:// or https://"_s;
    QTest::newRow("timeout 0") << QStringList{u"--timeout"_s, u"0"_s} << u"--timeout SECONDS"_s;
    QTest::newRow("timeout nan") << QStringList{u"--timeout"_s, u"nan"_s} << u"--timeout SECONDS"_s;
    QTest::newRow("bad code") << QStringList{u"BRA"_s} << u"each CC argument must be A to Z or AA to ZZ"_s;
    QTest::newRow("empty dest") << QStringList{u"-d"_s, u" "_s} << u"--dest DIR"_s;
}

void TestRunOptions::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);
    QString error;
    QVERIFY(!parse(arguments, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY2(error.startsWith(u"*** Usage error"_s), qPrintable(error));
}

void TestRunOptions::effectiveConcurrencyIsTheSmallest_data()
{
    QTest::addColumn<int>("maxRequests");
    QTest::addColumn<int>("codeCount");
    QTest::addColumn<int>("expected");
    QTest::newRow("default over 20 codes") << 30 << 20 << 20;
    QTest::newRow("default over 676 codes") << 30 << 676 << 30;
    QTest::newRow("capped at 1000") << 5000 << 1500 << 1000;
    QTest::newRow("one") << 1 << 676 << 1;
}

void TestRunOptions::effectiveConcurrencyIsTheSmallest()
{
    QFETCH(int, maxRequests);
    QFETCH(int, codeCount);
    QFETCH(int, expected);
    RunOptions options;
    options.maxRequests = maxRequests;
    QCOMPARE(options.effectiveConcurrency(codeCount), expected);
}

QTEST_APPLESS_MAIN(TestRunOptions)
#include "tst_runoptions.moc"
