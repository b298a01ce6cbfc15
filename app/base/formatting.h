#pragma once

#include <QString>

// Figures in the words every message uses.
namespace Formatting {

// "20 bytes", "1 byte", "1.2 KiB", "4.0 MiB".
QString dataSize(qint64 bytes);

} // namespace Formatting
