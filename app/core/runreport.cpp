#include "runreport.h"

#include "base/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The result column's words: stable, not translated, so scripts can rely on them.
constexpr std::pair<DownloadStatus, QLatin1StringView> statusWords[] = {
    {DownloadStatus::Ok, "downloaded"_L1},
    {DownloadStatus::Unchanged, "unchanged"_L1},
    {DownloadStatus::NotFound, "not found"_L1},
    {DownloadStatus::Error, "error"_L1},
    {DownloadStatus::Cancelled, "interrupted"_L1},
};

QString wordFor(DownloadStatus status)
{
    for (const auto &[known, word] : statusWords) {
        if (known == status)
            return word;
    }
    return {};
}

std::optional<DownloadStatus> statusFor(const QString &word)
{
    for (const auto &[status, known] : statusWords) {
        if (known == word)
            return status;
    }
    return std::nullopt;
}

// The column names, shared by the CSV header and the JSON keys.
const QStringList columns = {
    u"code"_s,        u"country"_s,  u"url"_s,     u"result"_s,   u"http_status"_s,
    u"bytes"_s,       u"queue_wait_ms"_s, u"wire_ms"_s, u"save_ms"_s, u"retries"_s,
    u"requests"_s,    u"message"_s,  u"file"_s,
};

// A row as text cells in column order; a duration that did not happen is empty.
QStringList cellsOf(const ReportRow &row)
{
    const auto duration = [](qint64 ms) { return ms < 0 ? QString() : QString::number(ms); };
    return {row.code,
            row.country,
            row.url,
            wordFor(row.status),
            QString::number(row.httpStatus),
            QString::number(row.bytes),
            duration(row.queueWaitMs),
            duration(row.wireMs),
            duration(row.saveMs),
            QString::number(row.retries),
            QString::number(row.requests),
            row.message,
            row.file};
}

// The inverse of cellsOf(). Nothing, with *error set, for a malformed row.
std::optional<ReportRow> rowOf(const QStringList &cells, QString *error)
{
    if (cells.size() != columns.size()) {
        *error = QCoreApplication::translate("RunReport", "%1 columns instead of %2").arg(cells.size()).arg(columns.size());
        return std::nullopt;
    }
    bool ok = true;
    const auto number = [&ok](const QString &text) {
        bool parsed = false;
        const qint64 value = text.toLongLong(&parsed);
        ok = ok && parsed && value >= 0;
        return value;
    };
    const auto duration = [&number](const QString &text) { return text.isEmpty() ? -1 : number(text); };
    ReportRow row;
    row.code = cells.at(0);
    row.country = cells.at(1);
    row.url = cells.at(2);
    const auto status = statusFor(cells.at(3));
    if (!status) {
        *error = QCoreApplication::translate("RunReport", "unknown result \"%1\"").arg(cells.at(3));
        return std::nullopt;
    }
    row.status = *status;
    row.httpStatus = int(number(cells.at(4)));
    row.bytes = number(cells.at(5));
    row.queueWaitMs = duration(cells.at(6));
    row.wireMs = duration(cells.at(7));
    row.saveMs = duration(cells.at(8));
    row.retries = int(number(cells.at(9)));
    row.requests = int(number(cells.at(10)));
    row.message = cells.at(11);
    row.file = cells.at(12);
    if (!ok || row.code.isEmpty()) {
        *error = QCoreApplication::translate("RunReport", "a number or the code is missing or malformed");
        return std::nullopt;
    }
    return row;
}

// A spreadsheet runs a cell that starts with = + - @ as a formula; a server's
// words (a reason phrase, a country name) must not. OWASP's rule: such a cell
// gets a leading apostrophe, which the reader takes off again. A cell that
// starts with an apostrophe gets one too, so taking it off is never a guess.
bool needsApostrophe(QStringView cell)
{
    return !cell.isEmpty() && u"=+-@\t\r'"_s.contains(cell.front());
}

