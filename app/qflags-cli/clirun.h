#pragma once

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

    explicit CliRun(const RunOptions &options, QObject *parent = nullptr);

    // Also writes the run as CSV or JSON (by the name's extension) at the end.
    void setReportFile(const QString &fileName) { m_reportFile = fileName; }
    // After the run, save its request timeline there as a PNG (empty: none).
    void setTimelinePath(const QString &path) { m_timelinePath = path; }

    // Runs to the end (or to Ctrl-C) on the current event loop.
    int exec();

private:
    // Its folder is created if need be and takes files; path is no folder.
    static bool prepareOutputFile(const QString &path, QString *reason);

    RunOptions m_options;
    QString m_reportFile;
    QString m_timelinePath;
};
