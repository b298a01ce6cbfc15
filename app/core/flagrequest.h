#pragma once

#include "downloadresult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;

// One GET on the wire. Owns the reply, an inactivity timer that starts when the
// request is sent (the pool guarantees it is not parked in Qt's queue) and is
// restarted by every sign of life, and a cap on the body size. Emits finished()
// exactly once, whatever ends it: the reply, our timeout, the cap or cancel().
class FlagRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagRequest)

public:
    struct Limits
    {
        std::chrono::milliseconds inactivityTimeout{3100};
        std::chrono::milliseconds deadline{60000}; // for the whole request
        qint64 maxBodyBytes = 0;
        int maxRedirects = 0;
    };

    FlagRequest(QNetworkAccessManager *manager, const QUrl &url, const Limits &limits,
                QObject *parent = nullptr);
    ~FlagRequest() override;

    QNetworkAccessManager *manager() const { return m_manager; }

    // Aborts the request; finished() reports it as cancelled.
    void cancel();

    // Retry-After in seconds or as an HTTP date; nothing when absent or bad.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value);

Q_SIGNALS:
    void finished(const FetchOutcome &outcome);

private:
    void onMetaDataChanged();
    void onDownloadProgress(qint64 received, qint64 total);
    void onReadyRead();
    void onTimeout();
    void noteReceived(qint64 bytes);
    void onReplyFinished();
    void abortBecause(bool FetchOutcome::*flag);

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    Limits m_limits;
    QTimer m_inactivity;
    QTimer m_deadline;
    FetchOutcome m_outcome;
    bool m_finished = false;
    bool m_aborting = false;
};
