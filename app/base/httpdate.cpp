#include "httpdate.h"

#include <QLocale>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace HttpDate {

namespace {
// The C locale: day and month names are English whatever the user's.
constexpr auto pattern = u"ddd, dd MMM yyyy hh:mm:ss 'GMT'";
} // namespace

QByteArray format(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QString::fromUtf16(pattern)).toLatin1();
}

QDateTime parse(const QByteArray &text)
{
    // Date and time apart, then put together in UTC: read as one, a time
    // that the local clock skips (a spring-forward hour) would not exist.
    const QStringList parts = QString::fromLatin1(text.trimmed()).split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 6 || parts.at(5) != u"GMT" || !parts.at(0).endsWith(u','))
        return {};
    const QLocale c = QLocale::c();
    const QDate date = c.toDate(parts.mid(1, 3).join(u' '), u"dd MMM yyyy"_s);
    const QTime time = QTime::fromString(parts.at(4), u"hh:mm:ss"_s);
    if (!date.isValid() || !time.isValid() || c.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u',' != parts.at(0))
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace HttpDate
