// flags3's metadata.json, read into a name fit to show, or a clear reason why not.

#include "core/countrymetadata.h"
#include "core/urltemplate.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCountryMetadata final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void localName();
    void metadataUrl_data();
    void metadataUrl();
};

void TestCountryMetadata::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("name");  // empty: refused
    QTest::addColumn<QString>("error"); // the start of the reason

    QTest::newRow("flags3") << R"({"iso_cc": "BR", "country": "Brazil"})"_ba << u"Brazil"_s << QString();
    QTest::newRow("utf-8") << u"{\"country\": \"Côte d'Ivoire\"}"_s.toUtf8() << u"Côte d'Ivoire"_s << QString();
    QTest::newRow("escapes") << R"({"country": "C\u00f4te"})"_ba << u"Côte"_s << QString();
    QTest::newRow("spaces trimmed") << R"({"country": "  Saint\t Lucia \n"})"_ba << u"Saint Lucia"_s << QString();
    QTest::newRow("control chars removed") << R"({"country": "\u0001Bra\u001bzil\u007f"})"_ba << u"Brazil"_s << QString();
    QTest::newRow("bidi override removed") << R"({"country": "a\u202Eb"})"_ba << u"ab"_s << QString();
    QTest::newRow("path kept for display") << R"({"country": "../../evil"})"_ba << u"../../evil"_s << QString();
    QTest::newRow("invalid JSON") << R"({"country": "Bra)"_ba << QString() << u"invalid JSON at offset"_s;
    QTest::newRow("empty body") << QByteArray() << QString() << u"invalid JSON at offset 0"_s;
    QTest::newRow("html") << "<html>nope</html>"_ba << QString() << u"invalid JSON"_s;
    QTest::newRow("array") << R"(["Brazil"])"_ba << QString() << u"not a JSON object"_s;
    QTest::newRow("no field") << R"({"iso_cc": "BR"})"_ba << QString() << u"no \"country\" field"_s;
    QTest::newRow("number") << R"({"country": 42})"_ba << QString() << u"\"country\" is not a string"_s;
    QTest::newRow("null") << R"({"country": null})"_ba << QString() << u"\"country\" is not a string"_s;
    QTest::newRow("empty name") << R"({"country": ""})"_ba << QString() << u"the \"country\" field is empty"_s;
    QTest::newRow("only controls") << R"({"country": "\u0001\u0002"})"_ba << QString() << u"the \"country\" field is empty"_s;
    QTest::newRow("200 chars") << (R"({"country": ")"_ba + QByteArray(200, 'x') + R"("})"_ba)
                               << QString(200, u'x') << QString();
    QTest::newRow("10000 chars") << (R"({"country": ")"_ba + QByteArray(10000, 'x') + R"("})"_ba)
                                 << QString() << u"the country name is too long (10000 characters; at most 200)"_s;
}

void TestCountryMetadata::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, name);
    QFETCH(QString, error);
    QString why;
    const auto parsed = CountryMetadata::parse(body, &why);
    if (name.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY2(why.startsWith(error), qPrintable(why));
    } else {
        QVERIFY2(parsed, qPrintable(why));
        QCOMPARE(*parsed, name);
    }
}

void TestCountryMetadata::localName()
{
    QCOMPARE(CountryMetadata::localName(u"BR"_s), u"Brazil"_s);
    QCOMPARE(CountryMetadata::localName(u"de"_s), u"Germany"_s);
    QCOMPARE(CountryMetadata::localName(u"QQ"_s), u"QQ"_s); // no such territory
}

void TestCountryMetadata::metadataUrl_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<QUrl>("metadata");
    QTest::newRow("flags2 layout") << u"http://h:8001/flags/{cc}/{cc}.png"_s
                                   << QUrl(u"http://h:8001/flags/br/metadata.json"_s);
    QTest::newRow("upper-case folder") << u"http://h/{CC}/flag.gif"_s
                                       << QUrl(u"http://h/BR/metadata.json"_s);
    QTest::newRow("one folder for all") << u"https://flagcdn.com/w320/{cc}.png"_s << QUrl();
    QTest::newRow("code only in the query") << u"http://h/flag?cc={cc}"_s << QUrl();
}

void TestCountryMetadata::metadataUrl()
{
    QFETCH(QString, urlTemplate);
    QFETCH(QUrl, metadata);
    QString error;
    const auto parsed = UrlTemplate::parse(urlTemplate, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->metadataUrlFor(u"BR"_s), metadata);
}

QTEST_APPLESS_MAIN(TestCountryMetadata)
#include "tst_countrymetadata.moc"
