#include "formatting.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Formatting {

QString dataSize(qint64 bytes)
{
    if (bytes < 1024) {
        return QCoreApplication::translate("Formatting", "%n byte(s)", nullptr, int(bytes));
    }
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString dataRate(qint64 bytesPerSecond)
{
    if (bytesPerSecond < 1024)
        return QCoreApplication::translate("Formatting", "%1 B/s").arg(std::max<qint64>(bytesPerSecond, 0));
    const double kib = double(bytesPerSecond) / 1024.0;
    // One decimal, none when it is .0: "1 KiB/s", "2.5 KiB/s".
    QString number = QLocale::c().toString(kib, 'f', kib < 100 ? 1 : 0);
    if (number.endsWith(QLatin1String(".0")))
        number.chop(2);
    return QCoreApplication::translate("Formatting", "%1 KiB/s").arg(number);
}

QString duration(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(ms, 0) + 500) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("Formatting", "%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 10 && seconds % 60)
        return QCoreApplication::translate("Formatting", "%1 min %2 s").arg(minutes).arg(seconds % 60);
    if (minutes < 60)
        return QCoreApplication::translate("Formatting", "%1 min").arg((seconds + 30) / 60);
    const qint64 roundedMinutes = (seconds + 30) / 60;
    return QCoreApplication::translate("Formatting", "%1 h %2 min").arg(roundedMinutes / 60).arg(roundedMinutes % 60);
}

} // namespace Formatting
