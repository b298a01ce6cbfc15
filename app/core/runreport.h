#pragma once

#include "downloadresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// One code's line in a run report: what a spreadsheet or a script needs, with
// the times as durations rather than clock readings. -1: did not happen.
struct ReportRow
{
    QString code;
    QString country;
    QString url;
    DownloadStatus status = DownloadStatus::Error;
    int httpStatus = 0;
    qint64 bytes = 0;
    qint64 queueWaitMs = -1; // from the start of the run to the first request
    qint64 wireMs = -1;      // on the wire, over all of its requests
    qint64 saveMs = -1;      // decoding and writing the file
    int retries = 0;
    int requests = 0;        // requests Qt sent, redirects and quiet resends included
    QString message;
    QString file;

    static ReportRow from(const DownloadResult &result);
    bool operator==(const ReportRow &) const = default;
};

// Where a run came from, for the report's header (JSON) or file name.
struct ReportSource
{
    QString server;   // "DELAY", "CUSTOM", ...
    QString site;     // "http://127.0.0.1:8002/flags"
    int concurrency = 0;
    bool operator==(const ReportSource &) const = default;
};

// A run as CSV (one header row, then one row per code) or JSON (the source,
// the counts and one object per code), and back. Rows are kept per code: a
// "Retry failed" run replaces the rows of the codes it fetched again.
class RunReport final
{
public:
    enum class Format { Csv, Json };
    // From the file name: .csv or .json, in any case. Nothing for others.
    static std::optional<Format> formatFor(const QString &fileName);

    void setSource(const ReportSource &source) { m_source = source; }
    ReportSource source() const { return m_source; }
    void setElapsedMs(qint64 elapsedMs) { m_elapsedMs = elapsedMs; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    void add(const DownloadResult &result);
    void add(const ReportRow &row);
    void clear();
    bool isEmpty() const { return m_rows.isEmpty(); }
    // Sorted by code, so two reports of the same run compare equal.
    QList<ReportRow> rows() const;
    // Counted from the rows; elapsedMs from setElapsedMs().
    RunSummary counts() const;

    QByteArray toCsv() const;
    QByteArray toJson() const;
    // Written whole or not at all. *error: a sentence for a person.
    bool save(const QString &fileName, QString *error) const;

    // For checking a written report (and for tools): nothing, with *error set,
    // when the text is not a report this class wrote.
    static std::optional<RunReport> fromCsv(const QByteArray &csv, QString *error);
    static std::optional<RunReport> fromJson(const QByteArray &json, QString *error);
    static std::optional<RunReport> load(const QString &fileName, QString *error);

private:
    ReportSource m_source;
    qint64 m_elapsedMs = 0;
    QList<ReportRow> m_rows;
    QHash<QString, qsizetype> m_rowOfCode;
};
