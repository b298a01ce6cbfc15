#include "threadlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ThreadLimits", text);
}

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 readNumber(const QString &path)
{
    bool isNumber = false;
    const qint64 value = readSmallFile(path).trimmed().toLongLong(&isNumber);
    return isNumber ? value : -1;
}

// The value after "Name:" in a /proc status file.
QByteArray statusField(const QByteArray &status, const QByteArray &name)
{
    const QByteArray key = name + ':';
    const qsizetype at = status.startsWith(key) ? 0 : status.indexOf(QByteArray('\n' + key));
    if (at < 0)
        return {};
    const qsizetype from = status.indexOf(':', at) + 1;
    const qsizetype end = status.indexOf('\n', from);
    return status.mid(from, end < 0 ? -1 : end - from).trimmed();
}

bool exemptFromPerUserLimit(const QByteArray &ownStatus)
{
    if (::getuid() == 0)
        return true;
    constexpr int capSysAdmin = 21, capSysResource = 24;
    bool isNumber = false;
    const qulonglong effective = statusField(ownStatus, "CapEff").toULongLong(&isNumber, 16);
    return isNumber && (effective & ((1ULL << capSysAdmin) | (1ULL << capSysResource)));
}

// This process's control group in the pids hierarchy (v2's unified one, or
// v1's pids), as a folder under /sys/fs/cgroup.
QString pidsGroupFolder()
{
    const QList<QByteArray> lines = readSmallFile(u"/proc/self/cgroup"_s).split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("0::") && QFile::exists(u"/sys/fs/cgroup/cgroup.controllers"_s))
            return u"/sys/fs/cgroup"_s + QString::fromUtf8(line.mid(3));
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() == 3 && parts.at(1).split(',').contains("pids"))
            return u"/sys/fs/cgroup/pids"_s + QString::fromUtf8(parts.at(2));
    }
    return {};
}

} // namespace

ThreadLimits ThreadLimits::ofThisSystem()
{
    ThreadLimits limits;
    const QByteArray ownStatus = readSmallFile(u"/proc/self/status"_s);
    limits.perUserApplies = !exemptFromPerUserLimit(ownStatus);
    rlimit perUser{};
    if (getrlimit(RLIMIT_NPROC, &perUser) == 0 && perUser.rlim_cur != RLIM_INFINITY)
        limits.perUser = qint64(perUser.rlim_cur);

    // Every process's threads, and this user's (by real user id, as the
    // kernel counts them).
    const QByteArray uid = QByteArray::number(::getuid());
    const QStringList processes = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : processes) {
        if (pid.isEmpty() || !pid.front().isDigit())
            continue;
        const QByteArray status = readSmallFile(u"/proc/"_s + pid + u"/status"_s);
        const qint64 threads = statusField(status, "Threads").toLongLong();
        limits.systemTasks += threads;
        if (statusField(status, "Uid").split('\t').constFirst() == uid)
            limits.userTasks += threads;
    }
    limits.system = readNumber(u"/proc/sys/kernel/threads-max"_s);
    limits.maps = readNumber(u"/proc/sys/vm/max_map_count"_s);
    limits.ownMaps = readSmallFile(u"/proc/self/maps"_s).count('\n');

    // Each group on the way up may have a limit of its own: the one with
    // least room left binds.
    const QString root = QDir::cleanPath(pidsGroupFolder());
    // A container's own namespace shows its group as the root: its limit is
    // in /sys/fs/cgroup itself.
    const auto inHierarchy = [](const QString &folder) {
        return folder == u"/sys/fs/cgroup"_s || folder.startsWith(u"/sys/fs/cgroup/"_s);
    };
    for (QString folder = root; !root.isEmpty() && inHierarchy(folder); folder = QFileInfo(folder).path()) {
        const qint64 max = readNumber(folder + u"/pids.max"_s); // "max": none
        const qint64 current = readNumber(folder + u"/pids.current"_s);
        if (max < 0 || current < 0)
            continue;
        if (limits.group < 0 || max - current < limits.group - limits.groupTasks) {
            limits.group = max;
            limits.groupTasks = current;
            limits.groupName = folder.mid(QStringView(u"/sys/fs/cgroup").size());
            if (limits.groupName.isEmpty())
                limits.groupName = u"/"_s;
        }
        if (folder == u"/sys/fs/cgroup"_s)
            break;
    }
    return limits;
}

QString ThreadLimits::problemFor(int threads) const
{
    if (perUserApplies && perUser >= 0 && userTasks + threads > perUser) {
        return tr("The system lets this user run at most %1 threads and processes (ulimit -u), %2 run "
                  "now, and %3 threads need more. Lower the concurrency, or raise the limit.")
            .arg(perUser)
            .arg(userTasks)
            .arg(threads);
    }
    if (group >= 0 && groupTasks + threads > group) {
        return tr("The control group %1 lets its programs run at most %2 threads and processes "
                  "(pids.max), %3 run now, and %4 threads need more. Lower the concurrency, or raise "
                  "the limit (systemd: TasksMax).")
            .arg(groupName)
            .arg(group)
            .arg(groupTasks)
            .arg(threads);
    }
    if (system > 0 && systemTasks + threads > system) {
        return tr("The system runs at most %1 threads in all (kernel.threads-max), %2 run now, and %3 "
                  "threads need more. Lower the concurrency.")
            .arg(system)
            .arg(systemTasks)
            .arg(threads);
    }
    // Each thread's stack is two memory maps (the stack and its guard page).
    if (maps > 0 && ownMaps + 2 * qint64(threads) > maps) {
        return tr("The system gives a process at most %1 memory maps (vm.max_map_count), and %2 "
                  "threads' stacks need more. Lower the concurrency.")
            .arg(maps)
            .arg(threads);
    }
    return {};
}
