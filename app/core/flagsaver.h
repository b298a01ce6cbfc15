#pragma once

#include "downloadresult.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

// Everything the save-and-decode task needs, copied so it can run on a worker
// thread without touching the engine.
struct SaveRequest
{
    QByteArray body;
    QString destinationDir;
    QString fileStem;        // "br"
    QString urlExtension;    // from the URL's path ("gif"), may be empty
    QString contentType;     // from the reply ("image/png"), may be empty
    QSize thumbnailSize;     // empty: no thumbnail
    // When not empty and a file named fileStem is already there, that file is
    // kept and the flag is saved under this stem instead ("Brazil (BR)"): for
    // names that come from a server, which may be any file's.
    QString stemIfTaken = {};
    // The file an earlier run saved for this code ("Brazil.png"): taken by
    // us, so replaced rather than avoided with stemIfTaken.
    QString ownFileName = {};
    // When not empty, nothing is written: the flag is unchanged since an
    // earlier run saved this file (a path), read for its thumbnail.
    QString keptFile = {};
};

struct SaveOutcome
{
    // OK, or an error: NotAnImage (nothing saved) or SaveFailed, with the
    // reason in plain words.
    Verdict verdict;
    QString filePath = {};   // when saved
    QImage thumbnail = {};   // when asked for and saved
    // The file as written, for the index of saved flags.
    qint64 fileBytes = -1;
    qint64 fileModifiedMs = -1;

    bool saved() const { return verdict.isOk(); }
};
// Decodes the body (so nothing that is not an image is kept) and writes it
// atomically with QSaveFile: the final path holds either the old file or the
// whole new one, never a part. Pure and thread-safe: the engine runs it with
// QtConcurrent::run.
namespace FlagSaver {

SaveOutcome saveAndDecode(const SaveRequest &request);

// png, gif, jpg... : the extensions a flag is saved under.
bool isImageExtension(const QString &extension);

// The extension to save under: the URL's own when it names an image type,
// else the one the Content-Type implies, else the decoded format's.
QString chooseExtension(const QString &urlExtension, const QString &contentType,
                        const QByteArray &decodedFormat);

} // namespace FlagSaver
