#include "httpdate.h"

#include <QLocale>
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
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(text.trimmed()), QString::fromUtf16(pattern));
    if (time.isValid())
        time.setTimeZone(QTimeZone::utc());
    return time;
}

} // namespace HttpDate
