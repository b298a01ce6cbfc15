#pragma once

#include "core/downloadresult.h"
#include "core/urltemplate.h"

#include <QObject>
#include <QStringList>

#include <optional>

class BackgroundFlagServer;

// Where a run's flags come from: a flags2 server preset or a URL template.
// LOCAL, DELAY and ERROR start the built-in server inside the process, on its
// own thread, on 127.0.0.1 and a free port; the site lives as long as this object.
class FlagSite final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagSite)

public:
    explicit FlagSite(QObject *parent = nullptr);
    ~FlagSite() override;

    // customTemplate, when not empty, wins over the preset. Returns false with
    // *error set when the label is unknown, the template invalid or the
    // built-in server cannot start.
    bool open(const QString &serverLabel, const QString &customTemplate, QString *error);

    QString label() const { return m_label; }   // "LOCAL", ..., or "CUSTOM"
    QString siteText() const;                   // what flags2 prints after "LOCAL site: "
    const UrlTemplate &urlTemplate() const { return *m_template; }
    BackgroundFlagServer *builtInServer() const { return m_server; } // null unless built in

    // One job per code, saved as {cc}.{ext} (the engine may name it by country),
    // with the code's metadata.json when the template has a folder per code.
    QList<FlagJob> jobsFor(const QStringList &codes) const;

private:
    QString m_label;
    std::optional<UrlTemplate> m_template;
    BackgroundFlagServer *m_server = nullptr;
};
