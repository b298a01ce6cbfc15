#include "server/httprequestparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Outcome = HttpRequestParser::Outcome;

namespace {

// Everything the parser yields until it wants more bytes or fails.
QList<HttpRequestParser::Result> drain(HttpRequestParser &parser)
{
    QList<HttpRequestParser::Result> results;
    for (;;) {
        HttpRequestParser::Result result = parser.next();
        if (result.outcome == Outcome::NeedMore)
            break;
        results.append(result);
        if (result.outcome == Outcome::Error)
            break;
    }
    return results;
}

// The requests, as "METHOD path?query 1.x keep|close", so sequences compare in one go.
QStringList summaries(const QList<HttpRequestParser::Result> &results)
{
    QStringList lines;
    for (const HttpRequestParser::Result &result : results) {
        if (result.outcome == Outcome::Error) {
            lines.append(u"error %1"_s.arg(result.errorStatus));
            continue;
        }
        // Concatenated, not arg(): paths hold '%' of their own.
        const HttpRequest &r = result.request;
        lines.append(QString::fromLatin1(r.method + ' ' + r.path
                                         + (r.query.isNull() ? QByteArray() : '?' + r.query) + ' '
                                         + QByteArray::number(r.versionMajor) + '.'
                                         + QByteArray::number(r.versionMinor) + ' '
                                         + (r.keepAlive ? "keep" : "close")));
    }
    return lines;
}

const QByteArray pipelined =
    "GET /flags/br/br.png HTTP/1.1\r\nHost: a\r\n\r\n"
    "GET /flags/br/metadata.json?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 24\r\n\r\n"
    "GET /smuggled HTTP/1.1\r\n" // the body above: never a request of its own
    "HEAD /flags/cn/cn.png HTTP/1.1\r\nHost: a\r\n\r\n"
    "GET /last HTTP/1.0\r\n\r\n"_ba;

const QStringList pipelinedRequests = {
    u"GET /flags/br/br.png 1.1 keep"_s,
    u"GET /flags/br/metadata.json?x=1 1.1 keep"_s,
    u"HEAD /flags/cn/cn.png 1.1 keep"_s,
    u"GET /last 1.0 close"_s,
};

} // namespace

class tst_HttpRequestParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validRequest_data();
    void validRequest();
    void headers();
    void needsMoreUntilTheBlankLine();
    void pipelinedSplitAtEveryOffset();
    void pipelinedByteByByte();
    void bodyIsSkippedNotParsed();
    void leftoverBytesStayForTheNextRequest();
    void errors_data();
    void errors();
    void errorKeepsWhatWasRead();
    void failedParserStaysFailed();
    void oversizedHeadIsRefusedBeforeItEnds_data();
    void oversizedHeadIsRefusedBeforeItEnds();
    void customLimits();
};

void tst_HttpRequestParser::validRequest_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("summary");

    QTest::newRow("GET 1.1") << "GET /flags/br/br.png HTTP/1.1\r\nHost: x\r\n\r\n"_ba
                             << u"GET /flags/br/br.png 1.1 keep"_s;
    QTest::newRow("HEAD 1.1") << "HEAD /flags/br/br.png HTTP/1.1\r\nHost: x\r\n\r\n"_ba
                              << u"HEAD /flags/br/br.png 1.1 keep"_s;
    QTest::newRow("query") << "GET /a/b?c=d&e HTTP/1.1\r\n\r\n"_ba << u"GET /a/b?c=d&e 1.1 keep"_s;
    QTest::newRow("empty query") << "GET /a? HTTP/1.1\r\n\r\n"_ba << u"GET /a? 1.1 keep"_s;
    QTest::newRow("percent-encoded kept") << "GET /%2e%2e/x HTTP/1.1\r\n\r\n"_ba
                                          << u"GET /%2e%2e/x 1.1 keep"_s;
    QTest::newRow("absolute form") << "GET http://example.com:80/x?y HTTP/1.1\r\n\r\n"_ba
                                   << u"GET /x?y 1.1 keep"_s;
    QTest::newRow("absolute form, no path") << "GET HTTP://example.com HTTP/1.1\r\n\r\n"_ba
                                            << u"GET / 1.1 keep"_s;
    QTest::newRow("bare LF") << "GET /lf HTTP/1.1\nHost: x\n\n"_ba << u"GET /lf 1.1 keep"_s;
    QTest::newRow("empty lines first") << "\r\n\r\nGET / HTTP/1.1\r\n\r\n"_ba
                                       << u"GET / 1.1 keep"_s;
    QTest::newRow("1.0 closes") << "GET / HTTP/1.0\r\n\r\n"_ba << u"GET / 1.0 close"_s;
    QTest::newRow("1.0 keep-alive") << "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"_ba
                                    << u"GET / 1.0 keep"_s;
    QTest::newRow("1.1 close") << "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"_ba
                               << u"GET / 1.1 close"_s;
    QTest::newRow("1.1 close in a list") << "GET / HTTP/1.1\r\nconnection: foo ,CLOSE\r\n\r\n"_ba
                                         << u"GET / 1.1 close"_s;
    QTest::newRow("1.1 close in a second header")
        << "GET / HTTP/1.1\r\nConnection: keep-alive\r\nConnection: close\r\n\r\n"_ba
        << u"GET / 1.1 close"_s;
    QTest::newRow("1.1 other tokens") << "GET / HTTP/1.1\r\nConnection: Upgrade, x\r\n\r\n"_ba
                                      << u"GET / 1.1 keep"_s;
    QTest::newRow("1.2 is 1.1") << "GET / HTTP/1.2\r\n\r\n"_ba << u"GET / 1.2 keep"_s;
    QTest::newRow("body on GET") << "GET /b HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"_ba
                                 << u"GET /b 1.1 keep"_s;
    QTest::newRow("zero body") << "GET /b HTTP/1.1\r\nContent-Length: 0\r\n\r\n"_ba
                               << u"GET /b 1.1 keep"_s;
    QTest::newRow("repeated equal length")
        << "HEAD /b HTTP/1.1\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nhi"_ba
        << u"HEAD /b 1.1 keep"_s;
}

