#include "countrycodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CountryCodes", text, disambiguation, n);
}

bool isAsciiUpperLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiLetter(QChar c)
{
    return isAsciiUpperLetter(c) || (c >= u'a' && c <= u'z');
}

void sortUnique(QStringList &codes)
{
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
}

} // namespace

namespace CountryCodes {

QStringList flags2Set()
{
    static const QStringList codes = [] {
        QFile file(u":/qflags/flags2-country-codes.txt"_s);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("The flags2 country list is missing from the resources");
        QStringList list = QString::fromLatin1(file.readAll())
                               .split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        sortUnique(list);
        return list;
    }();
    return codes;
}

QStringList mostPopulous()
{
    QStringList codes{u"CN"_s, u"IN"_s, u"US"_s, u"ID"_s, u"BR"_s, u"PK"_s, u"NG"_s,
                      u"BD"_s, u"RU"_s, u"JP"_s, u"MX"_s, u"PH"_s, u"VN"_s, u"ET"_s,
                      u"EG"_s, u"DE"_s, u"IR"_s, u"TR"_s, u"CD"_s, u"FR"_s};
    sortUnique(codes);
    return codes;
}

QStringList everyPair()
{
    QStringList codes;
    codes.reserve(26 * 26);
    for (char16_t a = u'A'; a <= u'Z'; ++a)
        for (char16_t b = u'A'; b <= u'Z'; ++b)
            codes.append(QString(QChar(a)) + QChar(b));
    return codes;
}

bool isValidArgument(const QString &argument)
{
    // The letters are checked as typed: toUpper() turns some non-ASCII ones
    // into ASCII ("ß" into "SS", "ı" into "I"), and those are no codes.
    return (argument.size() == 1 || argument.size() == 2)
           && std::all_of(argument.cbegin(), argument.cend(), isAsciiLetter);
}

QStringList expand(const CodeSelection &selection, QString *error)
{
    if (selection.limit < 0) {
        *error = tr("--limit N must be >= 1");
        return {};
    }
    QStringList codes;
    for (const QString &argument : selection.arguments) {
        if (!isValidArgument(argument)) {
            *error = tr("each CC argument must be A to Z or AA to ZZ.");
            return {};
        }
        const QString upper = argument.toUpper();
        if (upper.size() == 2) {
            codes.append(upper);
            continue;
        }
        for (char16_t second = u'A'; second <= u'Z'; ++second)
            codes.append(upper + QChar(second));
    }
    if (selection.every)
        codes += everyPair();
    if (selection.all)
        codes += flags2Set();
    if (codes.isEmpty())
        codes = mostPopulous();
    sortUnique(codes);
    if (selection.limit > 0 && codes.size() > selection.limit)
        codes.resize(selection.limit);
    return codes;
}

QString localeName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
}

QString selectionToText(const CodeSelection &selection)
{
    QStringList words;
    if (selection.all)
        words.append(u"-a"_s);
    if (selection.every)
        words.append(u"-e"_s);
    words += selection.arguments;
    return words.join(u' ');
}

CodeSelection selectionFromText(const QString &text)
{
    CodeSelection selection;
    const QStringList words = text.split(QRegularExpression(u"[\\s,;]+"_s), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word == u"-a"_s || word == u"--all"_s)
            selection.all = true;
        else if (word == u"-e"_s || word == u"--every"_s)
            selection.every = true;
        else
            selection.arguments.append(word);
    }
    return selection;
}

} // namespace CountryCodes
