#include "base/countrycodes.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestCountryCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandsValidSelections_data();
    void expandsValidSelections();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
    void flags2SetHas194SortedCodes();
    void everyPairIsAAtoZZ();
    void limitKeepsTheFirstAfterSorting();
    void readsTheCliSyntaxFromText();
};

void TestCountryCodes::expandsValidSelections_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("all");
    QTest::addColumn<bool>("every");
    QTest::addColumn<int>("expectedCount");
    QTest::addColumn<QString>("expectedFirst");
    QTest::addColumn<QString>("expectedLast");

    QTest::newRow("no codes: the 20 most populous") << QStringList{} << false << false << 20 << u"BD"_s << u"VN"_s;
    QTest::newRow("two codes, any case") << QStringList{u"br"_s, u"CN"_s} << false << false << 2 << u"BR"_s << u"CN"_s;
    QTest::newRow("one letter: 26 codes") << QStringList{u"b"_s} << false << false << 26 << u"BA"_s << u"BZ"_s;
    QTest::newRow("duplicates collapse") << QStringList{u"BR"_s, u"br"_s, u"B"_s} << false << false << 26 << u"BA"_s << u"BZ"_s;
    QTest::newRow("letters and codes mix") << QStringList{u"Z"_s, u"AR"_s} << false << false << 27 << u"AR"_s << u"ZZ"_s;
    QTest::newRow("-a") << QStringList{} << true << false << 194 << u"AD"_s << u"ZW"_s;
    QTest::newRow("-e") << QStringList{} << false << true << 676 << u"AA"_s << u"ZZ"_s;
    QTest::newRow("-a with an extra code") << QStringList{u"XX"_s} << true << false << 195 << u"AD"_s << u"ZW"_s;
}

void TestCountryCodes::expandsValidSelections()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, all);
    QFETCH(bool, every);
    QFETCH(int, expectedCount);
    QFETCH(QString, expectedFirst);
    QFETCH(QString, expectedLast);

    QString error;
    const QStringList codes = CountryCodes::expand({arguments, all, every, 0}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(codes.size(), expectedCount);
    QCOMPARE(codes.first(), expectedFirst);
    QCOMPARE(codes.last(), expectedLast);
    QStringList sorted = codes;
    sorted.sort();
    sorted.removeDuplicates();
    QCOMPARE(codes, sorted);
}

void TestCountryCodes::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("all");
    QTest::newRow("three letters") << QStringList{u"BRA"_s} << false;
    QTest::newRow("digit") << QStringList{u"1"_s} << false;
    QTest::newRow("letter and digit") << QStringList{u"B1"_s} << false;
    QTest::newRow("empty") << QStringList{QString()} << false;
    QTest::newRow("non-ASCII letter") << QStringList{u"É"_s} << false;
    // Found by fuzzing: these upper-case to ASCII (SS, I, AS) and were taken as codes.
    QTest::newRow("sharp s") << QStringList{u"ß"_s} << false;
    QTest::newRow("dotless i") << QStringList{u"ı"_s} << false;
    QTest::newRow("long s") << QStringList{u"Aſ"_s} << false;
    QTest::newRow("good then bad") << QStringList{u"BR"_s, u"-"_s} << false;
    QTest::newRow("bad even with -a") << QStringList{u"ABC"_s} << true;
}

void TestCountryCodes::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, all);
    QString error;
    const QStringList codes = CountryCodes::expand({arguments, all, false, 0}, &error);
    QVERIFY(codes.isEmpty());
    QCOMPARE(error, u"each CC argument must be A to Z or AA to ZZ."_s);
}

void TestCountryCodes::flags2SetHas194SortedCodes()
{
    const QStringList codes = CountryCodes::flags2Set();
    QCOMPARE(codes.size(), 194);
    QVERIFY(codes.contains(u"BR"_s));
    QVERIFY(!codes.contains(u"XX"_s));
    for (const QString &code : codes)
        QVERIFY2(CountryCodes::isValidArgument(code) && code.size() == 2, qPrintable(code));
}

void TestCountryCodes::everyPairIsAAtoZZ()
{
    const QStringList codes = CountryCodes::everyPair();
    QCOMPARE(codes.size(), 676);
    QCOMPARE(codes.at(1), u"AB"_s);
    QCOMPARE(codes.at(26), u"BA"_s);
}

void TestCountryCodes::limitKeepsTheFirstAfterSorting()
{
    QString error;
    QCOMPARE(CountryCodes::expand({{u"ZW"_s, u"AD"_s, u"BR"_s}, false, false, 2}, &error),
             (QStringList{u"AD"_s, u"BR"_s}));
    QCOMPARE(CountryCodes::expand({{}, false, true, 3}, &error),
             (QStringList{u"AA"_s, u"AB"_s, u"AC"_s}));
    QVERIFY(CountryCodes::expand({{}, false, false, -1}, &error).isEmpty());
    QCOMPARE(error, u"--limit N must be >= 1"_s);
}

void TestCountryCodes::readsTheCliSyntaxFromText()
{
    const CodeSelection codes = CountryCodes::selectionFromText(u" BR cn,A;  zw "_s);
    QCOMPARE(codes.arguments, (QStringList{u"BR"_s, u"cn"_s, u"A"_s, u"zw"_s}));
    QVERIFY(!codes.all && !codes.every);

    const CodeSelection all = CountryCodes::selectionFromText(u"-a XX"_s);
    QVERIFY(all.all && !all.every);
    QCOMPARE(all.arguments, QStringList{u"XX"_s});
    QVERIFY(CountryCodes::selectionFromText(u"--every"_s).every);
    QCOMPARE(CountryCodes::selectionFromText(u"  "_s), CodeSelection{});

    // Invalid words are kept for expand() to report.
    QString error;
    QVERIFY(CountryCodes::expand(CountryCodes::selectionFromText(u"BR -x"_s), &error).isEmpty());
    QVERIFY(error.contains(u"each CC argument"_s));
}

QTEST_GUILESS_MAIN(TestCountryCodes)
#include "tst_countrycodes.moc"
