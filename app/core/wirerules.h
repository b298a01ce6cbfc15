#pragma once

#include "networkaccess.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QUrl>

#include <deque>
#include <optional>
#include <utility>

// What every wire (Qt's replies, a thread's blocking request) decides the
// same way, so the strategies differ in how they wait and nothing else.

// Whether an answer is a redirect to follow: what Qt's
// NoLessSafeRedirectPolicy allows, followed on a fresh request each time.
struct RedirectDecision
{
    enum class Action { NotOne, Follow, Refuse };

    Action action = Action::NotOne;
    QUrl target;                // Follow: where to
    // Refuse: why, as Qt would say it. NoError: a Location that is not
    // http or https, which the classifier names from the answer.
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    static RedirectDecision decide(int httpStatus, const QUrl &from, const QByteArray &location,
                                   int followedSoFar, int maxRedirects);
    // The Location header as a URL: relative ones too ("/flags/br/br.png?r=1").
    static QUrl locationUrl(const QByteArray &location);
};

// curl's --speed-limit for one answer: fed what has arrived so far, says
// when the average over the last window fell under the minimum. Times in
// milliseconds since the answer began, so any clock will do.
class SpeedMeter
{
public:
    explicit SpeedMeter(const MinimumSpeed &minimum) : m_minimum(minimum) {}

    bool isOn() const { return m_minimum.isOn(); }
    bool isRunning() const { return m_running; }
    // How often to sample.
    int sampleIntervalMs() const;
    void start(qint64 bytes);
    void stop() { m_running = false; }
    // The average (bytes per second) when it is under the minimum over a
    // whole window; nothing while it is not, or the whole body is here.
    std::optional<qint64> tooSlow(qint64 nowMs, qint64 bytes, qint64 expectedBytes);

private:
    MinimumSpeed m_minimum;
    bool m_running = false;
    // (ms since the answer began, bytes received then), oldest first, over
    // a little more than one window.
    std::deque<std::pair<qint64, qint64>> m_samples;
};
