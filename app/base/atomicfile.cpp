#include "atomicfile.h"

#include "formatting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AtomicFile", text, disambiguation, n);
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

} // namespace

namespace AtomicFile {

QString explainWriteError(int error, const QString &folder, qint64 fileSize, const QString &qtReason)
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
                .arg(Formatting::dataSize(fileSize),
                     Formatting::dataSize(qint64(limit.rlim_cur)));
        return tr("the file (%1) is too large for this disk").arg(Formatting::dataSize(fileSize));
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

bool prepareFolder(const QString &dir, QString *reason)
{
    const QDir destination(dir);
    const QString folder = destination.absolutePath();
    errno = 0;
    if (!destination.mkpath(u"."_s)) {
        *reason = explainWriteError(errno, folder, 0, QString());
        return false;
    }
    // A folder that exists may still refuse files: try one, as saving will.
    QTemporaryFile probe(destination.absoluteFilePath(u".qflags-XXXXXX"_s));
    errno = 0;
    if (!probe.open()) {
        *reason = explainWriteError(errno, folder, 0, probe.errorString());
        return false;
    }
    return true;
}

namespace {

// The data in a new temporary file beside path, renamed over it; no fsync.
// Plain POSIX: QSaveFile always syncs, and the kernel applies the umask to
// a file created with 0666 as it does for QSaveFile's.
constexpr auto temporaryPrefix = ".qflags-tmp-";

QByteArray temporaryName(const QString &folder)
{
    return QFile::encodeName(folder + u'/' + QLatin1StringView(temporaryPrefix)
                             + QString::number(QRandomGenerator::global()->generate64(), 36));
}

// Writes all of data to fd; 0, or the errno of the write that failed.
int writeAll(int fd, const QByteArray &data)
{
    const char *from = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, from, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return written < 0 ? errno : ENOSPC; // a write cut short (a full disk) says why only on the next try
        from += written;
        left -= written;
    }
    return 0;
}

// A file with no name until it is whole (O_TMPFILE): a process killed while
// writing it leaves nothing behind. A new flag takes its name in one step
// (linkat fails rather than replace); one that replaces a file gets a
// temporary name first and is renamed over it. -1 when the file system has
// no O_TMPFILE: the caller writes a named temporary file instead.
int writeUnnamedThenLink(const QString &folder, const QString &path, const QByteArray &data)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0)
        return errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL ? -1 : errno;
    if (const int error = writeAll(fd, data); error != 0) {
        ::close(fd);
        return error;
    }
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(fd);
    const QByteArray target = QFile::encodeName(path);
    int error = 0;
    bool named = true;
    if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, target.constData(), AT_SYMLINK_FOLLOW) != 0) {
        named = false;
        error = errno;
        if (error == EEXIST) {
            error = 0;
            QByteArray temporary;
            for (int attempt = 0; attempt < 16; ++attempt) {
                temporary = temporaryName(folder);
                if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, temporary.constData(), AT_SYMLINK_FOLLOW) == 0)
                    break;
                error = errno;
                temporary.clear();
                if (error != EEXIST)
                    break;
            }
            if (!temporary.isEmpty()) {
                error = ::rename(temporary.constData(), target.constData()) == 0 ? 0 : errno;
                named = error == 0;
                if (error != 0)
                    ::unlink(temporary.constData());
            }
        } else if (error == ENOENT || error == EXDEV || error == EPERM) {
            ::close(fd); // no /proc: the named way
            return -1;
        }
    }
    if (::close(fd) != 0 && error == 0) {
        // A late write error (a network file system's): what took the name
        // may not be whole, so it goes.
        error = errno;
        if (named)
            ::unlink(target.constData());
    }
    return error;
}

bool writeAndRename(const QString &path, const QByteArray &data, QString *reason)
{
    const QString folder = QFileInfo(path).absolutePath();
    const auto fail = [&](int error) {
        *reason = explainWriteError(error, folder, data.size(), QString());
        return false;
    };
    if (const int error = writeUnnamedThenLink(folder, path, data); error >= 0)
        return error == 0 || fail(error);
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 16; ++attempt) {
        temporary = temporaryName(folder);
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return fail(errno);
    }
    if (fd < 0)
        return fail(EEXIST);
    if (const int error = writeAll(fd, data); error != 0) {
        ::close(fd);
        ::unlink(temporary.constData());
        return fail(error);
    }
    if (::close(fd) != 0 || ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return fail(error);
    }
    return true;
}

} // namespace

void removeLeftovers(const QString &folder)
{
    // Only the ones a while old: another run may be writing into this folder.
    const QDateTime aWhileAgo = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QFileInfoList files = QDir(folder).entryInfoList({QLatin1StringView(temporaryPrefix) + u'*'},
                                                           QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &file : files) {
        if (file.lastModified().toUTC() < aWhileAgo)
            QFile::remove(file.filePath());
    }
}

void syncFileSystem(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return; // nothing was written there
    ::syncfs(fd);
    ::close(fd);
}

bool write(const QString &path, const QByteArray &data, QString *reason, Sync sync)
{
    if (sync == Sync::Later)
        return writeAndRename(path, data, reason);
    const QString folder = QFileInfo(path).absolutePath();
    const auto fail = [&](int error, const QString &qtReason) {
        *reason = explainWriteError(error, folder, data.size(), qtReason);
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

} // namespace AtomicFile
