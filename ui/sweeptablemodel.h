#pragma once

#include "core/sweeppoint.h"

#include <QAbstractTableModel>
#include <QList>

// The sweep's points as a table: one row per run (a level with a
// strategy), as they are measured.
class SweepTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepTableModel)

public:
    // What a comparison reads first comes first: a narrow table scrolls
    // sideways to the counts.
    enum Column {
        StrategyColumn,
        LevelColumn,
        ElapsedColumn,
        RateColumn,
        ThreadsColumn,
        MemoryColumn,
        IdealColumn,
        OkColumn,
        NotFoundColumn,
        ErrorsColumn,
        ColumnCount
    };

    explicit SweepTableModel(QObject *parent = nullptr);

    void append(const SweepPoint &point);
    void clear();
    QList<SweepPoint> points() const { return m_points; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SweepPoint> m_points;
};
