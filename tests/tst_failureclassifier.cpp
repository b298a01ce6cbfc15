#include "base/httpdate.h"
#include "core/failureclassifier.h"
#include "core/flagrequest.h"

#include <QDateTime>
#include <QLocale>

#include <QTimeZone>
#include <QtTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestFailureClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
    void underTheMinimumSpeedIsATimeoutInWords();
    void httpDatesAreUtcWhateverTheLocalClock();
    void transientStatusCodes_data();
    void transientStatusCodes();
    void pastTheDeadlineIsATimeout();
    void readsRetryAfter();
};

namespace {

FetchOutcome outcome(int status, const QByteArray &reason,
                     QNetworkReply::NetworkError error = QNetworkReply::NoError)
{
    FetchOutcome result;
    result.httpStatus = status;
    result.reasonPhrase = reason;
    result.networkError = error;
    result.finalUrl = QUrl(u"http://127.0.0.1:8001/flags/br/br.png"_s);
    return result;
}

} // namespace

void TestFailureClassifier::classifies_data()
{
    QTest::addColumn<FetchOutcome>("fetched");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<int>("expectedFailure");
    QTest::addColumn<QString>("expectedMessage");
    QTest::addColumn<bool>("transient");

    const int ok = int(DownloadStatus::Ok), notFound = int(DownloadStatus::NotFound),
              error = int(DownloadStatus::Error);

    QTest::newRow("200") << outcome(200, "OK") << ok << int(FailureKind::None) << u"OK"_s << false;
    QTest::newRow("404") << outcome(404, "Not Found", QNetworkReply::ContentNotFoundError)
                         << notFound << int(FailureKind::None) << u"Not found (404)"_s << false;
    // Qt reports 418 as ProtocolInvalidOperationError: the status decides.
    QTest::newRow("418") << outcome(418, "I'm a teapot", QNetworkReply::ProtocolInvalidOperationError)
                         << error << int(FailureKind::HttpStatus) << u"HTTP error 418 - I'm a teapot"_s << false;
    FetchOutcome staged = outcome(418, "I'm a teapot", QNetworkReply::ProtocolInvalidOperationError);
    staged.failedOnPurpose = true;
    QTest::newRow("418 the test server staged") << staged << error << int(FailureKind::HttpStatus)
        << u"%1"_s.arg(u"HTTP error 418 - I'm a teapot (the test server fails some requests on purpose: fetch them again)"_s) << false;
    QTest::newRow("500") << outcome(500, "Internal Server Error", QNetworkReply::InternalServerError)
                         << error << int(FailureKind::HttpStatus) << u"Server error (500)"_s << true;
    QTest::newRow("503 without reason") << outcome(503, "", QNetworkReply::ServiceUnavailableError)
                                        << error << int(FailureKind::HttpStatus) << u"Server busy (503)"_s << true;
    QTest::newRow("429") << outcome(429, "Too Many Requests", QNetworkReply::UnknownContentError)
                         << error << int(FailureKind::HttpStatus)
                         << u"Too many requests: the server asks to slow down (429)"_s << true;
    QTest::newRow("other status without reason") << outcome(451, "", QNetworkReply::UnknownContentError)
                                                 << error << int(FailureKind::HttpStatus) << u"HTTP error 451"_s << false;
    QTest::newRow("304 not followed") << outcome(304, "Not Modified") << error
                                      << int(FailureKind::HttpStatus) << u"HTTP error 304 - Not Modified"_s << false;

    FetchOutcome timedOut = outcome(0, "", QNetworkReply::OperationCanceledError);
    timedOut.timedOut = true;
    QTest::newRow("our timeout, reported by Qt as a cancel")
        << timedOut << error << int(FailureKind::Timeout) << u"No answer from the server for 3.1 s"_s << true;
    FetchOutcome stalled = outcome(200, "OK", QNetworkReply::OperationCanceledError);
    stalled.timedOut = true;
    stalled.receivedBytes = 512;
    stalled.expectedBytes = 20480;
    QTest::newRow("timeout mid-body") << stalled << error << int(FailureKind::Timeout)
                                      << u"Server stopped sending for 3.1 s after 512 of 20480 bytes"_s << true;
    FetchOutcome stalledAfterHeaders = outcome(200, "OK", QNetworkReply::OperationCanceledError);
    stalledAfterHeaders.timedOut = true;
    QTest::newRow("timeout after the headers") << stalledAfterHeaders << error << int(FailureKind::Timeout)
                                               << u"Server stopped sending for 3.1 s after 0 bytes"_s << true;

    FetchOutcome tooLarge = outcome(200, "OK", QNetworkReply::OperationCanceledError);
    tooLarge.tooLarge = true;
    QTest::newRow("too large") << tooLarge << error << int(FailureKind::TooLarge)
                               << u"Response too large: over the 4.0 MiB limit"_s << false;

    QTest::newRow("refused") << outcome(0, "", QNetworkReply::ConnectionRefusedError) << error
                             << int(FailureKind::Connection) << u"Connection refused by 127.0.0.1"_s << true;
    QTest::newRow("closed before answer") << outcome(0, "", QNetworkReply::RemoteHostClosedError) << error
                                          << int(FailureKind::Connection)
                                          << u"Connection dropped by the server before it answered"_s << true;
    FetchOutcome truncated = outcome(200, "OK", QNetworkReply::RemoteHostClosedError);
    truncated.receivedBytes = 512;
    truncated.expectedBytes = 20480;
    QTest::newRow("dropped mid-body") << truncated << error << int(FailureKind::Connection)
                                      << u"Connection dropped by the server after 512 of 20480 bytes"_s << true;
    FetchOutcome chunkedCut = outcome(200, "OK", QNetworkReply::RemoteHostClosedError);
    chunkedCut.receivedBytes = 1;
    QTest::newRow("dropped, no length announced") << chunkedCut << error << int(FailureKind::Connection)
                                                  << u"Connection dropped by the server after 1 byte"_s << true;
    FetchOutcome shortBody = outcome(200, "OK");
    shortBody.body = QByteArray(100, 'x');
    shortBody.receivedBytes = 100;
    shortBody.expectedBytes = 300;
    QTest::newRow("shorter than its length, yet no error from Qt")
        << shortBody << error << int(FailureKind::Connection)
        << u"Connection dropped by the server after 100 of 300 bytes"_s << true;
    FetchOutcome wholeBody = shortBody;
    wholeBody.expectedBytes = 100;
    QTest::newRow("as long as its length") << wholeBody << ok << int(FailureKind::None) << u"OK"_s << false;
    QTest::newRow("host not found") << outcome(0, "", QNetworkReply::HostNotFoundError) << error
                                    << int(FailureKind::Connection) << u"Host not found: 127.0.0.1"_s << false;
    QTest::newRow("too many redirects") << outcome(301, "Moved", QNetworkReply::TooManyRedirectsError)
                                        << error << int(FailureKind::Redirect) << u"Too many redirects"_s << false;
    QTest::newRow("too many redirects, no status") << outcome(0, "", QNetworkReply::TooManyRedirectsError)
                                                   << error << int(FailureKind::Redirect) << u"Too many redirects"_s << false;
    QTest::newRow("insecure redirect") << outcome(0, "", QNetworkReply::InsecureRedirectError) << error
                                       << int(FailureKind::Redirect)
                                       << u"Refused an insecure redirect (HTTPS to HTTP)"_s << false;
    // Qt's text for a certificate nobody vouches for, as nginx with the test
    // CA gets it (tst_tls): "failed" is said once.
    FetchOutcome untrusted = outcome(0, "", QNetworkReply::SslHandshakeFailedError);
    untrusted.networkErrorText = u"SSL handshake failed: The issuer certificate of a locally looked up "
                                 "certificate could not be found"_s;
    QTest::newRow("TLS: untrusted certificate")
        << untrusted << error << int(FailureKind::Connection)
        << u"Secure connection to 127.0.0.1 failed: The issuer certificate of a locally looked up "
           "certificate could not be found"_s
        << false;
    FetchOutcome tlsOther = outcome(0, "", QNetworkReply::SslHandshakeFailedError);
    tlsOther.networkErrorText = u"Error during SSL handshake: wrong version number"_s;
    QTest::newRow("TLS: other words")
        << tlsOther << error << int(FailureKind::Connection)
        << u"Secure connection to 127.0.0.1 failed: Error during SSL handshake: wrong version number"_s << false;
    FetchOutcome tlsBare = outcome(0, "", QNetworkReply::SslHandshakeFailedError);
    tlsBare.networkErrorText = u"SSL handshake failed: "_s;
    QTest::newRow("TLS: no reason") << tlsBare << error << int(FailureKind::Connection)
                                    << u"Secure connection to 127.0.0.1 failed"_s << false;
    QTest::newRow("no response at all") << outcome(0, "") << error << int(FailureKind::Connection)
                                        << u"The server sent no HTTP response"_s << false;

    // A tunnel's proxy failing: Qt's manager says it in words only, the
    // threads strategy's socket by code; both read and retry alike.
    const auto tunnelled = [](QNetworkReply::NetworkError code, const QString &words) {
        FetchOutcome result = outcome(0, "", code);
        result.finalUrl = QUrl(u"https://flags.example.test/br.png"_s);
        result.proxy = u"127.0.0.1:3128"_s;
        result.networkErrorText = words;
        return result;
    };
    const int proxy = int(FailureKind::Proxy);
    QTest::newRow("tunnel: proxy refused, in Qt's words")
        << tunnelled(QNetworkReply::UnknownNetworkError, u"Proxy connection refused"_s) << error << proxy
        << u"Proxy 127.0.0.1:3128 refused the connection"_s << true;
    QTest::newRow("tunnel: proxy refused, by code")
        << tunnelled(QNetworkReply::ProxyConnectionRefusedError, u"Connection refused"_s) << error << proxy
        << u"Proxy 127.0.0.1:3128 refused the connection"_s << true;
    QTest::newRow("tunnel: proxy timed out, in Qt's words")
        << tunnelled(QNetworkReply::UnknownNetworkError, u"Proxy server connection timed out"_s) << error
        << proxy << u"The proxy 127.0.0.1:3128 did not answer in time"_s << true;
    QTest::newRow("tunnel: proxy not found, in Qt's words")
        << tunnelled(QNetworkReply::UnknownNetworkError, u"Proxy server not found"_s) << error << proxy
        << u"Proxy host not found: 127.0.0.1:3128"_s << false;
    QTest::newRow("tunnel: refused by the proxy")
        << tunnelled(QNetworkReply::UnknownNetworkError, u"Proxy denied connection"_s) << error << proxy
        << u"The proxy 127.0.0.1:3128 could not open a tunnel to flags.example.test: Proxy denied connection"_s
        << false;
}

