#pragma once

#include "downloadresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// A run as an HTTP Archive (HAR 1.2), the exchange log that browsers'
// network panels export and many tools read: one page for the run, one entry
// per request (retries and name requests too) with its headers, sizes and
// timings. Headers are there when the engine kept them
// (EngineSettings::keepHeaders).
class HarLog final
{
    Q_DECLARE_TR_FUNCTIONS(HarLog)

public:
    // Forgets the last run. startedUtc: when the engine's run began (its
    // time 0); title: what the page is called in a viewer.
    void begin(const QDateTime &startedUtc, const QString &title);
    // The page's title: "DELAY http://127.0.0.1:8002/flags, 20 flags at concurrency 6".
    static QString titleFor(const QString &server, const QString &site, qsizetype flags, int concurrency);
    void add(const DownloadResult &result);
    void setElapsedMs(qint64 elapsedMs) { m_elapsedMs = elapsedMs; }

    qsizetype entryCount() const { return m_requests.size(); }
    bool isEmpty() const { return m_requests.isEmpty(); }
    QByteArray toJson() const;
    // Written whole or not at all. *error: a sentence for a person.
    bool save(const QString &fileName, QString *error) const;
    // "HAR file saved to run.har (676 requests)", shown as given.
    QString savedMessage(const QString &shownFileName) const;

private:
    struct Request
    {
        QString code;
        RequestSpan span;
        int attempt = 0;        // 1 for a job's first flag request
        QString failure;        // the job's error, on its last flag request
    };

    QDateTime m_startedUtc;
    QString m_title;
    qint64 m_elapsedMs = 0;
    QList<Request> m_requests;
};
