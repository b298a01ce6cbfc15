#include "runtimeline.h"

#include <algorithm>

namespace {

TimelineOutcome outcomeOf(DownloadStatus status)
{
    switch (status) {
    case DownloadStatus::Ok: return TimelineOutcome::Downloaded;
    case DownloadStatus::Unchanged: return TimelineOutcome::Unchanged;
    case DownloadStatus::NotFound: return TimelineOutcome::NotFound;
    case DownloadStatus::Error: return TimelineOutcome::Error;
    case DownloadStatus::Cancelled: return TimelineOutcome::Cancelled;
    }
    return TimelineOutcome::Error;
}

} // namespace

void RunTimeline::begin(int limit)
{
    m_rows.clear();
    m_rowOf.clear();
    m_limits = {{0, limit}};
    m_inFlight.clear();
    m_clock.start();
    m_clockLeadMs = -1;
    m_endMs = 0;
    m_doneCount = 0;
    m_live = true;
    ++m_revision;
}

TimelineRow &RunTimeline::rowFor(const QString &code)
{
    const auto found = m_rowOf.constFind(code);
    if (found != m_rowOf.cend())
        return m_rows[*found];
    m_rowOf.insert(code, m_rows.size());
    m_rows.append(TimelineRow{});
    m_rows.last().code = code;
    return m_rows.last();
}

void RunTimeline::requestStarted(const QString &code, qint64 startedMs, RequestSpan::Purpose purpose)
{
    // The signal arrives after the engine read its clock, so the smallest
    // difference is the best guess at how far ahead of the engine's ours runs.
    if (m_live) {
        const qint64 lead = std::max<qint64>(0, m_clock.elapsed() - startedMs);
        m_clockLeadMs = m_clockLeadMs < 0 ? lead : std::min(m_clockLeadMs, lead);
    }
    TimelineRow &row = rowFor(code);
    if (row.firstStartMs < 0)
        row.firstStartMs = startedMs;
    row.requests.append({purpose, startedMs, -1, 0});
    m_endMs = std::max(m_endMs, startedMs);
    ++m_revision;
}

void RunTimeline::requestEnded(const QString &code, const RequestSpan &span)
{
    const auto found = m_rowOf.constFind(code);
    if (found == m_rowOf.cend())
        return;
    TimelineRow &row = m_rows[*found];
    if (row.isDone())
        return;
    for (auto it = row.requests.rbegin(); it != row.requests.rend(); ++it) {
        if (it->endedMs < 0 && it->startedMs == span.startedMs && it->purpose == span.purpose) {
            *it = span;
            m_endMs = std::max(m_endMs, span.endedMs);
            ++m_revision;
            return;
        }
    }
}

void RunTimeline::addResult(const DownloadResult &result)
{
    TimelineRow &row = rowFor(result.code);
    if (!row.isDone())
        ++m_doneCount;
    row.countryName = result.countryName;
    row.requests = result.requests;
    row.respondedMs = result.respondedMs();
    row.savedMs = result.savedMs;
    row.outcome = outcomeOf(result.status());
    row.retries = result.retries();
    row.httpStatus = result.httpStatus();
    row.message = result.verdict.message;
    for (const RequestSpan &span : std::as_const(row.requests)) {
        if (row.firstStartMs < 0 || (span.startedMs >= 0 && span.startedMs < row.firstStartMs))
            row.firstStartMs = span.startedMs;
        m_endMs = std::max(m_endMs, span.endedMs);
    }
    m_endMs = std::max({m_endMs, row.respondedMs, row.savedMs});
    ++m_revision;
}

void RunTimeline::appendStep(QList<TimelineStep> &series, qint64 atMs, int value)
{
    atMs = std::max(atMs, series.last().atMs);
    if (atMs == series.last().atMs)
        series.last().value = value;
    else
        series.append({atMs, value});
}

void RunTimeline::noteLimit(int limit, qint64 atMs)
{
    if (m_limits.isEmpty() || m_limits.last().value == limit)
        return;
    appendStep(m_limits, atMs >= 0 ? atMs : nowMs(), limit);
    ++m_revision;
}

void RunTimeline::record(const RunBatch &batch)
{
    // Starts before ends: a request that began and ended within the batch
    // is opened, then closed.
    for (const RunBatch::Started &started : batch.started)
        requestStarted(started.code, started.startedMs, started.purpose);
    for (const RunBatch::Ended &ended : batch.ended)
        requestEnded(ended.code, ended.span);
    for (const DownloadResult &result : batch.results)
        addResult(result);
    for (const RunBatch::LimitChange &change : batch.limitChanges)
        noteLimit(change.limit, change.atMs);
}

void RunTimeline::finish(qint64 elapsedMs)
{
    m_endMs = std::max(m_endMs, elapsedMs);
    // Nothing is left on the wire after a run; a span still open missed its result.
    for (TimelineRow &row : m_rows) {
        for (RequestSpan &span : row.requests) {
            if (span.endedMs < 0)
                span.endedMs = m_endMs;
        }
    }
    m_live = false;
    ++m_revision;
}

qint64 RunTimeline::nowMs() const
{
    if (!m_live)
        return m_endMs;
    return std::max<qint64>(0, m_clock.elapsed() - std::max<qint64>(0, m_clockLeadMs));
}

qint64 RunTimeline::endMs() const
{
    return m_live ? std::max(nowMs(), m_endMs) : m_endMs;
}

const QList<TimelineStep> &RunTimeline::inFlightSeries() const
{
    if (m_inFlightRevision == m_revision)
        return m_inFlight;
    // +1 at each start, -1 at each end.
    QList<TimelineStep> events;
    for (const TimelineRow &row : m_rows) {
        for (const RequestSpan &span : row.requests) {
            if (span.startedMs < 0)
                continue;
            events.append({span.startedMs, +1});
            if (span.endedMs >= 0)
                events.append({span.endedMs, -1});
        }
    }
    // Ends before starts at the same moment: the engine frees a slot before
    // it fills it again.
    std::sort(events.begin(), events.end(), [](const TimelineStep &a, const TimelineStep &b) {
        return a.atMs != b.atMs ? a.atMs < b.atMs : a.value < b.value;
    });
    m_inFlight = {{0, 0}};
    int count = 0;
    for (const TimelineStep &event : std::as_const(events)) {
        count += event.value;
        if (m_inFlight.last().atMs == event.atMs)
            m_inFlight.last().value = count;
        else
            m_inFlight.append({event.atMs, count});
    }
    m_inFlightRevision = m_revision;
    return m_inFlight;
}

int RunTimeline::valueAt(const QList<TimelineStep> &series, qint64 ms)
{
    // The last step at or before ms.
    const auto after = std::upper_bound(series.cbegin(), series.cend(), ms,
                                        [](qint64 t, const TimelineStep &step) { return t < step.atMs; });
    return after == series.cbegin() ? 0 : std::prev(after)->value;
}

int RunTimeline::inFlightAt(qint64 ms) const
{
    return valueAt(inFlightSeries(), ms);
}

int RunTimeline::limitAt(qint64 ms) const
{
    return valueAt(m_limits, ms);
}

int RunTimeline::maxOverlap() const
{
    int most = 0;
    for (const TimelineStep &step : inFlightSeries())
        most = std::max(most, step.value);
    return most;
}

int RunTimeline::maxLimit() const
{
    int most = 0;
    for (const TimelineStep &step : m_limits)
        most = std::max(most, step.value);
    return most;
}
