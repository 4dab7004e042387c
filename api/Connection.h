#pragma once

#include "ApiError.h"
#include "RetryPolicy.h"

#include <QNetworkProxy>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace ctx {

// Where and as whom the REST client talks. The token is a secret: never log it, never
// put it in an error or in settings.
struct Connection
{
    QUrl baseUrl; // e.g. https://app.launchdarkly.com (no /api/v2)
    QString token; // the raw access token, sent as "Authorization: <token>"
    int transferTimeoutMs = 30000; // no bytes for this long: the request fails with Timeout
    // A PEM file of extra CA certificates trusted for this connection, on top of the
    // system's (a company's TLS-inspecting proxy or private CA). Empty: the system's only.
    // Unreadable or without a certificate: every call fails with Tls, nothing is sent.
    QString caFile;
    // When and how often a request answered 429 is sent again.
    RetryPolicy retry;
};

// Checks a base URL before any request goes out: https to any host; plain http only to
// loopback (localhost, 127.0.0.0/8, ::1). Returns InsecureUrl for any other scheme or
// http host, and a Network error with a readable detail for an empty, invalid or
// relative URL. std::nullopt: the URL may be used.
std::optional<ApiError> checkBaseUrl(const QUrl &url);

// True for "localhost" and loopback addresses (127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);

// The proxy for a request to `url`, from the environment as `env` reads it (e.g.
// qEnvironmentVariable): NoProxy for loopback hosts and hosts matched by no_proxy/NO_PROXY
// ("*", names with or without a leading "." or "*." matching subdomains, host:port, IP
// addresses and CIDR ranges); the proxy named by https_proxy/HTTPS_PROXY (http_proxy for
// http) as "[http://|socks5://][user:password@]host[:port]"; otherwise DefaultProxy, which
// means "ask the system" (QNetworkProxyFactory::systemProxyForQuery).
QNetworkProxy proxyFor(const QUrl &url, const std::function<QString(const char *)> &env);

// "contexts-browser/<version> Qt/<runtime Qt version>".
QString userAgent();

} // namespace ctx