QString csvCell(const QString &text)
{
    QString cell = needsApostrophe(text) ? u'\'' + text : text;
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
        || cell.startsWith(u' ') || cell.endsWith(u' ')) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QString uncsvCell(const QString &cell)
{
    if (cell.startsWith(u'\'') && needsApostrophe(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

// RFC 4180 records: quoted cells may hold commas, quotes and line breaks.
std::optional<QList<QStringList>> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    const auto endCell = [&] {
        record.append(uncsvCell(cell));
        cell.clear();
        cellWasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
        } else if (c == u',') {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endCell();
            records.append(std::exchange(record, {}));
            ++line;
        } else {
            if (cellWasQuoted) {
                *error = QCoreApplication::translate("RunReport", "line %1: text after a closing quote").arg(line);
                return std::nullopt;
            }
            cell += c;
        }
    }
    if (quoted) {
        *error = QCoreApplication::translate("RunReport", "line %1: a quote is never closed").arg(line);
        return std::nullopt;
    }
    if (!cell.isEmpty() || cellWasQuoted || !record.isEmpty()) {
        endCell();
        records.append(record);
    }
    return records;
}

QJsonValue durationValue(qint64 ms)
{
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ms);
}

} // namespace

ReportRow ReportRow::from(const DownloadResult &result)
{
    ReportRow row;
    row.code = result.code;
    row.country = result.countryName;
    row.url = result.url.toString();
    row.status = result.status();
    row.httpStatus = result.httpStatus();
    row.bytes = result.bytes;
    if (!result.requests.isEmpty()) {
        row.queueWaitMs = result.startedMs(); // the run started with every job queued
        row.wireMs = result.wireMs();
    }
    row.saveMs = result.saveMs();
    row.retries = result.retries();
    row.requests = result.requestsSent;
    // The message column also says why a name is the system's.
    row.message = result.verdict.message;
    if (!result.nameNote.isEmpty())
        row.message += u"; "_s + result.nameNote;
    row.file = result.filePath;
    return row;
}

std::optional<RunReport::Format> RunReport::formatFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == "csv"_L1)
        return Format::Csv;
    if (suffix == "json"_L1)
        return Format::Json;
    return std::nullopt;
}

void RunReport::add(const DownloadResult &result)
{
    add(ReportRow::from(result));
}

void RunReport::add(const ReportRow &row)
{
    const auto known = m_rowOfCode.constFind(row.code);
    if (known != m_rowOfCode.cend()) {
        m_rows[*known] = row;
        return;
    }
    m_rowOfCode.insert(row.code, m_rows.size());
    m_rows.append(row);
}

void RunReport::clear()
{
    m_rows.clear();
    m_rowOfCode.clear();
    m_elapsedMs = 0;
}

QList<ReportRow> RunReport::rows() const
{
    QList<ReportRow> sorted = m_rows;
    std::sort(sorted.begin(), sorted.end(),
              [](const ReportRow &a, const ReportRow &b) { return a.code < b.code; });
    return sorted;
}

RunSummary RunReport::counts() const
{
    RunSummary summary;
    summary.total = int(m_rows.size());
    summary.elapsedMs = m_elapsedMs;
    for (const ReportRow &row : m_rows) {
        summary.count(row.status, row.retries);
        if (row.httpStatus > 0)
            summary.anyResponse = true;
    }
    summary.cancelled = summary.interrupted > 0;
    return summary;
}

QByteArray RunReport::toCsv() const
{
    QString text = columns.join(u',') + u"\r\n"_s;
    for (const ReportRow &row : rows()) {
        QStringList cells = cellsOf(row);
        for (QString &cell : cells)
            cell = csvCell(cell);
        text += cells.join(u',') + u"\r\n"_s;
    }
    return text.toUtf8();
}

