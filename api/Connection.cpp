#include "Connection.h"

#include "FreeTr.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

namespace ctx {

namespace {

CTX_FREE_TR("ctx")

QString firstSet(
    const std::function<QString(const char *)> &env, const char *lower, const char *upper)
{
    const QString value = env(lower).trimmed();
    return value.isEmpty() ? env(upper).trimmed() : value;
}

QString bareHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

// One no_proxy entry against the request's host and port.
bool noProxyMatches(QString entry, const QString &host, int port)
{
    entry = entry.trimmed().toLower();
    if (entry.isEmpty())
        return false;
    if (entry == QLatin1String("*"))
        return true;
    // An address or a CIDR range ("10.0.0.0/8", "::1", "[::1]:8443").
    const QHostAddress hostAddress(host);
    if (entry.contains(QLatin1Char('/'))) {
        const auto subnet = QHostAddress::parseSubnet(entry);
        return !hostAddress.isNull()
            && subnet.first.protocol() != QHostAddress::UnknownNetworkLayerProtocol
            && hostAddress.isInSubnet(subnet);
    }
    // "host:port" (but not a bare IPv6 address, which has several colons).
    int entryPort = -1;
    const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && (entry.count(QLatin1Char(':')) == 1 || entry.startsWith(QLatin1Char('[')))) {
        bool ok = false;
        entryPort = entry.mid(colon + 1).toInt(&ok);
        if (ok)
            entry.truncate(colon);
        else
            entryPort = -1;
    }
    if (entryPort >= 0 && entryPort != port)
        return false;
    entry = bareHost(entry);
    if (entry.startsWith(QLatin1String("*.")))
        entry.remove(0, 1);
    if (entry.startsWith(QLatin1Char('.')))
        return host.endsWith(entry) || host == entry.mid(1);
    return host == entry || host.endsWith(QLatin1Char('.') + entry);
}

} // namespace

QNetworkProxy proxyFor(const QUrl &url, const std::function<QString(const char *)> &env)
{
    const QString host = bareHost(url.host());
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (host.isEmpty() || isLoopbackHost(host))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const int port = url.port(https ? 443 : 80);
    const QStringList noProxy = firstSet(env, "no_proxy", "NO_PROXY").split(QLatin1Char(','));
    for (const QString &entry : noProxy) {
        if (noProxyMatches(entry, host, port))
            return QNetworkProxy(QNetworkProxy::NoProxy);
    }
    // http_proxy only in lower case: HTTP_PROXY can be set by a request header under CGI.
    const QString value
        = https ? firstSet(env, "https_proxy", "HTTPS_PROXY") : env("http_proxy").trimmed();
    if (value.isEmpty())
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    QUrl proxyUrl(value.contains(QLatin1String("://")) ? value : QStringLiteral("http://") + value);
    if (!proxyUrl.isValid() || proxyUrl.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    const QString scheme = proxyUrl.scheme().toLower();
    const bool socks = scheme.startsWith(QLatin1String("socks"));
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
        proxyUrl.host(), quint16(proxyUrl.port(1080)), proxyUrl.userName(QUrl::FullyDecoded),
        proxyUrl.password(QUrl::FullyDecoded));
    return proxy;
}

bool isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1); // "localhost." is the same name, fully qualified
    if (h == QLatin1String("localhost"))
        return true;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    return address.isLoopback();
}

std::optional<ApiError> checkBaseUrl(const QUrl &url)
{
    // Shown to the person: never with user info (it could hold a password).
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (url.isEmpty())
        return ApiError(ApiError::Kind::Network, tr("no server address is set"));
    if (!url.isValid()) {
        // An invalid QUrl shows as "": say what is wrong without quoting nothing.
        return ApiError(ApiError::Kind::Network,
            tr("the server address is not a valid URL (expected e.g. "
               "https://app.launchdarkly.com)"));
    }
    if (url.isRelative() || url.host().isEmpty())
        return ApiError(ApiError::Kind::Network,
            tr("\"%1\" is not a complete address (expected e.g. https://app.launchdarkly.com)")
                .arg(shown));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return std::nullopt;
    return ApiError(
        ApiError::Kind::InsecureUrl, tr("\"%1\" is not an https:// address").arg(shown));
}

QString userAgent()
{
    return QStringLiteral("contexts-browser/") + QStringLiteral(CTX_VERSION)
        + QStringLiteral(" Qt/") + QString::fromLatin1(qVersion());
}

} // namespace ctx
