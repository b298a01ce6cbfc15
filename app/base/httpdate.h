#pragma once

#include <QByteArray>
#include <QDateTime>

// HTTP's dates (RFC 9110 5.6.7), as servers send them in Date, Last-Modified
// and Retry-After, and clients in If-Modified-Since: the IMF-fixdate,
// "Sun, 06 Nov 1994 08:49:37 GMT", always in English and in GMT.
namespace HttpDate {

QByteArray format(const QDateTime &time);
// Invalid for anything that is not an IMF-fixdate.
QDateTime parse(const QByteArray &text);

} // namespace HttpDate
