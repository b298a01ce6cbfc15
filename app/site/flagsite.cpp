#include "flagsite.h"

#include "core/serverpreset.h"
#include "server/backgroundflagserver.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

FlagSite::FlagSite(QObject *parent)
    : QObject(parent)
{
}

FlagSite::~FlagSite() = default;

bool FlagSite::open(const QString &serverLabel, const QString &customTemplate, QString *error)
{
    delete m_server;
    m_server = nullptr;
    m_template.reset();

    QString templateText = customTemplate.trimmed();
    if (!templateText.isEmpty()) {
        m_label = u"CUSTOM"_s;
    } else {
        const auto preset = ServerPreset::find(serverLabel);
        if (!preset) {
            *error = QCoreApplication::translate("FlagSite", "Unknown server %1: use one of %2")
                         .arg(serverLabel, ServerPreset::labels());
            return false;
        }
        m_label = preset->label;
        templateText = preset->urlTemplate;
        if (preset->builtIn) {
            FlagServerConfig config;
            config.delayMinSeconds = preset->delayMinSeconds;
            config.delayMaxSeconds = preset->delayMaxSeconds;
            config.errorRate = preset->errorRate;
            m_server = new BackgroundFlagServer(this);
            if (!m_server->start(config, error))
                return false;
            templateText = ServerPreset::builtInTemplate(m_server->baseUrl().toString());
        }
    }
    m_template = UrlTemplate::parse(templateText, error);
    return m_template.has_value();
}

QString FlagSite::siteText() const
{
    if (m_server)
        return m_server->baseUrl().toString() + u"/flags"_s;
    return m_template ? m_template->text() : QString();
}

QList<FlagJob> FlagSite::jobsFor(const QStringList &codes) const
{
    QList<FlagJob> jobs;
    jobs.reserve(codes.size());
    for (const QString &code : codes)
        jobs.append({code, m_template->urlFor(code), code.toLower(), m_template->metadataUrlFor(code)});
    return jobs;
}
