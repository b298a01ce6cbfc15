#pragma once

#include "clioutputoptions.h"

#include "core/runoptions.h"

#include <QObject>

struct SweepPoint;

// --sweep on the command line: the same codes once per concurrency level,
// a table row as each level ends, an optional chart, and the exit status
// (CliRun's: 0, 1 when nothing could be fetched, 2, 3 when the chart could
// not be written, 128 + signal).
class CliSweep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSweep)

public:
    CliSweep(const RunOptions &options, const CliOutputs &outputs, QObject *parent = nullptr);

    // Runs to the end (or to Ctrl-C) on the current event loop.
    int exec();

    // "  level  elapsed (s)  flags/s  ideal (s)     ok  not found  errors"
    static QString tableHeader();
    static QString tableRow(const SweepPoint &point);

private:
    RunOptions m_options;
    CliOutputs m_outputs;
};