QByteArray RunReport::toJson() const
{
    const RunSummary summary = counts();
    QJsonArray results;
    for (const ReportRow &row : rows()) {
        QJsonObject object;
        const QStringList cells = cellsOf(row);
        for (qsizetype i = 0; i < columns.size(); ++i)
            object.insert(columns.at(i), cells.at(i));
        // Numbers as numbers; a step that did not happen as null.
        object.insert(u"http_status"_s, row.httpStatus);
        object.insert(u"bytes"_s, row.bytes);
        object.insert(u"queue_wait_ms"_s, durationValue(row.queueWaitMs));
        object.insert(u"wire_ms"_s, durationValue(row.wireMs));
        object.insert(u"save_ms"_s, durationValue(row.saveMs));
        object.insert(u"retries"_s, row.retries);
        object.insert(u"requests"_s, row.requests);
        results.append(object);
    }
    const QJsonObject counts{
        {u"total"_s, summary.total},          {u"downloaded"_s, summary.ok},
        {u"unchanged"_s, summary.unchanged},
        {u"not_found"_s, summary.notFound},   {u"errors"_s, summary.errors},
        {u"interrupted"_s, summary.interrupted}, {u"retried"_s, summary.retried},
    };
    const QJsonObject report{
        {u"generator"_s, u"qflags " QFLAGS_VERSION ""_s},
        {u"server"_s, m_source.server},
        {u"site"_s, m_source.site},
        {u"concurrency"_s, m_source.concurrency},
        {u"elapsed_ms"_s, m_elapsedMs},
        {u"counts"_s, counts},
        {u"results"_s, results},
    };
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

bool RunReport::save(const QString &fileName, QString *error) const
{
    const auto format = formatFor(fileName);
    if (!format) {
        *error = QCoreApplication::translate("RunReport", "a report is saved as .csv or .json, not as %1").arg(QFileInfo(fileName).fileName());
        return false;
    }
    const QByteArray data = *format == Format::Csv ? toCsv() : toJson();
    if (QString reason; !AtomicFile::write(fileName, data, &reason)) {
        *error = QCoreApplication::translate("RunReport", "Could not save the report %1: %2").arg(fileName, reason);
        return false;
    }
    return true;
}

std::optional<RunReport> RunReport::fromCsv(const QByteArray &csv, QString *error)
{
    const auto records = parseCsv(QString::fromUtf8(csv), error);
    if (!records)
        return std::nullopt;
    if (records->isEmpty() || records->constFirst() != columns) {
        *error = QCoreApplication::translate("RunReport", "the first line is not the report's header (%1)").arg(columns.join(u','));
        return std::nullopt;
    }
    RunReport report;
    for (qsizetype i = 1; i < records->size(); ++i) {
        QString rowError;
        const auto row = rowOf(records->at(i), &rowError);
        if (!row) {
            *error = QCoreApplication::translate("RunReport", "row %1: %2").arg(i).arg(rowError);
            return std::nullopt;
        }
        report.add(*row);
    }
    return report;
}

std::optional<RunReport> RunReport::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("RunReport", "not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (!object.value(u"results"_s).isArray()) {
        *error = QCoreApplication::translate("RunReport", "no \"results\" list");
        return std::nullopt;
    }
    RunReport report;
    report.setSource({object.value(u"server"_s).toString(), object.value(u"site"_s).toString(),
                      object.value(u"concurrency"_s).toInt()});
    report.setElapsedMs(object.value(u"elapsed_ms"_s).toInteger());
    const QJsonArray results = object.value(u"results"_s).toArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject item = results.at(i).toObject();
        QStringList cells;
        for (const QString &column : columns) {
            const QJsonValue value = item.value(column);
            cells.append(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
        }
        QString rowError;
        const auto row = rowOf(cells, &rowError);
        if (!row) {
            *error = QCoreApplication::translate("RunReport", "result %1: %2").arg(i + 1).arg(rowError);
            return std::nullopt;
        }
        report.add(*row);
    }
    return report;
}

std::optional<RunReport> RunReport::load(const QString &fileName, QString *error)
{
    const auto format = formatFor(fileName);
    if (!format) {
        *error = QCoreApplication::translate("RunReport", "a report is a .csv or .json file");
        return std::nullopt;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    return *format == Format::Csv ? fromCsv(data, error) : fromJson(data, error);
}
