#pragma once

// Files in a test's scratch folders: listed, written and read back.

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStringList>

// The index of saved flags a run keeps in its folder (SavedFlagIndex).
inline const QString savedFlagIndexName = QStringLiteral(".qflags-index.json");

inline QStringList withoutTheIndex(QStringList names)
{
    names.removeAll(savedFlagIndexName);
    return names;
}

// The files in dir, hidden ones (temporary files) included, by name; the
// index of saved flags apart.
inline QStringList filesIn(const QString &dir)
{
    return withoutTheIndex(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name));
}

// Everything in dir: files, folders, links, hidden or not, by name; the index
// of saved flags apart.
inline QStringList entriesIn(const QString &dir)
{
    return withoutTheIndex(
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name));
}

inline bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// Gives a file another modification time, as `touch -d` does.
inline bool setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
