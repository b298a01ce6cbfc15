#include "faultplan.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Command-line names in help order; Status is spelled status:CODE.
constexpr std::array<std::pair<Fault, QStringView>, 18> Names{{
    {Fault::Refuse, u"refuse"},
    {Fault::Hang, u"hang"},
    {Fault::Stall, u"stall"},
    {Fault::Trickle, u"trickle"},
    {Fault::Reset, u"reset"},
    {Fault::Truncate, u"truncate"},
    {Fault::ChunkedCut, u"chunked-cut"},
    {Fault::BadChunk, u"bad-chunk"},
    {Fault::BadLength, u"bad-length"},
    {Fault::Empty, u"empty"},
    {Fault::Garbage, u"garbage"},
    {Fault::WrongType, u"wrong-type"},
    {Fault::Huge, u"huge"},
    {Fault::Status, u"status"},
    {Fault::Redirect, u"redirect"},
    {Fault::RedirectLoop, u"redirect-loop"},
    {Fault::RedirectInsecure, u"redirect-insecure"},
    {Fault::CloseKeepAlive, u"close-keepalive"},
}};

constexpr std::array<int, 7> StatusCodes{404, 418, 429, 500, 502, 503, 504};

// The query a `redirect` fault adds, so the follow-up is answered normally.
constexpr auto RedirectMarker = "r=1"_L1;

// Bytes of body sent before a stall: enough to show the answer started.
constexpr qsizetype StallBytes = 16;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FaultPlan", text, disambiguation, n);
}

// The head of a 200 the fault writes by hand, because HttpResponse always
// sends one Content-Length that matches the body.
QByteArray handMadeHead(const HttpResponse &content, const QByteArray &framing)
{
    return "HTTP/1.1 200 OK\r\nDate: "_ba + HttpResponse::httpDate(QDateTime::currentDateTimeUtc())
        + "\r\nServer: qflags-server\r\nContent-Type: "_ba + content.contentType() + "\r\n"_ba
        + framing + "Connection: close\r\n\r\n"_ba;
}

QByteArray chunk(QByteArrayView data)
{
    return QByteArray::number(data.size(), 16) + "\r\n"_ba + data.toByteArray() + "\r\n"_ba;
}

// The content's own bytes, cut after its headers and `bodyBytes` of its body.
QByteArray cutContent(const HttpResponse &content, qsizetype bodyBytes)
{
    HttpResponse closing = content;
    closing.setKeepAlive(false);
    const QByteArray full = closing.toBytes(false);
    return full.first(full.size() - content.body().size() + qBound(0, bodyBytes, content.body().size()));
}

HttpResponse redirectTo(const QByteArray &location)
{
    HttpResponse response = HttpResponse::error(302);
    response.addHeader("Location"_ba, location);
    return response;
}

} // namespace

