#include "flags2report.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Flags2Report", text, disambiguation, n);
}

// flags2 right-aligns counts in three columns: f'{n:3}'.
QString count(int n)
{
    return u"%1"_s.arg(n, 3);
}

} // namespace

namespace Flags2Report {

QString initial(const QString &serverLabel, const QString &site, const QStringList &codes,
                int concurrency)
{
    QString text = tr("%1 site: %2\n").arg(serverLabel, site);
    const QString which = codes.size() <= 10
                              ? codes.join(u", "_s)
                              : tr("from %1 to %2").arg(codes.first(), codes.last());
    text += tr("Searching for %n flag(s): %1\n", nullptr, int(codes.size())).arg(which);
    text += tr("%n concurrent connection(s) will be used.\n", nullptr, concurrency);
    return text;
}

QString resultLine(const DownloadResult &result)
{
    // With names (flags3): "BR Brazil OK"; a name that is only the code is not repeated.
    const QString who = result.countryName.isEmpty() || result.countryName == result.code
                            ? result.code
                            : tr("%1 %2").arg(result.code, result.countryName);
    switch (result.status()) {
    case DownloadStatus::Ok:
        return result.nameNote.isEmpty() ? tr("%1 OK").arg(who)
                                         : tr("%1 OK (%2)").arg(who, result.nameNote);
    case DownloadStatus::Unchanged:
        return tr("%1 unchanged").arg(who);
    case DownloadStatus::NotFound:
        return tr("%1 not found: %2").arg(who, result.url.toString());
    case DownloadStatus::Cancelled:
        return tr("%1 cancelled").arg(who);
    case DownloadStatus::Error:
        break;
    }
    return tr("%1 error: %2").arg(who, result.verdict.message);
}

QString final(const RunSummary &summary)
{
    return QString(20, u'-') + u'\n' + summaryLines(summary).join(u'\n') + u'\n';
}

QStringList summaryLines(const RunSummary &summary)
{
    QStringList lines;
    // flags2 pads the counts to three columns: %1, its form chosen by the count.
    lines.append(tr("%1 flag(s) downloaded.", nullptr, summary.ok).arg(count(summary.ok)));
    if (summary.unchanged)
        lines.append(tr("%1 unchanged.", nullptr, summary.unchanged).arg(count(summary.unchanged)));
    if (summary.notFound)
        lines.append(tr("%1 not found.", nullptr, summary.notFound).arg(count(summary.notFound)));
    if (summary.errors)
        lines.append(tr("%1 error(s).", nullptr, summary.errors).arg(count(summary.errors)));
    if (summary.retried)
        lines.append(tr("%1 retried after a transient failure.").arg(count(summary.retried)));
    if (summary.cancelled)
        lines.append(tr("Cancelled: %1 of %n flag(s) were not fetched.", nullptr, summary.total)
                         .arg(summary.total - summary.fetched()));
    lines.append(tr("Elapsed time: %1s").arg(double(summary.elapsedMs) / 1000.0, 0, 'f', 2));
    return lines;
}

} // namespace Flags2Report
