#pragma once

#include <QtGlobal>

// Process-wide resources a thousand concurrent connections need.
namespace ProcessResources {

// Raises the soft limit on open files to the hard limit: 1000 client sockets
// plus 1000 server sockets in one process pass the usual soft limit of 1024.
// Returns the limit now in force.
qint64 raiseOpenFileLimit();

// Peak resident set size of this process so far, in bytes.
qint64 peakResidentBytes();

// Makes the calling thread yield to the others (Linux: a higher nice value
// for this thread only). Threads it starts afterwards inherit it.
void lowerThisThreadPriority();

// Resident set size now, in bytes (-1 where /proc is not available).
qint64 currentResidentBytes();

// Threads of this process now (-1 where /proc is not available).
int threadCount();

// Starts peakResidentSinceReset() again from the resident size now (Linux:
// /proc/self/clear_refs). False where the system does not allow it: the
// peak is then the process's whole life's.
bool resetPeakResident();
// The most resident memory since the last reset (the kernel's own high-water
// mark, VmHWM), in bytes; -1 where /proc is not available.
qint64 peakResidentSinceReset();

} // namespace ProcessResources
