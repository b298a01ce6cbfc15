#include "flaggridmodel.h"

#include "core/countrycodes.h"
#include "core/failureclassifier.h"

#include <QDir>
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
        if (result.status == DownloadStatus::Ok) {
            // The engine scaled the thumbnail off this thread; turning it
            // into a pixmap once here keeps painting cheap.
            added.append({result.code, result.filePath,
                          QIcon(QPixmap::fromImage(result.thumbnail)), result.bytes,
                          result.timings.respondedMs - result.timings.startedMs});
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
    case CodeRole:
        return flag.code;
    case Qt::DecorationRole:
        return flag.icon;
    case Qt::ToolTipRole:
        return toolTip(flag);
    case Qt::AccessibleTextRole:
        return tr("Flag of %1").arg(flag.code);
    case FilePathRole:
        return flag.filePath;
    default:
        return {};
    }
}

QString FlagGridModel::toolTip(const Flag &flag) const
{
    const QString name = CountryCodes::localeName(flag.code);
    QString text = name.isEmpty() ? flag.code : tr("%1 — %2").arg(flag.code, name);
    text += u'\n' + tr("%1, %2 ms on the wire").arg(FailureClassifier::formatBytes(flag.bytes))
                          .arg(flag.wireMs);
    text += u'\n' + QDir::toNativeSeparators(flag.filePath);
    return text;
}
