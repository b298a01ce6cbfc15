#pragma once

// Destinations that refuse files, made on the spot by the tests that need them:
// a folder this process may not write to, a read-only disk, a full disk, and a
// file size limit. Each undoes itself when destroyed. Linux only, like qflags.

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <functional>
#include <optional>

#include <fcntl.h>
#include <linux/capability.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace DestinationTrouble {

using namespace Qt::StringLiterals;

// Mounts made by a test must not outlive it, even when a timeout kills it: so
// the first call moves the calling thread into a mount namespace of its own,
// whose mounts vanish with the process. Call it from the main thread: threads
// that already exist keep the old view, while processes this thread starts
// (QProcess) share the new one. False where mounting is not allowed (not root,
// or a container without CAP_SYS_ADMIN).
inline bool canMount()
{
    static const bool allowed = [] {
        if (::unshare(CLONE_NEWNS) != 0)
            return false;
        // Otherwise mounts could still propagate back into the shared namespace.
        return ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
    }();
    return allowed;
}

// A tmpfs of the given size on a fresh temporary folder.
class SmallDisk
{
    Q_DISABLE_COPY_MOVE(SmallDisk)

public:
    explicit SmallDisk(qint64 bytes, bool readOnly = false)
    {
        if (!m_base.isValid() || !canMount())
            return;
        m_path = m_base.filePath(u"disk"_s);
        if (!QDir().mkdir(m_path))
            return;
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs",
                            readOnly ? MS_RDONLY : 0, options.constData())
                    == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    bool isValid() const { return m_mounted; }
    QString path() const { return m_path; }

private:
    QTemporaryDir m_base;
    QString m_path;
    bool m_mounted = false;
};

// While one lives, no file this process writes may grow past the limit: write()
// fails with EFBIG, since SIGXFSZ (which would kill the process) is ignored.
class FileSizeLimit
{
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

public:
    explicit FileSizeLimit(qint64 bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_active = apply(bytes);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    bool isActive() const { return m_active; }

    // Async-signal-safe, for QProcess::setChildProcessModifier(): the ignored
    // signal and the limit both survive exec.
    static bool applyInChild(qint64 bytes)
    {
        ::signal(SIGXFSZ, SIG_IGN);
        return apply(bytes);
    }

private:
    static bool apply(qint64 bytes)
    {
        rlimit limit{};
        if (::getrlimit(RLIMIT_FSIZE, &limit) != 0)
            return false;
        limit.rlim_cur = rlim_t(bytes);
        return ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }

    rlimit m_previous{};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_active = false;
};

// A folder whose disk has `room` bytes left: a small tmpfs filled up to that,
// where this process may mount one (root, as in CI); elsewhere an ordinary
// folder under a file size limit of `room` bytes. Both cut a write short after
// `room` bytes and then fail it, the first with ENOSPC, the second with EFBIG.
class FullDisk
{
    Q_DISABLE_COPY_MOVE(FullDisk)

public:
    enum Kind { Tmpfs, SizeLimit };

    explicit FullDisk(qint64 room)
        : m_room(room)
    {
        m_path = m_disk.isValid() ? m_disk.path() : m_fallback.path();
    }
    Kind kind() const { return m_disk.isValid() ? Tmpfs : SizeLimit; }
    QString path() const { return m_path; }
    bool isValid() const { return !m_path.isEmpty(); }

    // Takes up all but `room` bytes with a file named "filler"; call it once the
    // folder holds what should be there already (an older flag).
    bool fill() const
    {
        if (kind() == SizeLimit)
            return true;
        const QByteArray name = QFile::encodeName(m_path + u"/filler"_s);
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0)
            return false;
        const QByteArray chunk(4096, '\0');
        qint64 size = 0;
        ssize_t written = 0;
        while ((written = ::write(fd, chunk.constData(), size_t(chunk.size()))) > 0)
            size += written;
        const bool full = written < 0 && errno == ENOSPC;
        const bool ok = full && ::ftruncate(fd, qMax<qint64>(0, size - m_room)) == 0;
        ::close(fd);
        return ok;
    }

    // The disk is full for this process from engage() to release() (or the end).
    void engage()
    {
        if (kind() == SizeLimit)
            m_limit.emplace(m_room);
    }
    void release() { m_limit.reset(); }

    // The same for a program started with QProcess.
    std::function<void()> childModifier() const
    {
        if (kind() == Tmpfs)
            return {};
        const qint64 room = m_room;
        return [room] { FileSizeLimit::applyInChild(room); };
    }

private:
    SmallDisk m_disk{1024 * 1024};
    QTemporaryDir m_fallback;
    QString m_path;
    qint64 m_room;
    std::optional<FileSizeLimit> m_limit;
};

// A folder (mode 0555) this process may not write to. Root ignores modes, so
// as root the calling thread also gives up the capability that lets it
// (CAP_DAC_OVERRIDE) while the object lives, and childModifier() takes it out
// of a started program's bounding set, which exec would otherwise refill.
class UnwritableFolder
{
    Q_DISABLE_COPY_MOVE(UnwritableFolder)

public:
    UnwritableFolder()
    {
        m_path = m_base.filePath(u"locked"_s);
        if (!m_base.isValid() || !QDir().mkdir(m_path))
            return;
        m_valid = QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                                    | QFile::ExeGroup | QFile::ReadOther
                                                    | QFile::ExeOther);
        if (m_valid && ::geteuid() == 0)
            m_valid = m_droppedOverride = setOverride(false);
    }
    ~UnwritableFolder()
    {
        if (m_droppedOverride)
            setOverride(true);
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    bool isValid() const { return m_valid; }
    QString path() const { return m_path; }

    static std::function<void()> childModifier()
    {
        return [] {
            if (::geteuid() == 0)
                ::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
        };
    }

private:
    // Capabilities are per thread: only the calling thread changes.
    static bool setOverride(bool on)
    {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3]{};
        if (::syscall(SYS_capget, &header, data) != 0)
            return false;
        const quint32 bit = 1u << (CAP_DAC_OVERRIDE % 32);
        auto &effective = data[CAP_DAC_OVERRIDE / 32].effective;
        effective = on ? (effective | bit) : (effective & ~bit);
        return ::syscall(SYS_capset, &header, data) == 0;
    }

    QTemporaryDir m_base;
    QString m_path;
    bool m_valid = false;
    bool m_droppedOverride = false;
};

} // namespace DestinationTrouble
