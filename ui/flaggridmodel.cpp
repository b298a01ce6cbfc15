#include "flaggridmodel.h"

#include "base/countrycodes.h"
#include "base/formatting.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPixmap>

using namespace Qt::StringLiterals;

FlagGridModel::FlagGridModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FlagGridModel::append(const QList<DownloadResult> &results)
{
    QList<Flag> added;
    for (const DownloadResult &result : results) {
        if (result.status() == DownloadStatus::Ok) {
            // The engine scaled the thumbnail off this thread; turning it
            // into a pixmap once here keeps painting cheap.
            added.append({result.code, result.countryName, result.nameNote, result.filePath,
                          QIcon(QPixmap::fromImage(result.thumbnail)), result.bytes,
                          result.wireMs()});
        }
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_flags.size()), int(m_flags.size() + added.size() - 1));
    m_flags += added;
    endInsertRows();
}

void FlagGridModel::clear()
{
    beginResetModel();
    m_flags.clear();
    endResetModel();
}

int FlagGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flags.size());
}

QVariant FlagGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Flag &flag = m_flags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return flag.countryName.isEmpty() ? flag.code : flag.countryName;
    case CodeRole:
        return flag.code;
    case CountryNameRole:
        return flag.countryName;
    case Qt::DecorationRole:
        return flag.icon;
    case Qt::ToolTipRole:
        return toolTip(flag);
    case Qt::AccessibleTextRole:
        return tr("Flag of %1").arg(flag.countryName.isEmpty() ? flag.code : flag.countryName);
    case FilePathRole:
        return flag.filePath;
    default:
        return {};
    }
}

QString FlagGridModel::toolTip(const Flag &flag) const
{
    QString text;
    if (!flag.countryName.isEmpty()) {
        // "Brazil (BR) — Brazil.png": the name the server gave, and the file it named.
        text = tr("%1 (%2) — %3").arg(flag.countryName, flag.code, QFileInfo(flag.filePath).fileName());
        if (!flag.nameNote.isEmpty())
            text += u'\n' + flag.nameNote;
    } else {
        const QString name = CountryCodes::localeName(flag.code);
        text = name.isEmpty() ? flag.code : tr("%1 — %2").arg(flag.code, name);
    }
    text += u'\n' + tr("%1, %2 ms on the wire").arg(Formatting::dataSize(flag.bytes))
                          .arg(flag.wireMs);
    text += u'\n' + QDir::toNativeSeparators(flag.filePath);
    return text;
}
