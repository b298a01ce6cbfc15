#pragma once

#include <QByteArray>
#include "downloadresult.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// A flag saved by an earlier run: which file holds it, where it came from, and
// the validators of the answer it came in (for If-None-Match and
// If-Modified-Since), with the file's size and time as that run left them.
struct SavedFlag
{
    QString code;          // "BR"
    QUrl url;              // the flag's URL: validators belong to it alone
    QString fileName;      // "br.gif", in the folder
    QByteArray etag;       // as the server sent it, quotes and W/ included
    QByteArray lastModified;
    qint64 fileBytes = -1;
    qint64 fileModifiedMs = -1; // ms since the epoch, UTC
    QString countryName;   // when that run knew it

    bool hasValidators() const { return !etag.isEmpty() || !lastModified.isEmpty(); }
    friend bool operator==(const SavedFlag &, const SavedFlag &) = default;
};

// What a destination folder holds from earlier runs, kept beside the flags
// in one small file, ".qflags-index.json" (a dot file: anything that lists
// the flags skips it). A file rather than extended attributes: it works on
// every file system (a FAT stick, a network share), survives copying or
// zipping the folder, and costs one read per run instead of one per flag.
//
// The files win over the index: an entry counts only while its file is there
// with the size and time it was saved with. A flag edited or removed by hand,
// or an index that is stale, unreadable or missing, means a plain download,
// never a "not modified" trusted blindly.
class SavedFlagIndex final
{
public:
    static constexpr auto fileName = ".qflags-index.json";

    // The entries of folder's index whose files are as they were saved. A
    // missing or corrupt index reads as empty.
    static SavedFlagIndex read(const QString &folder);
    // Whole or not at all (AtomicFile); false with the reason in words.
    bool write(const QString &folder, QString *reason) const;

    // The file saved for code; nothing when there is none or it came from
    // another URL.
    std::optional<SavedFlag> find(const QString &code, const QUrl &url) const;
    void record(const SavedFlag &flag);
    void remove(const QString &code);
    bool isEmpty() const { return m_flags.isEmpty(); }
    qsizetype size() const { return m_flags.size(); }

    // The index as JSON, and back: entries that do not parse are dropped.
    QByteArray toJson() const;
    static SavedFlagIndex fromJson(const QByteArray &json);
    // Drops the entries whose file in folder is missing or not as saved.
    void dropChangedFiles(const QString &folder);

    // The jobs whose flag is not in folder yet (--continue): neither in its
    // index, file as saved, nor, named by code, as a file {fileStem}.{image
    // extension}, which a killed run leaves whole or not at all, without an
    // index entry.
    static QList<FlagJob> notYetSaved(const QString &folder, const QList<FlagJob> &jobs);

private:
    QHash<QString, SavedFlag> m_flags; // by code, upper case
};
