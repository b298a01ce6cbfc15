#include "core/failureclassifier.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestFailureClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
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

    const int ok = int(DownloadStatus::Ok), notFound = int(DownloadStatus::NotFound),
              error = int(DownloadStatus::Error);

    QTest::newRow("200") << outcome(200, "OK") << ok << int(FailureKind::None) << u"OK"_s;
    QTest::newRow("404") << outcome(404, "Not Found", QNetworkReply::ContentNotFoundError)
                         << notFound << int(FailureKind::None) << u"Not found (404)"_s;
    // Qt reports 418 as ProtocolInvalidOperationError: the status decides.
    QTest::newRow("418") << outcome(418, "I'm a teapot", QNetworkReply::ProtocolInvalidOperationError)
                         << error << int(FailureKind::HttpStatus) << u"HTTP error 418 - I'm a teapot"_s;
    QTest::newRow("500") << outcome(500, "Internal Server Error", QNetworkReply::InternalServerError)
                         << error << int(FailureKind::HttpStatus) << u"HTTP error 500 - Internal Server Error"_s;
    QTest::newRow("503 without reason") << outcome(503, "", QNetworkReply::ServiceUnavailableError)
                                        << error << int(FailureKind::HttpStatus) << u"HTTP error 503"_s;
    QTest::newRow("304 not followed") << outcome(304, "Not Modified") << error
                                      << int(FailureKind::HttpStatus) << u"HTTP error 304 - Not Modified"_s;

    FetchOutcome timedOut = outcome(0, "", QNetworkReply::OperationCanceledError);
    timedOut.timedOut = true;
    QTest::newRow("our timeout, reported by Qt as a cancel")
        << timedOut << error << int(FailureKind::Timeout) << u"Timed out after 3.1 s with no data from the server"_s;

    FetchOutcome tooLarge = outcome(200, "OK", QNetworkReply::OperationCanceledError);
    tooLarge.tooLarge = true;
    QTest::newRow("too large") << tooLarge << error << int(FailureKind::TooLarge)
                               << u"Response too large: over the 4.0 MiB limit"_s;

    QTest::newRow("refused") << outcome(0, "", QNetworkReply::ConnectionRefusedError) << error
                             << int(FailureKind::Connection) << u"Connection refused by 127.0.0.1"_s;
    QTest::newRow("closed before answer") << outcome(0, "", QNetworkReply::RemoteHostClosedError) << error
                                          << int(FailureKind::Connection)
                                          << u"Connection closed by the server before it answered"_s;
    FetchOutcome truncated = outcome(200, "OK", QNetworkReply::RemoteHostClosedError);
    truncated.body = QByteArray(512, 'x');
    QTest::newRow("closed mid-body") << truncated << error << int(FailureKind::Connection)
                                     << u"Connection closed by the server after 512 bytes"_s;
    QTest::newRow("host not found") << outcome(0, "", QNetworkReply::HostNotFoundError) << error
                                    << int(FailureKind::Connection) << u"Host not found: 127.0.0.1"_s;
    QTest::newRow("too many redirects") << outcome(301, "Moved", QNetworkReply::TooManyRedirectsError)
                                        << error << int(FailureKind::Redirect) << u"Too many redirects"_s;
    QTest::newRow("too many redirects, no status") << outcome(0, "", QNetworkReply::TooManyRedirectsError)
                                                   << error << int(FailureKind::Redirect) << u"Too many redirects"_s;
    QTest::newRow("insecure redirect") << outcome(0, "", QNetworkReply::InsecureRedirectError) << error
                                       << int(FailureKind::Redirect)
                                       << u"Refused an insecure redirect (HTTPS to HTTP)"_s;
    QTest::newRow("no response at all") << outcome(0, "") << error << int(FailureKind::Connection)
                                        << u"The server sent no HTTP response"_s;
}

void TestFailureClassifier::classifies()
{
    QFETCH(FetchOutcome, fetched);
    QFETCH(int, expectedStatus);
    QFETCH(int, expectedFailure);
    QFETCH(QString, expectedMessage);

    const Verdict verdict = FailureClassifier(3100ms, 4 * 1024 * 1024).classify(fetched);
    QCOMPARE(verdict.message, expectedMessage);
    QCOMPARE(int(verdict.status), expectedStatus);
    QCOMPARE(int(verdict.failure), expectedFailure);
    QCOMPARE(verdict.shouldSave(), expectedStatus == int(DownloadStatus::Ok));
}

QTEST_APPLESS_MAIN(TestFailureClassifier)
#include "tst_failureclassifier.moc"
