#include "requestphases.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

QList<PhaseSegment> RequestPhaseBreakdown::segmentsOf(const RequestSpan &span)
{
    QList<PhaseSegment> segments;
    if (span.startedMs < 0)
        return segments;
    const qint64 startUs = span.startedMs * 1000;
    if (span.queuedMs >= 0 && span.queuedMs < span.startedMs)
        segments.append({Phase::Queued, span.queuedMs * 1000, startUs});
    const RequestPhases &steps = span.phases;
    if (steps.endedUs < 0 || span.endedMs < 0)
        return segments;

    // Each step begins a phase that lasts until the next step that happened.
    // The steps come through Qt's queues in order; clamped all the same, and
    // to the engine's own end of the request, so the bars line up.
    const qint64 endUs = std::max(span.endedMs * 1000, startUs);
    const bool overTls = span.url.scheme() == QLatin1String("https");
    const std::pair<qint64, Phase> marks[] = {
        {0, Phase::Blocked},
        {steps.connectingUs, overTls ? Phase::Tls : Phase::Connecting},
        {steps.encryptedUs, Phase::Sending},
        {steps.sentUs, Phase::Waiting},
        {steps.answerUs, Phase::Receiving},
    };
    qint64 from = startUs;
    std::optional<Phase> current;
    for (const auto &[atUs, phase] : marks) {
        if (atUs < 0)
            continue;
        const qint64 at = std::clamp(startUs + atUs, from, endUs);
        if (current && at > from)
            segments.append({*current, from, at});
        if (!current || at > from)
            from = at;
        current = phase;
    }
    if (current && endUs > from)
        segments.append({*current, from, endUs});
    return segments;
}

HarTimings RequestPhaseBreakdown::harTimingsOf(const RequestSpan &span)
{
    std::array<qint64, phaseCount> us{};
    for (const PhaseSegment &segment : segmentsOf(span))
        us[int(segment.phase)] += segment.durationUs();
    const auto ms = [](qint64 value) { return double(value) / 1000.0; };
    HarTimings timings;
    timings.blocked = ms(us[int(Phase::Queued)] + us[int(Phase::Blocked)]);
    if (openedConnection(span)) {
        timings.connect = ms(us[int(Phase::Connecting)] + us[int(Phase::Tls)]);
        if (span.url.scheme() == QLatin1String("https"))
            timings.ssl = ms(us[int(Phase::Tls)]);
    }
    timings.send = ms(us[int(Phase::Sending)]);
    timings.wait = ms(us[int(Phase::Waiting)]);
    timings.receive = ms(us[int(Phase::Receiving)]);
    // Without Qt's steps (a fake network), the request's time is all waiting.
    if (span.phases.endedUs < 0)
        timings.wait = ms(std::max<qint64>(0, (span.endedMs - span.startedMs) * 1000));
    return timings;
}

QString RequestPhaseBreakdown::nameOf(Phase phase)
{
    switch (phase) {
    case Phase::Queued: return tr("waiting in the queue");
    case Phase::Blocked: return tr("waiting for a connection");
    case Phase::Connecting: return tr("connecting");
    case Phase::Tls: return tr("connecting with TLS");
    case Phase::Sending: return tr("sending");
    case Phase::Waiting: return tr("waiting for the server");
    case Phase::Receiving: return tr("receiving");
    case Phase::Saving: return tr("saving");
    }
    return {};
}

QString RequestPhaseBreakdown::shortNameOf(Phase phase)
{
    switch (phase) {
    case Phase::Queued: return tr("queued");
    case Phase::Blocked: return tr("blocked");
    case Phase::Connecting: return tr("connect");
    case Phase::Tls: return tr("TLS");
    case Phase::Sending: return tr("send");
    case Phase::Waiting: return tr("wait");
    case Phase::Receiving: return tr("receive");
    case Phase::Saving: return tr("save");
    }
    return {};
}

void PhaseShares::add(const DownloadResult &result)
{
    for (const RequestSpan &span : result.requests) {
        for (const PhaseSegment &segment : RequestPhaseBreakdown::segmentsOf(span))
            m_us[int(segment.phase)] += segment.durationUs();
    }
    if (const qint64 saveMs = result.saveMs(); saveMs > 0)
        m_us[int(Phase::Saving)] += saveMs * 1000;
}

qint64 PhaseShares::totalUs() const
{
    return std::accumulate(m_us.cbegin(), m_us.cend(), qint64(0));
}

QString PhaseShares::summary() const
{
    return isEmpty() ? QString() : tr("Time went to: %1.").arg(text());
}

QString PhaseShares::text() const
{
    const qint64 total = totalUs();
    if (total <= 0)
        return {};
    std::array<int, phaseCount> order;
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_us[a] > m_us[b]; });
    QStringList parts;
    const QLocale locale;
    for (const int phase : order) {
        const double percent = 100.0 * double(m_us[phase]) / double(total);
        if (percent < 0.5)
            break;
        //: A phase and its share of the run's time: "waiting for the server 82 %"
        parts.append(tr("%1 %2 %").arg(RequestPhaseBreakdown::nameOf(Phase(phase)),
                                      locale.toString(qRound(percent))));
    }
    return parts.join(tr(", "));
}
