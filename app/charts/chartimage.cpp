#include "chartimage.h"

#include "base/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>

using namespace Qt::StringLiterals;

namespace ChartImage {

bool savePng(const QImage &image, const QString &path, QString *reason)
{
    // Encoded in memory first, so the file on disk is written in one piece
    // (QSaveFile) and an encoding failure leaves nothing behind.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        *reason = QCoreApplication::translate("ChartImage", "the image could not be encoded: %1")
                      .arg(writer.errorString());
        return false;
    }
    return AtomicFile::write(path, buffer.data(), reason);
}

bool isPngName(const QString &path)
{
    return path.endsWith(u".png"_s, Qt::CaseInsensitive) && path.size() > 4;
}

} // namespace ChartImage
