#include "Connection.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ctx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ctx::Connection", text);
}

} // namespace

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
    if (!url.isValid())
        return ApiError(ApiError::Kind::Network, tr("\"%1\" is not a valid address").arg(shown));
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
