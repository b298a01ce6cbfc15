#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QString>

// What the server answers for a path: a status, and for 200 a body and its type.
struct Content
{
    int status = 404;
    QByteArray body;
    QByteArray contentType;
    QDateTime modified = {}; // for Last-Modified
};

// Where response bodies come from: either the flag set embedded at build time
// (/flags/{cc}/{cc}.png and /flags/{cc}/metadata.json), or a directory tree
// served as it is, the way `python3 -m http.server` serves flags2's data set.
// A directory is served only below its canonical root: anything that could
// name a file elsewhere (dot segments, encoded separators, symlinks leading
// out) is refused before the file system is asked.
class ContentSource final
{
public:
    static ContentSource embeddedFlags();
    // Check isValid() afterwards: the directory may not exist.
    static ContentSource directory(const QString &rootDir);
    // How many flags the embedded set has ({cc}.png resources).
    static int embeddedFlagCount();

    bool isValid() const { return m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }
    bool isEmbedded() const { return m_root.isEmpty(); }

    // path: the request's path as sent, still percent-encoded, without query.
    Content get(QByteArrayView path) const;

    // Files larger than this are refused (403), so that a thousand slow
    // requests cannot hold a thousand copies of a huge file in memory.
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

private:
    ContentSource() = default;

    static QDateTime embeddedSetTime();
    Content getEmbedded(QByteArrayView path) const;
    Content getFile(QByteArrayView path) const;
    QString countryName(const QString &isoCode) const;

    QString m_root; // canonical; empty: the embedded flag set
    QString m_errorString;
    QHash<QString, QString> m_countryNames; // "BR" -> "Brazil"
};
