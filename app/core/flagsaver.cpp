#include "flagsaver.h"

#include "failureclassifier.h"
#include "safefilename.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <sys/resource.h>

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

// The file that stands where `folder` or one of its parents should be, if any.
QString fileInTheWay(const QString &folder)
{
    QString path = QDir::cleanPath(folder);
    for (;;) {
        const QFileInfo info(path);
        if (info.exists())
            return info.isDir() ? QString() : path;
        const QString parent = info.path();
        if (parent == path)
            return {};
        path = parent;
    }
}

// Why a file of `fileSize` bytes could not be written in `folder`, in words a
// person can act on. `error` is the errno of the call that failed; the system's
// own words ("No space left on device", "File too large") say what happened but
// not what to do about it. `qtReason` is what Qt said, for anything else.
QString explain(int error, const QString &folder, qint64 fileSize, const QString &qtReason)
{
    const QString where = QDir::toNativeSeparators(folder);
    const QString blocker = fileInTheWay(folder);
    if (!blocker.isEmpty())
        return tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(blocker));
    switch (error) {
    case ENOSPC:
        return tr("the disk is full");
    case EDQUOT:
        return tr("the disk quota is used up");
    case EFBIG: {
        // Flags are small: usually a limit set on this program (ulimit -f), not the disk's own.
        rlimit limit{};
        if (::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
            && qint64(limit.rlim_cur) < fileSize)
            return tr("the file (%1) is over the file size limit (ulimit -f) of %2")
                .arg(FailureClassifier::formatBytes(fileSize),
                     FailureClassifier::formatBytes(qint64(limit.rlim_cur)));
        return tr("the file (%1) is too large for this disk").arg(FailureClassifier::formatBytes(fileSize));
    }
    case EROFS:
        return tr("%1 is on a read-only disk").arg(where);
    case EACCES:
    case EPERM:
        return QFileInfo(folder).isDir() ? tr("no permission to write in %1").arg(where)
                                         : tr("no permission to create the folder %1").arg(where);
    case ENOENT:
        if (!QFileInfo(folder).isDir())
            return tr("cannot create the folder %1").arg(where);
        break;
    default:
        break;
    }
    // The system's words, and where: they rarely name the folder themselves.
    const QString reason = !qtReason.isEmpty() ? qtReason
                           : error != 0        ? qt_error_string(error)
                                               : tr("the system gave no reason");
    return tr("%1 (in %2)").arg(reason, where);
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

bool prepareFolder(const QString &dir, QString *reason)
{
    const QDir destination(dir);
    const QString folder = destination.absolutePath();
    errno = 0;
    if (!destination.mkpath(u"."_s)) {
        *reason = explain(errno, folder, 0, QString());
        return false;
    }
    // A folder that exists may still refuse files: try one, as saving will.
    QTemporaryFile probe(destination.absoluteFilePath(u".qflags-XXXXXX"_s));
    errno = 0;
    if (!probe.open()) {
        *reason = explain(errno, folder, 0, probe.errorString());
        return false;
    }
    return true;
}

bool writeAtomically(const QString &path, const QByteArray &data, QString *reason)
{
    const QString folder = QFileInfo(path).absolutePath();
    const auto fail = [&](int error, const QString &qtReason) {
        *reason = explain(error, folder, data.size(), qtReason);
        return false;
    };
    QSaveFile file(path);
    // Unbuffered: Qt 6.4's commit() ignores a failure to flush its 16 KiB write
    // buffer, so a smaller file cut short by a full disk would replace the old
    // one and count as saved. Unbuffered, a short write shows here, before commit.
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(errno, file.errorString());
    errno = 0;
    if (file.write(data) != data.size()) {
        // A write cut short sets no error in Qt, only errno.
        const int error = errno;
        const QString qtReason = file.error() != QFileDevice::NoError ? file.errorString() : QString();
        file.cancelWriting(); // the temporary file goes, the old file stays
        return fail(error, qtReason);
    }
    errno = 0;
    if (!file.commit())
        return fail(errno, file.errorString());
    return true;
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
    if (request.body.isEmpty()) {
        outcome.error = tr("The server sent an empty body (%1)").arg(describeContentType(request.contentType));
        return outcome;
    }
    if (image.isNull()) {
        outcome.error = tr("Not an image (%1, %2)")
                            .arg(describeContentType(request.contentType),
                                 FailureClassifier::formatBytes(request.body.size()));
        return outcome;
    }
    outcome.decoded = true;

    const QString extension = chooseExtension(request.urlExtension, request.contentType, format);
    const QDir destination(request.destinationDir);
    const QString folder = destination.absolutePath();
    QString stem = request.fileStem;
    if (!request.stemIfTaken.isEmpty() && QFileInfo::exists(destination.absoluteFilePath(stem + u'.' + extension)))
        stem = request.stemIfTaken;
    const QString fileName = stem + u'.' + extension;
    // Stems may come from a server (country names): whatever made them, no
    // file is written anywhere but in the destination folder itself.
    if (!SafeFileName::isPlainFileName(stem)
        || QFileInfo(destination.absoluteFilePath(fileName)).absolutePath() != QDir::cleanPath(folder)) {
        outcome.error = tr("Could not save %1: the name is not a plain file name in %2")
                            .arg(fileName, QDir::toNativeSeparators(folder));
        return outcome;
    }
    const auto fail = [&](int error, const QString &qtReason) {
        outcome.error = tr("Could not save %1: %2")
                            .arg(fileName, explain(error, folder, request.body.size(), qtReason));
        return outcome;
    };
    errno = 0;
    if (!destination.mkpath(u"."_s))
        return fail(errno, QString());
    const QString path = destination.absoluteFilePath(fileName);
    if (QFileInfo(path).isDir()) {
        outcome.error = tr("Could not save %1: a folder of that name is in the way").arg(fileName);
        return outcome;
    }
    // QSaveFile writes through a link to its target, which may be anywhere.
    if (QFileInfo(path).isSymLink()) {
        outcome.error = tr("Could not save %1: a link of that name is in the way").arg(fileName);
        return outcome;
    }

    if (QString reason; !writeAtomically(path, request.body, &reason)) {
        outcome.error = tr("Could not save %1: %2").arg(fileName, reason);
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
