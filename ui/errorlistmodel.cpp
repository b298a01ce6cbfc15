#include "errorlistmodel.h"

ErrorListModel::ErrorListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ErrorListModel::append(const QList<DownloadResult> &results)
{
    QList<Failure> added;
    for (const DownloadResult &result : results) {
        if (result.status() == DownloadStatus::Error || result.status() == DownloadStatus::Cancelled)
            added.append({result.code, result.countryName, result.url.toString(), result.verdict.message,
                          result.status()});
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_failures.size()), int(m_failures.size() + added.size() - 1));
    m_failures += added;
    endInsertRows();
}

void ErrorListModel::clear()
{
    beginResetModel();
    m_failures.clear();
    endResetModel();
}

QStringList ErrorListModel::failedCodes() const
{
    QStringList codes;
    for (const Failure &failure : m_failures) {
        if (failure.status == DownloadStatus::Error)
            codes.append(failure.code);
    }
    return codes;
}

int ErrorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_failures.size());
}

int ErrorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Failure &failure = m_failures.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        if (failure.countryName.isEmpty() || failure.countryName == failure.code)
            return failure.code;
        return tr("%1  %2").arg(failure.code, failure.countryName);
    case ProblemColumn: return failure.problem;
    case UrlColumn: return failure.url;
    default: return {};
    }
}

QVariant ErrorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Code");
    case ProblemColumn: return tr("What went wrong");
    case UrlColumn: return tr("URL");
    default: return {};
    }
}