void tst_HttpRequestParser::validRequest()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, summary);

    HttpRequestParser parser;
    parser.feed(raw);
    const auto results = drain(parser);
    QCOMPARE(summaries(results), QStringList{summary});
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(!parser.hasFailed());
}

void tst_HttpRequestParser::headers()
{
    HttpRequestParser parser;
    parser.feed("GET / HTTP/1.1\r\nHOST:  example.com \t\r\nX-Empty:\r\nX-Multi: a\r\n"
                "x-multi: b\r\nUser-Agent: q/1 (x; y)\r\n\r\n");
    const HttpRequestParser::Result result = parser.next();
    QCOMPARE(result.outcome, Outcome::Request);
    const HttpRequest &request = result.request;
    QCOMPARE(request.headers.size(), 5);
    QCOMPARE(request.header("host"), "example.com"_ba);
    QCOMPARE(request.header("user-agent"), "q/1 (x; y)"_ba);
    QCOMPARE(request.header("x-multi"), "a"_ba);
    QVERIFY(!request.header("x-empty").isNull());
    QVERIFY(request.header("x-empty").isEmpty());
    QVERIFY(request.header("missing").isNull());
    QCOMPARE(request.target, "/"_ba);
    QVERIFY(!request.isHead());
}

void tst_HttpRequestParser::needsMoreUntilTheBlankLine()
{
    HttpRequestParser parser;
    for (QByteArrayView part : {"GET / HTTP/1.1"_ba, "\r\n"_ba, "Host: x\r\n"_ba, "\r"_ba}) {
        parser.feed(part);
        QCOMPARE(parser.next().outcome, Outcome::NeedMore);
    }
    parser.feed("\n");
    QCOMPARE(parser.next().outcome, Outcome::Request);
    QCOMPARE(parser.next().outcome, Outcome::NeedMore);
}

void tst_HttpRequestParser::pipelinedSplitAtEveryOffset()
{
    for (qsizetype split = 0; split <= pipelined.size(); ++split) {
        HttpRequestParser parser;
        parser.feed(QByteArrayView(pipelined).first(split));
        auto results = drain(parser);
        parser.feed(QByteArrayView(pipelined).sliced(split));
        results += drain(parser);
        QVERIFY2(summaries(results) == pipelinedRequests,
                 qPrintable(u"split at %1: %2"_s.arg(split).arg(summaries(results).join(u" | "))));
        QCOMPARE(parser.bufferedBytes(), 0);
    }
}

void tst_HttpRequestParser::pipelinedByteByByte()
{
    HttpRequestParser parser;
    QList<HttpRequestParser::Result> results;
    for (char c : pipelined) {
        parser.feed(QByteArrayView(&c, 1));
        results += drain(parser);
    }
    QCOMPARE(summaries(results), pipelinedRequests);
}

void tst_HttpRequestParser::bodyIsSkippedNotParsed()
{
    // The body of a GET looks like a request; it must be skipped as bytes.
    const QByteArray body = "GET /evil HTTP/1.1\r\n\r\n"_ba;
    HttpRequestParser parser;
    const QByteArray head =
        "GET /a HTTP/1.1\r\nContent-Length: "_ba + QByteArray::number(body.size()) + "\r\n\r\n"_ba;
    parser.feed(head);
    parser.feed(body.first(10));
    QCOMPARE(parser.next().outcome, Outcome::NeedMore);
    parser.feed(body.sliced(10));
    parser.feed("GET /b HTTP/1.1\r\n\r\n");
    QCOMPARE(summaries(drain(parser)),
             (QStringList{u"GET /a 1.1 keep"_s, u"GET /b 1.1 keep"_s}));
}

