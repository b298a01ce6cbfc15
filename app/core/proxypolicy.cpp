#include "proxypolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkProxyFactory>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProxyPolicy", text);
}

// curl reads the lower-case name first; HTTP_PROXY in upper case is left
// out, as curl does, since a CGI program gets it from a request's header.
QString variable(const QProcessEnvironment &environment, const QString &lowerCase, bool upperCaseToo = true)
{
    QString value = environment.value(lowerCase).trimmed();
    if (value.isEmpty() && upperCaseToo)
        value = environment.value(lowerCase.toUpper()).trimmed();
    return value;
}

QNetworkProxy proxyFromVariable(const QString &value)
{
    if (value.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QString ignored;
    // A variable that does not parse is ignored, as Qt and curl do.
    return ProxyPolicy::parseProxyUrl(value, &ignored).value_or(QNetworkProxy(QNetworkProxy::NoProxy));
}

} // namespace

ProxyPolicy ProxyPolicy::fromEnvironment(const QProcessEnvironment &environment)
{
    ProxyPolicy policy;
    const QString all = variable(environment, u"all_proxy"_s);
    const QString http = variable(environment, u"http_proxy"_s, false);
    const QString https = variable(environment, u"https_proxy"_s);
    policy.m_forHttp = proxyFromVariable(http.isEmpty() ? all : http);
    policy.m_forHttps = proxyFromVariable(https.isEmpty() ? all : https);
    policy.m_askTheDesktop = http.isEmpty() && https.isEmpty() && all.isEmpty();
    for (const QString &entry : variable(environment, u"no_proxy"_s).split(u',', Qt::SkipEmptyParts)) {
        const QString host = entry.trimmed().toLower();
        if (!host.isEmpty())
            policy.m_noProxy.append(host);
    }
    return policy;
}

std::optional<ProxyPolicy> ProxyPolicy::fromOption(const QString &value, const QProcessEnvironment &environment,
                                                   QString *error)
{
    ProxyPolicy policy = fromEnvironment(environment);
    if (value.trimmed().compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        policy.m_source = Source::None;
        return policy;
    }
    const std::optional<QNetworkProxy> proxy = parseProxyUrl(value, error);
    if (!proxy)
        return std::nullopt;
    policy.m_source = Source::Given;
    policy.m_given = *proxy;
    return policy;
}

std::optional<QNetworkProxy> ProxyPolicy::parseProxyUrl(const QString &text, QString *error)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("no proxy given (a URL such as http://127.0.0.1:3128, or none)");
        return std::nullopt;
    }
    if (!trimmed.contains(u"://"_s))
        trimmed.prepend(u"http://"_s);
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type;
    if (scheme == u"http")
        type = QNetworkProxy::HttpProxy;
    else if (scheme == u"socks5" || scheme == u"socks5h")
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme == u"https") {
        *error = tr("HTTPS proxies are not supported: use http:// (requests to https servers still go "
                    "through it encrypted)");
        return std::nullopt;
    } else {
        *error = tr("the proxy must be http://HOST:PORT or socks5://HOST:PORT");
        return std::nullopt;
    }
    if (!url.isValid() || url.host().isEmpty() || (!url.path().isEmpty() && url.path() != u"/")) {
        *error = tr("the proxy must be http://HOST:PORT or socks5://HOST:PORT");
        return std::nullopt;
    }
    return QNetworkProxy(type, url.host(), quint16(url.port(1080)), url.userName(QUrl::FullyDecoded),
                         url.password(QUrl::FullyDecoded));
}

QString ProxyPolicy::withoutPassword(const QString &value)
{
    QString text = value.trimmed();
    if (text.isEmpty() || text.compare(u"none"_s, Qt::CaseInsensitive) == 0 || !text.contains(u'@'))
        return text;
    if (!text.contains(u"://"_s))
        text.prepend(u"http://"_s);
    QUrl url(text);
    url.setPassword(QString());
    return url.isValid() ? url.toString() : QString(); // a value that is no URL is not kept at all
}

QNetworkProxy ProxyPolicy::proxyFor(const QUrl &url) const
{
    if (m_source == Source::None || bypasses(url))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (m_source == Source::Given)
        return m_given;
    if (m_askTheDesktop) {
        // The desktop's setting (libproxy: GNOME's, KDE's), as Qt would
        // have used it; a PAC's choice of several is taken at its first.
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
        for (const QNetworkProxy &proxy : proxies) {
            if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy
                || proxy.type() == QNetworkProxy::NoProxy)
                return proxy;
        }
        return QNetworkProxy(QNetworkProxy::NoProxy);
    }
    return url.scheme() == u"https" ? m_forHttps : m_forHttp;
}

bool ProxyPolicy::bypasses(const QUrl &url) const
{
    // curl's no_proxy: "*", or host names matching themselves and their
    // subdomains (a leading dot or not), or addresses as written.
    const QString host = url.host().toLower();
    for (const QString &entry : m_noProxy) {
        if (entry == u"*")
            return true;
        QString pattern = entry.section(u':', 0, 0);
        if (entry.startsWith(u'[')) // [::1]:8080
            pattern = entry.mid(1).section(u']', 0, 0);
        if (pattern.startsWith(u'.'))
            pattern.remove(0, 1);
        if (host == pattern || host.endsWith(u'.' + pattern))
            return true;
    }
    return false;
}

QString ProxyPolicy::name(const QNetworkProxy &proxy)
{
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy)
        return {};
    const QString host = QHostAddress(proxy.hostName()).protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + proxy.hostName() + u']'
                             : proxy.hostName();
    return u"%1:%2"_s.arg(host).arg(proxy.port());
}