void TestFailureClassifier::classifies()
{
    QFETCH(FetchOutcome, fetched);
    QFETCH(int, expectedStatus);
    QFETCH(int, expectedFailure);
    QFETCH(QString, expectedMessage);
    QFETCH(bool, transient);

    const Verdict verdict = FailureClassifier(3100ms, 4 * 1024 * 1024).classify(fetched);
    QCOMPARE(verdict.message, expectedMessage);
    QCOMPARE(int(verdict.status), expectedStatus);
    QCOMPARE(int(verdict.failure), expectedFailure);
    QCOMPARE(verdict.isOk(), expectedStatus == int(DownloadStatus::Ok));
    QCOMPARE(verdict.retryable, transient);
}

void TestFailureClassifier::transientStatusCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");
    for (int status : {408, 429, 500, 502, 503, 504})
        QTest::addRow("%d", status) << status << true;
    for (int status : {400, 401, 403, 404, 405, 410, 418, 501})
        QTest::addRow("%d", status) << status << false;
}

void TestFailureClassifier::transientStatusCodes()
{
    QFETCH(int, status);
    QFETCH(bool, transient);
    const FetchOutcome fetched = outcome(status, "Reason", QNetworkReply::UnknownServerError);
    const Verdict verdict = FailureClassifier(3100ms, 1024).classify(fetched);
    QCOMPARE(verdict.retryable, transient);
}

