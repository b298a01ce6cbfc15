#pragma once

#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Which proxy, if any, carries a request, decided once per server: --proxy
// URL, --proxy none, or (the default) the environment as curl reads it
// (http_proxy, https_proxy, all_proxy, no_proxy, in lower or upper case),
// and, when the environment names none, the desktop's setting through Qt.
// Made from an environment passed in, so tests need not change the process's.
//
// A proxy's user name and password work but are never shown: name() gives
// host and port only, for every message that must say which proxy failed.
class ProxyPolicy final
{
public:
    // The environment's proxies, then the desktop's.
    static ProxyPolicy fromEnvironment(const QProcessEnvironment &environment);
    // --proxy VALUE: "none", or a URL ("http://[user:password@]host[:port]",
    // "socks5://..."; no scheme means http, no port 1080, as curl). Nothing,
    // and *error in words, for anything else. no_proxy still applies.
    static std::optional<ProxyPolicy> fromOption(const QString &value, const QProcessEnvironment &environment,
                                                 QString *error);
    // Reads a proxy URL as above; nothing, and *error, when it is not one.
    static std::optional<QNetworkProxy> parseProxyUrl(const QString &text, QString *error);

    // The same --proxy value without its password, to be kept (a window's
    // settings): "http://user@host:3128", "none", "" as they were.
    static QString withoutPassword(const QString &value);

    QNetworkProxy proxyFor(const QUrl &url) const;
    // "127.0.0.1:3128": never the credentials. Empty for no proxy.
    static QString name(const QNetworkProxy &proxy);

    friend bool operator==(const ProxyPolicy &, const ProxyPolicy &) = default;

private:
    enum class Source { Environment, None, Given };
    bool bypasses(const QUrl &url) const;

    Source m_source = Source::Environment;
    QNetworkProxy m_given;       // Given
    QNetworkProxy m_forHttp;     // Environment, from http_proxy (or all_proxy)
    QNetworkProxy m_forHttps;    // Environment, from https_proxy (or all_proxy)
    bool m_askTheDesktop = true; // Environment, when it names no proxy at all
    QStringList m_noProxy;       // no_proxy's entries, lower case; "*": every host
};
