#pragma once

#include "downloadresult.h"

#include <chrono>

// Judges what came back from the wire: by the HTTP status code first (Qt's
// error enum is no guide: 418 arrives as ProtocolInvalidOperationError), then
// by our own timeout and size flags, then by the network error. The message is
// a sentence for a person, in flags2's words where flags2 has them.
struct Verdict
{
    DownloadStatus status = DownloadStatus::Error;
    FailureKind failure = FailureKind::None;
    QString message;
    bool shouldSave() const { return status == DownloadStatus::Ok; }
};

class FailureClassifier final
{
public:
    explicit FailureClassifier(std::chrono::milliseconds timeout, qint64 maxBodyBytes)
        : m_timeout(timeout), m_maxBodyBytes(maxBodyBytes) {}

    Verdict classify(const FetchOutcome &outcome) const;

    // "1.2 KiB", "20 bytes": sizes in messages.
    static QString formatBytes(qint64 bytes);

private:
    QString describeNetworkError(const FetchOutcome &outcome) const;

    std::chrono::milliseconds m_timeout;
    qint64 m_maxBodyBytes;
};
