#include "flagsaver.h"

#include "failureclassifier.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImageReader>
#include <QMimeDatabase>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FlagSaver", text);
}

bool isImageExtension(const QString &extension)
{
    static const QStringList known{u"png"_s, u"gif"_s, u"jpg"_s, u"jpeg"_s, u"webp"_s,
                                   u"bmp"_s, u"svg"_s, u"ico"_s, u"tif"_s, u"tiff"_s};
    return known.contains(extension.toLower());
}

QString describeContentType(const QString &contentType)
{
    return contentType.isEmpty() ? tr("no content type") : contentType.section(u';', 0, 0).trimmed();
}

} // namespace

namespace FlagSaver {

QString chooseExtension(const QString &urlExtension, const QString &contentType,
                        const QByteArray &decodedFormat)
{
    if (isImageExtension(urlExtension))
        return urlExtension.toLower();
    const QString mimeName = contentType.section(u';', 0, 0).trimmed().toLower();
    if (mimeName.startsWith(u"image/"_s)) {
        const QString suffix = QMimeDatabase().mimeTypeForName(mimeName).preferredSuffix();
        if (isImageExtension(suffix))
            return suffix;
    }
    const QString format = QString::fromLatin1(decodedFormat).toLower();
    return format.isEmpty() ? u"img"_s : format;
}

SaveOutcome saveAndDecode(const SaveRequest &request)
{
    SaveOutcome outcome;

    QBuffer buffer;
    buffer.setData(request.body);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format(); // sniffed from the bytes; empty after read()
    const QImage image = reader.read();
    if (image.isNull()) {
        outcome.error = tr("Not an image (%1, %2)")
                            .arg(describeContentType(request.contentType),
                                 FailureClassifier::formatBytes(request.body.size()));
        return outcome;
    }
    outcome.decoded = true;

    const QString fileName = request.fileStem + u'.'
                             + chooseExtension(request.urlExtension, request.contentType,
                                               format);
    QDir destination(request.destinationDir);
    // When this fails, opening the file below fails too, with the system's reason.
    destination.mkpath(u"."_s);
    const QString path = destination.absoluteFilePath(fileName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = tr("Could not save %1: %2").arg(fileName, file.errorString());
        return outcome;
    }
    if (file.write(request.body) != request.body.size() || !file.commit()) {
        outcome.error = tr("Could not save %1: %2").arg(fileName, file.errorString());
        file.cancelWriting();
        return outcome;
    }
    outcome.saved = true;
    outcome.filePath = path;
    if (request.thumbnailSize.isValid() && !request.thumbnailSize.isEmpty())
        outcome.thumbnail = image.scaled(request.thumbnailSize, Qt::KeepAspectRatio,
                                         Qt::SmoothTransformation);
    return outcome;
}

} // namespace FlagSaver
