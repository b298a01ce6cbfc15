#include "serverpreset.h"

using namespace Qt::StringLiterals;

QList<ServerPreset> ServerPreset::all()
{
    return {
        {u"LOCAL"_s, true, 0.0, 0.0, 0.0, {}},
        {u"DELAY"_s, true, 0.5, 5.0, 0.0, {}},
        {u"ERROR"_s, true, 0.5, 0.5, 0.25, {}},
        {u"REMOTE"_s, false, 0.0, 0.0, 0.0, u"https://www.fluentpython.com/data/flags/{cc}/{cc}.gif"_s},
    };
}

std::optional<ServerPreset> ServerPreset::find(const QString &label)
{
    for (const ServerPreset &candidate : all()) {
        if (candidate.label.compare(label.trimmed(), Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

QString ServerPreset::labels()
{
    QStringList names;
    for (const ServerPreset &preset : all())
        names.append(preset.label);
    return names.join(u", "_s);
}

QString ServerPreset::builtInTemplate(const QString &baseUrl)
{
    return baseUrl + u"/flags/{cc}/{cc}.png"_s;
}
