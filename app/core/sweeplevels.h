#pragma once

#include <QList>
#include <QString>

#include <optional>

// The concurrency levels of a sweep, as typed on the command line
// (--sweep 1,6,30,100,1000) and in the window's Sweep tab.
namespace SweepLevels {

// "1,2,5,10,30,100,300,1000": from one at a time to the engine's limit.
QString defaultText();

// Whole numbers from 1 to 1000 separated by commas (spaces around them are
// fine). Returns them sorted, without duplicates; or nothing, with *error
// saying what is wrong ("0", "abc", "1,,2", "5000", an empty text).
std::optional<QList<int>> parse(const QString &text, QString *error);

// "1, 6, 30": for reports.
QString toText(const QList<int> &levels);

} // namespace SweepLevels
