#include "contentsource.h"

#include "base/countrycodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QResource>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString flagSetPrefix = u":/flagset/"_s;

bool isLowerCode(QByteArrayView cc)
{
    return cc.size() == 2 && cc[0] >= 'a' && cc[0] <= 'z' && cc[1] >= 'a' && cc[1] <= 'z';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

struct RelativePath
{
    QString path;
    int errorStatus = 0; // set: refuse the request with it
};

// Turns a request path into a path relative to the root, or an error status.
// Decoding happens once, here, and every check runs on the decoded bytes, so
// "%2e%2e" is judged exactly like "..". Separators may not be encoded at all:
// "%2f" would hide a segment boundary from the dot-segment check.
RelativePath toRelativePath(QByteArrayView requestPath)
{
    if (!requestPath.startsWith('/'))
        return {{}, 400};
    QByteArray decoded;
    decoded.reserve(requestPath.size());
    for (qsizetype i = 0; i < requestPath.size(); ++i) {
        char c = requestPath[i];
        if (c == '%') {
            const int high = i + 2 < requestPath.size() ? hexValue(requestPath[i + 1]) : -1;
            const int low = high >= 0 ? hexValue(requestPath[i + 2]) : -1;
            if (low < 0)
                return {{}, 400};
            c = static_cast<char>(high * 16 + low);
            i += 2;
            if (c == '/')
                return {{}, 404};
        }
        if (c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return {{}, 404};
        decoded += c;
    }
    if (!decoded.isValidUtf8())
        return {{}, 400};

    // Every segment must be a plain name: no empty ones ("//etc/passwd",
    // "dir/"), no "." or "..", and no hidden files (".git", ".env").
    const QList<QByteArray> segments = decoded.sliced(1).split('/');
    for (const QByteArray &segment : segments) {
        if (segment.isEmpty() || segment.startsWith('.'))
            return {{}, 404};
    }
    return {QString::fromUtf8(decoded.sliced(1)), 0};
}

QHash<QString, QString> loadCountryNames()
{
    QHash<QString, QString> names;
    QFile file(flagSetPrefix + u"iso_3166-1.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return names;
    const QJsonArray countries = QJsonDocument::fromJson(file.readAll())[u"3166-1"].toArray();
    for (const QJsonValue &country : countries) {
        // common_name is what people say ("Bolivia"), name the formal one.
        const QString common = country[u"common_name"].toString();
        names.insert(country[u"alpha_2"].toString(),
                     common.isEmpty() ? country[u"name"].toString() : common);
    }
    return names;
}

} // namespace

ContentSource ContentSource::embeddedFlags()
{
    ContentSource source;
    source.m_countryNames = loadCountryNames();
    if (embeddedFlagCount() == 0)
        source.m_errorString = QCoreApplication::translate("ContentSource", "The embedded flag set is missing from this build.");
    return source;
}

ContentSource ContentSource::directory(const QString &rootDir)
{
    ContentSource source;
    const QFileInfo info(rootDir);
    source.m_root = info.canonicalFilePath();
    if (source.m_root.isEmpty() || !info.isDir())
        source.m_errorString = QCoreApplication::translate("ContentSource", "%1 is not a directory.").arg(rootDir);
    else if (!info.isReadable())
        source.m_errorString = QCoreApplication::translate("ContentSource", "%1 cannot be read.").arg(rootDir);
    if (source.m_root.isEmpty())
        source.m_root = rootDir; // still a directory source, just an unusable one
    return source;
}

int ContentSource::embeddedFlagCount()
{
    return int(QDir(flagSetPrefix).entryList({u"??.png"_s}, QDir::Files).size());
}

Content ContentSource::get(QByteArrayView path) const
{
    return isEmbedded() ? getEmbedded(path) : getFile(path);
}

QDateTime ContentSource::embeddedSetTime()
{
    // The embedded set changes only with a new build of the program: one
    // fixed time, so that a restarted server still answers 304 by date too.
    return QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
}

Content ContentSource::getEmbedded(QByteArrayView path) const
{
    // Exactly /flags/{cc}/{cc}.png or /flags/{cc}/metadata.json, cc in a-z.
    if (!path.startsWith("/flags/") || path.size() < 11 || path[9] != '/')
        return {};
    const QByteArrayView cc = path.sliced(7, 2);
    const QByteArrayView file = path.sliced(10);
    if (!isLowerCode(cc))
        return {};
    const bool wantsImage = file.size() == 6 && file.startsWith(cc) && file.endsWith(".png");
    if (!wantsImage && file != "metadata.json")
        return {};

    const QResource image(flagSetPrefix + QString::fromLatin1(cc) + u".png");
    if (!image.isValid())
        return {};
    if (wantsImage) {
        // Uncompressed resource data lives in the binary for the whole run:
        // hand it out without a copy.
        const QByteArray body = image.compressionAlgorithm() == QResource::NoCompression
            ? QByteArray::fromRawData(reinterpret_cast<const char *>(image.data()), image.size())
            : image.uncompressedData();
        return {200, body, "image/png"_ba, embeddedSetTime()};
    }
    const QString isoCode = QString::fromLatin1(cc).toUpper();
    const QJsonObject metadata{{u"iso_cc"_s, isoCode}, {u"country"_s, countryName(isoCode)}};
    return {200, QJsonDocument(metadata).toJson(QJsonDocument::Compact), "application/json"_ba,
            embeddedSetTime()};
}

QString ContentSource::countryName(const QString &isoCode) const
{
    if (const auto it = m_countryNames.constFind(isoCode); it != m_countryNames.constEnd())
        return *it;
    const QString name = CountryCodes::localeName(isoCode);
    return name.isEmpty() ? isoCode : name;
}

Content ContentSource::getFile(QByteArrayView path) const
{
    const RelativePath relative = toRelativePath(path);
    if (relative.errorStatus)
        return {relative.errorStatus, {}, {}};

    // The canonical path has every symlink resolved: only it says where the
    // file really is, and only it is opened.
    const QString requested = m_root + u'/' + relative.path;
    const QString canonical = QFileInfo(requested).canonicalFilePath();
    const QString rootPrefix = m_root.endsWith(u'/') ? m_root : m_root + u'/';
    if (canonical.isEmpty() || !canonical.startsWith(rootPrefix))
        return {};
    const QFileInfo info(canonical);
    if (!info.isFile())
        return {}; // directories are not listed
    if (info.size() > MaxFileBytes)
        return {403, {}, {}};
    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly))
        return {403, {}, {}};
    const QByteArray body = file.read(MaxFileBytes);
    // By the requested name, as a static server does: a symlink "x.gif" is a GIF.
    const QMimeDatabase mimeTypes;
    const QString type = mimeTypes.mimeTypeForFile(requested, QMimeDatabase::MatchExtension).name();
    return {200, body, type.toLatin1(), info.lastModified().toUTC()};
}
