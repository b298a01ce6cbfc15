#include "sweeptablemodel.h"

SweepTableModel::SweepTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SweepTableModel::append(const SweepPoint &point)
{
    const int row = int(m_points.size());
    beginInsertRows({}, row, row);
    m_points.append(point);
    endInsertRows();
}

void SweepTableModel::clear()
{
    beginResetModel();
    m_points.clear();
    endResetModel();
}

int SweepTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int SweepTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SweepTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_points.size())
        return {};
    const SweepPoint &point = m_points.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        return index.column() == StrategyColumn ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                                : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StrategyColumn:
        return point.strategy == NetworkStrategy::Threads ? tr("threads") : tr("events");
    case LevelColumn: return point.level;
    case ElapsedColumn: return QString::number(point.elapsedSeconds(), 'f', 2);
    case RateColumn: return QString::number(point.flagsPerSecond(), 'f', 2);
    case IdealColumn: return QString::number(point.idealSeconds(), 'f', 2);
    case OkColumn: return point.run.ok;
    case NotFoundColumn: return point.run.notFound;
    case ErrorsColumn: return point.run.errors;
    case ThreadsColumn: return point.peakThreads;
    case MemoryColumn: return QString::number(point.peakResidentMiB(), 'f', 1);
    default: return {};
    }
}

QVariant SweepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StrategyColumn: return tr("How requests waited: on one event loop, or each on a thread of its own");
        case LevelColumn: return tr("Concurrency: requests on the wire at once");
        case ElapsedColumn: return tr("Seconds the whole run took");
        case RateColumn: return tr("Flags saved per second");
        case IdealColumn: return tr("Seconds the server's delay alone would take: ⌈N/C⌉ waves of requests");
        case OkColumn: return tr("Flags saved");
        case NotFoundColumn: return tr("Codes the server has no flag for (404): OK, not found and errors add up to N");
        case ErrorsColumn: return tr("Codes that failed after their retries");
        case ThreadsColumn:
            return tr("The most threads the process had during the run (the built-in server's included)");
        case MemoryColumn:
            return tr("The most memory the process had in RAM during the run (peak resident set, MiB)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StrategyColumn: return tr("Strategy");
    case LevelColumn: return tr("C");
    case ElapsedColumn: return tr("Elapsed");
    case RateColumn: return tr("Flags/s");
    case IdealColumn: return tr("Ideal");
    case OkColumn: return tr("OK");
    case NotFoundColumn: return tr("Not found");
    case ErrorsColumn: return tr("Errors");
    case ThreadsColumn: return tr("Threads");
    case MemoryColumn: return tr("Peak MiB");
    default: return {};
    }
}
