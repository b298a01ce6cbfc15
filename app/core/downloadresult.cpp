#include "downloadresult.h"

#include <QCoreApplication>

#include <algorithm>

Verdict Verdict::ok()
{
    return {DownloadStatus::Ok, FailureKind::None, QCoreApplication::translate("Verdict", "OK"), false};
}

Verdict Verdict::unchanged()
{
    return {DownloadStatus::Unchanged, FailureKind::None,
            QCoreApplication::translate("Verdict", "Unchanged since the last run (304)"), false};
}

Verdict Verdict::cancelled()
{
    return {DownloadStatus::Cancelled, FailureKind::None, QCoreApplication::translate("Verdict", "Cancelled"),
            false};
}

Verdict Verdict::error(FailureKind failure, const QString &message)
{
    return {DownloadStatus::Error, failure, message, false};
}

int DownloadResult::retries() const
{
    const auto flags = std::count_if(requests.cbegin(), requests.cend(), [](const RequestSpan &span) {
        return span.purpose == RequestSpan::Purpose::Flag;
    });
    return std::max(0, int(flags) - 1);
}

int DownloadResult::httpStatus() const
{
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        if (it->purpose == RequestSpan::Purpose::Flag)
            return it->httpStatus;
    }
    return 0;
}

qint64 DownloadResult::wireMs() const
{
    qint64 total = 0;
    for (const RequestSpan &span : requests)
        total += span.durationMs();
    return total;
}

qint64 DownloadResult::startedMs() const
{
    return requests.isEmpty() ? -1 : requests.constFirst().startedMs;
}

qint64 DownloadResult::respondedMs() const
{
    return requests.isEmpty() ? -1 : requests.constLast().endedMs;
}

qint64 DownloadResult::saveMs() const
{
    const qint64 from = respondedMs();
    return savedMs >= 0 && from >= 0 ? savedMs - from : -1;
}

void RunSummary::count(DownloadStatus status, int retries)
{
    if (retries > 0)
        ++retried;
    switch (status) {
    case DownloadStatus::Ok: ++ok; break;
    case DownloadStatus::Unchanged: ++unchanged; break;
    case DownloadStatus::NotFound: ++notFound; break;
    case DownloadStatus::Error: ++errors; break;
    case DownloadStatus::Cancelled: ++interrupted; break;
    }
}
