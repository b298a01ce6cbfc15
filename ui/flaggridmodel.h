#pragma once

#include "core/downloadresult.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QList>

// The flags downloaded in this run, in arrival order, for the thumbnail grid:
// each under its country's name when the run fetched names, else its code.
class FlagGridModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagGridModel)

public:
    enum Role {
        FilePathRole = Qt::UserRole + 1,
        CodeRole,
        CountryNameRole, // empty when the run did not fetch names
        UnchangedRole,   // bool: a 304 kept the file from an earlier run
    };

    explicit FlagGridModel(QObject *parent = nullptr);

    // Appends the OK results among these, with one insert for all of them.
    void append(const QList<DownloadResult> &results);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Flag
    {
        QString code;
        QString countryName;
        QString nameNote;
        QString filePath;
        QIcon icon;
        qint64 bytes = 0;
        qint64 wireMs = 0;
        bool unchanged = false; // a 304: the file from an earlier run
    };
    QString toolTip(const Flag &flag) const;
    static void markUnchanged(QPixmap &pixmap);

    QList<Flag> m_flags;
};
