#pragma once

#include "sweeppoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A sweep as a table, a row per run (a level with a strategy), for a
// spreadsheet or a plotting script: --sweep-report FILE.csv and the window's
// Save table.
namespace SweepReport {

// "strategy,level,elapsed_s,flags_per_s,ideal_s,ok,not_found,errors,threads,peak_mib"
QStringList columns();
QByteArray toCsv(const QList<SweepPoint> &points);
// Written whole or not at all; false with *error in words.
bool save(const QList<SweepPoint> &points, const QString &fileName, QString *error);

} // namespace SweepReport
