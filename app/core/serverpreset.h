#pragma once

#include <QList>
#include <QString>

#include <optional>

// flags2's named servers. LOCAL, DELAY and ERROR are the built-in server
// started inside the process; REMOTE is the book's public flag site.
struct ServerPreset
{
    QString label;           // "LOCAL", "DELAY", "ERROR", "REMOTE"
    bool builtIn = false;    // served by our own FlagServer on 127.0.0.1
    double delayMinSeconds = 0.0;
    double delayMaxSeconds = 0.0;
    double errorRate = 0.0;  // fraction answered 418 I'm a teapot
    QString urlTemplate;     // for remote presets; built-in ones use builtInTemplate()

    static QList<ServerPreset> all();
    // Any case; nothing for an unknown label.
    static std::optional<ServerPreset> find(const QString &label);
    static QString labels(); // "LOCAL, DELAY, ERROR, REMOTE" for messages

    // The template for a built-in server listening at baseUrl ("http://127.0.0.1:PORT").
    static QString builtInTemplate(const QString &baseUrl);
};
