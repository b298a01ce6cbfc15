#pragma once

#include "downloadresult.h"
#include "networkaccess.h"

#include <chrono>
#include <optional>

// Judges what came back from the wire: by the HTTP status code first (Qt's
// error enum is no guide: 418 arrives as ProtocolInvalidOperationError), then
// by our own timeout and size flags, then by the network error. The message is
// a sentence for a person, in flags2's words where flags2 has them; the
// verdict also says whether a fresh request may cure the failure.
class FailureClassifier final
{
public:
    explicit FailureClassifier(std::chrono::milliseconds timeout, qint64 maxBodyBytes,
                               std::chrono::milliseconds deadline = std::chrono::seconds(60),
                               MinimumSpeed minimumSpeed = {})
        : m_timeout(timeout), m_maxBodyBytes(maxBodyBytes), m_deadline(deadline), m_minimumSpeed(minimumSpeed) {}

    Verdict classify(const FetchOutcome &outcome) const;

    // "512 of 20480 bytes", or "512 bytes" when no length was announced.
    static QString describeProgress(const FetchOutcome &outcome);

private:
    Verdict judge(const FetchOutcome &outcome) const;
    // The one place that says which failures a fresh request may cure:
    // refused or reset connections, timeouts, 408, 429, 500, 502, 503, 504.
    static bool isTransient(const FetchOutcome &outcome, const Verdict &verdict);
    static QString describeHttpStatus(const FetchOutcome &outcome);
    QString describeNetworkError(const FetchOutcome &outcome) const;
    // What went wrong with the proxy, naming it; nothing when no proxy was
    // used or the failure is not the proxy's.
    static std::optional<QString> describeProxyFailure(const FetchOutcome &outcome);
    // The proxy's failure as a code, where Qt gives only words.
    static QNetworkReply::NetworkError proxyError(const FetchOutcome &outcome);

    std::chrono::milliseconds m_timeout;
    qint64 m_maxBodyBytes;
    std::chrono::milliseconds m_deadline;
    MinimumSpeed m_minimumSpeed;
};
