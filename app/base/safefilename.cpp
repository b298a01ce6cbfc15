#include "safefilename.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace {

bool isForbidden(char32_t ch)
{
    switch (ch) {
    case U'/': case U'\\': case U':': case U'*': case U'?':
    case U'"': case U'<': case U'>': case U'|':
        return true;
    default:
        return false;
    }
}

bool isInvisible(char32_t ch)
{
    const QChar::Category category = QChar::category(ch);
    return category == QChar::Other_Control || category == QChar::Other_Format
           || category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned
           || category == QChar::Other_PrivateUse
           || ch == QChar::ReplacementCharacter; // what toUcs4() makes of a lone surrogate
}

QString cleaned(const QString &name)
{
    QString text;
    text.reserve(name.size());
    bool pendingSpace = false;
    for (const char32_t ch : name.normalized(QString::NormalizationForm_C).toUcs4()) {
        if (QChar::isSpace(ch)) { // tabs and line breaks too, before controls go
            pendingSpace = true;
            continue;
        }
        if (isInvisible(ch))
            continue;
        if (pendingSpace)
            text += u' ';
        pendingSpace = false;
        if (isForbidden(ch))
            text += u'_';
        else
            text += QString::fromUcs4(&ch, 1);
    }
    return text;
}

// Leading dots would hide the file; Windows drops trailing dots and spaces.
QString trimmedEnds(QString text)
{
    qsizetype start = 0;
    while (start < text.size() && (text.at(start) == u'.' || text.at(start) == u' '))
        ++start;
    qsizetype end = text.size();
    while (end > start && (text.at(end - 1) == u'.' || text.at(end - 1) == u' '))
        --end;
    return text.mid(start, end - start);
}

// Cut between graphemes, so no character (a surrogate pair, a letter and its
// accent) is split.
QString cutToBytes(const QString &text, int maxBytes)
{
    if (text.toUtf8().size() <= maxBytes)
        return text;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype fits = 0;
    for (qsizetype at = graphemes.toNextBoundary(); at > 0; at = graphemes.toNextBoundary()) {
        if (QStringView(text).left(at).toUtf8().size() > maxBytes)
            break;
        fits = at;
    }
    return text.left(fits);
}

bool isReservedOnWindows(const QString &stem)
{
    // Windows reads "CON.png" and "con .tar.png" as the device: the part
    // before the first dot, trailing spaces ignored, decides.
    static const QRegularExpression reserved(
        u"^(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[0-9¹²³]|LPT[0-9¹²³]) *$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(stem.section(u'.', 0, 0)).hasMatch();
}

} // namespace

namespace SafeFileName {

QString fromCountryName(const QString &name, const QString &code)
{
    QString stem = trimmedEnds(cutToBytes(trimmedEnds(cleaned(name)), maxStemBytes - 1));
    if (stem.isEmpty())
        return code.toLower();
    if (isReservedOnWindows(stem)) {
        const qsizetype dot = stem.indexOf(u'.');
        stem.insert(dot < 0 ? stem.size() : dot, u'_'); // the one byte kept for it
    }
    return stem;
}

QString claim(const QString &stem, const QString &code, QSet<QString> *used)
{
    const auto key = [](const QString &text) { return text.toCaseFolded(); };
    QString candidate = stem;
    for (int n = 2; used->contains(key(candidate)); ++n) {
        candidate = n == 2 ? u"%1 (%2)"_s.arg(stem, code.toUpper())
                           : u"%1 (%2 %3)"_s.arg(stem, code.toUpper()).arg(n);
    }
    used->insert(key(candidate));
    return candidate;
}

bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && name != "."_L1 && name != ".."_L1 && !name.contains(u'/')
           && !name.contains(u'\\') && !name.contains(QChar(0));
}

} // namespace SafeFileName
