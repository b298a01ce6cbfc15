#include "sweepreport.h"

#include "base/atomicfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SweepReport {

QStringList columns()
{
    return {u"strategy"_s, u"level"_s,     u"elapsed_s"_s, u"flags_per_s"_s, u"ideal_s"_s,
            u"ok"_s,       u"not_found"_s, u"errors"_s,    u"threads"_s,     u"peak_mib"_s};
}

QByteArray toCsv(const QList<SweepPoint> &points)
{
    // Numbers only, with a dot: the same file on any locale.
    QByteArray csv = columns().join(u',').toLatin1() + "\r\n";
    for (const SweepPoint &point : points) {
        const QStringList cells{NetworkStrategies::nameOf(point.strategy),
                                QString::number(point.level),
                                QString::number(point.elapsedSeconds(), 'f', 3),
                                QString::number(point.flagsPerSecond(), 'f', 2),
                                QString::number(point.idealSeconds(), 'f', 3),
                                QString::number(point.run.ok),
                                QString::number(point.run.notFound),
                                QString::number(point.run.errors),
                                // Empty where the system did not say.
                                point.peakThreads < 0 ? QString() : QString::number(point.peakThreads),
                                point.peakResidentBytes < 0 ? QString()
                                                            : QString::number(point.peakResidentMiB(), 'f', 1)};
        csv += cells.join(u',').toLatin1() + "\r\n";
    }
    return csv;
}

bool save(const QList<SweepPoint> &points, const QString &fileName, QString *error)
{
    if (QString reason; !AtomicFile::write(fileName, toCsv(points), &reason)) {
        *error = QCoreApplication::translate("SweepReport", "Could not save the sweep report %1: %2")
                     .arg(fileName, reason);
        return false;
    }
    return true;
}

} // namespace SweepReport
