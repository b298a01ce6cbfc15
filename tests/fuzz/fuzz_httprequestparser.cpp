#include "fuzzbodies.h"

#include "server/httprequestparser.h"

#include <QByteArray>
#include <QList>

using namespace Qt::StringLiterals;

using Outcome = HttpRequestParser::Outcome;
using Limits = HttpRequestParser::Limits;

namespace {

struct FeedPlan
{
    Limits limits;
    QList<qsizetype> pieceSizes; // used in turn, round and round; empty: byte by byte
    QByteArray payload;          // what a client sends
};

// Byte 0 says how the rest is fed: bits 0-2, how many piece sizes follow
// (each byte + 1); bit 3, small limits, so that short inputs reach 414 and
// 431 too; bit 7, the bytes sent again and again past 8 KiB, as one
// connection pipelining them, so the buffer's compaction is reached too.
// Seeds start with '0' (default limits, byte by byte) or '8' (small limits),
// and the fuzzer finds the other ways from there.
FeedPlan readPlan(QByteArrayView input)
{
    FeedPlan plan;
    if (input.isEmpty())
        return plan;
    const auto control = static_cast<unsigned char>(input.front());
    input = input.sliced(1);
    const qsizetype sizeCount = qMin<qsizetype>(control & 7, input.size());
    for (qsizetype i = 0; i < sizeCount; ++i)
        plan.pieceSizes.append(static_cast<unsigned char>(input[i]) + 1);
    input = input.sliced(sizeCount);
    if (control & 8) {
        plan.limits.maxRequestLine = 40;
        plan.limits.maxHeaderBytes = 64;
        plan.limits.maxHeaderCount = 3;
    }
    const bool resend = (control & 0x80) && !input.isEmpty();
    const qsizetype copies = resend ? 8 * 1024 / input.size() + 1 : 1;
    plan.payload = input.toByteArray().repeated(copies);
    return plan;
}

QList<QByteArrayView> splitIntoPieces(const FeedPlan &plan)
{
    QList<QByteArrayView> pieces;
    QByteArrayView rest(plan.payload);
    for (qsizetype i = 0; !rest.isEmpty(); ++i) {
        const qsizetype size = plan.pieceSizes.isEmpty()
                                   ? 1
                                   : plan.pieceSizes[i % plan.pieceSizes.size()];
        pieces.append(rest.first(qMin(size, rest.size())));
        rest = rest.sliced(pieces.back().size());
    }
    return pieces;
}

// Everything a result says, so two ways of feeding the same bytes can be
// compared in one go.
QByteArray describe(const HttpRequestParser::Result &result)
{
    const HttpRequest &r = result.request;
    const QByteArray query = r.query.isNull() ? "-"_ba : QByteArray('?' + r.query);
    QByteArray text = QByteArray::number(int(result.outcome)) + ' '
                      + QByteArray::number(result.errorStatus) + ' ' + r.method + ' ' + r.target
                      + ' ' + r.path + ' ' + query + ' '
                      + QByteArray::number(r.versionMajor) + '.'
                      + QByteArray::number(r.versionMinor) + (r.keepAlive ? " keep" : " close");
    for (const auto &[name, value] : r.headers)
        text += '\n' + name + ": " + value;
    return text;
}

void checkRequest(const HttpRequest &request, const Limits &limits)
{
    FUZZ_CHECK(request.method == "GET" || request.method == "HEAD");
    FUZZ_CHECK(request.versionMajor == 1);
    FUZZ_CHECK(request.versionMinor >= 0 && request.versionMinor <= 9);
    FUZZ_CHECK(!request.target.isEmpty() && request.target.size() <= limits.maxRequestLine);
    for (char c : request.target)
        FUZZ_CHECK(static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7f);
    FUZZ_CHECK(request.path.startsWith('/'));
    FUZZ_CHECK(!request.path.contains('?') && request.target.contains(request.path));
    FUZZ_CHECK(request.query.isNull() == !request.target.contains('?'));
    FUZZ_CHECK(request.query.isNull() || request.target.endsWith(QByteArray('?' + request.query)));
    FUZZ_CHECK(request.headers.size() <= limits.maxHeaderCount);
    for (const auto &[name, value] : request.headers) {
        FUZZ_CHECK(!name.isEmpty() && name == name.toLower() && !name.contains(':'));
        FUZZ_CHECK(value == value.trimmed()); // no control character but tab, OWS trimmed
        for (char c : value)
            FUZZ_CHECK(c == '\t' || (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f));
    }
}

bool isErrorStatus(int status)
{
    for (int known : {400, 405, 414, 431, 501, 505}) {
        if (status == known)
            return true;
    }
    return false;
}

// The most a parser may hold while it waits for more: a request line just
// under its limit (plus its CR), or header lines just under theirs.
qsizetype mostHeldWhileWaiting(const Limits &limits)
{
    return qMax(limits.maxRequestLine + 1, limits.maxHeaderBytes);
}

// Takes every result the bytes fed so far give, checking each step; the
// strict shrink on every Request is also what proves the loop ends.
void drain(HttpRequestParser &parser, const Limits &limits, QList<QByteArray> *results)
{
    for (;;) {
        const qsizetype before = parser.bufferedBytes();
        const HttpRequestParser::Result result = parser.next();
        const qsizetype after = parser.bufferedBytes();
        FUZZ_CHECK(after >= 0 && after <= before);
        switch (result.outcome) {
        case Outcome::NeedMore:
            FUZZ_CHECK(!parser.hasFailed() && result.errorStatus == 0);
            FUZZ_CHECK(after <= mostHeldWhileWaiting(limits));
            return;
        case Outcome::Request:
            FUZZ_CHECK(!parser.hasFailed() && result.errorStatus == 0);
            FUZZ_CHECK(after < before);
            checkRequest(result.request, limits);
            results->append(describe(result));
            continue;
        case Outcome::Error:
            FUZZ_CHECK(parser.hasFailed() && isErrorStatus(result.errorStatus));
            FUZZ_CHECK(after == 0);
            results->append(describe(result));
            return;
        }
        fuzzCheckFailed("the outcome is one of the enum's", __FILE__, __LINE__);
    }
}

// After an error nothing is read again, and the same status is repeated.
void checkStaysFailed(HttpRequestParser &parser, QByteArrayView piece, int status)
{
    parser.feed(piece);
    FUZZ_CHECK(parser.hasFailed() && parser.bufferedBytes() == 0);
    const HttpRequestParser::Result again = parser.next();
    FUZZ_CHECK(again.outcome == Outcome::Error && again.errorStatus == status);
    FUZZ_CHECK(again.request.method.isEmpty() && again.request.headers.isEmpty());
}

// Feeds the pieces in order, taking results after each, as a socket would.
QList<QByteArray> feedAll(const FeedPlan &plan, const QList<QByteArrayView> &pieces)
{
    HttpRequestParser parser(plan.limits);
    QList<QByteArray> results;
    int failedStatus = 0;
    for (QByteArrayView piece : pieces) {
        if (failedStatus != 0) {
            checkStaysFailed(parser, piece, failedStatus);
            continue;
        }
        const qsizetype before = parser.bufferedBytes();
        parser.feed(piece);
        FUZZ_CHECK(parser.bufferedBytes() == before + piece.size());
        drain(parser, plan.limits, &results);
        if (parser.hasFailed())
            failedStatus = parser.next().errorStatus;
    }
    if (failedStatus != 0) // not even a valid request is read after an error
        checkStaysFailed(parser, "GET / HTTP/1.1\r\n\r\n", failedStatus);
    const QByteArray held = QByteArray::number(parser.bufferedBytes());
    results.append(parser.hasFailed() ? "failed"_ba : QByteArray("open, holding " + held));
    return results;
}

} // namespace

int fuzzHttpRequestParser(const uint8_t *data, size_t size)
{
    const FeedPlan plan = readPlan(QByteArrayView(data, qsizetype(size)));
    const QList<QByteArray> whole = feedAll(plan, {QByteArrayView(plan.payload)});
    const QList<QByteArray> split = feedAll(plan, splitIntoPieces(plan));
    // How the bytes happen to arrive must never change what they mean.
    FUZZ_CHECK(whole == split);
    return 0;
}