void TestFailureClassifier::underTheMinimumSpeedIsATimeoutInWords()
{
    FetchOutcome fetched = outcome(200, "OK", QNetworkReply::OperationCanceledError);
    fetched.tooSlow = true;
    fetched.bytesPerSecond = 400;
    const Verdict verdict = FailureClassifier(3100ms, 1024, 60s, MinimumSpeed{1024, 10s}).classify(fetched);
    QCOMPARE(verdict.message, u"Server sent 400 B/s, under the 1 KiB/s minimum, for 10 s"_s);
    QCOMPARE(verdict.failure, FailureKind::Timeout);
    QVERIFY(verdict.retryable);
    fetched.bytesPerSecond = 3000;
    QCOMPARE(FailureClassifier(3100ms, 1024, 60s, MinimumSpeed{5 * 1024, 2500ms}).classify(fetched).message,
             u"Server sent 2.9 KiB/s, under the 5 KiB/s minimum, for 2.5 s"_s);
}

void TestFailureClassifier::httpDatesAreUtcWhateverTheLocalClock()
{
    // 02:30 on 31 March 2024 does not exist in Berlin (the clocks skip it),
    // but it does in GMT.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    ::tzset();
    const QDateTime skipped = HttpDate::parse("Sun, 31 Mar 2024 02:30:00 GMT");
    const QDateTime expected(QDate(2024, 3, 31), QTime(2, 30), QTimeZone::utc());
    const QByteArray formatted = HttpDate::format(expected);
    const bool wrongDayRefused = !HttpDate::parse("Mon, 31 Mar 2024 02:30:00 GMT").isValid();
    const bool localRefused = !HttpDate::parse("Sun, 31 Mar 2024 02:30:00 CET").isValid();
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    ::tzset();
    QCOMPARE(skipped, expected);
    QCOMPARE(formatted, "Sun, 31 Mar 2024 02:30:00 GMT");
    QVERIFY(wrongDayRefused);
    QVERIFY(localRefused);
}

