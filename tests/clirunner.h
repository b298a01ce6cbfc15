#pragma once

// The real qflags-cli (QFLAGS_CLI_PATH, set by tests/CMakeLists.txt), run to
// its end, for the tests that drive the program as a user does.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

struct Finished
{
    int exitCode = -1; // -1: it crashed, or was killed after the timeout
    QString out;
    QString err;
};

// childModifier runs in the child before qflags-cli starts (drop a
// capability, say); environment, when not empty, is all it gets.
inline Finished runCli(const QStringList &arguments, const QString &workingDir = QString(),
                       const std::function<void()> &childModifier = {},
                       const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    if (childModifier)
        process.setChildProcessModifier(childModifier);
    process.start(QStringLiteral(QFLAGS_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
