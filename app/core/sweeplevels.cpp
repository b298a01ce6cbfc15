#include "sweeplevels.h"

#include "base/concurrencylimit.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SweepLevels {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SweepLevels", text, disambiguation, n);
}

} // namespace

QString defaultText()
{
    return u"1,2,5,10,30,100,300,1000"_s;
}

std::optional<QList<int>> parse(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *error = tr("Give at least one concurrency level, such as 1,6,30");
        return std::nullopt;
    }
    QList<int> levels;
    const QStringList words = text.split(u',');
    for (const QString &word : words) {
        const QString level = word.trimmed();
        if (level.isEmpty()) {
            *error = tr("A level is missing between two commas in \"%1\"").arg(text.trimmed());
            return std::nullopt;
        }
        // Digits only: toInt() would take "+5" and " 5", and a typo should not pass.
        const bool digits = std::all_of(level.begin(), level.end(), [](QChar c) {
            return c >= u'0' && c <= u'9';
        });
        bool ok = false;
        const int value = digits ? level.toInt(&ok) : 0;
        if (!digits) {
            *error = tr("\"%1\" is not a concurrency level: give whole numbers from 1 to %2, "
                        "separated by commas")
                         .arg(level.left(12))
                         .arg(maxConcurrency);
            return std::nullopt;
        }
        if (!ok || value < 1 || value > maxConcurrency) {
            *error = tr("Concurrency level %1 is out of range: each level must be from 1 to %2")
                         .arg(level.left(12))
                         .arg(maxConcurrency);
            return std::nullopt;
        }
        levels.append(value);
    }
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    return levels;
}

QString toText(const QList<int> &levels)
{
    QStringList words;
    for (int level : levels)
        words.append(QString::number(level));
    return words.join(u", "_s);
}

} // namespace SweepLevels