void tst_HttpRequestParser::leftoverBytesStayForTheNextRequest()
{
    HttpRequestParser parser;
    parser.feed("GET /one HTTP/1.1\r\n\r\nGET /tw");
    QCOMPARE(parser.next().request.path, "/one"_ba);
    QCOMPARE(parser.bufferedBytes(), 7);
    QCOMPARE(parser.next().outcome, Outcome::NeedMore);
    parser.feed("o HTTP/1.1\r\n\r\n");
    QCOMPARE(parser.next().request.path, "/two"_ba);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void tst_HttpRequestParser::errors_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");

    // Malformed request lines.
    QTest::newRow("garbage") << "GARBAGE\r\n\r\n"_ba << 400;
    QTest::newRow("method only") << "GET\r\n\r\n"_ba << 400;
    QTest::newRow("no version") << "GET /\r\n\r\n"_ba << 400;
    QTest::newRow("empty version") << "GET / \r\n\r\n"_ba << 400;
    QTest::newRow("double space") << "GET  / HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("tab separator") << "GET\t/ HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("extra word") << "GET / HTTP/1.1 x\r\n\r\n"_ba << 400;
    QTest::newRow("bad method char") << "GE(T / HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("relative target") << "GET flags HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("asterisk") << "GET * HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("fragment") << "GET /a#b HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("control in target") << "GET /a\x01z HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("NUL in target") << "GET /a\0z HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("8-bit target") << "GET /\xc3\xa9 HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("binary") << "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\r\n\r\n"_ba << 400;

    // Versions.
    QTest::newRow("lower-case version") << "GET / http/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("HTTPS/1.1") << "GET / HTTPS/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("HTTP/1") << "GET / HTTP/1\r\n\r\n"_ba << 400;
    QTest::newRow("HTTP/1.10") << "GET / HTTP/1.10\r\n\r\n"_ba << 400;
    QTest::newRow("HTTP/1.x") << "GET / HTTP/1.x\r\n\r\n"_ba << 400;
    QTest::newRow("HTTP/2.0") << "GET / HTTP/2.0\r\n\r\n"_ba << 505;
    QTest::newRow("HTTP/0.9") << "GET / HTTP/0.9\r\n\r\n"_ba << 505;

    // Header lines.
    QTest::newRow("no colon") << "GET / HTTP/1.1\r\nHost example.com\r\n\r\n"_ba << 400;
    QTest::newRow("space before colon") << "GET / HTTP/1.1\r\nHost : x\r\n\r\n"_ba << 400;
    QTest::newRow("empty name") << "GET / HTTP/1.1\r\n: x\r\n\r\n"_ba << 400;
    QTest::newRow("folded line") << "GET / HTTP/1.1\r\nX-A: a\r\n  b\r\n\r\n"_ba << 400;
    QTest::newRow("control in value") << "GET / HTTP/1.1\r\nX-A: a\x01z\r\n\r\n"_ba << 400;
    QTest::newRow("bare CR in value") << "GET / HTTP/1.1\r\nX-A: a\rb\r\n\r\n"_ba << 400;
    QTest::newRow("two hosts") << "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"_ba << 400;

    // Bodies on GET and HEAD.
    QTest::newRow("chunked GET") << "GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"_ba
                                 << 400;
    QTest::newRow("length and chunked")
        << "HEAD / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"_ba
        << 400;
    QTest::newRow("length not a number") << "GET / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n"_ba
                                         << 400;
    QTest::newRow("negative length") << "GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba << 400;
    QTest::newRow("empty length") << "GET / HTTP/1.1\r\nContent-Length:\r\n\r\n"_ba << 400;
    QTest::newRow("huge length")
        << "GET / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n"_ba << 400;
    QTest::newRow("lengths differ") << "GET / HTTP/1.1\r\nContent-Length: 1, 2\r\n\r\n"_ba << 400;
    QTest::newRow("length headers differ")
        << "GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"_ba << 400;

    // Other methods.
    for (const char *method : {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT"}) {
        QTest::addRow("%s", method) << QByteArray(method) + " / HTTP/1.1\r\n\r\n"_ba << 405;
    }
    QTest::newRow("POST with body") << "POST /x HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"_ba << 405;
    QTest::newRow("lower-case get") << "get / HTTP/1.1\r\n\r\n"_ba << 501;
    QTest::newRow("BREW") << "BREW /pot HTTP/1.1\r\n\r\n"_ba << 501;

    // Limits.
    QTest::newRow("long request line")
        << "GET /"_ba + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n"_ba << 414;
    QByteArray manyHeaderBytes = "GET / HTTP/1.1\r\n"_ba;
    for (int i = 0; i < 90; ++i)
        manyHeaderBytes += "X-Header-" + QByteArray::number(i) + ": " + QByteArray(90, 'v') + "\r\n";
    QTest::newRow("header bytes") << manyHeaderBytes + "\r\n" << 431;
    QByteArray manyHeaders = "GET / HTTP/1.1\r\n"_ba;
    for (int i = 0; i < 101; ++i)
        manyHeaders += "X: " + QByteArray::number(i) + "\r\n";
    QTest::newRow("header count") << manyHeaders + "\r\n" << 431;
}

void tst_HttpRequestParser::errors()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);

    HttpRequestParser parser;
    parser.feed(raw);
    const auto results = drain(parser);
    QCOMPARE(summaries(results), QStringList{u"error %1"_s.arg(status)});
    QVERIFY(parser.hasFailed());
}

