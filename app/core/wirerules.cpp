#include "wirerules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QUrl RedirectDecision::locationUrl(const QByteArray &location)
{
    const QByteArray trimmed = location.trimmed();
    return trimmed.isEmpty() ? QUrl() : QUrl::fromEncoded(trimmed);
}

RedirectDecision RedirectDecision::decide(int httpStatus, const QUrl &from, const QByteArray &location,
                                          int followedSoFar, int maxRedirects)
{
    switch (httpStatus) {
    case 301: case 302: case 303: case 307: case 308:
        break;
    default:
        return {};
    }
    const QUrl relative = locationUrl(location);
    const QUrl target = from.resolved(relative);
    const QString scheme = target.scheme();
    // Any other scheme: the classifier refuses it with the server's Location.
    if (!relative.isValid() || (scheme != u"http" && scheme != u"https"))
        return {Action::NotOne, {}, QNetworkReply::NoError};
    if (from.scheme() == u"https" && scheme == u"http")
        return {Action::Refuse, {}, QNetworkReply::InsecureRedirectError};
    if (followedSoFar >= maxRedirects)
        return {Action::Refuse, {}, QNetworkReply::TooManyRedirectsError};
    return {Action::Follow, target, QNetworkReply::NoError};
}

int SpeedMeter::sampleIntervalMs() const
{
    return int(std::clamp<qint64>(m_minimum.window.count() / 4, 10, 1000));
}

void SpeedMeter::start(qint64 bytes)
{
    m_running = true;
    m_samples = {{0, bytes}};
}

std::optional<qint64> SpeedMeter::tooSlow(qint64 nowMs, qint64 bytes, qint64 expectedBytes)
{
    if (!m_running)
        return std::nullopt;
    const qint64 window = m_minimum.window.count();
    m_samples.emplace_back(nowMs, bytes);
    const bool wholeBodyHere = expectedBytes >= 0 && bytes >= expectedBytes;
    if (nowMs < window || wholeBodyHere)
        return std::nullopt;
    // The latest sample a whole window ago (or more) is the baseline.
    while (m_samples.size() > 1 && m_samples[1].first <= nowMs - window)
        m_samples.pop_front();
    const auto &[then, bytesThen] = m_samples.front();
    const qint64 span = std::max<qint64>(nowMs - then, 1);
    const qint64 rate = (bytes - bytesThen) * 1000 / span;
    if (rate < m_minimum.bytesPerSecond)
        return rate;
    return std::nullopt;
}
