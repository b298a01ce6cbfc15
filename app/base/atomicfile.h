#pragma once

#include <QByteArray>
#include <QString>

// Files written whole or not at all, and the reasons they could not be, in
// words a person can act on. Flags, reports and charts are all saved here.
namespace AtomicFile {

// When what is written reaches the disk itself.
enum class Sync {
    // Before the file takes its name (QSaveFile's fsync): a power cut leaves
    // the old file or the new one. For single files: reports, charts.
    Now,
    // Whenever the system writes back (ext4: within seconds): a power cut in
    // that time may leave the file empty under its name. For many files in a
    // row, made durable together by syncFileSystem() once they are written:
    // one flush instead of one per file.
    Later,
};

// Writes data to path whole or not at all, through a temporary file renamed
// over it: false with the reason in plain words ("the disk is full"). No
// temporary file is left behind, whatever happens.
bool write(const QString &path, const QByteArray &data, QString *reason, Sync sync = Sync::Now);

// Removes the temporary files a run killed while renaming left in folder
// (on a file system without O_TMPFILE, any killed while writing), once they
// are a minute old.
void removeLeftovers(const QString &folder);

// Flushes everything written to the file system that holds folder (syncfs):
// what write(..., Sync::Later) wrote there is on the disk when it returns.
void syncFileSystem(const QString &folder);

// Creates the folder if need be and checks that it takes files, so a front end
// can say once, before a run, what every save would say: false with the reason
// in plain words ("no permission to write in /srv/flags", "/tmp/x is a file,
// not a folder"). Saving still explains each failure (a disk can fill up later).
bool prepareFolder(const QString &dir, QString *reason);

// Why a file of fileSize bytes could not be written in folder. error is the
// errno of the call that failed; the system's own words ("No space left on
// device") say what happened but not what to do about it. qtReason is what Qt
// said, used for anything else.
QString explainWriteError(int error, const QString &folder, qint64 fileSize, const QString &qtReason);

} // namespace AtomicFile
