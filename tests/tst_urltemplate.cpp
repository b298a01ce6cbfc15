#include "core/urltemplate.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestUrlTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsHttpTemplates_data();
    void acceptsHttpTemplates();
    void rejectsBadTemplates_data();
    void rejectsBadTemplates();
};

void TestUrlTemplate::acceptsHttpTemplates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expectedUrl");
    QTest::addColumn<QString>("expectedExtension");

    QTest::newRow("flagcdn, lower case") << u"https://flagcdn.com/w320/{cc}.png"_s << u"BR"_s
                                         << u"https://flagcdn.com/w320/br.png"_s << u"png"_s;
    QTest::newRow("flags2 layout") << u"http://localhost:8001/flags/{cc}/{cc}.gif"_s << u"br"_s
                                   << u"http://localhost:8001/flags/br/br.gif"_s << u"gif"_s;
    QTest::newRow("upper case") << u"http://127.0.0.1:9/{CC}/{cc}"_s << u"br"_s
                                << u"http://127.0.0.1:9/BR/br"_s << QString();
    QTest::newRow("placeholder in the query") << u"https://example.org/flag?c={CC}"_s << u"cn"_s
                                              << u"https://example.org/flag?c=CN"_s << QString();
    QTest::newRow("surrounding blanks are trimmed") << u"  http://h/{cc}.svg "_s << u"US"_s
                                                    << u"http://h/us.svg"_s << u"svg"_s;
}

void TestUrlTemplate::acceptsHttpTemplates()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, expectedUrl);
    QFETCH(QString, expectedExtension);

    QString error;
    const auto parsed = UrlTemplate::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->urlFor(code).toString(), expectedUrl);
    QCOMPARE(parsed->pathExtension(), expectedExtension);
}

void TestUrlTemplate::rejectsBadTemplates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedReason");

    QTest::newRow("empty") << QString() << u"Enter a URL template"_s;
    QTest::newRow("no placeholder") << u"https://flagcdn.com/w320/br.png"_s << u"must contain {cc}"_s;
    QTest::newRow("wrong placeholder case") << u"https://flagcdn.com/{Cc}.png"_s
                                            << u"Unknown placeholder {Cc}: use {cc} (lower-case code) or {CC}"_s;
    QTest::newRow("unknown placeholder") << u"https://flagcdn.com/{xx}.png"_s << u"Unknown placeholder {xx}: "_s;
    QTest::newRow("unknown beside a known one") << u"https://h.example/{cc}/{code}.png"_s
                                                << u"Unknown placeholder {code}: "_s;
    QTest::newRow("bracket without its pair, said whole")
        << u"http://[h.example/{cc}.png"_s << u"not a valid URL: Expected ']' to match '[' in hostname"_s;
    QTest::newRow("ftp") << u"ftp://example.org/{cc}.png"_s << u"http:// or https://"_s;
    QTest::newRow("file") << u"file:///tmp/{cc}.png"_s << u"http:// or https://"_s;
    QTest::newRow("no scheme") << u"example.org/{cc}.png"_s << u"http:// or https://"_s;
    QTest::newRow("no host") << u"http:///{cc}.png"_s << u"not a valid URL"_s;
    QTest::newRow("bad port") << u"http://host:99999/{cc}.png"_s << u"not a valid URL"_s;
}

void TestUrlTemplate::rejectsBadTemplates()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedReason);
    QString error;
    QVERIFY(!UrlTemplate::parse(text, &error));
    QVERIFY2(error.contains(expectedReason), qPrintable(error));
    // The problem, not Qt's echo of the whole URL.
    QVERIFY2(!error.contains(u"source was"_s), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestUrlTemplate)
#include "tst_urltemplate.moc"