void TestFailureClassifier::pastTheDeadlineIsATimeout()
{
    FetchOutcome fetched = outcome(200, "OK", QNetworkReply::OperationCanceledError);
    fetched.pastDeadline = true;
    fetched.receivedBytes = 100;
    fetched.expectedBytes = 20480;
    const Verdict verdict = FailureClassifier(3100ms, 1024, 30s).classify(fetched);
    QCOMPARE(verdict.failure, FailureKind::Timeout);
    QCOMPARE(verdict.message,
             u"Still not complete after 30 s (100 of 20480 bytes): the server sends too slowly"_s);
}

void TestFailureClassifier::readsRetryAfter()
{
    QCOMPARE(FlagRequest::parseRetryAfter("3"), std::optional(3000ms));
    QCOMPARE(FlagRequest::parseRetryAfter(" 0 "), std::optional(0ms));
    QCOMPARE(FlagRequest::parseRetryAfter(""), std::nullopt);
    QCOMPARE(FlagRequest::parseRetryAfter("soon"), std::nullopt);
    QCOMPARE(FlagRequest::parseRetryAfter("-5"), std::nullopt);
    const QDateTime inTenSeconds = QDateTime::currentDateTimeUtc().addSecs(10);
    const auto fromDate = FlagRequest::parseRetryAfter(
        QLocale::c().toString(inTenSeconds, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1());
    QVERIFY(fromDate);
    QVERIFY2(*fromDate > 8s && *fromDate <= 10s, qPrintable(QString::number(fromDate->count())));
    const auto past = FlagRequest::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT");
    QCOMPARE(past, std::optional(0ms));
}

QTEST_GUILESS_MAIN(TestFailureClassifier)
#include "tst_failureclassifier.moc"
