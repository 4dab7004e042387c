#pragma once

#include "ApiError.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace ctx {

// Where and as whom the REST client talks. The token is a secret: never log it, never
// put it in an error or in settings.
struct Connection
{
    QUrl baseUrl; // e.g. https://app.launchdarkly.com (no /api/v2)
    QString token; // the raw access token, sent as "Authorization: <token>"
    int transferTimeoutMs = 30000; // no bytes for this long: the request fails with Timeout
};

// Checks a base URL before any request goes out: https to any host; plain http only to
// loopback (localhost, 127.0.0.0/8, ::1). Returns InsecureUrl for any other scheme or
// http host, and a Network error with a readable detail for an empty, invalid or
// relative URL. std::nullopt: the URL may be used.
std::optional<ApiError> checkBaseUrl(const QUrl &url);

// True for "localhost" and loopback addresses (127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);

// "contexts-browser/<version> Qt/<runtime Qt version>".
QString userAgent();

} // namespace ctx
