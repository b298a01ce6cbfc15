#include "savefiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace SaveFileDialog {

QString ask(QWidget *parent, const QString &kind, const QString &caption,
            const QString &suggestedName, const QString &filters)
{
    QSettings settings;
    const QString key = u"exportFolders/"_s + kind;
    const QString folder = settings.value(key, QStandardPaths::writableLocation(
                                                   QStandardPaths::DocumentsLocation))
                               .toString();
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName),
                                                filters, &selectedFilter);
    if (path.isEmpty())
        return {};
    // "Report (*.csv)": the extensions the filter allows, so "run" becomes
    // "run.csv" rather than a file nothing opens.
    static const QRegularExpression extensions(u"\\*\\.(\\w+)"_s);
    QStringList allowed;
    for (const auto &match : extensions.globalMatch(selectedFilter.isEmpty() ? filters : selectedFilter))
        allowed.append(match.captured(1).toLower());
    if (!allowed.isEmpty() && !allowed.contains(QFileInfo(path).suffix().toLower()))
        path += u'.' + allowed.constFirst();
    settings.setValue(key, QFileInfo(path).absolutePath());
    return path;
}

} // namespace SaveFileDialog
