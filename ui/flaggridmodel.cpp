#include "flaggridmodel.h"

#include "base/countrycodes.h"
#include "base/formatting.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

#include <algorithm>

using namespace Qt::StringLiterals;

FlagGridModel::FlagGridModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FlagGridModel::append(const QList<DownloadResult> &results)
{
    QList<Flag> added;
    for (const DownloadResult &result : results) {
        const bool unchanged = result.status() == DownloadStatus::Unchanged;
        if (result.status() == DownloadStatus::Ok || unchanged) {
            // The engine scaled the thumbnail off this thread; turning it
            // into a pixmap once here keeps painting cheap.
            QPixmap pixmap = QPixmap::fromImage(result.thumbnail);
            if (unchanged)
                markUnchanged(pixmap);
            added.append({result.code, result.countryName, result.nameNote, result.filePath,
                          QIcon(pixmap), result.bytes, result.wireMs(), unchanged});
        }
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_flags.size()), int(m_flags.size() + added.size() - 1));
    m_flags += added;
    endInsertRows();
}

void FlagGridModel::markUnchanged(QPixmap &pixmap)
{
    // A corner folded down in the Timeline's "unchanged" orange: the file
    // from the last run, kept.
    if (pixmap.isNull())
        return;
    const QSizeF size = pixmap.deviceIndependentSize();
    const qreal side = std::max<qreal>(6.0, std::min(size.width(), size.height()) * 0.35);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF corner(size.width(), size.height());
    const QPolygonF fold{corner, corner - QPointF(side, 0), corner - QPointF(0, side)};
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(QColor(0xe6, 0x9f, 0x00));
    painter.drawPolygon(fold);
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
        return flag.unchanged
                   ? tr("Flag of %1, unchanged since the last run").arg(flag.countryName.isEmpty() ? flag.code : flag.countryName)
                   : tr("Flag of %1").arg(flag.countryName.isEmpty() ? flag.code : flag.countryName);
    case UnchangedRole:
        return flag.unchanged;
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
    if (flag.unchanged)
        text += u'\n' + tr("Unchanged since the last run: the server answered 304, the file was kept");
    else
        text += u'\n' + tr("%1, %2 ms on the wire").arg(Formatting::dataSize(flag.bytes)).arg(flag.wireMs);
    text += u'\n' + QDir::toNativeSeparators(flag.filePath);
    return text;
}
