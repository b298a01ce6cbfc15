// File names made from country names a server sent: safe on Linux, macOS and
// Windows, never leaving the folder, and unique in a run.

#include "base/safefilename.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSafeFileName final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromCountryName_data();
    void fromCountryName();
    void everyStemIsSafe_data();
    void everyStemIsSafe();
    void longNamesAreCutOnAGraphemeBoundary_data();
    void longNamesAreCutOnAGraphemeBoundary();
    void clashesGetTheCode();
    void plainFileNames_data();
    void plainFileNames();
};

void TestSafeFileName::fromCountryName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stem");

    QTest::newRow("plain") << u"Brazil"_s << u"Brazil"_s;
    QTest::newRow("accents and apostrophe kept") << u"Côte d'Ivoire"_s << u"Côte d'Ivoire"_s;
    QTest::newRow("NFD made NFC") << u"Co\u0302te d'Ivoire"_s << u"Côte d'Ivoire"_s;
    QTest::newRow("slash") << u"a/b"_s << u"a_b"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"a_b"_s;
    QTest::newRow("parent path") << u"../../evil"_s << u"_.._evil"_s;
    QTest::newRow("dot dot") << u".."_s << u"xx"_s;
    QTest::newRow("dot") << u"."_s << u"xx"_s;
    QTest::newRow("empty") << QString() << u"xx"_s;
    QTest::newRow("only separators") << u"///"_s << u"___"_s;
    QTest::newRow("only spaces and dots") << u" . . "_s << u"xx"_s;
    QTest::newRow("hidden") << u".hidden"_s << u"hidden"_s;
    QTest::newRow("trailing dots and spaces") << u"Name. . "_s << u"Name"_s;
    QTest::newRow("windows forbidden") << u"a:b*c?d\"e<f>g|h"_s << u"a_b_c_d_e_f_g_h"_s;
    QTest::newRow("control chars") << u"\u0001x\ty\nz\u007f\u0085"_s << u"x y z"_s;
    QTest::newRow("bidi override") << u"evil\u202Egnp.exe"_s << u"evilgnp.exe"_s;
    QTest::newRow("zero width") << u"Bra\u200Bzil\uFEFF"_s << u"Brazil"_s;
    QTest::newRow("runs of spaces") << u"  Saint   Kitts\u00A0and Nevis "_s << u"Saint Kitts and Nevis"_s;
    QTest::newRow("CON") << u"CON"_s << u"CON_"_s;
    QTest::newRow("con lower") << u"con"_s << u"con_"_s;
    QTest::newRow("NUL with extension") << u"nul.txt"_s << u"nul_.txt"_s;
    QTest::newRow("COM1") << u"COM1"_s << u"COM1_"_s;
    QTest::newRow("LPT9 trailing space before dot") << u"LPT9 .x"_s << u"LPT9 _.x"_s;
    QTest::newRow("COM superscript") << u"COM\u00B9"_s << u"COM\u00B9_"_s;
    QTest::newRow("CONSOLE is fine") << u"CONSOLE"_s << u"CONSOLE"_s;
    QTest::newRow("COM10 is fine") << u"COM10"_s << u"COM10"_s;
    QTest::newRow("lone surrogate dropped") << (u"A"_s + QChar(0xD800) + u"B"_s) << u"AB"_s;
    QTest::newRow("emoji kept") << u"Flag \U0001F1E7\U0001F1F7"_s << u"Flag \U0001F1E7\U0001F1F7"_s;
}

void TestSafeFileName::fromCountryName()
{
    QFETCH(QString, name);
    QFETCH(QString, stem);
    QCOMPARE(SafeFileName::fromCountryName(name, u"XX"_s), stem);
}

void TestSafeFileName::everyStemIsSafe_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("traversal") << u"../../../../etc/passwd"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s;
    QTest::newRow("windows absolute") << u"C:\\Windows\\system32"_s;
    QTest::newRow("unc") << u"\\\\server\\share"_s;
    QTest::newRow("nul byte") << (u"a"_s + QChar(0) + u"b"_s);
    QTest::newRow("10000 chars") << QString(10000, u'x');
    QTest::newRow("10000 dots") << QString(10000, u'.');
}

// Whatever the name, the stem is one plain file name that can be created in
// a folder and lands in it.
void TestSafeFileName::everyStemIsSafe()
{
    QFETCH(QString, name);
    const QString stem = SafeFileName::fromCountryName(name, u"XX"_s);
    QVERIFY(SafeFileName::isPlainFileName(stem));
    QVERIFY(!stem.startsWith(u'.'));
    QVERIFY(stem.toUtf8().size() <= SafeFileName::maxStemBytes);
    QTemporaryDir dir;
    QFile file(dir.filePath(stem + u".png"_s));
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(QFileInfo(file).absolutePath(), QDir(dir.path()).absolutePath());
}

void TestSafeFileName::longNamesAreCutOnAGraphemeBoundary_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("ascii") << u"a"_s;
    QTest::newRow("two-byte") << u"é"_s;
    QTest::newRow("three-byte") << u"中"_s;
    QTest::newRow("surrogate pair") << u"\U0001F600"_s;
    QTest::newRow("letter and combining mark (no NFC form)") << u"q\u0307"_s;
    QTest::newRow("flag (two regional indicators)") << u"\U0001F1E7\U0001F1F7"_s;
}

void TestSafeFileName::longNamesAreCutOnAGraphemeBoundary()
{
    QFETCH(QString, unit);
    const QString stem = SafeFileName::fromCountryName(unit.repeated(200), u"XX"_s);
    QVERIFY(stem.toUtf8().size() <= SafeFileName::maxStemBytes);
    QVERIFY(stem.toUtf8().size() > SafeFileName::maxStemBytes - 1 - unit.toUtf8().size());
    // Whole units only: nothing split in two.
    QCOMPARE(stem.size() % unit.size(), 0);
    QCOMPARE(stem, unit.repeated(stem.size() / unit.size()));
}

void TestSafeFileName::clashesGetTheCode()
{
    QSet<QString> used;
    QCOMPARE(SafeFileName::claim(u"Congo"_s, u"CG"_s, &used), u"Congo"_s);
    QCOMPARE(SafeFileName::claim(u"Congo"_s, u"CD"_s, &used), u"Congo (CD)"_s);
    // Windows and macOS see no difference in case.
    QCOMPARE(SafeFileName::claim(u"CONGO"_s, u"ZZ"_s, &used), u"CONGO (ZZ)"_s);
    QCOMPARE(SafeFileName::claim(u"Brazil"_s, u"BR"_s, &used), u"Brazil"_s);
    // A name that is already someone's "Name (CC)".
    QCOMPARE(SafeFileName::claim(u"Congo (CD)"_s, u"QQ"_s, &used), u"Congo (CD) (QQ)"_s);
    QCOMPARE(SafeFileName::claim(u"Congo"_s, u"CD"_s, &used), u"Congo (CD 3)"_s);
}

void TestSafeFileName::plainFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("plain");
    QTest::newRow("name") << u"Brazil"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot") << u"."_s << false;
    QTest::newRow("dot dot") << u".."_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
    QTest::newRow("parent") << u"../x"_s << false;
}

void TestSafeFileName::plainFileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, plain);
    QCOMPARE(SafeFileName::isPlainFileName(name), plain);
}

QTEST_APPLESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
