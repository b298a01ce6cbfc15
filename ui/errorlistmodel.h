#pragma once

#include "core/downloadresult.h"

#include <QAbstractTableModel>
#include <QList>

// The codes that did not arrive, with what went wrong in plain words. With
// country names, the code cell reads "BR  Brazil".
class ErrorListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorListModel)

public:
    enum Column { CodeColumn, ProblemColumn, UrlColumn, ColumnCount };

    explicit ErrorListModel(QObject *parent = nullptr);

    // Appends the failed results among these (errors and cancels; a 404 is
    // an answer, not a failure), with one insert for all of them.
    void append(const QList<DownloadResult> &results);
    void clear();
    // The codes that failed: what Retry failed fetches again. Cancelled ones
    // are listed too (what happened to them), but Continue is theirs.
    QStringList failedCodes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Failure
    {
        QString code;
        QString countryName; // empty when the run did not fetch names
        QString url;
        QString problem;
        DownloadStatus status = DownloadStatus::Error;
    };
    QList<Failure> m_failures;
};
