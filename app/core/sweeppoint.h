#pragma once

#include "downloadresult.h"
#include "networkstrategy.h"

#include <QMetaType>
#include <QtGlobal>

// One concurrency level of a sweep: a whole run at that level, and the time
// the run would take if nothing but the server's delay cost time.
struct SweepPoint
{
    int level = 0;          // the concurrency asked for
    NetworkStrategy strategy = NetworkStrategy::Events;
    RunSummary run;         // the level's run, as its engine counted it
    // What the run cost the process: its most threads at once, sampled, and
    // its most resident memory, the kernel's high-water mark (both the whole
    // process's: with the built-in server in it, the server's too).
    int peakThreads = 0;
    qint64 peakResidentBytes = 0;

    // The ideal: ceil(jobs / level) waves of requests, each one request long.
    qint64 idealMs = 0;
    qint64 requestMs = 0;   // the length of one request the ideal assumes
    // True when requestMs was measured from the sweep's first level rather
    // than known from the server's delay.
    bool requestMsEstimated = false;

    double peakResidentMiB() const { return peakResidentBytes / (1024.0 * 1024.0); }
    double elapsedSeconds() const { return run.elapsedMs / 1000.0; }
    double idealSeconds() const { return idealMs / 1000.0; }
    // Flags saved per second.
    double flagsPerSecond() const { return run.elapsedMs > 0 ? run.ok * 1000.0 / run.elapsedMs : 0.0; }
    // Flags per second if the run took the ideal time.
    double idealFlagsPerSecond() const { return idealMs > 0 ? run.ok * 1000.0 / idealMs : 0.0; }
};

Q_DECLARE_METATYPE(SweepPoint)
