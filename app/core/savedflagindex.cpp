#include "savedflagindex.h"

#include "flagsaver.h"

#include "base/atomicfile.h"
#include "base/safefilename.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr int formatVersion = 1;

QString pathIn(const QString &folder, const QString &fileName)
{
    return QDir(folder).absoluteFilePath(fileName);
}

} // namespace

SavedFlagIndex SavedFlagIndex::read(const QString &folder)
{
    QFile file(pathIn(folder, QString::fromLatin1(fileName)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    SavedFlagIndex index = fromJson(file.read(16 * 1024 * 1024));
    index.dropChangedFiles(folder);
    return index;
}

bool SavedFlagIndex::write(const QString &folder, QString *reason) const
{
    return AtomicFile::write(pathIn(folder, QString::fromLatin1(fileName)), toJson(), reason,
                             AtomicFile::Sync::Later);
}

std::optional<SavedFlag> SavedFlagIndex::find(const QString &code, const QUrl &url) const
{
    const auto found = m_flags.constFind(code.toUpper());
    if (found == m_flags.cend() || found->url != url)
        return std::nullopt;
    return *found;
}

void SavedFlagIndex::record(const SavedFlag &flag)
{
    m_flags.insert(flag.code.toUpper(), flag);
}

void SavedFlagIndex::remove(const QString &code)
{
    m_flags.remove(code.toUpper());
}

QList<FlagJob> SavedFlagIndex::notYetSaved(const QString &folder, const QList<FlagJob> &jobs)
{
    const SavedFlagIndex index = read(folder);
    QSet<QString> stemsHere;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &file : files) {
        if (FlagSaver::isImageExtension(file.suffix()) && file.size() > 0)
            stemsHere.insert(file.completeBaseName());
    }
    QList<FlagJob> missing;
    for (const FlagJob &job : jobs) {
        if (!index.find(job.code, job.url) && !stemsHere.contains(job.fileStem))
            missing.append(job);
    }
    return missing;
}

void SavedFlagIndex::dropChangedFiles(const QString &folder)
{
    for (auto it = m_flags.begin(); it != m_flags.end();) {
        const QFileInfo info(pathIn(folder, it->fileName));
        const bool asSaved = info.isFile() && !info.isSymLink() && info.size() == it->fileBytes
                             && info.lastModified().toMSecsSinceEpoch() == it->fileModifiedMs;
        it = asSaved ? std::next(it) : m_flags.erase(it);
    }
}

QByteArray SavedFlagIndex::toJson() const
{
    QStringList codes = m_flags.keys();
    codes.sort(); // the same index, the same bytes
    QJsonArray flags;
    for (const QString &code : std::as_const(codes)) {
        const SavedFlag &flag = m_flags[code];
        QJsonObject entry{{u"code"_s, flag.code},
                          {u"url"_s, flag.url.toString(QUrl::FullyEncoded)},
                          {u"file"_s, flag.fileName},
                          {u"bytes"_s, flag.fileBytes},
                          {u"modified_ms"_s, flag.fileModifiedMs}};
        if (!flag.etag.isEmpty())
            entry.insert(u"etag"_s, QString::fromLatin1(flag.etag));
        if (!flag.lastModified.isEmpty())
            entry.insert(u"last_modified"_s, QString::fromLatin1(flag.lastModified));
        if (!flag.countryName.isEmpty())
            entry.insert(u"country"_s, flag.countryName);
        flags.append(entry);
    }
    const QJsonObject root{{u"qflags_index"_s, formatVersion}, {u"flags"_s, flags}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SavedFlagIndex SavedFlagIndex::fromJson(const QByteArray &json)
{
    SavedFlagIndex index;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(u"qflags_index"_s).toInt() != formatVersion)
        return index;
    const QJsonArray flags = root.value(u"flags"_s).toArray();
    for (const QJsonValue &value : flags) {
        const QJsonObject entry = value.toObject();
        SavedFlag flag;
        flag.code = entry.value(u"code"_s).toString();
        flag.url = QUrl(entry.value(u"url"_s).toString(), QUrl::StrictMode);
        flag.fileName = entry.value(u"file"_s).toString();
        flag.etag = entry.value(u"etag"_s).toString().toLatin1();
        flag.lastModified = entry.value(u"last_modified"_s).toString().toLatin1();
        flag.countryName = entry.value(u"country"_s).toString();
        flag.fileBytes = qint64(entry.value(u"bytes"_s).toDouble(-1));
        flag.fileModifiedMs = qint64(entry.value(u"modified_ms"_s).toDouble(-1));
        // Only a plain name in the folder: the index is not trusted to point
        // anywhere else.
        if (flag.code.isEmpty() || !flag.url.isValid() || !SafeFileName::isPlainFileName(flag.fileName)
            || flag.fileBytes < 0)
            continue;
        index.record(flag);
    }
    return index;
}
