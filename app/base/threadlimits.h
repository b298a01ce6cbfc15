#pragma once

#include <QString>
#include <QtGlobal>

// What the system lets this process start in threads, read from the kernel's
// limits as they stand now; and, given that, why a number of new threads
// would not fit, in words a person can act on. Read once, judged as often as
// wanted; a test builds one by hand.
struct ThreadLimits
{
    // ulimit -u counts every process and thread of the user, and the kernel
    // does not apply it to root or to a process with CAP_SYS_RESOURCE or
    // CAP_SYS_ADMIN.
    bool perUserApplies = true;
    qint64 perUser = -1; // -1: no limit
    qint64 userTasks = 0;
    qint64 system = -1; // kernel.threads-max
    qint64 systemTasks = 0;
    // A control group's pids.max (systemd's TasksMax, a container's limit),
    // the tightest on the way from this process's group to the root.
    qint64 group = -1;
    qint64 groupTasks = 0;
    QString groupName;
    qint64 maps = -1; // vm.max_map_count, per process
    qint64 ownMaps = 0;

    static ThreadLimits ofThisSystem();

    // Empty when `threads` more threads fit.
    QString problemFor(int threads) const;
};
