#pragma once

#include <QString>

// Figures in the words every message uses.
namespace Formatting {

// "20 bytes", "1 byte", "1.2 KiB", "4.0 MiB".
QString dataSize(qint64 bytes);
// A transfer rate, as a person reads it: "400 B/s", "1 KiB/s", "2.5 KiB/s".
QString dataRate(qint64 bytesPerSecond);
// A length of time rounded as a person says it: "45 s", "3 min 20 s", "31 min", "2 h 5 min".
QString duration(qint64 ms);

} // namespace Formatting
