#include "harlog.h"

#include "requestphases.h"

#include "base/atomicfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString pageId = u"run"_s;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// HAR's numbers: milliseconds, to the microsecond.
double roundedMs(double ms)
{
    return ms < 0 ? -1.0 : std::round(ms * 1000.0) / 1000.0;
}

QJsonArray headersOf(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject{{u"name"_s, QString::fromLatin1(name)}, {u"value"_s, QString::fromLatin1(value)}});
    return array;
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

void HarLog::begin(const QDateTime &startedUtc, const QString &title)
{
    m_startedUtc = startedUtc.toUTC();
    m_title = title;
    m_elapsedMs = 0;
    m_requests.clear();
}

void HarLog::add(const DownloadResult &result)
{
    qsizetype lastFlag = -1;
    for (qsizetype i = 0; i < result.requests.size(); ++i) {
        if (result.requests.at(i).purpose == RequestSpan::Purpose::Flag)
            lastFlag = i;
    }
    int attempt = 0;
    for (qsizetype i = 0; i < result.requests.size(); ++i) {
        const RequestSpan &span = result.requests.at(i);
        Request request{result.code, span, 0, {}};
        if (span.purpose == RequestSpan::Purpose::Flag)
            request.attempt = ++attempt;
        if (i == lastFlag && result.status() == DownloadStatus::Error)
            request.failure = result.verdict.message;
        m_requests.append(request);
    }
}

QByteArray HarLog::toJson() const
{
    QList<const Request *> ordered;
    ordered.reserve(m_requests.size());
    for (const Request &request : m_requests)
        ordered.append(&request);
    const auto beginsAt = [](const Request *request) {
        return request->span.queuedMs >= 0 ? request->span.queuedMs : request->span.startedMs;
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const Request *a, const Request *b) { return beginsAt(a) < beginsAt(b); });

    QJsonArray entries;
    for (const Request *request : std::as_const(ordered)) {
        const RequestSpan &span = request->span;
        const HarTimings timings = RequestPhaseBreakdown::harTimingsOf(span);
        const bool answered = span.httpStatus > 0;
        const QString version = !answered ? QString() : span.phases.http2 ? u"HTTP/2.0"_s : u"HTTP/1.1"_s;
        QJsonArray query;
        for (const auto &[name, value] : QUrlQuery(span.url).queryItems(QUrl::FullyDecoded))
            query.append(QJsonObject{{u"name"_s, name}, {u"value"_s, value}});
        const QJsonObject harRequest{
            {u"method"_s, u"GET"_s},
            {u"url"_s, span.url.toString(QUrl::FullyEncoded)},
            {u"httpVersion"_s, version.isEmpty() ? u"HTTP/1.1"_s : version},
            {u"cookies"_s, QJsonArray()},
            {u"headers"_s, headersOf(span.requestHeaders)},
            {u"queryString"_s, query},
            {u"headersSize"_s, -1},
            {u"bodySize"_s, 0},
        };
        const QByteArray location = headerValue(span.responseHeaders, "Location");
        const QJsonObject response{
            {u"status"_s, span.httpStatus},
            {u"statusText"_s, QString::fromLatin1(span.reasonPhrase)},
            {u"httpVersion"_s, version},
            {u"cookies"_s, QJsonArray()},
            {u"headers"_s, headersOf(span.responseHeaders)},
            {u"content"_s, QJsonObject{{u"size"_s, span.bodyBytes},
                                       {u"mimeType"_s, span.contentType.isEmpty() ? u"x-unknown"_s
                                                                                  : span.contentType}}},
            {u"redirectURL"_s, location.isEmpty() ? QString() : span.url.resolved(QUrl::fromEncoded(location)).toString()},
            {u"headersSize"_s, -1},
            {u"bodySize"_s, answered ? span.bodyBytes : -1},
        };
        const QJsonObject harTimings{
            {u"blocked"_s, roundedMs(timings.blocked)}, {u"dns"_s, roundedMs(timings.dns)},
            {u"connect"_s, roundedMs(timings.connect)}, {u"ssl"_s, roundedMs(timings.ssl)},
            {u"send"_s, roundedMs(timings.send)},       {u"wait"_s, roundedMs(timings.wait)},
            {u"receive"_s, roundedMs(timings.receive)},
        };
        // Rounded parts, summed: HAR says time is their sum.
        const double time = roundedMs(timings.blocked) + std::max(roundedMs(timings.connect), 0.0)
            + roundedMs(timings.send) + roundedMs(timings.wait) + roundedMs(timings.receive);
        QJsonObject entry{
            {u"pageref"_s, pageId},
            {u"startedDateTime"_s, isoTime(m_startedUtc.addMSecs(beginsAt(request)))},
            {u"time"_s, std::round(time * 1000.0) / 1000.0},
            {u"request"_s, harRequest},
            {u"response"_s, response},
            {u"cache"_s, QJsonObject()},
            {u"timings"_s, harTimings},
            // HAR's custom fields begin with an underscore.
            {u"_code"_s, request->code},
            {u"_purpose"_s, span.purpose == RequestSpan::Purpose::Flag ? u"flag"_s : u"name"_s},
            {u"_newConnection"_s, RequestPhaseBreakdown::openedConnection(span)},
        };
        if (request->attempt > 0)
            entry.insert(u"_attempt"_s, request->attempt);
        if (!request->failure.isEmpty())
            entry.insert(u"_error"_s, request->failure);
        entries.append(entry);
    }

    const QJsonObject page{
        {u"startedDateTime"_s, isoTime(m_startedUtc)},
        {u"id"_s, pageId},
        {u"title"_s, m_title},
        {u"pageTimings"_s, QJsonObject{{u"onContentLoad"_s, -1}, {u"onLoad"_s, double(m_elapsedMs)}}},
    };
    const QJsonObject log{
        {u"version"_s, u"1.2"_s},
        {u"creator"_s, QJsonObject{{u"name"_s, u"qflags"_s}, {u"version"_s, QStringLiteral(QFLAGS_VERSION)}}},
        {u"pages"_s, QJsonArray{page}},
        {u"entries"_s, entries},
    };
    return QJsonDocument(QJsonObject{{u"log"_s, log}}).toJson(QJsonDocument::Indented);
}

QString HarLog::titleFor(const QString &server, const QString &site, qsizetype flags, int concurrency)
{
    return tr("%1 %2, %n flag(s) at concurrency %3", nullptr, int(flags)).arg(server, site).arg(concurrency);
}

QString HarLog::savedMessage(const QString &shownFileName) const
{
    return tr("HAR file saved to %1 (%n request(s))", nullptr, int(entryCount())).arg(shownFileName);
}

bool HarLog::save(const QString &fileName, QString *error) const
{
    if (QString reason; !AtomicFile::write(fileName, toJson(), &reason)) {
        *error = tr("Could not save the HAR file %1: %2").arg(fileName, reason);
        return false;
    }
    return true;
}