void tst_HttpRequestParser::errorKeepsWhatWasRead()
{
    HttpRequestParser parser;
    parser.feed("POST /upload?x HTTP/1.1\r\nHost: a\r\n\r\n");
    const HttpRequestParser::Result result = parser.next();
    QCOMPARE(result.outcome, Outcome::Error);
    QCOMPARE(result.errorStatus, 405);
    QCOMPARE(result.request.method, "POST"_ba);
    QCOMPARE(result.request.target, "/upload?x"_ba);
}

void tst_HttpRequestParser::failedParserStaysFailed()
{
    HttpRequestParser parser;
    parser.feed("GET / HTTP/1.1\r\n\r\nBAD\r\n\r\nGET / HTTP/1.1\r\n\r\n");
    QCOMPARE(parser.next().outcome, Outcome::Request);
    QCOMPARE(parser.next().errorStatus, 400);
    // Nothing after an error is read: the valid request behind it is ignored.
    parser.feed("GET /more HTTP/1.1\r\n\r\n");
    QCOMPARE(parser.next().errorStatus, 400);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void tst_HttpRequestParser::oversizedHeadIsRefusedBeforeItEnds_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<int>("status");

    QTest::newRow("request line") << "GET /"_ba + QByteArray(8200, 'a') << 414;
    QTest::newRow("endless empty lines then junk") << "\r\n\r\n"_ba + QByteArray(8200, 'x') << 414;
    QTest::newRow("one header") << "GET / HTTP/1.1\r\nX: "_ba + QByteArray(8200, 'a') << 431;
}

void tst_HttpRequestParser::oversizedHeadIsRefusedBeforeItEnds()
{
    QFETCH(QByteArray, start);
    QFETCH(int, status);

    // Fed in small pieces, with no line end in sight: the parser must not
    // wait for one, or a client could make it buffer without end.
    HttpRequestParser parser;
    int result = 0;
    qsizetype fed = 0;
    for (; fed < start.size() && result == 0; fed += 100) {
        parser.feed(QByteArrayView(start).sliced(fed, qMin<qsizetype>(100, start.size() - fed)));
        const HttpRequestParser::Result r = parser.next();
        QVERIFY(r.outcome != Outcome::Request);
        result = r.errorStatus;
    }
    QCOMPARE(result, status);
    QVERIFY(fed <= 8 * 1024 + 200);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void tst_HttpRequestParser::customLimits()
{
    HttpRequestParser::Limits limits;
    limits.maxRequestLine = 20;
    limits.maxHeaderBytes = 30;
    limits.maxHeaderCount = 2;

    HttpRequestParser fits(limits);
    fits.feed("GET /123456 HTTP/1.1\r\nA: 1\r\nB: 2\r\n\r\n");
    QCOMPARE(fits.next().outcome, Outcome::Request);

    HttpRequestParser longLine(limits);
    longLine.feed("GET /1234567 HTTP/1.1\r\n\r\n");
    QCOMPARE(longLine.next().errorStatus, 414);

    HttpRequestParser tooMany(limits);
    tooMany.feed("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n");
    QCOMPARE(tooMany.next().errorStatus, 431);

    HttpRequestParser tooLarge(limits);
    tooLarge.feed("GET / HTTP/1.1\r\nA: 123456789012345678901234567890\r\n\r\n");
    QCOMPARE(tooLarge.next().errorStatus, 431);
}

QTEST_APPLESS_MAIN(tst_HttpRequestParser)

#include "tst_httprequestparser.moc"
