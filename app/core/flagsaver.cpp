#include "flagsaver.h"

#include "base/atomicfile.h"
#include "base/formatting.h"
#include "base/safefilename.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FlagSaver", text, disambiguation, n);
}

QString describeContentType(const QString &contentType)
{
    return contentType.isEmpty() ? QCoreApplication::translate("FlagSaver", "no content type")
                                 : contentType.section(u';', 0, 0).trimmed();
}

} // namespace

namespace FlagSaver {

bool isImageExtension(const QString &extension)
{
    static const QStringList known{u"png"_s, u"gif"_s, u"jpg"_s, u"jpeg"_s, u"webp"_s,
                                   u"bmp"_s, u"svg"_s, u"ico"_s, u"tif"_s, u"tiff"_s};
    return known.contains(extension.toLower());
}

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

// A flag unchanged since an earlier run: its file, read for the thumbnail.
static SaveOutcome readKept(const SaveRequest &request)
{
    SaveOutcome outcome;
    QImageReader reader(request.keptFile);
    reader.setAutoTransform(false);
    const QImage image = reader.read();
    if (image.isNull()) {
        outcome.verdict = Verdict::error(FailureKind::NotAnImage,
                                         tr("%1 no longer reads as an image: %2")
                                             .arg(QDir::toNativeSeparators(request.keptFile), reader.errorString()));
        return outcome;
    }
    outcome.verdict = Verdict::ok();
    outcome.filePath = request.keptFile;
    outcome.thumbnail = image.scaled(request.thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return outcome;
}

SaveOutcome saveAndDecode(const SaveRequest &request)
{
    if (!request.keptFile.isEmpty())
        return readKept(request);
    SaveOutcome outcome;

    QBuffer buffer;
    buffer.setData(request.body);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format(); // sniffed from the bytes; empty after read()
    const QImage image = reader.read();
    if (request.body.isEmpty()) {
        outcome.verdict = Verdict::error(
            FailureKind::NotAnImage,
            tr("The server sent an empty body (%1)").arg(describeContentType(request.contentType)));
        return outcome;
    }
    if (image.isNull()) {
        outcome.verdict = Verdict::error(FailureKind::NotAnImage,
                                         tr("Not an image (%1, %2)")
                                             .arg(describeContentType(request.contentType),
                                                  Formatting::dataSize(request.body.size())));
        return outcome;
    }

    const QString extension = chooseExtension(request.urlExtension, request.contentType, format);
    const QDir destination(request.destinationDir);
    const QString folder = destination.absolutePath();
    QString stem = request.fileStem;
    if (!request.stemIfTaken.isEmpty() && stem + u'.' + extension != request.ownFileName
        && QFileInfo::exists(destination.absoluteFilePath(stem + u'.' + extension)))
        stem = request.stemIfTaken;
    const QString fileName = stem + u'.' + extension;
    // Stems may come from a server (country names): whatever made them, no
    // file is written anywhere but in the destination folder itself.
    if (!SafeFileName::isPlainFileName(stem)
        || QFileInfo(destination.absoluteFilePath(fileName)).absolutePath() != QDir::cleanPath(folder)) {
        outcome.verdict = Verdict::error(FailureKind::SaveFailed,
                                         tr("Could not save %1: the name is not a plain file name in %2")
                                             .arg(fileName, QDir::toNativeSeparators(folder)));
        return outcome;
    }
    const auto fail = [&](int error, const QString &qtReason) {
        outcome.verdict = Verdict::error(
            FailureKind::SaveFailed,
            tr("Could not save %1: %2")
                .arg(fileName, AtomicFile::explainWriteError(error, folder, request.body.size(), qtReason)));
        return outcome;
    };
    errno = 0;
    if (!destination.mkpath(u"."_s))
        return fail(errno, QString());
    const QString path = destination.absoluteFilePath(fileName);
    if (QFileInfo(path).isDir()) {
        outcome.verdict = Verdict::error(FailureKind::SaveFailed,
                                         tr("Could not save %1: a folder of that name is in the way").arg(fileName));
        return outcome;
    }
    // QSaveFile writes through a link to its target, which may be anywhere.
    if (QFileInfo(path).isSymLink()) {
        outcome.verdict = Verdict::error(FailureKind::SaveFailed,
                                         tr("Could not save %1: a link of that name is in the way").arg(fileName));
        return outcome;
    }

    // No fsync per flag: the engine flushes the folder's disk once a run ends.
    if (QString reason; !AtomicFile::write(path, request.body, &reason, AtomicFile::Sync::Later)) {
        outcome.verdict = Verdict::error(FailureKind::SaveFailed, tr("Could not save %1: %2").arg(fileName, reason));
        return outcome;
    }
    outcome.verdict = Verdict::ok();
    outcome.filePath = path;
    const QFileInfo written(path);
    outcome.fileBytes = written.size();
    outcome.fileModifiedMs = written.lastModified().toMSecsSinceEpoch();
    if (request.thumbnailSize.isValid() && !request.thumbnailSize.isEmpty())
        outcome.thumbnail = image.scaled(request.thumbnailSize, Qt::KeepAspectRatio,
                                         Qt::SmoothTransformation);
    return outcome;
}

} // namespace FlagSaver
