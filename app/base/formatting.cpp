#include "formatting.h"

#include <QCoreApplication>
#include <QLocale>

namespace Formatting {

QString dataSize(qint64 bytes)
{
    if (bytes < 1024) {
        return bytes == 1 ? QCoreApplication::translate("Formatting", "1 byte")
                          : QCoreApplication::translate("Formatting", "%1 bytes").arg(bytes);
    }
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace Formatting
