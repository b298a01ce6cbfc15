#pragma once

#include "downloadresult.h"

#include <QString>
#include <QStringList>

// The reports flags2 prints, word for word where flags2 has words, so people
// following the book recognise them. Used by the CLI and the window's summary.
namespace Flags2Report {

// "LOCAL site: http://127.0.0.1:8001/flags\nSearching for 20 flags: from BD to VN\n
//  20 concurrent connections will be used.\n"
QString initial(const QString &serverLabel, const QString &site, const QStringList &codes,
                int concurrency);

// One line per code for -v: "BR OK", "XX not found: URL", "YY error: HTTP error 418 - I'm a teapot";
// with country names, "BR Brazil OK", and why a name is the system's when it is.
QString resultLine(const DownloadResult &result);

// "--------------------\n194 flags downloaded.\n482 not found.\nElapsed time: 0.63s\n"
QString final(const RunSummary &summary);

// The same lines without the rule, for the window.
QStringList summaryLines(const RunSummary &summary);

} // namespace Flags2Report
