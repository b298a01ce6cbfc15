#pragma once

#include "clioutputoptions.h"

#include "core/runoptions.h"

#include <QObject>

// One flags2 run on the command line: initial report, progress (a bar on a
// terminal, or a line per code with -v), final report, and the exit status.
class CliRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRun)

public:
    enum ExitStatus {
        Completed = 0,
        NothingFetched = 1, // no code got any HTTP answer: the server is unreachable
        UsageError = 2,     // also a --dest folder that cannot be created or written to
        OutputNotSaved = 3, // the run ended, but the report or an image could not be written
        // After a signal, 128 + its number (130 for Ctrl-C), once the cancel has
        // finished cleanly.
    };

    CliRun(const RunOptions &options, const CliOutputs &outputs, QObject *parent = nullptr);

    // Runs to the end (or to Ctrl-C) on the current event loop.
    int exec();

    // For an output file (report, image), before the run: its folder is
    // created if need be and takes files, and path is not a folder.
    static bool prepareOutputFile(const QString &path, QString *reason);

private:
    RunOptions m_options;
    CliOutputs m_outputs;
};