namespace FaultPlan {

QList<int> statusCodes()
{
    return QList<int>(StatusCodes.begin(), StatusCodes.end());
}

QString namesForHelp()
{
    QStringList names;
    for (const auto &[kind, text] : Names)
        names.append(kind == Fault::Status ? u"status:CODE"_s : text.toString());
    return names.join(u", "_s);
}

QString name(const FaultRule &rule)
{
    for (const auto &[kind, text] : Names) {
        if (kind == rule.kind) {
            return rule.kind == Fault::Status ? u"status:"_s + QString::number(rule.status)
                                              : text.toString();
        }
    }
    return {};
}

int slotCount()
{
    return int(Names.size()) - 1 + int(StatusCodes.size());
}

int slot(const FaultRule &rule)
{
    // Status faults take the slots after all the others, one per code.
    if (rule.kind == Fault::Status) {
        const auto found = std::find(StatusCodes.begin(), StatusCodes.end(), rule.status);
        return int(Names.size()) - 1 + int(found - StatusCodes.begin());
    }
    return int(rule.kind) < int(Fault::Status) ? int(rule.kind) : int(rule.kind) - 1;
}

QString slotName(int slot)
{
    const int named = int(Names.size()) - 1;
    if (slot >= named)
        return name({Fault::Status, 1.0, StatusCodes.at(slot - named)});
    const int kind = slot < int(Fault::Status) ? slot : slot + 1;
    return name({Fault(kind), 1.0, 0});
}

std::optional<FaultRule> parse(const QString &text, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<FaultRule> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QStringList parts = text.trimmed().split(u':');
    const QString word = parts.takeFirst();
    FaultRule rule;
    const auto found = std::find_if(Names.begin(), Names.end(),
                                    [&](const auto &entry) { return word == entry.second; });
    if (found == Names.end()) {
        return fail(tr("unknown fault '%1': use one of %2").arg(word, namesForHelp()));
    }
    rule.kind = found->first;
    if (rule.kind == Fault::Status) {
        bool ok = false;
        rule.status = parts.isEmpty() ? 0 : parts.takeFirst().toInt(&ok);
        if (!ok || std::find(StatusCodes.begin(), StatusCodes.end(), rule.status) == StatusCodes.end()) {
            QStringList codes;
            for (int code : StatusCodes)
                codes.append(QString::number(code));
            return fail(tr("fault '%1' needs a status code, one of %2")
                            .arg(text, codes.join(u", "_s)));
        }
    }
    if (parts.size() > 1)
        return fail(tr("fault '%1' has too many parts: use NAME[:RATE]").arg(text));
    if (!parts.isEmpty()) {
        bool ok = false;
        rule.rate = parts.constFirst().toDouble(&ok);
        if (!ok || !(rule.rate >= 0 && rule.rate <= 1))
            return fail(tr("fault '%1' has a bad rate: use a number from 0 to 1").arg(text));
    }
    return rule;
}

bool endsConnection(Fault kind)
{
    switch (kind) {
    case Fault::Empty:
    case Fault::Garbage:
    case Fault::WrongType:
    case Fault::Status:
    case Fault::Redirect:
    case Fault::RedirectLoop:
    case Fault::RedirectInsecure:
    case Fault::CloseKeepAlive: // it goes on, to drop the request that reuses it
        return false; // well-formed answers: the connection may go on
    default:
        return true;
    }
}

bool isRedirectFollowUp(const HttpRequest &request)
{
    return request.query.split('&').contains(QByteArrayView(RedirectMarker));
}

Answer answer(const FaultRule &rule, const HttpResponse &content, const HttpRequest &request)
{
    const bool head = request.isHead();
    const auto plain = [&](HttpResponse response) {
        response.setKeepAlive(request.keepAlive);
        return Answer{response.toBytes(head), response.status(), Answer::After::Continue};
    };
    const QByteArray &body = content.body();
    switch (rule.kind) {
    case Fault::Refuse: // handled at accept, before any request exists
    case Fault::Hang:
        return {{}, 0, Answer::After::Hold};
    case Fault::Stall:
        return {cutContent(content, qMin(StallBytes, body.size() / 2)), content.status(),
                Answer::After::Hold};
    case Fault::Trickle: {
        // The head at once, so the answer has plainly begun; then the body so
        // slowly that it would take far longer than any deadline.
        Answer trickle{cutContent(content, 0), content.status(), Answer::After::Close};
        if (!head && !body.isEmpty()) {
            trickle.after = Answer::After::Trickle;
            trickle.tail = body;
        }
        return trickle;
    }
    case Fault::Reset:
        return {cutContent(content, body.size() / 2), content.status(), Answer::After::Reset};
    case Fault::Truncate:
        return {cutContent(content, body.size() / 2), content.status(), Answer::After::Close};
    case Fault::ChunkedCut: {
        // Every chunk but the last, and never the zero-size one that ends the body.
        QByteArray bytes = handMadeHead(content, "Transfer-Encoding: chunked\r\n"_ba);
        const qsizetype half = body.size() / 2;
        bytes += chunk(QByteArrayView(body).first(half));
        return {bytes, 200, Answer::After::Close};
    }
    case Fault::BadChunk: {
        // 18 hex digits: more than 64 bits can hold.
        QByteArray bytes = handMadeHead(content, "Transfer-Encoding: chunked\r\n"_ba);
        bytes += "fffffffffffffffff0\r\n"_ba + body + "\r\n0\r\n\r\n"_ba;
        return {bytes, 200, Answer::After::Close};
    }
    case Fault::BadLength: {
        const QByteArray length = QByteArray::number(body.size());
        const QByteArray other = QByteArray::number(body.size() + 100);
        QByteArray bytes = handMadeHead(content, "Content-Length: "_ba + length
                                                     + "\r\nContent-Length: "_ba + other + "\r\n"_ba);
        bytes += body;
        return {bytes, 200, Answer::After::Close};
    }
    case Fault::Empty: {
        HttpResponse response(200);
        response.setBody({}, content.contentType());
        return plain(response);
    }
    case Fault::Garbage: {
        HttpResponse response(200);
        response.setBody(QByteArray("this is not an image. ").repeated(64), "image/png"_ba);
        return plain(response);
    }
    case Fault::WrongType: {
        HttpResponse response(content.status());
        response.setBody(body, "text/html; charset=utf-8"_ba);
        return plain(response);
    }
    case Fault::Huge: {
        // Only the head is built here: the connection makes up the body as
        // the socket drains, so it is never held in memory.
        Answer huge{handMadeHead(content, "Content-Length: "_ba + QByteArray::number(HugeLength)
                                              + "\r\n"_ba),
                    200, Answer::After::Close};
        if (!head) {
            huge.after = Answer::After::Flood;
            huge.floodBytes = HugeLength;
        }
        return huge;
    }
    case Fault::Status: {
        HttpResponse response = HttpResponse::error(rule.status);
        if (rule.status == 429 || rule.status == 503)
            response.addHeader("Retry-After"_ba, "1"_ba); // seconds
        return plain(response);
    }
    case Fault::Redirect: {
        const QByteArray marker = QByteArrayView(RedirectMarker).toByteArray();
        return plain(redirectTo(request.path + '?'
                                + (request.query.isEmpty() ? marker
                                                           : request.query + '&' + marker)));
    }
    case Fault::RedirectLoop:
        return plain(redirectTo(request.target));
    case Fault::RedirectInsecure: {
        QByteArray host = request.header("host");
        if (host.isEmpty())
            host = "127.0.0.1"_ba;
        return plain(redirectTo("ftp://"_ba + host + request.target));
    }
    case Fault::CloseKeepAlive: {
        // A stale keep-alive connection: what a server with a short idle
        // timeout, or a middlebox, does to a client that reuses connections.
        Answer trap = plain(content);
        trap.after = Answer::After::DropNext;
        return trap;
    }
    }
    return {};
}

} // namespace FaultPlan
